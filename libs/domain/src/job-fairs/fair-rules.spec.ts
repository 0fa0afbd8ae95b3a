import { FairMode, JobFairStatus, PriorityGroup, TicketStatus } from '@jobbridge/contracts';
import { DomainError } from '../errors';
import {
  assertJobFairTransition,
  assertMayQueue,
  assertTicketTransition,
  boothZoneOf,
  chinaInstant,
  estimatedWaitSeconds,
  fairOpenAt,
  FairQueueRules,
  FairScheduleInput,
  isJobFairEditable,
  mayRequestCallback,
  minutesOfDay,
  nextBoothNumber,
  percentile,
  priorityWindowEnd,
  shortTicketNumber,
  validateFairSchedule,
} from './fair-rules';

const schedule = (over: Partial<FairScheduleInput> = {}): FairScheduleInput => ({
  mode: FairMode.ONLINE,
  startDate: '2027-02-20',
  endDate: '2027-02-22',
  opensAt: '09:00',
  closesAt: '17:00',
  boothApplyFrom: new Date('2027-02-01T00:00:00Z'),
  boothApplyUntil: new Date('2027-02-19T10:00:00Z'),
  boothCapacity: 200,
  priorityWindowMinutes: 30,
  answerWindowSeconds: 60,
  maxQueuesPerSeeker: 3,
  ...over,
});

const fieldOf = (fn: () => void): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return `${e.code}:${e.field ?? ''}`;
    throw e;
  }
  return undefined;
};

/** A live fair on 2027-02-20..22, 09:00–17:00 China time, 30 minutes for graduates and veterans first. */
const fair = (over: Partial<FairQueueRules> = {}): FairQueueRules => ({
  status: JobFairStatus.LIVE,
  startDate: '2027-02-20',
  endDate: '2027-02-22',
  opensAt: '09:00',
  closesAt: '17:00',
  priorityWindowMinutes: 30,
  targetGroups: [PriorityGroup.GRADUATE, PriorityGroup.VETERAN],
  maxQueuesPerSeeker: 3,
  ...over,
});
/** China time on a fair day. */
const at = (date: string, hhmm: string) => chinaInstant(date, hhmm);
const nobody = { groups: [] as PriorityGroup[], heldQueues: 0, alreadyAtBooth: false };

