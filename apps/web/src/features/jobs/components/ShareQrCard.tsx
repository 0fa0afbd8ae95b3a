import { QrcodeOutlined } from '@ant-design/icons';
import { Card, Flex, QRCode, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * 务工二维码: a QR code of a page (a job, a live room), to print or forward so workers reach it without travelling.
 * Defaults to the job page's title, hint and test id.
 */
export function ShareQrCard({
  url,
  title,
  hint,
  testId = 'job-qr',
  children,
  ...rest
}: {
  url: string;
  title?: ReactNode;
  hint?: ReactNode;
  testId?: string;
  /** Shown under the code (e.g. the link with a copy button). */
  children?: ReactNode;
  'data-testid'?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      data-testid={rest['data-testid']}
      title={
        <span>
          <QrcodeOutlined /> {title ?? t('common.share')}
        </span>
      }
    >
      <Flex vertical align="center" gap={8}>
        <QRCode value={url} size={140} bordered={false} data-testid={testId} />
        <Typography.Text type="secondary" style={{ textAlign: 'center' }}>
          {hint ?? t('common.shareHint')}
        </Typography.Text>
        {children}
      </Flex>
    </Card>
  );
}
