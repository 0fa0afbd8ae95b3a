import { QrcodeOutlined } from '@ant-design/icons';
import { Card, Flex, QRCode, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** 务工二维码: a QR code of this page, to print or forward so workers reach the job without travelling. */
export function ShareQrCard({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={
        <span>
          <QrcodeOutlined /> {t('common.share')}
        </span>
      }
    >
      <Flex vertical align="center" gap={8}>
        <QRCode value={url} size={140} bordered={false} data-testid="job-qr" />
        <Typography.Text type="secondary">{t('common.shareHint')}</Typography.Text>
      </Flex>
    </Card>
  );
}
