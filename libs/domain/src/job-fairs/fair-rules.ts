import { ErrorCode, FairMode, JobFairStatus, PriorityGroup, TicketStatus } from '@jobbridge/contracts';
import { CHINA_UTC_OFFSET_MINUTES, chinaCalendarDate, formatIsoDate, parseIsoDate } from '../calendar-date';
import { DomainError } from '../errors';

/* ------------------------------------------------------------------------------------------- lifecycle */

/** DRAFT → PUBLISHED → LIVE → ENDED; a draft or a published fair may also be ended (cancelled). ENDED is final. */
export const JOB_FAIR_TRANSITIONS: Readonly<Record<JobFairStatus, readonly JobFairStatus[]>> = Object.freeze({
  [JobFairStatus.DRAFT]: Object.freeze([JobFairStatus.PUBLISHED, JobFairStatus.ENDED]),
  [JobFairStatus.PUBLISHED]: Object.freeze([JobFairStatus.LIVE, JobFairStatus.ENDED]),
  [JobFairStatus.LIVE]: Object.freeze([JobFairStatus.ENDED]),
  [JobFairStatus.ENDED]: Object.freeze([]),
});

const FAIR_STATUS_ZH: Record<JobFairStatus, string> = {
  [JobFairStatus.DRAFT]: '草稿',
  [JobFairStatus.PUBLISHED]: '已发布',
  [JobFairStatus.LIVE]: '进行中',
  [JobFairStatus.ENDED]: '已结束',
};

export function assertJobFairTransition(from: JobFairStatus, to: JobFairStatus): void {
  if (!JOB_FAIR_TRANSITIONS[from]?.includes(to))
    throw new DomainError(
      ErrorCode.INVALID_STATUS_TRANSITION,
      from === JobFairStatus.ENDED ? '招聘会已结束' : `招聘会已是「${FAIR_STATUS_ZH[from]}」状态，不能改为「${FAIR_STATUS_ZH[to]}」`,
    );
}

/** A fair's settings can change until it goes live; after that only its programme grows. */
export const isJobFairEditable = (status: JobFairStatus) => status === JobFairStatus.DRAFT || status === JobFairStatus.PUBLISHED;

/* ------------------------------------------------------------------------------------------- schedule */

/** The defaults the issue states; a region's policy pack may set others. */
export const FAIR_DEFAULTS = Object.freeze({ answerWindowSeconds: 60, maxQueuesPerSeeker: 3, boothCapacity: 100 });

export interface FairScheduleInput {
  mode: FairMode;
  venueAddress?: string | null;
  /** Calendar days in China, `YYYY-MM-DD`, inclusive. */
  startDate: string;
  endDate: string;
  /** Daily opening hours in China, `HH:MM` (24 h). */
  opensAt: string;
  closesAt: string;
  boothApplyFrom: Date;
  boothApplyUntil: Date;
  boothCapacity: number;
  priorityWindowMinutes?: number | null;
  answerWindowSeconds: number;
  maxQueuesPerSeeker: number;
}

const HHMM = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes after midnight of `HH:MM` (`24:00` is the end of the day, for closing times), or null. */
export function minutesOfDay(hhmm: string): number | null {
  const m = HHMM.exec(hhmm);
  if (!m) return null;
  return m[3] ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

/** The instant a China calendar day (`YYYY-MM-DD`) reaches `HH:MM` there. */
export function chinaInstant(date: string, hhmm: string): Date {
  const d = parseIsoDate(date);
  const minutes = minutesOfDay(hhmm);
  if (!d || minutes == null) throw new RangeError(`not a date and time: ${date} ${hhmm}`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 0, minutes - CHINA_UTC_OFFSET_MINUTES));
}

/**
 * Checks a fair's schedule and limits; throws the first problem with its field. The booth-application window must
 * close no later than the fair's first opening (booths are reviewed before the doors open).
 */
