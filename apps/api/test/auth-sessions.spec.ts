import { LIVE_ROOMS_NAMESPACE, NOTIFICATIONS_NAMESPACE, PROJECTS_NAMESPACE, Role } from '@jobbridge/contracts';
import {
  connectSocket,
  createTestApp,
  errorOf,
  LINXIA_PREFECTURE,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makeSeeker,
  makeStaff,
  ok,
  PASSWORD,
  QINGYANG_PREFECTURE,
  signUp,
  TestApp,
} from '@jobbridge/testing';
import jwt from 'jsonwebtoken';
import { io } from 'socket.io-client';
import { AuthService } from '../src/modules/auth/auth.service';
import { CurrentUsers } from '../src/modules/users/current-users';

const ME = `{ me { id role regionCode status } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token user { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id status } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewJobPosting(id: $id, approve: $approve, reason: $reason) { id status } }`;
const VERIFY = `mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id verificationStatus } }`;
const SET_STATUS = `mutation($userId: ID!, $status: UserStatus!) { setUserStatus(userId: $userId, status: $status) { id status } }`;
const SET_REGION = `mutation($userId: ID!, $regionCode: String!) { setOfficerRegion(userId: $userId, regionCode: $regionCode) { id regionCode } }`;
const SIGN_OUT_ALL = `mutation { signOutEverywhere }`;
const SAVE_PROFILE = `mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) { id } }`;
const SECRET = 'test-secret-test-secret-test-secret-123'; // the test app's JWT_SECRET

