import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ShareQrCard } from '../../jobs';

export const fairUrl = (fairId: string) => `${window.location.origin}/fairs/${fairId}`;

/** The fair's QR code and link: a worker scans it (a poster at the venue, a WeChat group) and lands in the hall. */
export function FairShareCard({ fairId }: { fairId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = fairUrl(fairId);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('fairs.share.copied'));
    } catch {
      // No clipboard (plain http on a LAN): the field is selectable.
    }
  };
  return (
    <ShareQrCard url={url} title={t('fairs.share.title')} hint={t('fairs.share.hint')} testId="fair-qr" data-testid="fair-share">
      <Space.Compact block>
        <Input value={url} readOnly onFocus={(e) => e.currentTarget.select()} data-testid="fair-share-link" />
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="fair-share-copy">
          {t('fairs.share.copy')}
        </Button>
      </Space.Compact>
    </ShareQrCard>
  );
}
