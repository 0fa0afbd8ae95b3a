import { ReloadOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { Button, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type PlayerState = 'idle' | 'loading' | 'playing' | 'failed';
const HLS_MIME = 'application/vnd.apple.mpegurl';

/**
 * The room's video: an HLS playlist played natively where the browser can (Safari, iOS, most Android browsers), else
 * through hls.js (loaded only when needed). Without a URL, before the room goes live, after it ends or when the
 * stream fails, a placeholder says so; the rest of the page (card, apply, chat) never depends on the video.
 */
export function HlsPlayer({
  src,
  poster,
  active,
  offlineText,
}: {
  src: string | null;
  poster?: string | null;
  /** Only a live room has a stream to play. */
  active: boolean;
  /** What the placeholder says when not active (未开播 / 已结束). */
  offlineText: string;
}) {
  const { t } = useTranslation();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<PlayerState>('idle');
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !src || !active) {
      setState('idle');
      return;
    }
    let cancelled = false;
    let destroy: () => void = () => undefined;
    setState('loading');
    const playing = () => !cancelled && setState('playing');
    const failed = () => !cancelled && setState('failed');
    video.addEventListener('playing', playing);
    video.addEventListener('loadeddata', playing);

    if (video.canPlayType(HLS_MIME)) {
      video.addEventListener('error', failed);
      video.src = src;
      void video.play().catch(() => undefined); // autoplay may be refused; the controls remain
      destroy = () => {
        video.removeEventListener('error', failed);
        video.removeAttribute('src');
        video.load();
      };
    } else {
      void import('hls.js').then(({ default: Hls }) => {
        if (cancelled) return;
        if (!Hls.isSupported()) {
          failed();
          return;
        }
        // Give up quickly on a stream that does not answer: the placeholder is more useful than a spinner.
        const retry = { maxNumRetry: 1, retryDelayMs: 500, maxRetryDelayMs: 1000 };
        const timeouts = { maxTimeToFirstByteMs: 8000, maxLoadTimeMs: 10000, timeoutRetry: retry, errorRetry: retry };
        const hls = new Hls({ manifestLoadPolicy: { default: timeouts }, playlistLoadPolicy: { default: timeouts } });
        hls.on(Hls.Events.ERROR, (_event, data) => {
          if (data.fatal) {
            failed();
            hls.destroy();
          }
        });
        hls.on(Hls.Events.MANIFEST_PARSED, () => void video.play().catch(() => undefined));
        hls.loadSource(src);
        hls.attachMedia(video);
        destroy = () => hls.destroy();
      }, failed);
    }

    return () => {
      cancelled = true;
      video.removeEventListener('playing', playing);
      video.removeEventListener('loadeddata', playing);
      destroy();
    };
  }, [src, active, attempt]);

  const placeholder = !active ? offlineText : !src ? t('live.player.noStream') : state === 'failed' ? t('live.player.failed') : null;

  return (
    <div className="live-player" data-testid="live-player" data-state={placeholder ? 'placeholder' : state}>
      <video
        ref={videoRef}
        className="live-video"
        poster={poster ?? undefined}
        controls
        muted
        playsInline
        autoPlay
        style={{ visibility: placeholder ? 'hidden' : 'visible' }}
        data-testid="live-video"
      />
      {placeholder ? (
        <div
          className="live-player-placeholder"
          data-testid="live-player-placeholder"
          style={poster ? { backgroundImage: `url("${poster}")` } : undefined}
        >
          <div className="live-player-placeholder-inner">
            <VideoCameraOutlined className="live-player-icon" />
            <Typography.Text className="live-player-text">{placeholder}</Typography.Text>
            <Typography.Text className="live-player-hint">{t('live.player.hint')}</Typography.Text>
            {active && src && state === 'failed' ? (
              <Button size="small" ghost icon={<ReloadOutlined />} onClick={() => setAttempt((n) => n + 1)} data-testid="live-player-retry">
                {t('live.player.retry')}
              </Button>
            ) : null}
          </div>
        </div>
      ) : state === 'loading' ? (
        <div className="live-player-loading">
          <Spin />
          <Typography.Text className="live-player-hint">{t('live.player.loading')}</Typography.Text>
        </div>
      ) : null}
    </div>
  );
}