describe('fair lifecycle', () => {
  it('goes DRAFT → PUBLISHED → LIVE → ENDED and refuses anything else', () => {
    expect(() => assertJobFairTransition(JobFairStatus.DRAFT, JobFairStatus.PUBLISHED)).not.toThrow();
    expect(() => assertJobFairTransition(JobFairStatus.PUBLISHED, JobFairStatus.LIVE)).not.toThrow();
    expect(() => assertJobFairTransition(JobFairStatus.LIVE, JobFairStatus.ENDED)).not.toThrow();
    expect(() => assertJobFairTransition(JobFairStatus.PUBLISHED, JobFairStatus.ENDED)).not.toThrow();
    expect(fieldOf(() => assertJobFairTransition(JobFairStatus.DRAFT, JobFairStatus.LIVE))).toBe('INVALID_STATUS_TRANSITION:');
    expect(fieldOf(() => assertJobFairTransition(JobFairStatus.LIVE, JobFairStatus.PUBLISHED))).toBe('INVALID_STATUS_TRANSITION:');
    expect(() => assertJobFairTransition(JobFairStatus.ENDED, JobFairStatus.LIVE)).toThrow('招聘会已结束');
  });

  it('can be edited until it goes live', () => {
    expect([JobFairStatus.DRAFT, JobFairStatus.PUBLISHED, JobFairStatus.LIVE, JobFairStatus.ENDED].map(isJobFairEditable)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('fair schedule', () => {
  it('accepts a sound schedule', () => {
    expect(fieldOf(() => validateFairSchedule(schedule()))).toBeUndefined();
    expect(fieldOf(() => validateFairSchedule(schedule({ startDate: '2027-02-20', endDate: '2027-02-20' })))).toBeUndefined();
  });

  it.each([
    [{ endDate: '2027-02-19' }, 'endDate'],
    [{ startDate: '2027-02-30' }, 'startDate'],
    [{ opensAt: '9:00' }, 'opensAt'],
    [{ closesAt: '24:01' }, 'closesAt'],
    [{ opensAt: '24:00' }, 'opensAt'],
    [{ closesAt: '09:00' }, 'closesAt'],
    [{ mode: FairMode.HYBRID, venueAddress: '  ' }, 'venueAddress'],
    [{ mode: FairMode.ON_SITE }, 'venueAddress'],
    [{ boothApplyUntil: new Date('2027-02-01T00:00:00Z') }, 'boothApplyUntil'],
    // 09:00 China on the first day is 01:00 UTC: one minute later is too late
    [{ boothApplyUntil: new Date('2027-02-20T01:01:00Z') }, 'boothApplyUntil'],
    [{ boothCapacity: 0 }, 'boothCapacity'],
    [{ boothCapacity: 2001 }, 'boothCapacity'],
    [{ priorityWindowMinutes: 0 }, 'priorityWindowMinutes'],
    [{ priorityWindowMinutes: 480 }, 'priorityWindowMinutes'],
    [{ answerWindowSeconds: 14 }, 'answerWindowSeconds'],
    [{ answerWindowSeconds: 601 }, 'answerWindowSeconds'],
    [{ maxQueuesPerSeeker: 0 }, 'maxQueuesPerSeeker'],
    [{ maxQueuesPerSeeker: 11 }, 'maxQueuesPerSeeker'],
  ])('refuses %j on %s', (over, field) => {
    expect(fieldOf(() => validateFairSchedule(schedule(over)))).toBe(`VALIDATION_FAILED:${field}`);
  });

  it('lets booth applications close exactly when the doors first open, and a venue with an address', () => {
    expect(fieldOf(() => validateFairSchedule(schedule({ boothApplyUntil: new Date('2027-02-20T01:00:00Z') })))).toBeUndefined();
    expect(fieldOf(() => validateFairSchedule(schedule({ mode: FairMode.HYBRID, venueAddress: '临夏市人力资源市场' })))).toBeUndefined();
    expect(fieldOf(() => validateFairSchedule(schedule({ priorityWindowMinutes: 479 })))).toBeUndefined();
    expect(fieldOf(() => validateFairSchedule(schedule({ priorityWindowMinutes: null })))).toBeUndefined();
  });

  it('reads times of day and China instants', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(minutesOfDay('7:30')).toBeNull();
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(chinaInstant('2027-02-20', '24:00').toISOString()).toBe('2027-02-20T16:00:00.000Z');
    expect(chinaInstant('2027-02-20', '09:00').toISOString()).toBe('2027-02-20T01:00:00.000Z');
    expect(chinaInstant('2027-02-20', '07:30').toISOString()).toBe('2027-02-19T23:30:00.000Z');
  });
});

describe('queueing', () => {
  it('opens on the fair days within the hours: from opening, up to (not at) closing', () => {
    expect(fairOpenAt(fair(), at('2027-02-20', '09:00'))).toBe(true);
    expect(fairOpenAt(fair(), new Date(at('2027-02-20', '09:00').getTime() - 1))).toBe(false);
    expect(fairOpenAt(fair(), at('2027-02-22', '16:59'))).toBe(true);
    expect(fairOpenAt(fair(), at('2027-02-22', '17:00'))).toBe(false);
    expect(fairOpenAt(fair(), at('2027-02-23', '10:00'))).toBe(false);
    expect(fairOpenAt(fair(), at('2027-02-19', '10:00'))).toBe(false);
    expect(fairOpenAt(fair({ status: JobFairStatus.PUBLISHED }), at('2027-02-20', '10:00'))).toBe(false);
  });

  it('stays open to midnight with 24:00 as the closing time', () => {
    const allDay = fair({ opensAt: '00:00', closesAt: '24:00' });
    expect(fairOpenAt(allDay, at('2027-02-22', '23:59'))).toBe(true);
    expect(fairOpenAt(allDay, at('2027-02-20', '00:00'))).toBe(true);
    expect(fairOpenAt(allDay, at('2027-02-23', '00:00'))).toBe(false);
  });

  it('keeps the first N minutes of each day for the target groups', () => {
    expect(priorityWindowEnd(fair(), at('2027-02-21', '09:00'))?.toISOString()).toBe(at('2027-02-21', '09:30').toISOString());
    expect(priorityWindowEnd(fair(), at('2027-02-21', '09:29'))).not.toBeNull();
    expect(priorityWindowEnd(fair(), at('2027-02-21', '09:30'))).toBeNull();
    expect(priorityWindowEnd(fair({ priorityWindowMinutes: null }), at('2027-02-21', '09:00'))).toBeNull();
    expect(priorityWindowEnd(fair({ targetGroups: [] }), at('2027-02-21', '09:00'))).toBeNull();
  });

  it('lets a target-group seeker queue in the window and tells others when it opens', () => {
    const nine = at('2027-02-20', '09:10');
    expect(() => assertMayQueue(fair(), { ...nobody, groups: [PriorityGroup.VETERAN] }, nine)).not.toThrow();
    expect(fieldOf(() => assertMayQueue(fair(), { ...nobody, groups: [PriorityGroup.MIGRANT_WORKER] }, nine))).toBe(
      'FAIR_PRIORITY_WINDOW:',
    );
    expect(() => assertMayQueue(fair(), nobody, nine)).toThrow('09:30 起');
    expect(() => assertMayQueue(fair(), nobody, at('2027-02-20', '09:30'))).not.toThrow();
  });

  it('refuses a fair that is not live or shut, a second place at one booth, and places over the limit', () => {
    expect(fieldOf(() => assertMayQueue(fair({ status: JobFairStatus.PUBLISHED }), nobody, at('2027-02-20', '10:00')))).toBe(
      'FAIR_NOT_OPEN:',
    );
    expect(fieldOf(() => assertMayQueue(fair(), nobody, at('2027-02-20', '18:00')))).toBe('FAIR_NOT_OPEN:');
    expect(fieldOf(() => assertMayQueue(fair(), { ...nobody, alreadyAtBooth: true }, at('2027-02-20', '10:00')))).toBe(
      'ALREADY_QUEUED:boothId',
    );
    expect(() => assertMayQueue(fair(), { ...nobody, heldQueues: 2 }, at('2027-02-20', '10:00'))).not.toThrow();
    expect(fieldOf(() => assertMayQueue(fair(), { ...nobody, heldQueues: 3 }, at('2027-02-20', '10:00')))).toBe('QUEUE_LIMIT_REACHED:');
    expect(fieldOf(() => assertMayQueue(fair({ maxQueuesPerSeeker: 1 }), { ...nobody, heldQueues: 1 }, at('2027-02-20', '10:00')))).toBe(
      'QUEUE_LIMIT_REACHED:',
    );
  });

  it('moves tickets only forward', () => {
    expect(() => assertTicketTransition(TicketStatus.WAITING, TicketStatus.CALLED)).not.toThrow();
    expect(() => assertTicketTransition(TicketStatus.CALLED, TicketStatus.IN_TALK)).not.toThrow();
    expect(() => assertTicketTransition(TicketStatus.CALLED, TicketStatus.MISSED)).not.toThrow();
    expect(() => assertTicketTransition(TicketStatus.IN_TALK, TicketStatus.DONE)).not.toThrow();
    expect(() => assertTicketTransition(TicketStatus.IN_TALK, TicketStatus.LEFT)).toThrow('正在洽谈中');
    expect(() => assertTicketTransition(TicketStatus.MISSED, TicketStatus.IN_TALK)).toThrow('叫号已过期');
    expect(() => assertTicketTransition(TicketStatus.DONE, TicketStatus.DONE)).toThrow('洽谈已结束');
  });
});

describe('waiting estimates', () => {
  it('is 5 minutes a talk before any talk, divided among the reps online', () => {
    expect(estimatedWaitSeconds(1, [], 1)).toBe(300);
    expect(estimatedWaitSeconds(3, [], 1)).toBe(900);
    expect(estimatedWaitSeconds(3, [], 2)).toBe(450);
  });

  it('uses the mean of the last 10 talks', () => {
    expect(estimatedWaitSeconds(2, [100, 200], 1)).toBe(300);
    const eleven = [10_000, ...Array.from({ length: 10 }, () => 60)];
    expect(estimatedWaitSeconds(1, eleven, 1)).toBe(60);
  });

  it('cannot be estimated without a rep, and then a call-back may be asked for', () => {
    expect(estimatedWaitSeconds(1, [60], 0)).toBeNull();
    expect(mayRequestCallback(null, null)).toBe(true);
    expect(mayRequestCallback(600, 900)).toBe(false);
    expect(mayRequestCallback(900, 900)).toBe(false);
    expect(mayRequestCallback(901, 900)).toBe(true);
    expect(mayRequestCallback(5000, null)).toBe(false);
  });

  it('gives short numbers to call out on site', () => {
    expect(shortTicketNumber('A12', 7)).toBe('A12-007');
    expect(shortTicketNumber('B01', 1234)).toBe('B01-1234');
  });

  it('takes percentiles by nearest rank', () => {
    expect(percentile([], 90)).toBeNull();
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([10, 1, 5], 50)).toBe(5);
  });
});

describe('booth zones', () => {
  it('puts employers in a zone by their industry, others in 综合', () => {
    expect(boothZoneOf('汽车零部件制造').letter).toBe('A');
    expect(boothZoneOf('光伏电站建设').letter).toBe('B');
    expect(boothZoneOf('数据中心运维').letter).toBe('C');
    expect(boothZoneOf('餐饮服务').letter).toBe('D');
    expect(boothZoneOf('牛羊养殖').letter).toBe('E');
    expect(boothZoneOf('养老护理').letter).toBe('F');
    expect(boothZoneOf('').name).toBe('综合');
    expect(boothZoneOf(null).letter).toBe('G');
  });

  it('numbers booths in a zone from the first free number', () => {
    const a = boothZoneOf('制造');
    expect(nextBoothNumber(a, [])).toBe('A01');
    expect(nextBoothNumber(a, ['A01', 'A02', 'B01'])).toBe('A03');
    expect(nextBoothNumber(a, ['A01', 'A03'])).toBe('A02');
  });
});
