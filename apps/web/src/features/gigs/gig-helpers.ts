import {
  GigAssignmentStatus,
  GigPayMethod,
  GigPayStatus,
  GigPayTiming,
  GigPayUnit,
  GigPhase,
  GigStatus,
  type GigCheckMethod,
} from '@jobbridge/contracts';
import { addDays, chinaInstant, chinaIsoDateOf, DEFAULT_GIG_POLICY, isPointInChina, payDueAt } from '@jobbridge/domain';
import dayjs, { type Dayjs } from 'dayjs';
import type { GigInput } from '../../graphql/generated/graphql';
import type { FieldMap } from '../../shared/errors';
import { blankToNull } from '../../shared/utils/format';
import { lastCode, regionPath } from '../../shared/utils/region-path';
import type { LatLng } from './gig-map';

/* ------------------------------------------------------------------------------------ days and places */

/** 附近零工's day filter. */
export type DateFilter = 'TODAY' | 'TOMORROW' | 'ALL';
export const DATE_FILTERS: readonly DateFilter[] = ['TODAY', 'TOMORROW', 'ALL'];

/** The China date a filter asks gigsNearby for (null: every day), whatever the browser's time zone. */
export function dateForFilter(filter: DateFilter, now: Date = new Date()): string | null {
  const today = chinaIsoDateOf(now);
  if (filter === 'TODAY') return today;
  if (filter === 'TOMORROW') return addDays(today, 1);
  return null;
}

/** A point from a link's `?lat=…&lng=…` (a station's QR), if it is a real point in China. */
export function pointFromParams(params: URLSearchParams): LatLng | null {
  const lat = Number(params.get('lat'));
  const lng = Number(params.get('lng'));
  if (!params.get('lat') || !params.get('lng')) return null;
  return isPointInChina({ lat, lng }) ? { lat, lng } : null;
}

/** Coordinates kept to 5 decimals (about a metre): enough for a site, short in a link. */
export const roundCoord = (n: number): number => Math.round(n * 1e5) / 1e5;

/** The link a station's QR opens: the gigs near the station. */
export function nearbyUrl(origin: string, point: LatLng): string {
  return `${origin}/gigs/nearby?lat=${roundCoord(point.lat)}&lng=${roundCoord(point.lng)}`;
}

/** The link a gig's QR opens: the worker's check-in page, carrying the gig's secret code. */
export function checkInUrl(origin: string, gigId: string, code: string): string {
  return `${origin}/gigs/${encodeURIComponent(gigId)}/check-in?code=${encodeURIComponent(code)}`;
}

/** A distance as people say it: metres under 1 km (rounded to 10 m), km with one decimal under 10 km, whole km beyond. */
export function distanceParts(meters: number): { unit: 'm' | 'km'; value: string } {
  if (meters < 1000) return { unit: 'm', value: String(Math.max(10, Math.round(meters / 10) * 10)) };
  const km = meters / 1000;
  return { unit: 'km', value: km < 10 ? (Math.round(km * 10) / 10).toFixed(1) : String(Math.round(km)) };
}

/* ------------------------------------------------------------------------------------ the worker's gigs */

interface ScheduleLike {
  startDate: string;
  endDate: string;
  dailyStart: string;
  dailyEnd: string;
}

interface AttendanceLike {
  workDate: string;
  checkInAt: string;
  checkOutAt?: string | null;
  checkInMethod?: GigCheckMethod;
}

interface AssignmentLike {
  status: GigAssignmentStatus;
  payStatus: GigPayStatus;
  attendance: readonly AttendanceLike[];
  gig?: (ScheduleLike & { status: GigStatus; phase: GigPhase }) | null;
}

/** 我的零工's tabs: 已接 (coming), 今天, 待确认工钱 (marked paid, waiting for the worker), 历史. */
export type MyGigTab = 'ACCEPTED' | 'TODAY' | 'PAY' | 'HISTORY';
export const MY_GIG_TABS: readonly MyGigTab[] = ['ACCEPTED', 'TODAY', 'PAY', 'HISTORY'];

