import { addDays, chinaIsoDateOf } from '@jobbridge/domain';
import {
  ApiProcess,
  connectSocket,
  createTestApp,
  gqlRequest,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makeSeeker,
  nextEvent,
  ok,
  startApiProcess,
  TestApp,
} from '@jobbridge/testing';
import type { Socket } from 'socket.io-client';
import { GigsService } from '../src/modules/gigs/gigs.service';

const SITE = { lat: 35.4924, lng: 103.0075 };
const DAY = addDays(chinaIsoDateOf(new Date()), 3);
const CREATE = `mutation($input: GigInput!) { createGig(input: $input) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptGig(gigId: $id) { id status } }`;
const PREFS = `mutation($input: GigPreferencesInput!) { saveGigPreferences(input: $input) { enabled } }`;
const gigInput = (title: string, headcount = 3) => ({
  title,
  description: '卸货，现场有人指挥。',
  skills: [],
  regionCode: LINXIA_COUNTY,
  address: '临夏县物流园',
  ...SITE,
  startDate: DAY,
  endDate: DAY,
  dailyStart: '08:00',
  dailyEnd: '17:00',
  headcount,
  payUnit: 'DAY',
  payYuan: 200,
  payTiming: 'SAME_DAY',
  payMethod: 'CASH',
  toolsProvided: false,
  mealsProvided: false,
  worksAtHeight: false,
  heavyLoads: false,
});

/**
 * Two API processes on one database and one Redis: a gig posted on one reaches a worker connected to the other; taps
 * on both never take more places than the headcount; and a gig whose process died between commit and telling workers
 * is told by the survivor's sweep.
 */
describe('the gig market across API processes', () => {
  let t: TestApp;
  let second: ApiProcess;
  let socket: Socket | undefined;
  beforeAll(async () => {
    if (!process.env.REDIS_URL) throw new Error('this test needs REDIS_URL (the processes share sockets through Redis)');
    t = await createTestApp();
    second = await startApiProcess(t.env);
  }, 90_000);
  afterAll(async () => {
    socket?.disconnect();
    await second?.stop();
    await t?.close();
  });

  it('pushes across processes, never overbooks across them, and tells the workers of a gig a killed process left untold', async () => {
    const officer = await makeOfficer(t, LINXIA_PREFECTURE);
    const employer = await makeEmployer(t);
    ok(
      await t.gql(
        `mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id } }`,
        { id: employer.employerId },
        officer.token,
      ),
    );
    const worker = await makeSeeker(t);
    ok(
      await t.gql(
        PREFS,
        { input: { enabled: true, ...SITE, maxDistanceKm: 10, weekdays: [1, 2, 3, 4, 5, 6, 7], skills: [] } },
        worker.token,
      ),
    );

    // Posted on the first process, pushed to a worker connected to the second.
    socket = await connectSocket(second.url, '/notifications', { token: worker.token });
    const pushed = nextEvent(socket, 'gig.offered', (e: { title: string; gigId: string }) => e.title === '两个进程的活', 15_000);
    const gig = ok(await t.gql(CREATE, { input: gigInput('两个进程的活') }, employer.token)).createGig;
    expect((await pushed).gigId).toBe(gig.id);

    // Twelve workers tap at once, half on each process: three places.
    const tappers = await Promise.all(Array.from({ length: 12 }, () => makeSeeker(t)));
    const results = await Promise.all(
      tappers.map((w, i) => (i % 2 ? gqlRequest(second.url, ACCEPT, { id: gig.id }, w.token) : t.gql(ACCEPT, { id: gig.id }, w.token))),
    );
    expect(results.map((r) => ok(r).acceptGig.status).filter((s) => s === 'ACCEPTED')).toHaveLength(3);
    const [held] = await t.ds.query(`SELECT count(*)::int AS n FROM gig_assignments WHERE gig_id = $1 AND status = 'ACCEPTED'`, [gig.id]);
    expect(held.n).toBe(3);

    // A gig committed as published whose process died before telling anyone (written as that process would have, with
    // notified_at empty); the second process is killed too, and the first one's sweep tells the worker.
    // The worker listens on the survivor before the orphan exists, so whenever the sweep tells it, the push is heard.
    socket.disconnect();
    const survivorSocket = await connectSocket(t.url, '/notifications', { token: worker.token });
    socket = survivorSocket;
    const late = nextEvent(
      survivorSocket,
      'gig.offered',
      (e: { title: string; gigId: string }) => e.title === '进程崩溃前发布的活',
      15_000,
    );
    const [orphan] = await t.ds.query(
      `INSERT INTO gigs (poster_kind, employer_id, poster_user_id, title, description, region_code, address, lat, lng, start_date, end_date,
         daily_start, daily_end, headcount, pay_unit, pay_fen, pay_timing, pay_method, check_in_radius_meters, status, qr_secret, published_at)
       VALUES ('EMPLOYER', $1, $2, '进程崩溃前发布的活', '卸货', $3, '临夏县物流园', $4, $5, $6, $6, '08:00', '17:00', 2, 'DAY', 20000,
         'SAME_DAY', 'CASH', 500, 'PUBLISHED', 'orphan-secret-orphan-secret', now() - interval '10 seconds') RETURNING id`,
      [employer.employerId, employer.userId, LINXIA_COUNTY, SITE.lat, SITE.lng, DAY],
    );
    await second.crash();
    // The survivor's timer sweeps every 5 s; sweeping now only saves the wait (whichever claims it, it is told once).
    await t.app.get(GigsService).notifyPending();
    expect((await late).gigId).toBe(orphan.id);
    const [row] = await t.ds.query(`SELECT notified_at FROM gigs WHERE id = $1`, [orphan.id]);
    expect(row.notified_at).not.toBeNull();
    expect(await t.app.get(GigsService).notifyPending()).toBe(0);
  }, 120_000);
});
