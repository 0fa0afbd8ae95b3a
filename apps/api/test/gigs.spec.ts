import { Role } from '@jobbridge/contracts';
import { addDays, chinaInstant, chinaIsoDateOf, generateIdNumber, isoWeekday } from '@jobbridge/domain';
import {
  connectSocket,
  createTestApp,
  errorOf,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makeSeeker,
  nextEvent,
  ok,
  QINGYANG_PREFECTURE,
  Session,
  signUp,
  TestApp,
} from '@jobbridge/testing';
import type { Socket } from 'socket.io-client';
import { GigClock } from '../src/modules/gigs/gig-clock';
import { GigSettlementService } from '../src/modules/gigs/gig-settlement.service';
import { GigOffered, GigsService } from '../src/modules/gigs/gigs.service';

// 临夏县 county seat, and points around it.
const SITE = { lat: 35.4924, lng: 103.0075 };
const NEAR = { lat: 35.5, lng: 103.01 }; // about 0.9 km
const FAR = { lat: 35.9, lng: 103.5 }; // about 63 km

const GIG = `id status phase title skills headcount acceptedCount placesLeft payUnit payYuan payText belowMinimumWage effectiveHourlyYuan
  screeningFlags { code evidence } posterKind posterName posterGrade { grade label } startDate dailyStart distanceMeters freeWithdrawalUntil`;
const ASSIGNMENT = `id gigId status waitlistPosition noShow payDueYuan payStatus paidYuan paidMethod disputeReason disputeOutcome ratedByMe
  workerName workerGrade { grade } attendance { id workDate checkInMethod checkInDistanceMeters checkOutAt minutes pieces confirmedAt }`;
const CREATE = `mutation($input: GigInput!, $key: String) { createGig(input: $input, idempotencyKey: $key) { ${GIG} } }`;
const ACCEPT = `mutation($id: ID!) { acceptGig(gigId: $id) { ${ASSIGNMENT} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawFromGig(gigId: $id) { ${ASSIGNMENT} } }`;
const CHECK_IN = `mutation($input: GigCheckInput!) { checkIn(input: $input) { id workDate checkInMethod checkInDistanceMeters } }`;
const CHECK_OUT = `mutation($input: GigCheckInput!) { checkOut(input: $input) { id checkOutAt minutes } }`;
const PREFS = `mutation($input: GigPreferencesInput!) { saveGigPreferences(input: $input) { enabled maxDistanceKm weekdays skills } }`;
const PAID = `mutation($input: MarkGigPaidInput!) { markGigPaid(input: $input) { ${ASSIGNMENT} } }`;
const CONFIRM_PAY = `mutation($id: ID!) { confirmGigPay(assignmentId: $id) { ${ASSIGNMENT} } }`;
const DISPUTE = `mutation($input: DisputeGigPayInput!) { disputeGigPay(input: $input) { ${ASSIGNMENT} } }`;
const RATE = `mutation($input: RateGigInput!) { rateGig(input: $input) { ${ASSIGNMENT} } }`;
const MANAGE = `query($id: ID!) { gig(id: $id) { id qrCode assignments { ${ASSIGNMENT} } } }`;
const NEARBY = `query($lat: Float!, $lng: Float!, $r: Float!, $sort: GigNearbySort, $date: String) {
  gigsNearby(lat: $lat, lng: $lng, radiusKm: $r, sort: $sort, date: $date) { id title distanceMeters startDate dailyStart } }`;

/** A weekday that is not the date's. */
const otherDay = (date: string) => (isoWeekday(date) % 7) + 1;

/** A China date a few days ahead, so a gig posted now is in the future whatever the hour. */
const DAY = addDays(chinaIsoDateOf(new Date()), 3);

const gigInput = (over: Record<string, unknown> = {}) => ({
  title: '装卸货车',
  description: '卸一车水泥，每袋50公斤，两人一组，现场有人指挥。',
  skills: [],
  regionCode: LINXIA_COUNTY,
  address: '临夏县韩集镇物流园3号库',
  ...SITE,
  startDate: DAY,
  endDate: DAY,
  dailyStart: '08:00',
  dailyEnd: '17:00',
  headcount: 3,
  payUnit: 'DAY',
  payYuan: 200,
  payTiming: 'SAME_DAY',
  payMethod: 'WECHAT',
  toolsProvided: true,
  mealsProvided: true,
  worksAtHeight: false,
  heavyLoads: true,
  safetyNote: '提供手套和护腰',
  ...over,
});

let idSeq = Math.floor(Math.random() * 500);
const newId = () =>
  generateIdNumber(
    `${LINXIA_COUNTY}1985${String(1 + (++idSeq % 12)).padStart(2, '0')}${String(1 + (idSeq % 28)).padStart(2, '0')}${String(100 + (idSeq % 900))}`,
  );

