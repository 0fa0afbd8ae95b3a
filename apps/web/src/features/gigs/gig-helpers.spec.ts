import { GigAssignmentStatus, GigPayMethod, GigPayStatus, GigPayTiming, GigPayUnit, GigPhase, GigStatus } from '@jobbridge/contracts';
import { chinaInstant } from '@jobbridge/domain';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  canDispute,
  checkInUrl,
  checkInWindow,
  chinaTimeParts,
  dateForFilter,
  dayState,
  distanceParts,
  emptyGigForm,
  hourlyOf,
  isGigCancellable,
  isGigEditable,
  myGigTab,
  nearbyUrl,
  paidAmountDefault,
  pointFromParams,
  reviewReasons,
  toGigFormValues,
  toGigInput,
} from './gig-helpers';

/** 2026-12-04 23:30 in China is still the 4th there, but already the 4th 15:30 UTC. */
const LATE_EVENING = chinaInstant('2026-12-04', '23:30');

describe('days and places', () => {
  it('asks for China’s today and tomorrow, whatever the browser’s zone', () => {
    expect(dateForFilter('TODAY', LATE_EVENING)).toBe('2026-12-04');
    expect(dateForFilter('TOMORROW', LATE_EVENING)).toBe('2026-12-05');
    expect(dateForFilter('ALL', LATE_EVENING)).toBeNull();
    // 00:30 on the 5th in China is still the 4th in UTC
    expect(dateForFilter('TODAY', chinaInstant('2026-12-05', '00:30'))).toBe('2026-12-05');
  });

  it('reads a station QR’s point only when it is a point in China', () => {
    expect(pointFromParams(new URLSearchParams('lat=35.49&lng=103.01'))).toEqual({ lat: 35.49, lng: 103.01 });
    expect(pointFromParams(new URLSearchParams('lat=103.01&lng=35.49'))).toBeNull(); // swapped
    expect(pointFromParams(new URLSearchParams('lat=abc&lng=1'))).toBeNull();
    expect(pointFromParams(new URLSearchParams(''))).toBeNull();
  });

  it('builds the station’s and the gig’s QR links', () => {
    expect(nearbyUrl('https://jyt.example', { lat: 35.492412345, lng: 103.00751 })).toBe(
      'https://jyt.example/gigs/nearby?lat=35.49241&lng=103.00751',
    );
    expect(checkInUrl('http://127.0.0.1:3000', 'g-1', 'Ab_c-9')).toBe('http://127.0.0.1:3000/gigs/g-1/check-in?code=Ab_c-9');
  });

  it('says distances as people do', () => {
    expect(distanceParts(0)).toEqual({ unit: 'm', value: '10' });
    expect(distanceParts(856)).toEqual({ unit: 'm', value: '860' });
    expect(distanceParts(1234)).toEqual({ unit: 'km', value: '1.2' });
    expect(distanceParts(9960)).toEqual({ unit: 'km', value: '10.0' });
    expect(distanceParts(23_600)).toEqual({ unit: 'km', value: '24' });
  });

  it('reads instants on China’s wall clock', () => {
    expect(chinaTimeParts('2026-12-04T15:30:00Z')).toEqual({ date: '2026-12-04', time: '23:30' });
    expect(chinaTimeParts('2026-12-04T16:05:00Z')).toEqual({ date: '2026-12-05', time: '00:05' });
  });
});

const gig = (over: Partial<{ startDate: string; endDate: string; status: GigStatus; phase: GigPhase }> = {}) => ({
  startDate: '2026-12-05',
  endDate: '2026-12-05',
  dailyStart: '08:00',
  dailyEnd: '17:00',
  status: GigStatus.PUBLISHED,
  phase: GigPhase.UPCOMING,
  payTiming: GigPayTiming.SAME_DAY,
  ...over,
});
const day = (workDate: string, out = false) => ({
  workDate,
  checkInAt: `${workDate}T00:00:00Z`,
  checkOutAt: out ? `${workDate}T09:00:00Z` : null,
});
const place = (over: Partial<Parameters<typeof myGigTab>[0]> = {}) => ({
  status: GigAssignmentStatus.ACCEPTED,
  payStatus: GigPayStatus.UNPAID,
  attendance: [],
  gig: gig(),
  ...over,
});

