import { CopyOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ShareQrCard } from '../../jobs';
import { liveRoomUrl } from '../live-format';

/** 务工二维码 of the room: a worker scans it and lands in the room; the link to copy and forward. */
export function LiveShareCard({ roomId }: { roomId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const url = liveRoomUrl(roomId);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      void message.success(t('live.share.copied'));
    } catch {
      // No clipboard (plain http on a LAN): the field is selectable.
    }
  };
  return (
    <ShareQrCard url={url} title={t('live.share.title')} hint={t('live.share.hint')} testId="live-qr" data-testid="live-share">
      <Space.Compact block>
        <Input value={url} readOnly onFocus={(e) => e.currentTarget.select()} data-testid="live-share-link" />
        <Button icon={<CopyOutlined />} onClick={() => void copy()} data-testid="live-share-copy">
          {t('live.share.copy')}
        </Button>
      </Space.Compact>
    </ShareQrCard>
  );
}