const HOLDING = new Set<GigAssignmentStatus>([GigAssignmentStatus.ACCEPTED, GigAssignmentStatus.WAITLISTED]);

/**
 * Which tab a place belongs to on `today` (China date): pay marked paid (to confirm) or disputed is 待确认工钱; a place
 * held on a gig running today is 今天; a place held or waited for on a gig still to come is 已接; days worked whose pay
 * is not marked yet, once the gig is no longer today's, are 待确认工钱 too; everything else (withdrawn, cancelled,
 * settled, no-shows) is 历史.
 */
export function myGigTab(a: AssignmentLike, today: string): MyGigTab {
  if (a.payStatus === GigPayStatus.PAID || a.payStatus === GigPayStatus.DISPUTED) return 'PAY';
  const g = a.gig;
  const holding = !!g && g.status === GigStatus.PUBLISHED && HOLDING.has(a.status) && g.phase !== GigPhase.ENDED;
  if (holding && a.status === GigAssignmentStatus.ACCEPTED && g.startDate <= today && today <= g.endDate) return 'TODAY';
  if (holding && (g.startDate > today || a.status === GigAssignmentStatus.WAITLISTED)) return 'ACCEPTED';
  if (a.payStatus === GigPayStatus.UNPAID && a.attendance.length) return 'PAY';
  return 'HISTORY';
}

/** Where the worker stands today: not checked in, checked in (not out), or checked out; with today's row. */
export function dayState<A extends AttendanceLike>(attendance: readonly A[], today: string): { state: 'NOT_IN' | 'IN' | 'OUT'; row?: A } {
  const row = attendance.find((d) => d.workDate === today);
  if (!row) return { state: 'NOT_IN' };
  return { state: row.checkOutAt ? 'OUT' : 'IN', row };
}

/**
 * Today's check-in window of a gig (from `checkInOpensMinutesBefore` before the start to the day's end), or null when
 * the gig does not run today. BEFORE / OPEN / AFTER says where `now` falls.
 */
export function checkInWindow(
  g: ScheduleLike,
  now: Date = new Date(),
): { date: string; opensAt: Date; closesAt: Date; state: 'BEFORE' | 'OPEN' | 'AFTER' } | null {
  const date = chinaIsoDateOf(now);
  if (date < g.startDate || date > g.endDate) return null;
  const opensAt = new Date(chinaInstant(date, g.dailyStart).getTime() - DEFAULT_GIG_POLICY.checkInOpensMinutesBefore * 60_000);
  const closesAt = chinaInstant(date, g.dailyEnd);
  const t = now.getTime();
  return { date, opensAt, closesAt, state: t < opensAt.getTime() ? 'BEFORE' : t > closesAt.getTime() ? 'AFTER' : 'OPEN' };
}

/**
 * The worker may dispute: pay marked paid (the amount is wrong), or not marked once it fell due (日结: the end of the
 * last day worked; 完工结: the end of the gig) — the API's own rule, so the button shows only when it would be taken.
 */
export function canDispute(
  a: { payStatus: GigPayStatus; attendance: readonly { workDate: string }[] },
  g: ScheduleLike & { payTiming: GigPayTiming },
  now: Date = new Date(),
): boolean {
  if (!a.attendance.length) return false;
  if (a.payStatus === GigPayStatus.PAID) return true;
  if (a.payStatus !== GigPayStatus.UNPAID) return false;
  return (
    now.getTime() >=
    payDueAt(
      g,
      g.payTiming,
      a.attendance.map((d) => d.workDate),
    ).getTime()
  );
}

/** When an unpaid worker's pay falls due (shown on their card). */
export function payDueTime(a: { attendance: readonly { workDate: string }[] }, g: ScheduleLike & { payTiming: GigPayTiming }): Date {
  return payDueAt(
    g,
    g.payTiming,
    a.attendance.map((d) => d.workDate),
  );
}