describe('我的零工’s tabs', () => {
  it('puts a place on a gig still to come under 已接, waiting or held', () => {
    expect(myGigTab(place(), '2026-12-04')).toBe('ACCEPTED');
    expect(myGigTab(place({ status: GigAssignmentStatus.WAITLISTED }), '2026-12-04')).toBe('ACCEPTED');
  });

  it('puts today’s gig under 今天 (a held place; the waiting list stays under 已接)', () => {
    const running = gig({ startDate: '2026-12-03', endDate: '2026-12-06', phase: GigPhase.IN_PROGRESS });
    expect(myGigTab(place({ gig: running }), '2026-12-05')).toBe('TODAY');
    expect(myGigTab(place({ gig: running, status: GigAssignmentStatus.WAITLISTED }), '2026-12-05')).toBe('ACCEPTED');
    expect(myGigTab(place(), '2026-12-05')).toBe('TODAY');
  });

  it('puts pay marked paid or disputed, and days worked not yet paid once the gig is over, under 待确认工钱', () => {
    const ended = gig({ phase: GigPhase.ENDED });
    expect(myGigTab(place({ payStatus: GigPayStatus.PAID, attendance: [day('2026-12-05', true)] }), '2026-12-05')).toBe('PAY');
    expect(myGigTab(place({ payStatus: GigPayStatus.DISPUTED, attendance: [day('2026-12-05', true)], gig: ended }), '2026-12-07')).toBe(
      'PAY',
    );
    expect(myGigTab(place({ attendance: [day('2026-12-05', true)], gig: ended }), '2026-12-06')).toBe('PAY');
  });

  it('puts the rest under 历史: settled, withdrawn, cancelled, no-shows', () => {
    const ended = gig({ phase: GigPhase.ENDED });
    expect(myGigTab(place({ payStatus: GigPayStatus.CONFIRMED, attendance: [day('2026-12-05', true)], gig: ended }), '2026-12-06')).toBe(
      'HISTORY',
    );
    expect(myGigTab(place({ payStatus: GigPayStatus.RESOLVED, attendance: [day('2026-12-05')], gig: ended }), '2026-12-06')).toBe(
      'HISTORY',
    );
    expect(myGigTab(place({ status: GigAssignmentStatus.WITHDRAWN }), '2026-12-04')).toBe('HISTORY');
    expect(myGigTab(place({ status: GigAssignmentStatus.GIG_CANCELLED, gig: gig({ status: GigStatus.CANCELLED }) }), '2026-12-04')).toBe(
      'HISTORY',
    );
    expect(myGigTab(place({ gig: ended }), '2026-12-06')).toBe('HISTORY');
    expect(myGigTab(place({ gig: null }), '2026-12-06')).toBe('HISTORY');
  });
});

describe('the day at the site', () => {
  it('tells today’s state from the attendance rows', () => {
    expect(dayState([], '2026-12-05')).toEqual({ state: 'NOT_IN' });
    expect(dayState([day('2026-12-04', true)], '2026-12-05').state).toBe('NOT_IN');
    expect(dayState([day('2026-12-05')], '2026-12-05').state).toBe('IN');
    expect(dayState([day('2026-12-04', true), day('2026-12-05', true)], '2026-12-05').state).toBe('OUT');
  });

  it('opens check-in 60 minutes before the start until the day’s end, on the gig’s days only', () => {
    const g = gig();
    expect(checkInWindow(g, chinaInstant('2026-12-04', '12:00'))).toBeNull();
    expect(checkInWindow(g, chinaInstant('2026-12-05', '06:59'))?.state).toBe('BEFORE');
    const open = checkInWindow(g, chinaInstant('2026-12-05', '07:00'));
    expect(open?.state).toBe('OPEN');
    expect(open?.opensAt.toISOString()).toBe(chinaInstant('2026-12-05', '07:00').toISOString());
    expect(checkInWindow(g, chinaInstant('2026-12-05', '17:00'))?.state).toBe('OPEN');
    expect(checkInWindow(g, chinaInstant('2026-12-05', '17:01'))?.state).toBe('AFTER');
  });

  it('offers a dispute when pay is marked paid, or not marked once due, never before a day is worked', () => {
    const g = gig();
    const worked = [day('2026-12-05', true)];
    expect(canDispute({ payStatus: GigPayStatus.UNPAID, attendance: [] }, g, chinaInstant('2026-12-06', '12:00'))).toBe(false);
    expect(canDispute({ payStatus: GigPayStatus.PAID, attendance: worked }, g, chinaInstant('2026-12-05', '17:10'))).toBe(true);
    expect(canDispute({ payStatus: GigPayStatus.UNPAID, attendance: worked }, g, chinaInstant('2026-12-05', '16:59'))).toBe(false);
    expect(canDispute({ payStatus: GigPayStatus.UNPAID, attendance: worked }, g, chinaInstant('2026-12-05', '17:00'))).toBe(true);
    const onCompletion = { ...gig({ endDate: '2026-12-07' }), payTiming: GigPayTiming.ON_COMPLETION };
    expect(canDispute({ payStatus: GigPayStatus.UNPAID, attendance: worked }, onCompletion, chinaInstant('2026-12-06', '12:00'))).toBe(
      false,
    );
    expect(canDispute({ payStatus: GigPayStatus.CONFIRMED, attendance: worked }, g, chinaInstant('2026-12-08', '12:00'))).toBe(false);
  });
});

