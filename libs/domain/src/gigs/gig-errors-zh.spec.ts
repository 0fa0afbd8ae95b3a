import { DomainError } from '../errors';
import { domainErrorOf } from '../spec-support';
import { posterGigCredit, workerReliability, GIG_GRADE_LABELS_ZH } from './gig-grades';
import { gigAgeProblem } from './gig-match';
import { describeGigPay, fenOf } from './gig-pay';
import { DEFAULT_GIG_POLICY } from './gig-policy';
import { GigSchedule, validateGigSchedule } from './gig-schedule';
import { assertWithinSite, checkInDate } from './gig-site';

/** Every message a worker or poster sees from the gig rules is Chinese (the web app shows the API's message). */
const HAN = /[\u4e00-\u9fff]/;
const cn = (local: string) => new Date(`${local}:00+08:00`);
const GIG: GigSchedule = { startDate: '2026-12-10', endDate: '2026-12-10', dailyStart: '08:00', dailyEnd: '17:00' };
const NOW = cn('2026-12-01T12:00');
const SITE = { lat: 35.6012, lng: 103.2107 };

const errors: [string, DomainError][] = [
  ...(
    [
      { startDate: 'x' },
      { endDate: 'x' },
      { dailyStart: 'x' },
      { dailyStart: '24:00' },
      { dailyEnd: 'x' },
      { dailyEnd: '07:00' },
      { endDate: '2026-12-09' },
      { endDate: '2027-02-01' },
      { startDate: '2027-12-10', endDate: '2027-12-10' },
      { startDate: '2026-11-30', endDate: '2026-11-30' },
    ] as Partial<GigSchedule>[]
  ).map((change): [string, DomainError] => [
    `validateGigSchedule(${JSON.stringify(change)})`,
    domainErrorOf(() => validateGigSchedule({ ...GIG, ...change }, NOW)),
  ]),
  ['fenOf(-1)', domainErrorOf(() => fenOf(-1))],
  ['fenOf(1.234)', domainErrorOf(() => fenOf(1.234))],
  ['checkInDate(too early)', domainErrorOf(() => checkInDate(GIG, NOW))],
  ['assertWithinSite(no fix)', domainErrorOf(() => assertWithinSite(SITE, { lat: 0, lng: 0 }, 500))],
  ['assertWithinSite(too far)', domainErrorOf(() => assertWithinSite(SITE, { lat: 35.7, lng: 103.2107 }, 500))],
];

describe('gig rules speak Chinese', () => {
  it('collects every throwing path (a guard against an empty table)', () => {
    expect(errors).toHaveLength(15);
    expect(new Set(errors.map(([, e]) => e.code))).toEqual(new Set(['VALIDATION_FAILED', 'GIG_NOT_OPEN', 'GIG_CHECK_IN_TOO_FAR']));
  });

  it.each(errors)('%s', (_name, error) => {
    expect(error.message).toMatch(HAN);
    expect(error.field).toBeTruthy();
  });

  it('says why someone may not take a gig by age in Chinese', () => {
    expect(gigAgeProblem(2012, 2026, { heavyLoads: false, worksAtHeight: false })).toMatch(HAN);
    expect(gigAgeProblem(2008, 2026, { heavyLoads: true, worksAtHeight: false })).toMatch(HAN);
  });

  it('gives grade labels and deduction reasons in Chinese', () => {
    for (const label of Object.values(GIG_GRADE_LABELS_ZH)) expect(label).toMatch(HAN);
    const worker = workerReliability({ gigs: 5, attended: 1, noShows: 4, lateWithdrawals: 1, ratings: 1, arrivedYes: 0, workedYes: 0 });
    const poster = posterGigCredit({
      settlements: 5,
      paidConfirmed: 0,
      unpaidAlerts: 5,
      disputesReferred: 1,
      lateCancellations: 1,
      ratings: 1,
      paidOnTimeYes: 0,
      asDescribedYes: 0,
    });
    expect(worker.reasons).toHaveLength(4);
    expect(poster.reasons).toHaveLength(5);
    for (const reason of [...worker.reasons, ...poster.reasons]) expect(reason).toMatch(HAN);
  });

  it('writes pay in Chinese', () => {
    expect(describeGigPay('DAY', 15000)).toMatch(HAN);
    expect(describeGigPay('HOUR', 2000)).toMatch(HAN);
    expect(describeGigPay('PIECE', 50)).toMatch(HAN);
  });

  it('uses the default policy in its messages', () => {
    expect(domainErrorOf(() => checkInDate(GIG, NOW)).message).toContain(`${DEFAULT_GIG_POLICY.checkInOpensMinutesBefore}分钟`);
  });
});
