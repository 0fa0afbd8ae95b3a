import { DeleteOutlined, StopOutlined } from '@ant-design/icons';
import type { LiveChatMessage } from '@jobbridge/contracts';
import { Button, Card, Empty, Popconfirm, Tag, type ButtonProps } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ChatModeration {
  onRemove: (message: LiveChatMessage) => void;
  onMute: (message: LiveChatMessage, muted: boolean) => void;
  mutedUserIds: ReadonlySet<string>;
}

/**
 * The room's chat, oldest first, following the newest message unless the reader has scrolled up. Removed messages
 * disappear (the reducer drops them). With `moderation` (the host console) every other author's message has 删除
 * and 禁言 / 解除禁言.
 */
export function LiveChatPanel({
  messages,
  meId,
  composer,
  moderation,
  title,
  height = 320,
  testId = 'live-chat',
}: {
  messages: LiveChatMessage[];
  meId: string | null;
  composer: ReactNode;
  moderation?: ChatModeration;
  title?: ReactNode;
  height?: number;
  testId?: string;
}) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLDivElement>(null);
  const pinnedToBottom = useRef(true);

  useEffect(() => {
    const list = listRef.current;
    if (list && pinnedToBottom.current) list.scrollTop = list.scrollHeight;
  }, [messages]);

  return (
    <Card size="small" title={title ?? t('live.chat.title')} className="live-chat-card" data-testid={testId}>
      <div
        ref={listRef}
        className="live-chat-list"
        style={{ height }}
        onScroll={(e) => {
          const el = e.currentTarget;
          pinnedToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
        data-testid={`${testId}-list`}
      >
        {messages.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('live.chat.empty')} />
        ) : (
          messages.map((m) => {
            const mine = m.userId === meId;
            const muted = moderation?.mutedUserIds.has(m.userId) ?? false;
            return (
              <div
                key={m.id}
                className={`live-chat-message${mine ? ' live-chat-message-mine' : ''}`}
                data-testid="live-chat-message"
                data-message-id={m.id}
                data-user-id={m.userId}
              >
                <span className="live-chat-name">{mine ? t('live.chat.you') : m.userName}</span>
                {muted ? (
                  <Tag color="warning" className="live-chat-muted-tag">
                    {t('live.chat.mutedTag')}
                  </Tag>
                ) : null}
                <span className="live-chat-text" data-testid="live-chat-text">
                  {m.text}
                </span>
                {moderation && !mine ? (
                  <span className="live-chat-actions">
                    <Popconfirm
                      title={t('live.chat.removeConfirm')}
                      okText={t('live.chat.remove')}
                      cancelText={t('common.cancel')}
                      onConfirm={() => moderation.onRemove(m)}
                      okButtonProps={{ danger: true, 'data-testid': 'host-chat-remove-confirm' } as ButtonProps}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('live.chat.remove')}
                        data-testid="host-chat-remove"
                      />
                    </Popconfirm>
                    <Button
                      size="small"
                      type="text"
                      icon={<StopOutlined />}
                      onClick={() => moderation.onMute(m, !muted)}
                      data-testid="host-chat-mute"
                      data-muted={muted ? 'true' : 'false'}
                    >
                      {muted ? t('live.chat.unmute') : t('live.chat.mute')}
                    </Button>
                  </span>
                ) : null}
              </div>
            );
          })
        )}
      </div>
      <div className="live-chat-composer">{composer}</div>
    </Card>
  );
}