/* ------------------------------------------------------------------------------------ the poster's side */

/** 标记已付's amount to start from: what is due for the days confirmed; nothing when nothing is counted yet. */
export function paidAmountDefault(a: { payDueYuan: number; paidYuan?: number | null }): number | undefined {
  if (a.paidYuan != null && a.paidYuan > 0) return a.paidYuan;
  return a.payDueYuan > 0 ? a.payDueYuan : undefined;
}

/** Why a gig just saved waits for review (empty when published). */
export type ReviewReason = 'BELOW_MINIMUM_WAGE' | 'FLAGGED' | 'NEW_POSTER';

export function reviewReasons(g: { status: GigStatus; belowMinimumWage: boolean; screeningFlags: readonly unknown[] }): ReviewReason[] {
  if (g.status !== GigStatus.PENDING_REVIEW) return [];
  const reasons: ReviewReason[] = [];
  if (g.belowMinimumWage) reasons.push('BELOW_MINIMUM_WAGE');
  if (g.screeningFlags.length) reasons.push('FLAGGED');
  if (!reasons.length) reasons.push('NEW_POSTER');
  return reasons;
}

/** The poster may still change the gig (no worker holds or waits for a place, and it is not cancelled or over). */
export function isGigEditable(g: { status: GigStatus; phase: GigPhase; acceptedCount: number }, holders: number): boolean {
  return g.status !== GigStatus.CANCELLED && g.phase === GigPhase.UPCOMING && g.acceptedCount === 0 && holders === 0;
}

/** The poster may cancel: not cancelled or rejected already, and not over. */
export const isGigCancellable = (g: { status: GigStatus; phase: GigPhase }): boolean =>
  (g.status === GigStatus.PUBLISHED || g.status === GigStatus.PENDING_REVIEW) && g.phase !== GigPhase.ENDED;

/* ------------------------------------------------------------------------------------ the posting form */

export interface GigFormValues {
  title: string;
  description: string;
  skills: string[];
  region?: string[];
  address: string;
  lat?: number | null;
  lng?: number | null;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  dailyStart?: Dayjs | null;
  dailyEnd?: Dayjs | null;
  headcount?: number | null;
  payUnit: GigPayUnit;
  payYuan?: number | null;
  pieceUnit?: string | null;
  payTiming: GigPayTiming;
  payMethod: GigPayMethod;
  toolsProvided: boolean;
  mealsProvided: boolean;
  worksAtHeight: boolean;
  heavyLoads: boolean;
  safetyNote?: string | null;
  checkInRadiusMeters?: number | null;
}

/** API fields the form names differently. */
export const GIG_FIELD_MAP: FieldMap = { regionCode: 'region', location: 'lat' };

const HHMM = 'HH:mm';
const time = (hhmm: string) => dayjs(`2000-01-01T${hhmm}`);

/** A new gig: tomorrow 08:00—17:00, one person, paid by the day the same day by WeChat, in the poster's county. */
export function emptyGigForm(regionCode: string | null | undefined, now: Date = new Date()): Partial<GigFormValues> {
  const tomorrow = dayjs(addDays(chinaIsoDateOf(now), 1));
  return {
    skills: [],
    region: regionCode ? regionPath(regionCode) : undefined,
    startDate: tomorrow,
    endDate: tomorrow,
    dailyStart: time('08:00'),
    dailyEnd: time('17:00'),
    headcount: 1,
    payUnit: GigPayUnit.DAY,
    payTiming: GigPayTiming.SAME_DAY,
    payMethod: GigPayMethod.WECHAT,
    toolsProvided: false,
    mealsProvided: false,
    worksAtHeight: false,
    heavyLoads: false,
    checkInRadiusMeters: DEFAULT_GIG_POLICY.checkInRadiusMeters,
  };
}

