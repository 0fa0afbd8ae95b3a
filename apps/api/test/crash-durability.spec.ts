import {
  createTestApp,
  gqlRequest,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  startApiProcess,
  TestApp,
} from '@jobbridge/testing';

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status } }`;
const SEEKERS = 30;
const JOBS = 10;

/**
 * A seeker taps 立即报名 and the API process dies mid-request (kill -9, an out-of-memory kill): the application is
 * either stored whole (with its first history event) or not at all, and the app's retry with the same idempotency
 * key, on another process, succeeds with the same application. 300 applications at once, the process killed while
 * they are in flight.
 */
describe('kill -9 during 300 concurrent applications', () => {
  let t: TestApp;
  const seekers: { token: string; profileId: string }[] = [];
  const jobs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const employer = await makeEmployer(t);
    const officer = await makeOfficer(t);
    for (let j = 0; j < JOBS; j++) jobs.push(await makePublishedJob(t, employer, officer, { title: `电焊工${j}` }));
    for (let s = 0; s < SEEKERS; s++) seekers.push(await makeSeeker(t));
  }, 180_000);
  afterAll(() => t?.close());

  it('loses nothing, duplicates nothing, and every retry with the same key succeeds', async () => {
    const victim = await startApiProcess(t.env);
    const attempts = seekers.flatMap((s, si) =>
      jobs.map((jobPostingId, ji) => ({ token: s.token, jobPostingId, key: `tap-${si}-${ji}-crash` })),
    );
    expect(attempts).toHaveLength(SEEKERS * JOBS);

    // Fire all 300 at the victim; kill it as soon as some have been answered (a state, not a time), so the rest are
    // in flight, queued or not yet sent.
    const firstAnswers = new Map<string, string>();
    let answered = 0;
    let killed = false;
    const exited = new Promise<void>((resolve) => victim.child.once('exit', () => resolve()));
    const kill = () => {
      if (!killed) {
        killed = true;
        victim.child.kill('SIGKILL');
      }
    };
    await Promise.all(
      attempts.map(async (a) => {
        try {
          const r = await gqlRequest(victim.url, SUBMIT, { input: { jobPostingId: a.jobPostingId, idempotencyKey: a.key } }, a.token);
          if (r.data?.submitApplication?.id) firstAnswers.set(a.key, r.data.submitApplication.id);
        } catch {
          // connection reset by the kill: the client will retry
        }
        if (++answered >= 40) kill();
      }),
    );
    kill();
    await exited;
    expect(firstAnswers.size).toBeGreaterThan(0);
    expect(firstAnswers.size).toBeLessThan(attempts.length);

    // The app retries every tap with the same key, on the surviving process.
    const retried = await Promise.all(
      attempts.map(async (a) => ({
        key: a.key,
        id: ok(await t.gql(SUBMIT, { input: { jobPostingId: a.jobPostingId, idempotencyKey: a.key } }, a.token)).submitApplication
          .id as string,
      })),
    );
    for (const r of retried) if (firstAnswers.has(r.key)) expect(r.id).toBe(firstAnswers.get(r.key));

    const [{ applications, pairs, withoutHistory }] = await t.ds.query(
      `SELECT count(*)::int AS applications,
              count(DISTINCT (seeker_profile_id, job_posting_id))::int AS pairs,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id))::int AS "withoutHistory"
         FROM applications a WHERE job_posting_id = ANY($1)`,
      [jobs],
    );
    console.log(
      `RESULT crash applications=${applications} answered_before_kill=${firstAnswers.size} duplicates=${applications - pairs} without_history=${withoutHistory}`,
    );
    expect({ applications, pairs, withoutHistory }).toEqual({ applications: SEEKERS * JOBS, pairs: SEEKERS * JOBS, withoutHistory: 0 });
    expect(new Set(retried.map((r) => r.id)).size).toBe(SEEKERS * JOBS);
  }, 240_000);
});
