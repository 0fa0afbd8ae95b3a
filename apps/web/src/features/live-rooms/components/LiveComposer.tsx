import { SendOutlined } from '@ant-design/icons';
import { App, Button, Input, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveResult } from '../hooks/use-live-room';
import { liveErrorText } from '../live-format';

/** Characters as people count them (a Han character or an emoji is one), as the API's limit does. */
const countChars = (text: string) => [...text].length;

/**
 * The input under the chat or the question box: a counted character limit, Enter to send, and the API's refusals
 * explained (RATE_LIMITED, MESSAGE_BLOCKED, MUTED …). The text stays when a send is refused, so it can be edited.
 * `blocked` replaces the input with a reason (sign in, seekers only, muted, not live).
 */
export function LiveComposer({
  max,
  placeholder,
  submitText,
  onSend,
  blocked,
  testId,
}: {
  max: number;
  placeholder: string;
  submitText: string;
  onSend: (text: string) => Promise<LiveResult<object>>;
  blocked?: ReactNode;
  /** Prefix of the input's and button's test ids: `<testId>-input`, `<testId>-send`. */
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  if (blocked)
    return (
      <div className="live-composer-blocked" data-testid={`${testId}-blocked`}>
        {blocked}
      </div>
    );

  const length = countChars(text.trim());
  const tooLong = length > max;
  const send = async () => {
    const sent = text.trim();
    if (sending || !sent || tooLong) return;
    setSending(true);
    try {
      const result = await onSend(sent);
      // Cleared only if it still holds what was sent (not something typed while waiting).
      if (result.ok) setText((current) => (current.trim() === sent ? '' : current));
      else void message.error(liveErrorText(t, result.code));
    } finally {
      setSending(false);
    }
  };

  return (
    <Space.Compact block className="live-composer">
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => void send()}
        placeholder={placeholder}
        count={{ show: true, max, strategy: countChars }}
        status={tooLong ? 'error' : undefined}
        enterKeyHint="send"
        data-testid={`${testId}-input`}
      />
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={sending}
        disabled={!text.trim() || tooLong}
        onClick={() => void send()}
        data-testid={`${testId}-send`}
      >
        {submitText}
      </Button>
    </Space.Compact>
  );
}
