import type { TFunction } from 'i18next';
import type { LiveFailureCode } from './hooks/use-live-room';

/** The Chinese explanation of a refused live-room action (`live.errors.<CODE>`). */
export function liveErrorText(t: TFunction, code: LiveFailureCode): string {
  return t(`live.errors.${code}`);
}

/** Watch time for people: "1小时23分", "12分钟", "40秒". */
export function formatWatchTime(t: TFunction, seconds: number | null | undefined): string {
  if (seconds == null) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return t('live.duration.seconds', { s });
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return t('live.duration.minutes', { m: minutes });
  return t('live.duration.hoursMinutes', { h: Math.floor(minutes / 60), m: minutes % 60 });
}

/** Applications ÷ impressions as a percentage, "—" without impressions. */
export function formatConversion(applications: number, impressions: number): string {
  if (!impressions) return '—';
  return `${(Math.round((applications / impressions) * 1000) / 10).toFixed(1)}%`;
}

/** The room's public link (what the QR code encodes). */
export const liveRoomUrl = (roomId: string) => `${window.location.origin}/live/${roomId}`;