export function validateFairSchedule(s: FairScheduleInput): void {
  const fail = (error: DomainError): never => {
    throw error;
  };
  if (!parseIsoDate(s.startDate)) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '开始日期格式不正确', 'startDate'));
  if (!parseIsoDate(s.endDate)) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '结束日期格式不正确', 'endDate'));
  if (s.endDate < s.startDate) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '结束日期早于开始日期', 'endDate'));
  const open = minutesOfDay(s.opensAt);
  const close = minutesOfDay(s.closesAt);
  if (open == null || open >= 1440) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '开放时间格式应为 HH:MM', 'opensAt'));
  if (close == null) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '结束时间格式应为 HH:MM', 'closesAt'));
  if (close! <= open!) fail(new DomainError(ErrorCode.VALIDATION_FAILED, '每日结束时间应晚于开放时间', 'closesAt'));
  if (s.mode !== FairMode.ONLINE && !s.venueAddress?.trim())
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '现场或线上线下结合的招聘会需填写场馆地址', 'venueAddress'));
  if (s.boothApplyUntil <= s.boothApplyFrom)
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '展位申请截止时间应晚于开始时间', 'boothApplyUntil'));
  if (s.boothApplyUntil > chinaInstant(s.startDate, s.opensAt))
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '展位申请应在招聘会开始前截止', 'boothApplyUntil'));
  if (!Number.isInteger(s.boothCapacity) || s.boothCapacity < 1 || s.boothCapacity > 2000)
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '展位数量应在 1 到 2000 之间', 'boothCapacity'));
  if (s.priorityWindowMinutes != null) {
    if (!Number.isInteger(s.priorityWindowMinutes) || s.priorityWindowMinutes < 1)
      fail(new DomainError(ErrorCode.VALIDATION_FAILED, '优先时段应为正整数分钟', 'priorityWindowMinutes'));
    if (s.priorityWindowMinutes >= close! - open!)
      fail(new DomainError(ErrorCode.VALIDATION_FAILED, '优先时段应短于每日开放时长', 'priorityWindowMinutes'));
  }
  if (!Number.isInteger(s.answerWindowSeconds) || s.answerWindowSeconds < 15 || s.answerWindowSeconds > 600)
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '应答时限应在 15 到 600 秒之间', 'answerWindowSeconds'));
  if (!Number.isInteger(s.maxQueuesPerSeeker) || s.maxQueuesPerSeeker < 1 || s.maxQueuesPerSeeker > 10)
    fail(new DomainError(ErrorCode.VALIDATION_FAILED, '每人同时排队数应在 1 到 10 之间', 'maxQueuesPerSeeker'));
}

/* ------------------------------------------------------------------------------------------- queueing */

export interface FairQueueRules {
  status: JobFairStatus;
  startDate: string;
  endDate: string;
  opensAt: string;
  closesAt: string;
  priorityWindowMinutes: number | null;
  targetGroups: readonly PriorityGroup[];
  maxQueuesPerSeeker: number;
}

/** Whether the fair's doors are open at `now` (a live fair, on one of its days, within its hours). */
export function fairOpenAt(f: FairQueueRules, now: Date): boolean {
  if (f.status !== JobFairStatus.LIVE) return false;
  const today = formatIsoDate(chinaCalendarDate(now));
  if (today < f.startDate || today > f.endDate) return false;
  return now >= chinaInstant(today, f.opensAt) && now < chinaInstant(today, f.closesAt);
}

/** When today's priority window ends, or null when there is none or it is over (or the doors are shut). */
export function priorityWindowEnd(f: FairQueueRules, now: Date): Date | null {
  if (!f.priorityWindowMinutes || !f.targetGroups.length || !fairOpenAt(f, now)) return null;
  const today = formatIsoDate(chinaCalendarDate(now));
  const end = new Date(chinaInstant(today, f.opensAt).getTime() + f.priorityWindowMinutes * 60_000);
  return now < end ? end : null;
}

/**
 * Whether a seeker may take a place in a booth's queue now; throws the reason. `heldQueues` counts the places the seeker
 * holds at this fair (WAITING, CALLED or IN_TALK); `alreadyAtBooth` whether one of them is at this booth.
 */