describe('sessions follow the account', () => {
  let t: TestApp;
  let users: CurrentUsers;
  beforeAll(async () => {
    t = await createTestApp();
    users = t.app.get(CurrentUsers);
  });
  afterAll(() => t.close());

  /** Resolves once this process has evicted `id` (the trigger's notification came round): the state to wait for. */
  const evicted = (id: string) =>
    new Promise<number>((resolve) => {
      const started = performance.now();
      const on = (evictedId: string) => {
        if (evictedId !== id && evictedId !== '*') return;
        users.events.off('evicted', on);
        resolve(performance.now() - started);
      };
      users.events.on('evicted', on);
    });

  /** Runs SQL as another client would (psql, another process) and waits until this API process has heard of it. */
  async function sql(userId: string, statement: string, params: unknown[] = []): Promise<number> {
    const heard = evicted(userId);
    await t.ds.query(statement, params);
    return heard;
  }

  it('an officer demoted by SQL UPDATE is refused on its next review and verification (FORBIDDEN)', async () => {
    expect(users.isListening).toBe(true);
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    const jobs = [await makeDraftJob(t, employer), await makeDraftJob(t, employer)];
    for (const id of jobs) ok(await t.gql(SUBMIT, { id }, employer.token));
    // Warm the cache: the officer acts, so its user is cached before the change.
    expect(ok(await t.gql(REVIEW, { id: jobs[0], approve: true }, officer.token)).reviewJobPosting.status).toBe('PUBLISHED');

    const ms = await sql(officer.userId, `UPDATE users SET role = 'JOB_SEEKER' WHERE id = $1`, [officer.userId]);
    console.log(`RESULT session-revocation change=sql-update notify_ms=${ms.toFixed(1)}`);
    expect(errorOf(await t.gql(REVIEW, { id: jobs[1], approve: true }, officer.token))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId }, officer.token))).toEqual({ code: 'FORBIDDEN' });
    expect(ok(await t.gql(ME, {}, officer.token)).me).toMatchObject({ role: 'JOB_SEEKER' });
    const [{ status }] = await t.ds.query(`SELECT status FROM job_postings WHERE id = $1`, [jobs[1]]);
    expect(status).toBe('PENDING_REVIEW');
  });

  it('an officer moved to another region by SQL acts only for the new region', async () => {
    const officer = await makeOfficer(t, LINXIA_PREFECTURE);
    const employer = await makeEmployer(t); // in 临夏县
    expect(ok(await t.gql(ME, {}, officer.token)).me.regionCode).toBe(LINXIA_PREFECTURE);
    await sql(officer.userId, `UPDATE users SET region_code = $2 WHERE id = $1`, [officer.userId, QINGYANG_PREFECTURE]);
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId }, officer.token))).toEqual({ code: 'FORBIDDEN' });
  });

  it('a user deleted by SQL is signed out on its next request (UNAUTHENTICATED, never INTERNAL)', async () => {
    const seeker = await makeSeeker(t);
    expect(ok(await t.gql(ME, {}, seeker.token)).me.id).toBe(seeker.userId);
    await sql(seeker.userId, `DELETE FROM users WHERE id = $1`, [seeker.userId]);
    expect(ok(await t.gql(ME, {}, seeker.token)).me).toBeNull();
    // Before: the stale token reached an INSERT and a foreign-key violation (INTERNAL).
    const r = await t.gql(
      SAVE_PROFILE,
      { input: { fullName: '马小明', hukouRegionCode: '622921', residenceRegionCode: '622901' } },
      seeker.token,
    );
    expect(errorOf(r)).toEqual({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await t.gql(`{ myApplications { totalCount } }`, {}, seeker.token))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('an admin suspends an account: its tokens stop at once, it cannot sign in; reactivated, it signs in anew', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    const employer = await makeEmployer(t);
    expect(ok(await t.gql(ME, {}, employer.token)).me.status).toBe('ACTIVE');
    expect(ok(await t.gql(SET_STATUS, { userId: employer.userId, status: 'SUSPENDED' }, admin.token)).setUserStatus.status).toBe(
      'SUSPENDED',
    );
    expect(ok(await t.gql(ME, {}, employer.token)).me).toBeNull();
    expect(errorOf(await t.gql(`{ myJobPostings(first: 5) { totalCount } }`, {}, employer.token))).toEqual({ code: 'UNAUTHENTICATED' });
    const refused = await t.gql(LOGIN, { input: { login: employer.phone, password: PASSWORD } });
    expect(errorOf(refused)).toEqual({ code: 'FORBIDDEN' });
    expect(refused.errors![0].message).toBe('该账号已停用，请联系管理员');

    ok(await t.gql(SET_STATUS, { userId: employer.userId, status: 'ACTIVE' }, admin.token));
    expect(ok(await t.gql(ME, {}, employer.token)).me).toBeNull(); // suspension retired the old tokens for good
    const again = ok(await t.gql(LOGIN, { input: { login: employer.phone, password: PASSWORD } })).login.token;
    expect(ok(await t.gql(ME, {}, again)).me.id).toBe(employer.userId);
  });

  it('only admins change status or an officer region; an admin cannot suspend itself', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    const officer = await makeOfficer(t);
    const seeker = await signUp(t, Role.JOB_SEEKER);
    expect(errorOf(await t.gql(SET_STATUS, { userId: seeker.userId, status: 'SUSPENDED' }, officer.token))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(SET_REGION, { userId: officer.userId, regionCode: QINGYANG_PREFECTURE }, officer.token))).toEqual({
      code: 'FORBIDDEN',
    });
    expect(errorOf(await t.gql(SET_STATUS, { userId: admin.userId, status: 'SUSPENDED' }, admin.token))).toEqual({ code: 'FORBIDDEN' });
    expect(errorOf(await t.gql(SET_STATUS, { userId: '00000000-0000-4000-8000-000000000000', status: 'SUSPENDED' }, admin.token))).toEqual({
      code: 'NOT_FOUND',
    });
    expect(errorOf(await t.gql(SET_REGION, { userId: seeker.userId, regionCode: QINGYANG_PREFECTURE }, admin.token))).toEqual({
      code: 'VALIDATION_FAILED',
      field: 'userId',
    });
    expect(errorOf(await t.gql(SET_REGION, { userId: officer.userId, regionCode: '999999' }, admin.token))).toEqual({
      code: 'UNKNOWN_REGION',
      field: 'regionCode',
    });

    const employer = await makeEmployer(t); // in 临夏县, which the officer covers until it is moved
    expect(
      ok(await t.gql(SET_REGION, { userId: officer.userId, regionCode: QINGYANG_PREFECTURE }, admin.token)).setOfficerRegion.regionCode,
    ).toBe(QINGYANG_PREFECTURE);
    expect(ok(await t.gql(ME, {}, officer.token)).me.regionCode).toBe(QINGYANG_PREFECTURE);
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId }, officer.token))).toEqual({ code: 'FORBIDDEN' });
  });

  it('signOutEverywhere retires every token of the caller (all devices); a new sign-in works', async () => {
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const phone = ok(await t.gql(LOGIN, { input: { login: seeker.phone, password: PASSWORD } })).login.token;
    const other = await signUp(t, Role.JOB_SEEKER);
    expect(ok(await t.gql(SIGN_OUT_ALL, {}, seeker.token)).signOutEverywhere).toBe(true);
    for (const token of [seeker.token, phone]) {
      expect(ok(await t.gql(ME, {}, token)).me).toBeNull();
      expect(errorOf(await t.gql(SIGN_OUT_ALL, {}, token))).toEqual({ code: 'UNAUTHENTICATED' });
    }
    expect(ok(await t.gql(ME, {}, other.token)).me.id).toBe(other.userId); // nobody else is affected
    const fresh = ok(await t.gql(LOGIN, { input: { login: seeker.phone, password: PASSWORD } })).login.token;
    expect(ok(await t.gql(ME, {}, fresh)).me.id).toBe(seeker.userId);
    expect(errorOf(await t.gql(SIGN_OUT_ALL, {}))).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('refuses forged tokens: no exp, HS384/HS512 with the same secret, alg none, wrong secret, expired, bad sub', async () => {
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const [{ token_version: ver }] = await t.ds.query(`SELECT token_version FROM users WHERE id = $1`, [seeker.userId]);
    const claims = { sub: seeker.userId, ver };
    // The control: a well-formed HS256 token with an expiry is accepted, so the refusals below are about what differs.
    const good = jwt.sign(claims, SECRET, { algorithm: 'HS256', expiresIn: 600 });
    expect(ok(await t.gql(ME, {}, good)).me.id).toBe(seeker.userId);
    // The issued token says only who and which generation: no role to trust.
    expect(Object.keys(jwt.decode(seeker.token) as object).sort()).toEqual(['exp', 'iat', 'sub', 'ver']);
    const unsigned = (payload: object) =>
      `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`;
    const forged: Record<string, string> = {
      'no exp': jwt.sign(claims, SECRET, { algorithm: 'HS256' }),
      HS384: jwt.sign(claims, SECRET, { algorithm: 'HS384', expiresIn: 600 }),
      HS512: jwt.sign(claims, SECRET, { algorithm: 'HS512', expiresIn: 600 }),
      'alg none': unsigned({ ...claims, exp: Math.floor(Date.now() / 1000) + 600 }),
      'wrong secret': jwt.sign(claims, 'another-secret-another-secret-1234', { algorithm: 'HS256', expiresIn: 600 }),
      expired: jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, { algorithm: 'HS256' }),
      'sub not a uuid': jwt.sign({ sub: "1' OR '1'='1", ver, exp: Math.floor(Date.now() / 1000) + 600 }, SECRET, { algorithm: 'HS256' }),
      'no ver': jwt.sign({ sub: seeker.userId }, SECRET, { algorithm: 'HS256', expiresIn: 600 }),
      'old claims with a role': jwt.sign({ sub: seeker.userId, role: 'ADMIN', name: 'x', region: null }, SECRET, {
        algorithm: 'HS256',
        expiresIn: 600,
      }),
    };
    for (const [name, token] of Object.entries(forged)) {
      const me = await t.gql(ME, {}, token);
      expect({ name, me: me.data?.me, errors: me.errors }).toEqual({ name, me: null, errors: undefined });
      expect({ name, ...errorOf(await t.gql(`{ myApplications { totalCount } }`, {}, token)) }).toEqual({ name, code: 'UNAUTHENTICATED' });
    }
  });

  it('socket handshakes resolve the current user: a revoked token is refused (/notifications, /projects) or anonymous (/live)', async () => {
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const officer = await makeOfficer(t);
    // Before: both connect as themselves.
    (await connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: seeker.token })).disconnect();
    const live = await connectSocket(t.url, LIVE_ROOMS_NAMESPACE, { token: seeker.token });
    live.disconnect();

    ok(await t.gql(SIGN_OUT_ALL, {}, seeker.token));
    await sql(officer.userId, `UPDATE users SET status = 'SUSPENDED' WHERE id = $1`, [officer.userId]);

    for (const [ns, token] of [
      [NOTIFICATIONS_NAMESPACE, seeker.token],
      [PROJECTS_NAMESPACE, officer.token],
    ] as const) {
      const refusal = await new Promise<{ code: string }>((resolve, reject) => {
        const s = io(`${t.url}${ns}`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true });
        s.once('ready', () => reject(new Error(`${ns} accepted a revoked token`)));
        s.once('error', (e: { code: string }) => resolve(e));
        s.once('connect_error', reject);
      });
      expect(refusal.code).toBe('UNAUTHENTICATED');
    }

    const anon = io(`${t.url}${LIVE_ROOMS_NAMESPACE}`, {
      auth: { token: seeker.token },
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
    });
    const [ready, error] = await Promise.all([
      new Promise<{ userId: string | null }>((resolve) => anon.once('ready', resolve)),
      new Promise<{ code: string }>((resolve) => anon.once('room.error', resolve)),
    ]);
    anon.disconnect();
    expect(ready.userId).toBeNull();
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('open sockets of a user are closed when the user changes (sign-out everywhere, demotion by SQL); others stay', async () => {
    const auth = t.app.get(AuthService);
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const officer = await makeOfficer(t);
    const bystander = await signUp(t, Role.JOB_SEEKER);
    const sockets = {
      seekerNotifications: await connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: seeker.token }),
      seekerLive: await connectSocket(t.url, LIVE_ROOMS_NAMESPACE, { token: seeker.token }),
      officerProjects: await connectSocket(t.url, PROJECTS_NAMESPACE, { token: officer.token }),
      bystander: await connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: bystander.token }),
    };
    const closed = (s: (typeof sockets)[keyof typeof sockets]) =>
      new Promise<string>((resolve) => s.once('disconnect', (reason) => resolve(reason)));
    const errorOn = (s: (typeof sockets)[keyof typeof sockets]) => new Promise<{ code: string }>((resolve) => s.once('error', resolve));
    const watchedBefore = auth.sessions.size;

    const seekerClosed = Promise.all([
      closed(sockets.seekerNotifications),
      closed(sockets.seekerLive),
      errorOn(sockets.seekerNotifications),
    ]);
    ok(await t.gql(SIGN_OUT_ALL, {}, seeker.token));
    const [r1, r2, e1] = await seekerClosed;
    expect([r1, r2, e1.code]).toEqual(['io server disconnect', 'io server disconnect', 'UNAUTHENTICATED']);

    const officerClosed = closed(sockets.officerProjects);
    await t.ds.query(`UPDATE users SET role = 'JOB_SEEKER' WHERE id = $1`, [officer.userId]);
    expect(await officerClosed).toBe('io server disconnect');

    expect(sockets.bystander.connected).toBe(true);
    expect(auth.sessions.size).toBe(watchedBefore - 3);
    sockets.bystander.disconnect();
  });

  it('a signed-in request reads its user from the database once, then from the process cache until the user changes', async () => {
    const seeker = await signUp(t, Role.JOB_SEEKER);
    const Q = `{ myApplications { totalCount } }`;
    const statements = async () => {
      const before = t.queries.total;
      ok(await t.gql(Q, {}, seeker.token));
      return t.queries.total - before;
    };
    users.evict(seeker.userId);
    const cold = await statements();
    const warm = await statements();
    console.log(`RESULT session-lookup sql_statements cold=${cold} warm=${warm}`);
    expect(warm).toBe(cold - 1);
    await sql(seeker.userId, `UPDATE users SET display_name = '改名' WHERE id = $1`, [seeker.userId]);
    expect(await statements()).toBe(cold);
    expect(await statements()).toBe(warm);
  });

  it('while the change listener is down nothing is cached, so changes still count; it reconnects by itself', async () => {
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    expect(ok(await t.gql(ME, {}, officer.token)).me.role).toBe('OFFICER');
    const down = new Promise<void>((resolve) => users.events.once('listening', (up: boolean) => !up && resolve()));
    const back = new Promise<void>((resolve) => {
      const on = (up: boolean) => {
        if (!up) return;
        users.events.off('listening', on);
        resolve();
      };
      users.events.on('listening', on);
    });
    users.listener.simulateDrop();
    await down;
    // Nobody hears this change, yet the next request sees it: without a listener every lookup reads the database.
    await t.ds.query(`UPDATE users SET role = 'EMPLOYER', region_code = NULL WHERE id = $1`, [officer.userId]);
    expect(errorOf(await t.gql(VERIFY, { id: employer.employerId }, officer.token))).toEqual({ code: 'FORBIDDEN' });
    await back;
    expect(users.isListening).toBe(true);
    const seeker = await signUp(t, Role.JOB_SEEKER);
    expect(ok(await t.gql(ME, {}, seeker.token)).me.id).toBe(seeker.userId);
    await sql(seeker.userId, `DELETE FROM users WHERE id = $1`, [seeker.userId]);
    expect(ok(await t.gql(ME, {}, seeker.token)).me).toBeNull();
  });
});
