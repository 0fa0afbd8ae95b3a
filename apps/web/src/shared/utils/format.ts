import { chinaCalendarDate, formatIsoDate } from '@jobbridge/domain';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';

/** "4000-6000元/月", "5000元/月" when both ends match. */
export function formatPay(t: TFunction, min: number | null | undefined, max: number | null | undefined): string {
  if (min == null && max == null) return t('pay.negotiable');
  if (min != null && max != null) return min === max ? t('pay.single', { min }) : t('pay.range', { min, max });
  return t('pay.from', { min: min ?? max });
}

export const formatDateTime = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');
export const formatDate = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD') : '');

/** Relative time for recent events ("3 小时前"), the date beyond a week. */
export function formatRecent(value: string | null | undefined): string {
  if (!value) return '';
  const time = dayjs(value);
  const days = dayjs().diff(time, 'day');
  if (days >= 7) return time.format('YYYY-MM-DD');
  const minutes = dayjs().diff(time, 'minute');
  const hours = dayjs().diff(time, 'hour');
  const rtf = new Intl.RelativeTimeFormat(dayjs.locale() === 'zh-cn' ? 'zh-CN' : 'en', { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-Math.max(minutes, 0), 'minute');
  if (hours < 24) return rtf.format(-hours, 'hour');
  return rtf.format(-days, 'day');
}

/** Blank strings become null, so optional inputs clear instead of saving "". */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Distance in km for display: one decimal under 10 km, whole km above. */
export function formatKm(km: number): string {
  return km < 10 ? String(Math.round(km * 10) / 10) : String(Math.round(km));
}

/** A share for people: 0.2727 → "27.3%", 0.3 → "30.0%"; "—" without a value. */
export function formatRatio(ratio: number | null | undefined): string {
  return ratio == null ? '—' : `${(Math.round(ratio * 1000) / 10).toFixed(1)}%`;
}

/** Yuan held as a decimal string ("2000000.00") with thousands separators: "2,000,000.00". Never through a float. */
export function formatYuanText(value: string | null | undefined): string {
  if (!value) return '';
  const [whole, fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Today in China (YYYY-MM-DD): the day the API's project ledger counts in, whatever the browser's zone. */
export const chinaToday = (): string => formatIsoDate(chinaCalendarDate(new Date()));
