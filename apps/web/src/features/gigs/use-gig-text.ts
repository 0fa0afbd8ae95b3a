import { addDays, chinaIsoDateOf } from '@jobbridge/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { chinaTimeParts, distanceParts } from './gig-helpers';

/** A gig's schedule as the cards show it. */
interface Schedule {
  startDate: string;
  endDate: string;
  dailyStart: string;
  dailyEnd: string;
}

/**
 * How the gig pages write distances, days and times: "850米", "1.2公里"; "今天", "明天", "12月5日"; China wall-clock
 * times for instants (check-ins, deadlines) whatever the browser's zone.
 */
export function useGigText() {
  const { t } = useTranslation();
  return useMemo(() => {
    const date = (iso: string): string => {
      const [, m, d] = iso.split('-');
      return t('gigs.format.monthDay', { month: Number(m), day: Number(d) });
    };
    const day = (iso: string, now: Date = new Date()): string => {
      const today = chinaIsoDateOf(now);
      if (iso === today) return t('gigs.format.today');
      if (iso === addDays(today, 1)) return t('gigs.format.tomorrow');
      return date(iso);
    };
    const distance = (meters: number | null | undefined): string => {
      if (meters == null) return '';
      const { unit, value } = distanceParts(meters);
      return unit === 'm' ? t('gigs.distance.m', { value }) : t('gigs.distance.km', { value });
    };
    const schedule = (g: Schedule): string =>
      g.startDate === g.endDate
        ? t('gigs.card.oneDay', { date: day(g.startDate), start: g.dailyStart, end: g.dailyEnd })
        : t('gigs.card.manyDays', { start: day(g.startDate), end: day(g.endDate), from: g.dailyStart, to: g.dailyEnd });
    const clock = (instant: string | Date | null | undefined): string => (instant ? chinaTimeParts(instant).time : '');
    const dateTime = (instant: string | Date | null | undefined): string => {
      if (!instant) return '';
      const p = chinaTimeParts(instant);
      return t('gigs.format.dateTime', { date: day(p.date), time: p.time });
    };
    const yuan = (amount: number | null | undefined): string =>
      amount == null ? '' : t('gigs.format.yuan', { amount: formatAmount(amount) });
    return { day, date, distance, schedule, clock, dateTime, yuan };
  }, [t]);
}

/** 200 → "200", 150.5 → "150.50". */
export const formatAmount = (amount: number): string => (Number.isInteger(amount) ? String(amount) : amount.toFixed(2));