/** The form's values as the API takes them (dates as YYYY-MM-DD, times as HH:MM, blanks as null). */
export function toGigInput(v: GigFormValues): GigInput {
  const start = v.startDate ? v.startDate.format('YYYY-MM-DD') : '';
  return {
    title: v.title.trim(),
    description: v.description.trim(),
    skills: v.skills.map((s) => s.trim()).filter(Boolean),
    regionCode: lastCode(v.region) ?? '',
    address: v.address.trim(),
    lat: v.lat ?? Number.NaN,
    lng: v.lng ?? Number.NaN,
    startDate: start,
    endDate: v.endDate ? v.endDate.format('YYYY-MM-DD') : start,
    dailyStart: v.dailyStart ? v.dailyStart.format(HHMM) : '',
    dailyEnd: v.dailyEnd ? v.dailyEnd.format(HHMM) : '',
    headcount: v.headcount ?? 1,
    payUnit: v.payUnit,
    payYuan: v.payYuan ?? 0,
    pieceUnit: v.payUnit === GigPayUnit.PIECE ? blankToNull(v.pieceUnit) : null,
    payTiming: v.payTiming,
    payMethod: v.payMethod,
    toolsProvided: v.toolsProvided,
    mealsProvided: v.mealsProvided,
    worksAtHeight: v.worksAtHeight,
    heavyLoads: v.heavyLoads,
    safetyNote: blankToNull(v.safetyNote),
    checkInRadiusMeters: v.checkInRadiusMeters ?? null,
  };
}

/** A saved gig back into the form (editing). */
export function toGigFormValues(g: Omit<GigInput, 'regionCode'> & { regionCode: string }): GigFormValues {
  return {
    title: g.title,
    description: g.description,
    skills: [...(g.skills ?? [])],
    region: regionPath(g.regionCode),
    address: g.address,
    lat: g.lat,
    lng: g.lng,
    startDate: dayjs(g.startDate),
    endDate: dayjs(g.endDate),
    dailyStart: time(g.dailyStart),
    dailyEnd: time(g.dailyEnd),
    headcount: g.headcount,
    payUnit: g.payUnit,
    payYuan: g.payYuan,
    pieceUnit: g.pieceUnit ?? null,
    payTiming: g.payTiming,
    payMethod: g.payMethod,
    toolsProvided: !!g.toolsProvided,
    mealsProvided: !!g.mealsProvided,
    worksAtHeight: !!g.worksAtHeight,
    heavyLoads: !!g.heavyLoads,
    safetyNote: g.safetyNote ?? null,
    checkInRadiusMeters: g.checkInRadiusMeters ?? null,
  };
}

/** ISO weekdays, Monday first (接活设置). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/* ------------------------------------------------------------------------------------ China wall-clock */

const CHINA_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * An instant as China reads it, whatever the browser's zone: the date (YYYY-MM-DD) and the time (HH:MM). Check-in
 * times and deadlines are shown this way, as the gig's hours are China hours.
 */
export function chinaTimeParts(instant: string | Date): { date: string; time: string } {
  const parts = Object.fromEntries(CHINA_CLOCK.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** What a day's pay works out at per hour as typed (DAY: the rate over the day's hours; HOUR: the rate; PIECE: unknown). */
export function hourlyOf(payUnit: GigPayUnit, payYuan: number | null | undefined, dailyStart?: string, dailyEnd?: string): number | null {
  if (payYuan == null || !(payYuan > 0)) return null;
  if (payUnit === GigPayUnit.HOUR) return payYuan;
  if (payUnit !== GigPayUnit.DAY || !dailyStart || !dailyEnd) return null;
  const [sh, sm] = dailyStart.split(':').map(Number);
  const [eh, em] = dailyEnd.split(':').map(Number);
  const minutes = eh * 60 + em - (sh * 60 + sm);
  return minutes > 0 ? Math.floor((payYuan * 6000) / minutes) / 100 : null;
}
