import { Alert, Button, Card, Flex, Input, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTalk } from '../hooks/use-fair-socket';
import { useVideoCall } from '../hooks/use-video-call';

function Video({ stream, muted, testId }: { stream: MediaStream | null; muted?: boolean; testId: string }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.srcObject = stream;
  }, [stream]);
  return (
    <video ref={ref} autoPlay playsInline muted={muted} className="fair-video" data-testid={testId} data-live={stream ? 'yes' : 'no'} />
  );
}

/**
 * The one-to-one talk (both sides use it): text chat over the talk's socket room, and a video call when both allow it.
 */
export function TalkPanel({ ticketId, title }: { ticketId: string; title?: string }) {
  const { t } = useTranslation();
  const talk = useTalk(ticketId);
  const video = useVideoCall(talk);
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [talk.messages.length]);

  const send = async () => {
    const body = text.trim();
    if (!body || sending) return;
    setSending(true);
    const ack = await talk.sendMessage(body);
    setSending(false);
    if (ack.ok) setText('');
  };

  return (
    <Card size="small" title={title ?? t('fairs.talk.title')} data-testid="talk-panel" data-joined={talk.joined ? 'yes' : 'no'}>
      {talk.error ? <Alert type="warning" showIcon message={talk.error} style={{ marginBottom: 8 }} /> : null}
      <Flex vertical gap={8} data-testid="talk-video" data-state={video.state}>
        {video.state === 'idle' || video.state === 'failed' ? (
          <Space wrap>
            <Button onClick={() => void video.invite()} disabled={!talk.joined} data-testid="talk-video-start">
              {t('fairs.talk.startVideo')}
            </Button>
            {video.state === 'failed' ? <Typography.Text type="warning">{t('fairs.talk.failed')}</Typography.Text> : null}
          </Space>
        ) : null}
        {video.state === 'invited' ? (
          <Alert
            type="info"
            showIcon
            message={t('fairs.talk.invited')}
            action={
              <Button type="primary" size="small" onClick={() => void video.accept()} data-testid="talk-video-accept">
                {t('fairs.talk.acceptVideo')}
              </Button>
            }
          />
        ) : null}
        {video.state === 'inviting' || video.state === 'connecting' || video.state === 'connected' ? (
          <>
            <Typography.Text type="secondary">{t(`fairs.talk.${video.state}`)}</Typography.Text>
            <Flex gap={8} wrap>
              <Video stream={video.remote} testId="talk-remote-video" />
              <Video stream={video.local} muted testId="talk-local-video" />
            </Flex>
            <Button danger size="small" onClick={video.hangUp} data-testid="talk-video-hangup" style={{ alignSelf: 'flex-start' }}>
              {t('fairs.talk.hangUp')}
            </Button>
          </>
        ) : null}
      </Flex>
      <div ref={list} className="fair-talk-messages" data-testid="talk-messages" data-count={talk.messages.length}>
        {talk.messages.map((m) => {
          const mine = m.fromRep === talk.rep;
          return (
            <div key={m.id} className={mine ? 'fair-talk-message mine' : 'fair-talk-message'} data-testid="talk-message">
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {mine ? t('fairs.talk.me') : m.fromRep ? t('fairs.talk.rep') : t('fairs.talk.seeker')}
              </Typography.Text>
              <div>{m.body}</div>
            </div>
          );
        })}
      </div>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          value={text}
          maxLength={1000}
          placeholder={t('fairs.talk.placeholder')}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => void send()}
          disabled={!talk.joined}
          data-testid="talk-input"
        />
        <Button type="primary" onClick={() => void send()} loading={sending} disabled={!talk.joined} data-testid="talk-send">
          {t('fairs.talk.send')}
        </Button>
      </Space.Compact>
    </Card>
  );
}