describe('the gig market (issue 15)', () => {
  let t: TestApp;
  let clock: GigClock;
  let officer: Session;
  let otherOfficer: Session;
  let employer: Session & { employerId: string };
  let newEmployer: Session & { employerId: string };
  const sockets: Socket[] = [];

  const worker = async (at = NEAR, skills: string[] = [], weekdays = [1, 2, 3, 4, 5, 6, 7]) => {
    const s = await makeSeeker(t);
    ok(await t.gql(PREFS, { input: { enabled: true, ...at, maxDistanceKm: 10, weekdays, skills } }, s.token));
    return s;
  };
  const postGig = async (over: Record<string, unknown> = {}, by: Session = employer) =>
    ok(await t.gql(CREATE, { input: gigInput(over) }, by.token)).createGig;
  const at = (date: string, hhmm: string) => clock.setNow(chinaInstant(date, hhmm));

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get(GigClock);
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    otherOfficer = await makeOfficer(t, QINGYANG_PREFECTURE);
    employer = await makeEmployer(t);
    ok(
      await t.gql(
        `mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id } }`,
        { id: employer.employerId },
        officer.token,
      ),
    );
    newEmployer = await makeEmployer(t);
  });
  afterEach(() => clock.reset());
  afterAll(async () => {
    for (const s of sockets) s.disconnect();
    await t.close();
  });

  describe('posting', () => {
    it("publishes a verified employer's gig at once and holds a new employer's for review", async () => {
      const g = await postGig();
      expect(g).toMatchObject({ status: 'PUBLISHED', phase: 'UPCOMING', posterKind: 'EMPLOYER', payText: '200元/天', placesLeft: 3 });
      expect(g.posterGrade.grade).toBe('NEW');
      const held = await postGig({}, newEmployer);
      expect(held.status).toBe('PENDING_REVIEW');
      const queue = ok(await t.gql(`{ gigReviewQueue { id } }`, {}, officer.token)).gigReviewQueue;
      expect(queue.map((q: { id: string }) => q.id)).toContain(held.id);
      expect(ok(await t.gql(`{ gigReviewQueue { id } }`, {}, otherOfficer.token)).gigReviewQueue).toEqual([]);
      const approved = ok(
        await t.gql(`mutation($id: ID!) { reviewGig(id: $id, approve: true) { status } }`, { id: held.id }, officer.token),
      );
      expect(approved.reviewGig.status).toBe('PUBLISHED');
    });

    it('flags pay below the local hourly minimum wage and sends the gig to review, even from a verified employer', async () => {
      // 100 yuan for a 9-hour day is 11.11 an hour, below Gansu's 17.4.
      const low = await postGig({ payYuan: 100 });
      expect(low).toMatchObject({ status: 'PENDING_REVIEW', belowMinimumWage: true, effectiveHourlyYuan: 11.11 });
      const fair = await postGig({ payUnit: 'HOUR', payYuan: 17.4 });
      expect(fair).toMatchObject({ status: 'PUBLISHED', belowMinimumWage: false });
      const piece = await postGig({ payUnit: 'PIECE', payYuan: 0.5, pieceUnit: '袋' });
      expect(piece).toMatchObject({ status: 'PUBLISHED', belowMinimumWage: false, effectiveHourlyYuan: null, payText: '0.5元/袋' });
    });

    it('refuses a gig in the past, a bad schedule or pay, with the field and nothing written', async () => {
      const before = Number((await t.ds.query(`SELECT count(*) FROM gigs`))[0].count);
      const yesterday = addDays(chinaIsoDateOf(new Date()), -1);
      const cases: [Record<string, unknown>, string][] = [
        [{ startDate: yesterday, endDate: yesterday }, 'startDate'],
        [{ dailyStart: '17:00', dailyEnd: '08:00' }, 'dailyEnd'],
        [{ endDate: addDays(DAY, -1) }, 'endDate'],
        [{ payYuan: 150.555 }, 'payYuan'],
        [{ payUnit: 'PIECE', pieceUnit: null }, 'pieceUnit'],
        [{ regionCode: '622900' }, 'regionCode'],
        [{ lat: 103.0075, lng: 35.4924 }, 'lat'],
        [{ endDate: addDays(DAY, 40) }, 'endDate'],
      ];
      for (const [over, field] of cases) {
        const e = errorOf(await t.gql(CREATE, { input: gigInput(over) }, employer.token));
        expect({ over, field: e.field }).toEqual({ over, field });
      }
      expect(Number((await t.ds.query(`SELECT count(*) FROM gigs`))[0].count)).toBe(before);
    });

    it('returns the first gig for a repeated tap with the same key', async () => {
      const key = `k-${Date.now()}`;
      const a = ok(await t.gql(CREATE, { input: gigInput(), key }, employer.token)).createGig;
      const b = ok(await t.gql(CREATE, { input: gigInput(), key }, employer.token)).createGig;
      expect(b.id).toBe(a.id);
    });

    it('lets a private person post after a real-name check; their first gig is reviewed, later ones publish at once', async () => {
      const person = await makeSeeker(t);
      const REG = `mutation($input: RegisterGigPosterInput!) { registerGigPoster(input: $input) { realName idNumberMasked trusted } }`;
      expect(errorOf(await t.gql(CREATE, { input: gigInput() }, person.token)).code).toBe('EMPLOYER_PROFILE_REQUIRED');
      const good = newId();
      const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
      expect(
        errorOf(await t.gql(REG, { input: { realName: '马德福', idNumber: bad, regionCode: LINXIA_COUNTY } }, person.token)),
      ).toMatchObject({
        code: 'INVALID_ID_NUMBER',
        field: 'idNumber',
      });
      const reg = ok(await t.gql(REG, { input: { realName: '马德福', idNumber: good, regionCode: LINXIA_COUNTY } }, person.token));
      expect(reg.registerGigPoster).toMatchObject({ realName: '马德福', trusted: false });
      expect(reg.registerGigPoster.idNumberMasked).not.toContain(good.slice(6, 14));
      const other = await makeSeeker(t);
      expect(
        errorOf(await t.gql(REG, { input: { realName: '马德福', idNumber: good, regionCode: LINXIA_COUNTY } }, other.token)).code,
      ).toBe('DUPLICATE_ID_NUMBER');
      const first = await postGig({ title: '帮忙搬家' }, person);
      expect(first).toMatchObject({ status: 'PENDING_REVIEW', posterKind: 'INDIVIDUAL', posterName: '个人雇主·马**' });
      ok(await t.gql(`mutation($id: ID!) { reviewGig(id: $id, approve: true) { status } }`, { id: first.id }, officer.token));
      expect((await postGig({ title: '院子清理' }, person)).status).toBe('PUBLISHED');
    });
  });

  describe('nearby workers', () => {
    it('tells the opted-in workers within their distance, on their days, with the skills, most suitable first', async () => {
      const nearer = await worker(SITE, ['电焊']);
      const near = await worker(NEAR, ['电焊证', '电焊']);
      const far = await worker(FAR, ['电焊']);
      const noSkill = await worker(NEAR, []);
      const otherDayOnly = await worker(NEAR, ['电焊'], [otherDay(DAY)]);
      const socket = await connectSocket(t.url, '/notifications', { token: near.token });
      sockets.push(socket);
      const offered = new Promise<GigOffered>((resolve) =>
        t.app.get(GigsService).events.on('gig.offered', (e) => e.title === '焊接围栏' && resolve(e)),
      );
      const pushed = nextEvent(socket, 'gig.offered', (e: { title: string }) => e.title === '焊接围栏', 10_000);
      const g = await postGig({ title: '焊接围栏', skills: ['电焊'] });
      const e = await offered;
      const told = e.workers.map((w) => w.userId);
      expect(told.indexOf(nearer.userId)).toBeGreaterThanOrEqual(0);
      expect(told.indexOf(nearer.userId)).toBeLessThan(told.indexOf(near.userId));
      expect(told).not.toContain(far.userId);
      expect(told).not.toContain(noSkill.userId);
      expect(told).not.toContain(otherDayOnly.userId);
      expect(told).not.toContain(employer.userId);
      expect(await pushed).toMatchObject({ gigId: g.id, payText: '200元/天', lat: SITE.lat, lng: SITE.lng });
    });

    it('keeps minors off heavy gigs, neither telling them nor letting them take one', async () => {
      const year = Number(chinaIsoDateOf(new Date()).slice(0, 4));
      const minor = await makeSeeker(t, { birthYear: year - 17 });
      ok(
        await t.gql(
          PREFS,
          { input: { enabled: true, ...SITE, maxDistanceKm: 10, weekdays: [1, 2, 3, 4, 5, 6, 7], skills: [] } },
          minor.token,
        ),
      );
      const adult = await worker(SITE);
      const offers: GigOffered[] = [];
      const listener = (e: GigOffered) => offers.push(e);
      t.app.get(GigsService).events.on('gig.offered', listener);
      try {
        const heavy = await postGig({ title: '扛水泥', heavyLoads: true });
        const light = await postGig({ title: '发传单', heavyLoads: false });
        const told = async (gigId: string) => {
          // Telling workers runs just after the gig is saved: wait for that state (10 s at most on a busy machine).
          for (let i = 0; i < 500 && !offers.some((o) => o.gigId === gigId); i++) await new Promise((r) => setTimeout(r, 20));
          return offers.find((o) => o.gigId === gigId)!.workers.map((w) => w.userId);
        };
        expect(await told(heavy.id)).toEqual(expect.arrayContaining([adult.userId]));
        expect(await told(heavy.id)).not.toContain(minor.userId);
        expect(await told(light.id)).toContain(minor.userId);
        expect(errorOf(await t.gql(ACCEPT, { id: heavy.id }, minor.token))).toMatchObject({ code: 'GIG_AGE_RESTRICTED', field: 'gigId' });
        expect(ok(await t.gql(ACCEPT, { id: light.id }, minor.token)).acceptGig.status).toBe('ACCEPTED');
      } finally {
        t.app.get(GigsService).events.off('gig.offered', listener);
      }
    });

    it('answers a list of gigs near a point in the same number of statements whatever its length', async () => {
      const seeker = await makeSeeker(t);
      const far = { lat: 35.95, lng: 103.3 }; // 永靖县: away from the other tests' gigs
      const NEARBY_MINE = `query($lat: Float!, $lng: Float!, $first: Int!) { gigsNearby(lat: $lat, lng: $lng, radiusKm: 3, first: $first) {
        id posterName posterGrade { grade } myAssignment { id status } qrCode } }`;
      for (let i = 0; i < 6; i++) await postGig({ title: `永靖零工${i}`, ...far, regionCode: '622923' });
      const statements = async (first: number) => {
        const before = t.queries.total;
        const list = ok(await t.gql(NEARBY_MINE, { ...far, first }, seeker.token)).gigsNearby;
        expect(list).toHaveLength(first);
        return t.queries.total - before;
      };
      // The new gigs' workers are told just after each post, and a sweep runs every few seconds: both issue statements of
      // their own. Wait until every gig was told, then take the fewest of three tries, so only this request is counted.
      for (let i = 0; i < 500; i++) {
        const [{ n }] = await t.ds.query(`SELECT count(*)::int AS n FROM gigs WHERE status = 'PUBLISHED' AND notified_at IS NULL`);
        if (n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      const fewest = async (first: number) => Math.min(await statements(first), await statements(first), await statements(first));
      expect(await fewest(6)).toBe(await fewest(2));
    });

    it('refuses opting in with no days, or from a point outside China', async () => {
      const s = await makeSeeker(t);
      expect(
        errorOf(await t.gql(PREFS, { input: { enabled: true, ...NEAR, maxDistanceKm: 10, weekdays: [], skills: [] } }, s.token)).field,
      ).toBe('weekdays');
      expect(
        errorOf(await t.gql(PREFS, { input: { enabled: true, lat: 0, lng: 0, maxDistanceKm: 10, weekdays: [1], skills: [] } }, s.token))
          .field,
      ).toBe('lat');
    });

    it('lists gigs near a point nearest first (or soonest first), without ended or cancelled ones', async () => {
      const later = addDays(DAY, 1);
      const a = await postGig({ title: '近处的活', ...SITE, startDate: later, endDate: later });
      const b = await postGig({ title: '远一点的活', lat: SITE.lat + 0.03, lng: SITE.lng });
      const c = await postGig({ title: '取消的活', ...SITE });
      ok(await t.gql(`mutation($id: ID!) { cancelGig(id: $id, reason: "计划有变") { status } }`, { id: c.id }, employer.token));
      const byDistance = ok(await t.gql(NEARBY, { ...SITE, r: 5 })).gigsNearby;
      const ids = byDistance.map((x: { id: string }) => x.id);
      expect(ids.indexOf(a.id)).toBeLessThan(ids.indexOf(b.id));
      expect(ids).not.toContain(c.id);
      const distances = byDistance.map((x: { distanceMeters: number }) => x.distanceMeters);
      expect(distances).toEqual([...distances].sort((p, q) => p - q));
      const bySoonest = ok(await t.gql(NEARBY, { ...SITE, r: 5, sort: 'START_TIME' })).gigsNearby.map((x: { id: string }) => x.id);
      expect(bySoonest.indexOf(b.id)).toBeLessThan(bySoonest.indexOf(a.id));
      const onDay = ok(await t.gql(NEARBY, { ...SITE, r: 5, date: later })).gigsNearby.map((x: { id: string }) => x.id);
      expect(onDay).toContain(a.id);
      expect(onDay).not.toContain(b.id);
      at(addDays(later, 1), '09:00');
      expect(ok(await t.gql(NEARBY, { ...SITE, r: 5 })).gigsNearby.map((x: { id: string }) => x.id)).not.toContain(a.id);
      expect(errorOf(await t.gql(NEARBY, { lat: 0, lng: 0, r: 5 })).field).toBe('lat');
    });
  });

  describe('places', () => {
    it('never accepts more than headcount when 20 workers tap at once; the rest wait in order', async () => {
      const g = await postGig({ headcount: 3 });
      const workers = await Promise.all(Array.from({ length: 20 }, () => makeSeeker(t)));
      const results = await Promise.all(workers.map((w) => t.gql(ACCEPT, { id: g.id }, w.token)));
      const statuses = results.map((r) => ok(r).acceptGig.status);
      expect(statuses.filter((s) => s === 'ACCEPTED')).toHaveLength(3);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(17);
      const places = ok(await t.gql(MANAGE, { id: g.id }, employer.token)).gig.assignments;
      expect(places.map((p: { waitlistPosition: number | null }) => p.waitlistPosition)).toEqual([
        null,
        null,
        null,
        ...Array.from({ length: 17 }, (_, i) => i + 1),
      ]);
      const rows = await t.ds.query(`SELECT accepted_count FROM gigs WHERE id = $1`, [g.id]);
      expect(rows[0].accepted_count).toBe(3);
      // A double tap returns the place as it is.
      const again = ok(await t.gql(ACCEPT, { id: g.id }, workers[0].token)).acceptGig;
      expect(again.status).toBe(statuses[0]);
      expect(errorOf(await t.gql(ACCEPT, { id: g.id }, employer.token)).code).toBe('FORBIDDEN');
    });

    it('refuses one’s own gig and a gig not open', async () => {
      const person = await makeSeeker(t);
      ok(
        await t.gql(
          `mutation($input: RegisterGigPosterInput!) { registerGigPoster(input: $input) { trusted } }`,
          {
            input: { realName: '张桂兰', idNumber: newId(), regionCode: LINXIA_COUNTY },
          },
          person.token,
        ),
      );
      const mine = await postGig({}, person);
      expect(errorOf(await t.gql(ACCEPT, { id: mine.id }, person.token)).code).toBe('GIG_NOT_OPEN'); // still in review
      ok(await t.gql(`mutation($id: ID!) { reviewGig(id: $id, approve: true) { status } }`, { id: mine.id }, officer.token));
      expect(errorOf(await t.gql(ACCEPT, { id: mine.id }, person.token)).code).toBe('GIG_OWN_GIG');
    });

    it('moves the first waiting worker up when a place is given back in time, and tells them', async () => {
      const g = await postGig({ headcount: 1 });
      const [a, b, c] = await Promise.all([makeSeeker(t), makeSeeker(t), makeSeeker(t)]);
      expect(ok(await t.gql(ACCEPT, { id: g.id }, a.token)).acceptGig.status).toBe('ACCEPTED');
      expect(ok(await t.gql(ACCEPT, { id: g.id }, b.token)).acceptGig).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
      expect(ok(await t.gql(ACCEPT, { id: g.id }, c.token)).acceptGig).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
      const socket = await connectSocket(t.url, '/notifications', { token: b.token });
      sockets.push(socket);
      const moved = nextEvent(socket, 'gig.place_changed', (e: { gigId: string }) => e.gigId === g.id, 10_000);
      expect(ok(await t.gql(WITHDRAW, { id: g.id }, a.token)).withdrawFromGig.status).toBe('WITHDRAWN');
      expect(await moved).toEqual({ gigId: g.id, status: 'ACCEPTED' });
      const places = ok(await t.gql(MANAGE, { id: g.id }, employer.token)).gig.assignments;
      expect(places.find((p: { workerName: string; status: string }) => p.status === 'ACCEPTED')).toBeTruthy();
      expect(
        ok(await t.gql(`query($id: ID!) { gig(id: $id) { myAssignment { status waitlistPosition } } }`, { id: g.id }, c.token)).gig
          .myAssignment,
      ).toEqual({
        status: 'WAITLISTED',
        waitlistPosition: 1,
      });
    });

    it('records a withdrawal inside two hours of the start, and refuses one after the start', async () => {
      const g = await postGig({ headcount: 2 });
      const [a, b] = await Promise.all([makeSeeker(t), makeSeeker(t)]);
      ok(await t.gql(ACCEPT, { id: g.id }, a.token));
      ok(await t.gql(ACCEPT, { id: g.id }, b.token));
      at(DAY, '06:30');
      expect(ok(await t.gql(WITHDRAW, { id: g.id }, a.token)).withdrawFromGig.status).toBe('LATE_WITHDRAWN');
      at(DAY, '08:01');
      expect(errorOf(await t.gql(WITHDRAW, { id: g.id }, b.token)).code).toBe('GIG_NOT_OPEN');
      expect(errorOf(await t.gql(ACCEPT, { id: g.id }, a.token)).code).toBe('GIG_NOT_OPEN');
    });
  });

  describe('at the site, settlement and ratings', () => {
    let gigId: string;
    let qr: string;
    let a: Session;
    let b: Session;
    let c: Session;
    let noShow: Session;
    let stranger: Session;
    const place = async (s: Session) =>
      ok(await t.gql(`query($id: ID!) { gig(id: $id) { myAssignment { ${ASSIGNMENT} } } }`, { id: gigId }, s.token)).gig.myAssignment;

    beforeAll(async () => {
      const g = await postGig({
        headcount: 4,
        payUnit: 'HOUR',
        payYuan: 25,
        dailyStart: '08:00',
        dailyEnd: '12:00',
        payTiming: 'SAME_DAY',
      });
      gigId = g.id;
      [a, b, c, noShow, stranger] = await Promise.all([makeSeeker(t), makeSeeker(t), makeSeeker(t), makeSeeker(t), makeSeeker(t)]);
      for (const s of [a, b, c, noShow]) ok(await t.gql(ACCEPT, { id: gigId }, s.token));
      qr = ok(await t.gql(MANAGE, { id: gigId }, employer.token)).gig.qrCode;
      expect(qr).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(ok(await t.gql(MANAGE, { id: gigId }, a.token)).gig).toMatchObject({ qrCode: null, assignments: [] });
    });

    it('checks in by QR or by location within the radius, once a day, inside the window', async () => {
      at(DAY, '06:59');
      expect(errorOf(await t.gql(CHECK_IN, { input: { gigId, qrCode: qr } }, a.token)).code).toBe('GIG_NOT_OPEN');
      at(DAY, '07:30');
      expect(errorOf(await t.gql(CHECK_IN, { input: { gigId, ...FAR } }, b.token))).toMatchObject({
        code: 'GIG_CHECK_IN_TOO_FAR',
        field: 'location',
      });
      expect(errorOf(await t.gql(CHECK_IN, { input: { gigId, qrCode: 'not-the-code' } }, a.token)).field).toBe('qrCode');
      expect(errorOf(await t.gql(CHECK_IN, { input: { gigId, qrCode: qr } }, stranger.token)).code).toBe('GIG_NOT_PARTICIPANT');
      const byQr = ok(
        await t.gql(CHECK_IN, { input: { gigId, qrCode: `https://jobbridge.example/gigs/${gigId}/check-in?code=${qr}` } }, a.token),
      ).checkIn;
      expect(byQr).toMatchObject({ workDate: DAY, checkInMethod: 'QR' });
      const byLocation = ok(await t.gql(CHECK_IN, { input: { gigId, ...NEAR, lat: SITE.lat + 0.001 } }, b.token)).checkIn;
      expect(byLocation.checkInMethod).toBe('LOCATION');
      expect(byLocation.checkInDistanceMeters).toBeLessThan(500);
      expect(errorOf(await t.gql(CHECK_IN, { input: { gigId, qrCode: qr } }, a.token)).code).toBe('GIG_ALREADY_CHECKED_IN');
      // Hourly pay is owed for the minutes once the worker checks out; nothing is owed at check-in.
      expect((await place(a)).payDueYuan).toBe(0);
      at(DAY, '08:15');
      ok(await t.gql(CHECK_IN, { input: { gigId, qrCode: qr } }, c.token));
    });

    it("owes a day's pay from the check-in on day pay, and nothing at check-in on hourly pay", async () => {
      const day = await postGig({ payUnit: 'DAY', payYuan: 200 });
      const w = await makeSeeker(t);
      ok(await t.gql(ACCEPT, { id: day.id }, w.token));
      const code = ok(await t.gql(MANAGE, { id: day.id }, employer.token)).gig.qrCode;
      at(DAY, '07:45');
      ok(await t.gql(CHECK_IN, { input: { gigId: day.id, qrCode: code } }, w.token));
      const owed = ok(await t.gql(MANAGE, { id: day.id }, employer.token)).gig.assignments[0];
      expect(owed.payDueYuan).toBe(200);
      expect((await place(a)).payDueYuan).toBe(0);
    });

    it('counts the minutes inside the hours at check-out and the pay due from them', async () => {
      at(DAY, '12:30');
      const out = ok(await t.gql(CHECK_OUT, { input: { gigId, qrCode: qr } }, a.token)).checkOut;
      expect(out.minutes).toBe(240); // 07:30 check-in counts from 08:00; 12:30 check-out counts to 12:00
      expect(errorOf(await t.gql(CHECK_OUT, { input: { gigId, qrCode: qr } }, a.token)).code).toBe('GIG_ALREADY_CHECKED_IN');
      expect((await place(a)).payDueYuan).toBe(100); // 4 h × 25
      at(DAY, '11:00');
      ok(await t.gql(CHECK_OUT, { input: { gigId, qrCode: qr } }, c.token));
      expect((await place(c)).payDueYuan).toBe(68.75); // 08:15–11:00 = 165 min × 25 / 60
    });

    it('lets the poster confirm a day, correcting the minutes, and refuses others', async () => {
      const bDay = (await place(b)).attendance[0];
      const CONFIRM = `mutation($input: ConfirmAttendanceInput!) { confirmAttendance(input: $input) { id minutes confirmedAt } }`;
      expect(errorOf(await t.gql(CONFIRM, { input: { attendanceId: bDay.id } }, b.token)).code).toBe('FORBIDDEN');
      at(DAY, '13:00');
      const confirmed = ok(await t.gql(CONFIRM, { input: { attendanceId: bDay.id, minutes: 210 } }, employer.token)).confirmAttendance;
      expect(confirmed).toMatchObject({ minutes: 210 });
      expect((await place(b)).payDueYuan).toBe(87.5);
    });

    it('settles pay: the poster marks it paid, the worker confirms; nobody else can touch it', async () => {
      const mine = await place(a);
      expect(errorOf(await t.gql(PAID, { input: { assignmentId: mine.id, amountYuan: 100, method: 'WECHAT' } }, a.token)).code).toBe(
        'FORBIDDEN',
      );
      expect(errorOf(await t.gql(CONFIRM_PAY, { id: mine.id }, a.token)).code).toBe('INVALID_STATUS_TRANSITION');
      const paid = ok(
        await t.gql(PAID, { input: { assignmentId: mine.id, amountYuan: 100, method: 'WECHAT' } }, employer.token),
      ).markGigPaid;
      expect(paid).toMatchObject({ payStatus: 'PAID', paidYuan: 100, paidMethod: 'WECHAT' });
      expect(errorOf(await t.gql(CONFIRM_PAY, { id: mine.id }, stranger.token)).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(CONFIRM_PAY, { id: mine.id }, a.token)).confirmGigPay.payStatus).toBe('CONFIRMED');
      expect(ok(await t.gql(CONFIRM_PAY, { id: mine.id }, a.token)).confirmGigPay.payStatus).toBe('CONFIRMED');
      expect(errorOf(await t.gql(PAID, { input: { assignmentId: mine.id, amountYuan: 1, method: 'CASH' } }, employer.token)).code).toBe(
        'GIG_PAY_SETTLED',
      );
      expect(errorOf(await t.gql(DISPUTE, { input: { assignmentId: mine.id, reason: '少给了' } }, a.token)).code).toBe('GIG_PAY_SETTLED');
      const absent = await place(noShow);
      expect(
        errorOf(await t.gql(PAID, { input: { assignmentId: absent.id, amountYuan: 10, method: 'CASH' } }, employer.token)),
      ).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'assignmentId',
      });
    });

    it('sends a dispute to the county with the check-in record; only an officer over the county settles it', async () => {
      const mine = await place(b);
      ok(await t.gql(PAID, { input: { assignmentId: mine.id, amountYuan: 50, method: 'CASH' } }, employer.token));
      const disputed = ok(
        await t.gql(DISPUTE, { input: { assignmentId: mine.id, reason: '说好 87.5 元只给了 50 元' } }, b.token),
      ).disputeGigPay;
      expect(disputed).toMatchObject({ payStatus: 'DISPUTED', disputeReason: '说好 87.5 元只给了 50 元' });
      const ALERTS = `{ gigAlerts { id kind gig { id title } assignment { id workerName payDueYuan paidYuan attendance { checkInMethod minutes } } } }`;
      const alerts = ok(await t.gql(ALERTS, {}, officer.token)).gigAlerts;
      const alert = alerts.find((x: { assignment: { id: string } }) => x.assignment.id === mine.id);
      expect(alert).toMatchObject({ kind: 'DISPUTE', gig: { id: gigId }, assignment: { payDueYuan: 87.5, paidYuan: 50 } });
      expect(alert.assignment.attendance[0].minutes).toBe(210);
      expect(ok(await t.gql(ALERTS, {}, otherOfficer.token)).gigAlerts).toEqual([]);
      const RESOLVE = `mutation($input: ResolveGigDisputeInput!) { resolveGigDispute(input: $input) { payStatus disputeOutcome } }`;
      const input = { assignmentId: mine.id, outcome: 'PAID_AFTER_MEDIATION', note: '经调解雇主补发37.5元' };
      expect(errorOf(await t.gql(RESOLVE, { input }, otherOfficer.token)).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(RESOLVE, { input }, officer.token)).resolveGigDispute).toEqual({
        payStatus: 'RESOLVED',
        disputeOutcome: 'PAID_AFTER_MEDIATION',
      });
      expect(ok(await t.gql(`{ gigAlerts { id } }`, {}, officer.token)).gigAlerts.map((x: { id: string }) => x.id)).not.toContain(alert.id);
    });

    it('raises an unpaid alert once pay is a day overdue, and records the no-show when the gig ends', async () => {
      const settlement = t.app.get(GigSettlementService);
      const before = await settlement.sweep(chinaInstant(DAY, '13:00'));
      expect(before.alerts).toBe(0);
      expect(errorOf(await t.gql(DISPUTE, { input: { assignmentId: (await place(c)).id, reason: '没给钱' } }, c.token)).code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
      const after = await settlement.sweep(chinaInstant(addDays(DAY, 1), '12:01'));
      expect(after.closedOut).toBeGreaterThanOrEqual(1);
      expect(after.alerts).toBeGreaterThanOrEqual(1);
      const alerts = ok(await t.gql(`{ gigAlerts { kind assignment { workerName payStatus } gig { id } } }`, {}, officer.token)).gigAlerts;
      expect(alerts.filter((x: { kind: string; gig: { id: string } }) => x.kind === 'UNPAID' && x.gig.id === gigId)).toHaveLength(1);
      expect((await place(noShow)).noShow).toBe(true);
      // The arrears count against the employer's credit (the officer's credit page).
      const credit = ok(
        await t.gql(
          `query($e: ID!) { employerCredit(employerId: $e) { reasons { kind count } } }`,
          { e: employer.employerId },
          officer.token,
        ),
      ).employerCredit;
      expect(credit.reasons).toContainEqual({ kind: 'GIG_ARREARS', count: 1 });
      const again = await settlement.sweep(chinaInstant(addDays(DAY, 1), '12:02'));
      expect(again.alerts).toBe(0);
      at(addDays(DAY, 1), '12:05');
      expect(
        ok(await t.gql(DISPUTE, { input: { assignmentId: (await place(c)).id, reason: '过了一天还没给钱' } }, c.token)).disputeGigPay
          .payStatus,
      ).toBe('DISPUTED');
    });

    it('takes one rating per side from those on the gig, and feeds the grades', async () => {
      const mine = await place(a);
      const input = { assignmentId: mine.id, onTime: true, asAgreed: true, stars: 5, comment: '按时结账' };
      expect(errorOf(await t.gql(RATE, { input }, stranger.token)).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(RATE, { input }, a.token)).rateGig.ratedByMe).toBe(true);
      expect(ok(await t.gql(RATE, { input: { ...input, stars: 1 } }, a.token)).rateGig.ratedByMe).toBe(true);
      ok(await t.gql(RATE, { input: { ...input, comment: '干活踏实' } }, employer.token));
      const rows = await t.ds.query(`SELECT side, stars FROM gig_ratings WHERE assignment_id = $1 ORDER BY side`, [mine.id]);
      expect(rows).toEqual([
        { side: 'POSTER', stars: 5 },
        { side: 'WORKER', stars: 5 },
      ]);
      const absent = await place(noShow);
      ok(await t.gql(RATE, { input: { assignmentId: absent.id, onTime: false, asAgreed: false, stars: 1 } }, employer.token));
      expect(
        errorOf(await t.gql(RATE, { input: { assignmentId: absent.id, onTime: true, asAgreed: true, stars: 5 } }, noShow.token)).code,
      ).toBe('INVALID_STATUS_TRANSITION');
    });

    it("keeps a worker's gig record as proof of work", async () => {
      const record = ok(
        await t.gql(
          `{ myGigRecord { days gigs posters earningsConfirmedYuan reliability { grade } entries { title dates paidYuan confirmed } } }`,
          {},
          a.token,
        ),
      ).myGigRecord;
      expect(record).toMatchObject({ days: 1, gigs: 1, posters: 1, earningsConfirmedYuan: 100, reliability: { grade: 'NEW' } });
      expect(record.entries).toEqual([{ title: '装卸货车', dates: [DAY], paidYuan: 100, confirmed: true }]);
    });
  });

  describe('gig stations', () => {
    it('lets an officer register a station in their counties; anyone finds the nearest', async () => {
      const CREATE_STATION = `mutation($input: GigStationInput!) { createGigStation(input: $input) { id name regionCode } }`;
      const input = {
        regionCode: LINXIA_COUNTY,
        name: '临夏县零工驿站',
        address: '临夏县韩集镇人社服务中心一楼',
        ...SITE,
        openingHours: '每天 6:00—18:00',
        services: ['饮水', '休息', '政策咨询'],
        contactPhone: '0930-1234567',
      };
      expect(errorOf(await t.gql(CREATE_STATION, { input }, otherOfficer.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(CREATE_STATION, { input: { ...input, contactPhone: 'abc' } }, officer.token)).code).toBe(
        'VALIDATION_FAILED',
      );
      const s = ok(await t.gql(CREATE_STATION, { input }, officer.token)).createGigStation;
      ok(await t.gql(CREATE_STATION, { input: { ...input, name: '远处驿站', ...FAR } }, officer.token));
      const list = ok(
        await t.gql(`query($lat: Float, $lng: Float) { gigStations(lat: $lat, lng: $lng) { id name distanceMeters } }`, NEAR),
      ).gigStations;
      expect(list[0]).toMatchObject({ id: s.id, name: '临夏县零工驿站' });
      expect(list[0].distanceMeters).toBeLessThan(list[1].distanceMeters);
      expect(ok(await t.gql(`query($id: ID!) { gigStation(id: $id) { name services } }`, { id: s.id })).gigStation.services).toEqual([
        '饮水',
        '休息',
        '政策咨询',
      ]);
    });
  });

  it('keeps officers and workers off posting', async () => {
    expect(errorOf(await t.gql(CREATE, { input: gigInput() }, officer.token)).code).toBe('FORBIDDEN');
    const s = await signUp(t, Role.JOB_SEEKER);
    expect(errorOf(await t.gql(CREATE, { input: gigInput() }, s.token)).code).toBe('EMPLOYER_PROFILE_REQUIRED');
  });
});
