import { HeartFilled } from '@ant-design/icons';
import { Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The heart: tap as fast as you like. Each tap raises the count at once and floats a heart; the taps go to the API
 * in batches (see useLiveRoom), never one event per tap.
 */
export function LikeButton({ onLike, disabled }: { onLike: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [hearts, setHearts] = useState<number[]>([]);
  const next = useRef(0);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);

  const tap = () => {
    onLike();
    const id = ++next.current;
    setHearts((h) => [...h.slice(-7), id]);
    timers.current.push(setTimeout(() => setHearts((h) => h.filter((x) => x !== id)), 900));
  };

  return (
    <span className="live-like">
      {hearts.map((id) => (
        <HeartFilled key={id} className="live-like-float" style={{ left: `${(id * 37) % 24}px` }} aria-hidden />
      ))}
      <Button
        shape="circle"
        size="large"
        danger
        type="primary"
        icon={<HeartFilled />}
        onClick={tap}
        disabled={disabled}
        aria-label={t('live.like.button')}
        data-testid="live-like-button"
      />
    </span>
  );
}
