import { Role } from '@jobbridge/contracts';
import {
  ApiProcess,
  createTestApp,
  gqlRequest,
  makeEmployer,
  makeOfficer,
  makeStaff,
  ok,
  signUp,
  startApiProcess,
  TestApp,
} from '@jobbridge/testing';

const ME = `{ me { id role status } }`;
const VERIFY = `mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id } }`;
const SET_STATUS = `mutation($userId: ID!, $status: UserStatus!) { setUserStatus(userId: $userId, status: $status) { id status } }`;

/**
 * A change made through one API process, or in SQL, reaches every other process through PostgreSQL's notification
 * (no Redis needed): each process LISTENs and evicts its cached copy of the user.
 */
describe('sessions follow the account across API processes', () => {
  let t: TestApp;
  let second: ApiProcess;
  beforeAll(async () => {
    t = await createTestApp();
    second = await startApiProcess(t.env);
  }, 90_000);
  afterAll(async () => {
    await second?.stop();
    await t?.close();
  });

  const onSecond = (query: string, variables: Record<string, unknown>, token: string) => gqlRequest(second.url, query, variables, token);

  /** Asks the second process until `done` holds for its answer; returns how long that took and how many asks. */
  async function until(
    ask: () => Promise<unknown>,
    done: (answer: any) => boolean,
    limitMs = 10_000,
  ): Promise<{ ms: number; asks: number }> {
    const started = performance.now();
    for (let asks = 1; ; asks++) {
      if (done(await ask())) return { ms: performance.now() - started, asks };
      if (performance.now() - started > limitMs) throw new Error(`the second process did not see the change within ${limitMs} ms`);
      await new Promise((r) => setImmediate(r));
    }
  }

  it('a suspension made on one process is honoured by the other on its next requests', async () => {
    const admin = await makeStaff(t, Role.ADMIN, null);
    const seeker = await signUp(t, Role.JOB_SEEKER);
    expect(ok(await onSecond(ME, {}, seeker.token)).me.id).toBe(seeker.userId); // cached there now
    ok(await t.gql(SET_STATUS, { userId: seeker.userId, status: 'SUSPENDED' }, admin.token));
    const { ms, asks } = await until(
      () => onSecond(ME, {}, seeker.token),
      (r) => ok<any>(r).me === null,
    );
    console.log(`RESULT session-revocation change=other-process elapsed_ms=${ms.toFixed(1)} requests=${asks}`);
    expect(ms).toBeLessThan(2000);
  });

  it('an officer demoted in SQL loses its powers on the other process too', async () => {
    const officer = await makeOfficer(t);
    const employer = await makeEmployer(t);
    expect(ok(await onSecond(ME, {}, officer.token)).me.role).toBe('OFFICER');
    await t.ds.query(`UPDATE users SET role = 'EMPLOYER', region_code = NULL WHERE id = $1`, [officer.userId]);
    const { ms, asks } = await until(
      () => onSecond(ME, {}, officer.token),
      (r) => ok<any>(r).me.role === 'EMPLOYER',
    );
    console.log(`RESULT session-revocation change=sql-other-process elapsed_ms=${ms.toFixed(1)} requests=${asks}`);
    expect(ms).toBeLessThan(2000);
    const r = await onSecond(VERIFY, { id: employer.employerId }, officer.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