export function assertMayQueue(
  f: FairQueueRules,
  seeker: { groups: readonly PriorityGroup[]; heldQueues: number; alreadyAtBooth: boolean },
  now: Date,
): void {
  if (f.status !== JobFairStatus.LIVE) throw new DomainError(ErrorCode.FAIR_NOT_OPEN, '招聘会尚未开始或已结束，暂不能排队');
  if (!fairOpenAt(f, now)) throw new DomainError(ErrorCode.FAIR_NOT_OPEN, `不在招聘会开放时间内（每日 ${f.opensAt}–${f.closesAt}）`);
  const windowEnd = priorityWindowEnd(f, now);
  if (windowEnd && !seeker.groups.some((g) => f.targetGroups.includes(g))) {
    const hhmm = new Date(windowEnd.getTime() + CHINA_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(11, 16);
    throw new DomainError(ErrorCode.FAIR_PRIORITY_WINDOW, `当前为重点群体优先时段，${hhmm} 起所有求职者均可排队`);
  }
  if (seeker.alreadyAtBooth) throw new DomainError(ErrorCode.ALREADY_QUEUED, '您已在该展位排队', 'boothId');
  if (seeker.heldQueues >= f.maxQueuesPerSeeker)
    throw new DomainError(ErrorCode.QUEUE_LIMIT_REACHED, `最多可同时在 ${f.maxQueuesPerSeeker} 个展位排队，请先离开其他排队`);
}

/** Ticket states that hold a place (a seeker holds at most one per booth). */
export const HOLDING_TICKET_STATUSES: readonly TicketStatus[] = Object.freeze([
  TicketStatus.WAITING,
  TicketStatus.CALLED,
  TicketStatus.IN_TALK,
]);

/** Allowed ticket moves. */
export const TICKET_TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = Object.freeze({
  [TicketStatus.WAITING]: Object.freeze([TicketStatus.CALLED, TicketStatus.LEFT]),
  [TicketStatus.CALLED]: Object.freeze([TicketStatus.IN_TALK, TicketStatus.MISSED, TicketStatus.LEFT]),
  [TicketStatus.IN_TALK]: Object.freeze([TicketStatus.DONE]),
  [TicketStatus.DONE]: Object.freeze([]),
  [TicketStatus.LEFT]: Object.freeze([]),
  [TicketStatus.MISSED]: Object.freeze([]),
});

export function assertTicketTransition(from: TicketStatus, to: TicketStatus): void {
  if (!TICKET_TRANSITIONS[from]?.includes(to))
    throw new DomainError(ErrorCode.INVALID_STATUS_TRANSITION, TICKET_REFUSALS_ZH[from] ?? '排队状态已变化，请刷新');
}

const TICKET_REFUSALS_ZH: Partial<Record<TicketStatus, string>> = {
  [TicketStatus.DONE]: '洽谈已结束',
  [TicketStatus.LEFT]: '已离开排队',
  [TicketStatus.MISSED]: '叫号已过期，可重新排队',
  [TicketStatus.IN_TALK]: '正在洽谈中',
};

/* ------------------------------------------------------------------------------------------- waiting */

/** Talk length assumed before a booth has finished any talk. */
export const DEFAULT_TALK_SECONDS = 300;
/** How many of a booth's latest talks the mean is taken over. */
export const TALK_MEAN_WINDOW = 10;

/**
 * Estimated wait for the ticket at `place` (1 = next): place × the mean of the booth's last 10 talk durations (5
 * minutes before any) ÷ reps online. Null when no rep is online (the wait cannot be estimated; offer a call-back).
 */
export function estimatedWaitSeconds(place: number, recentTalkSeconds: readonly number[], repsOnline: number): number | null {
  if (repsOnline < 1) return null;
  const recent = recentTalkSeconds.slice(-TALK_MEAN_WINDOW);
  const mean = recent.length ? recent.reduce((a, b) => a + b, 0) / recent.length : DEFAULT_TALK_SECONDS;
  return Math.round((place * mean) / repsOnline);
}

/** A seeker may ask to be called back instead of waiting: no rep online, or the wait is over the booth's threshold. */
export function mayRequestCallback(waitSeconds: number | null, thresholdSeconds: number | null): boolean {
  return waitSeconds == null || (thresholdSeconds != null && waitSeconds > thresholdSeconds);
}

/** The short number a rep calls out on site: the booth number and the ticket's sequence at the booth, e.g. `A12-007`. */
export function shortTicketNumber(boothNumber: string, seq: number): string {
  return `${boothNumber}-${String(seq).padStart(3, '0')}`;
}

/* ------------------------------------------------------------------------------------------- booths */

/**
 * Booth zones by industry: the employer's industry text grouped into a handful of zones the hall can filter by, each
 * with a letter for booth numbers (A01, A02 … in zone A). Data, not logic: a region may add its own.
 */
export interface BoothZone {
  letter: string;
  name: string;
  /** Substrings of the employer's industry that put it in this zone. */
  keywords: readonly string[];
}

export const BOOTH_ZONES: readonly BoothZone[] = Object.freeze([
  { letter: 'A', name: '制造业', keywords: ['制造', '加工', '机械', '电子', '汽车', '化工', '纺织', '食品'] },
  { letter: 'B', name: '建筑与能源', keywords: ['建筑', '工程', '施工', '能源', '电力', '光伏', '风电', '矿', '水利'] },
  { letter: 'C', name: '信息技术', keywords: ['信息', '软件', '互联网', '数据', '通信', '算力', '计算'] },
  { letter: 'D', name: '服务业', keywords: ['服务', '餐饮', '酒店', '零售', '物流', '运输', '家政', '商贸', '旅游'] },
  { letter: 'E', name: '农业与食品', keywords: ['农', '牧', '林', '渔', '种植', '养殖'] },
  { letter: 'F', name: '医疗教育与公共服务', keywords: ['医', '药', '教育', '培训', '养老', '公共', '社区'] },
]);
export const OTHER_ZONE: BoothZone = Object.freeze({ letter: 'G', name: '综合', keywords: [] });

export function boothZoneOf(industry: string | null | undefined, zones: readonly BoothZone[] = BOOTH_ZONES): BoothZone {
  const text = (industry ?? '').trim();
  return zones.find((z) => z.keywords.some((k) => text.includes(k))) ?? OTHER_ZONE;
}

/** The next booth number in a zone, given the numbers already taken (`A01`, `A02` …). */
export function nextBoothNumber(zone: BoothZone, taken: readonly string[]): string {
  const used = new Set(taken.filter((n) => n.startsWith(zone.letter)).map((n) => Number(n.slice(zone.letter.length))));
  let i = 1;
  while (used.has(i)) i++;
  return `${zone.letter}${String(i).padStart(2, '0')}`;
}

/* ------------------------------------------------------------------------------------------- figures */

/** The p-th percentile (0–100) by nearest rank; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}