describe('the poster’s side', () => {
  it('starts 标记已付 from the pay due (or the amount already marked), nothing when nothing is counted', () => {
    expect(paidAmountDefault({ payDueYuan: 200 })).toBe(200);
    expect(paidAmountDefault({ payDueYuan: 0 })).toBeUndefined();
    expect(paidAmountDefault({ payDueYuan: 200, paidYuan: 180 })).toBe(180);
  });

  it('says why a saved gig waits for review', () => {
    expect(reviewReasons({ status: GigStatus.PUBLISHED, belowMinimumWage: false, screeningFlags: [] })).toEqual([]);
    expect(reviewReasons({ status: GigStatus.PENDING_REVIEW, belowMinimumWage: true, screeningFlags: [{}] })).toEqual([
      'BELOW_MINIMUM_WAGE',
      'FLAGGED',
    ]);
    expect(reviewReasons({ status: GigStatus.PENDING_REVIEW, belowMinimumWage: false, screeningFlags: [] })).toEqual(['NEW_POSTER']);
  });

  it('lets the poster change a gig nobody has taken, and cancel one not over', () => {
    expect(isGigEditable({ status: GigStatus.PUBLISHED, phase: GigPhase.UPCOMING, acceptedCount: 0 }, 0)).toBe(true);
    expect(isGigEditable({ status: GigStatus.PUBLISHED, phase: GigPhase.UPCOMING, acceptedCount: 1 }, 1)).toBe(false);
    expect(isGigEditable({ status: GigStatus.CANCELLED, phase: GigPhase.UPCOMING, acceptedCount: 0 }, 0)).toBe(false);
    expect(isGigCancellable({ status: GigStatus.PUBLISHED, phase: GigPhase.IN_PROGRESS })).toBe(true);
    expect(isGigCancellable({ status: GigStatus.PUBLISHED, phase: GigPhase.ENDED })).toBe(false);
    expect(isGigCancellable({ status: GigStatus.REJECTED, phase: GigPhase.UPCOMING })).toBe(false);
  });

  it('works out a day rate per hour as the API does (floored to the fen)', () => {
    expect(hourlyOf(GigPayUnit.DAY, 100, '08:00', '17:00')).toBe(11.11);
    expect(hourlyOf(GigPayUnit.DAY, 200, '08:00', '17:00')).toBe(22.22);
    expect(hourlyOf(GigPayUnit.HOUR, 18.5)).toBe(18.5);
    expect(hourlyOf(GigPayUnit.PIECE, 0.5, '08:00', '17:00')).toBeNull();
    expect(hourlyOf(GigPayUnit.DAY, null, '08:00', '17:00')).toBeNull();
    expect(hourlyOf(GigPayUnit.DAY, 100, '17:00', '08:00')).toBeNull();
  });
});

describe('the posting form', () => {
  it('starts tomorrow (China), 08:00—17:00, one person, by the day, the same day, by WeChat, in the poster’s county', () => {
    const v = emptyGigForm('622921', LATE_EVENING);
    expect(v.startDate?.format('YYYY-MM-DD')).toBe('2026-12-05');
    expect(v.dailyStart?.format('HH:mm')).toBe('08:00');
    expect(v.region).toEqual(['620000', '622900', '622921']);
    expect(v).toMatchObject({ headcount: 1, payUnit: GigPayUnit.DAY, payTiming: GigPayTiming.SAME_DAY, payMethod: GigPayMethod.WECHAT });
    expect(emptyGigForm(null).region).toBeUndefined();
  });

  it('sends dates, times, the county and blanks as the API takes them, and reads a saved gig back', () => {
    const input = toGigInput({
      title: ' 卸货 ',
      description: ' 卸一车水泥 ',
      skills: [' 叉车 ', ''],
      region: ['620000', '622900', '622921'],
      address: ' 物流园 ',
      lat: 35.49,
      lng: 103.01,
      startDate: dayjs('2026-12-05'),
      endDate: null,
      dailyStart: dayjs('2000-01-01T08:30'),
      dailyEnd: dayjs('2000-01-01T17:00'),
      headcount: 3,
      payUnit: GigPayUnit.DAY,
      payYuan: 200,
      pieceUnit: '箱',
      payTiming: GigPayTiming.SAME_DAY,
      payMethod: GigPayMethod.CASH,
      toolsProvided: true,
      mealsProvided: false,
      worksAtHeight: false,
      heavyLoads: true,
      safetyNote: '  ',
      checkInRadiusMeters: 500,
    });
    expect(input).toEqual({
      title: '卸货',
      description: '卸一车水泥',
      skills: ['叉车'],
      regionCode: '622921',
      address: '物流园',
      lat: 35.49,
      lng: 103.01,
      startDate: '2026-12-05',
      endDate: '2026-12-05',
      dailyStart: '08:30',
      dailyEnd: '17:00',
      headcount: 3,
      payUnit: GigPayUnit.DAY,
      payYuan: 200,
      pieceUnit: null,
      payTiming: GigPayTiming.SAME_DAY,
      payMethod: GigPayMethod.CASH,
      toolsProvided: true,
      mealsProvided: false,
      worksAtHeight: false,
      heavyLoads: true,
      safetyNote: null,
      checkInRadiusMeters: 500,
    });
    const back = toGigFormValues(input);
    expect(back.startDate?.format('YYYY-MM-DD')).toBe('2026-12-05');
    expect(back.dailyStart?.format('HH:mm')).toBe('08:30');
    expect(back.region).toEqual(['620000', '622900', '622921']);
    expect(toGigInput(back)).toEqual(input);
  });
});
