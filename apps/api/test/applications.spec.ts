import { Role } from '@jobbridge/contracts';
import {
  createTestApp,
  errorOf,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  QINGYANG_PREFECTURE,
  Session,
  signUp,
  TestApp,
} from '@jobbridge/testing';
import { io, Socket } from 'socket.io-client';

const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status source history { fromStatus toStatus actorRole } } }`;
const WITHDRAW = `mutation($id: ID!, $note: String) { withdrawApplication(id: $id, note: $note) { id status } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status contactPhone
  history { fromStatus toStatus actorRole actorName note } } }`;
const MINE = `{ myApplications { totalCount edges { node { id status jobPosting { id title } history { toStatus } } } } }`;
const FOR_JOB = `query($jobPostingId: ID!, $status: ApplicationStatus) { applicationsForJob(jobPostingId: $jobPostingId, status: $status) {
  totalCount edges { node { id status contactPhone applicant { fullName idNumberMasked phoneMasked priorityGroups } } } } }`;
const JOB_WITH_MINE = `query($id: ID!) { jobPosting(id: $id) { id myApplication { id status } } }`;

describe('applications', () => {
  let t: TestApp;
  let employer: Session & { employerId: string };
  let officer: Session;
  let jobId: string;
  beforeAll(async () => {
    t = await createTestApp();
    employer = await makeEmployer(t);
    officer = await makeOfficer(t);
    jobId = await makePublishedJob(t, employer, officer);
  });
  afterAll(() => t.close());

  const apply = (s: Session, extra: Record<string, unknown> = {}) => t.gql(SUBMIT, { input: { jobPostingId: jobId, ...extra } }, s.token);

  it('applies in one tap, records the first history event and shows on the job for that seeker', async () => {
    const seeker = await makeSeeker(t);
    const a = ok(await apply(seeker, { source: 'LIVE_ROOM' })).submitApplication;
    expect(a).toMatchObject({
      status: 'SUBMITTED',
      source: 'LIVE_ROOM',
      history: [{ fromStatus: null, toStatus: 'SUBMITTED', actorRole: 'JOB_SEEKER' }],
    });
    expect(ok(await t.gql(JOB_WITH_MINE, { id: jobId }, seeker.token)).jobPosting.myApplication).toEqual({ id: a.id, status: 'SUBMITTED' });
    expect(ok(await t.gql(JOB_WITH_MINE, { id: jobId })).jobPosting.myApplication).toBeNull();
  });

  it('returns the same application for a retry with the same idempotency key, even when both arrive at once', async () => {
    const seeker = await makeSeeker(t);
    const key = 'tap-2f0c9a7e-1';
    const [a, b] = await Promise.all([apply(seeker, { idempotencyKey: key }), apply(seeker, { idempotencyKey: key })]);
    expect(ok(a).submitApplication.id).toBe(ok(b).submitApplication.id);
    const c = ok(await apply(seeker, { idempotencyKey: key })).submitApplication;
    expect(c.id).toBe(ok(a).submitApplication.id);
    const [{ n }] = await t.ds.query(
      `SELECT count(*)::int AS n FROM application_events e JOIN applications a ON a.id = e.application_id WHERE a.seeker_profile_id = $1`,
      [seeker.profileId],
    );
    expect(n).toBe(1);
  });

  it('answers a second application without a key with ALREADY_APPLIED', async () => {
    const seeker = await makeSeeker(t);
    ok(await apply(seeker));
    expect(errorOf(await apply(seeker))).toEqual({ code: 'ALREADY_APPLIED', field: 'jobPostingId' });
    expect(errorOf(await apply(seeker, { idempotencyKey: 'another-key-123' }))).toEqual({ code: 'ALREADY_APPLIED', field: 'jobPostingId' });
  });

  it('refuses to reuse an idempotency key for a different job', async () => {
    const seeker = await makeSeeker(t);
    const otherJob = await makePublishedJob(t, employer, officer, { title: '钢筋工' });
    ok(await apply(seeker, { idempotencyKey: 'same-key-for-two' }));
    const r = await t.gql(SUBMIT, { input: { jobPostingId: otherJob, idempotencyKey: 'same-key-for-two' } }, seeker.token);
    expect(errorOf(r)).toEqual({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
  });

  it('refuses jobs that are not published (JOB_NOT_PUBLISHED) and needs a profile', async () => {
    const seeker = await makeSeeker(t);
    const draft = await makeDraftJob(t, employer);
    expect(errorOf(await t.gql(SUBMIT, { input: { jobPostingId: draft } }, seeker.token))).toEqual({
      code: 'JOB_NOT_PUBLISHED',
      field: 'jobPostingId',
    });
    const closed = await makePublishedJob(t, employer, officer);
    ok(await t.gql(`mutation($id: ID!) { closeJobPosting(id: $id) { id } }`, { id: closed }, employer.token));
    expect(errorOf(await t.gql(SUBMIT, { input: { jobPostingId: closed } }, seeker.token)).code).toBe('JOB_NOT_PUBLISHED');
    const noProfile = await signUp(t, Role.JOB_SEEKER);
    expect(errorOf(await apply(noProfile)).code).toBe('JOB_SEEKER_PROFILE_REQUIRED');
    expect(errorOf(await t.gql(SUBMIT, { input: { jobPostingId: jobId } })).code).toBe('UNAUTHENTICATED');
    expect(errorOf(await apply(employer)).code).toBe('FORBIDDEN');
  });

  it('moves through the pipeline with who, when and a note; reveals the phone from the interview on', async () => {
    const seeker = await makeSeeker(t, { priorityGroups: ['GRADUATE'] });
    const a = ok(await apply(seeker)).submitApplication;
    const move = (toStatus: string, note?: string, s: Session = employer) =>
      t.gql(MOVE, { input: { applicationId: a.id, toStatus, note } }, s.token);
    expect(ok(await move('VIEWED')).moveApplication.contactPhone).toBeNull();
    const interview = ok(await move('INTERVIEW', '周三上午10点面试')).moveApplication;
    expect(interview.contactPhone).toBe(seeker.phone);
    expect(interview.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['SUBMITTED', 'VIEWED', 'INTERVIEW']);
    expect(interview.history[2]).toMatchObject({ fromStatus: 'VIEWED', actorRole: 'EMPLOYER', note: '周三上午10点面试' });
    expect(errorOf(await move('VIEWED')).code).toBe('INVALID_STATUS_TRANSITION');
    expect(errorOf(await move('WITHDRAWN')).code).toBe('FORBIDDEN'); // only the seeker withdraws
    expect(ok(await move('OFFER')).moveApplication.status).toBe('OFFER');
    expect(ok(await move('HIRED')).moveApplication.status).toBe('HIRED');
    expect(errorOf(await move('REJECTED')).code).toBe('INVALID_STATUS_TRANSITION');

    const list = ok(await t.gql(FOR_JOB, { jobPostingId: jobId, status: 'HIRED' }, employer.token)).applicationsForJob;
    expect(list.edges[0].node.applicant).toMatchObject({ priorityGroups: ['GRADUATE'] });
    expect(list.edges[0].node.applicant.phoneMasked).toMatch(/\*{4}/);
  });

  it('lets the seeker withdraw but not move, and not touch another seeker’s application', async () => {
    const seeker = await makeSeeker(t);
    const other = await makeSeeker(t);
    const a = ok(await apply(seeker)).submitApplication;
    expect(errorOf(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'HIRED' } }, seeker.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(WITHDRAW, { id: a.id }, other.token)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(WITHDRAW, { id: a.id, note: '已找到工作' }, seeker.token)).withdrawApplication.status).toBe('WITHDRAWN');
    expect(errorOf(await t.gql(WITHDRAW, { id: a.id }, seeker.token)).code).toBe('INVALID_STATUS_TRANSITION');
  });

  it("keeps applicants private: another employer and officers of other regions are refused; the region's officer may read", async () => {
    const seeker = await makeSeeker(t);
    const a = ok(await apply(seeker)).submitApplication;
    const otherEmployer = await makeEmployer(t);
    const elsewhere = await makeOfficer(t, QINGYANG_PREFECTURE);
    expect(errorOf(await t.gql(FOR_JOB, { jobPostingId: jobId }, otherEmployer.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(FOR_JOB, { jobPostingId: jobId }, elsewhere.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(FOR_JOB, { jobPostingId: jobId }, seeker.token)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'VIEWED' } }, otherEmployer.token)).code).toBe('FORBIDDEN');
    expect(ok(await t.gql(FOR_JOB, { jobPostingId: jobId }, officer.token)).applicationsForJob.totalCount).toBeGreaterThan(0);
    expect(errorOf(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'VIEWED' } }, officer.token)).code).toBe('FORBIDDEN');
  });

  it('shows seekers only their own applications', async () => {
    const seeker = await makeSeeker(t);
    const other = await makeSeeker(t);
    ok(await apply(seeker));
    ok(await apply(other));
    const mine = ok(await t.gql(MINE, {}, seeker.token)).myApplications;
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node.jobPosting.id).toBe(jobId);
  });

  describe('live status over socket.io', () => {
    const sockets: Socket[] = [];
    afterAll(() => sockets.forEach((s) => s.disconnect()));

    const connect = (token?: string) =>
      new Promise<Socket>((resolve, reject) => {
        const s = io(`${t.url}/notifications`, { auth: token ? { token } : {}, transports: ['websocket'], reconnection: false });
        sockets.push(s);
        s.on('ready', () => resolve(s));
        s.on('error', (e: { code: string }) => reject(new Error(e.code)));
        s.on('connect_error', reject);
      });

    it('pushes a status change to the seeker the moment the employer moves the application', async () => {
      const seeker = await makeSeeker(t);
      const a = ok(await apply(seeker)).submitApplication;
      const socket = await connect(seeker.token);
      const received = new Promise((resolve) => socket.on('application.changed', resolve));
      ok(await t.gql(MOVE, { input: { applicationId: a.id, toStatus: 'INTERVIEW' } }, employer.token));
      await expect(received).resolves.toEqual({ applicationId: a.id, jobPostingId: jobId, status: 'INTERVIEW' });
    });

    it('refuses a socket without a valid token', async () => {
      await expect(connect('forged.token.value')).rejects.toThrow('UNAUTHENTICATED');
    });
  });
});
