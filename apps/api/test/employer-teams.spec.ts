import {
  connectSocket,
  createTestApp,
  errorOf,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeRecruiter,
  makeSeeker,
  nextEvent,
  ok,
  PASSWORD,
  Session,
  signUp,
  TestApp,
  jobInput,
} from '@jobbridge/testing';
import { NOTIFICATIONS_NAMESPACE, Role } from '@jobbridge/contracts';

const INVITE = `mutation($phone: String!) { inviteTeamMember(input: { phone: $phone }) { id role phone joined displayName } }`;
const REMOVE = `mutation($id: ID!) { removeTeamMember(id: $id) }`;
const TEAM = `{ teamMembers { id role phone joined displayName } }`;
const ME = `{ me { employerId teamRole } }`;
const CREATE_JOB = `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id employer { id contactPhone } } }`;
const APPLICANTS = `query($id: ID!) { applicationsForJob(jobPostingId: $id) { totalCount } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { token user { id } } }`;

/** Employer teams (issue 12): the owner invites recruiters by phone, who act for the company with their own accounts. */
describe('employer teams', () => {
  let t: TestApp;
  let owner: Session & { employerId: string };
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await makeEmployer(t);
    officer = await makeOfficer(t);
  });
  afterAll(() => t?.close());

  it('makes the company owner its OWNER member', async () => {
    expect(ok(await t.gql(ME, {}, owner.token)).me).toEqual({ employerId: owner.employerId, teamRole: 'OWNER' });
    const team = ok(await t.gql(TEAM, {}, owner.token)).teamMembers;
    expect(team).toEqual([expect.objectContaining({ role: 'OWNER', phone: owner.phone, joined: true })]);
  });

  it('lets an invited phone with no account join when it signs up, and act for the company', async () => {
    const recruiter = await makeRecruiter(t, owner);
    expect(recruiter.employerId).toBe(owner.employerId);
    expect(ok(await t.gql(ME, {}, recruiter.token)).me.teamRole).toBe('RECRUITER');
    // posts for the company, sees its contact details and its applicants
    const job = ok(await t.gql(CREATE_JOB, { input: jobInput() }, recruiter.token)).createJobPosting;
    expect(job.employer).toEqual({ id: owner.employerId, contactPhone: '13912345678' });
    const published = await makePublishedJob(t, owner, officer);
    expect(ok(await t.gql(APPLICANTS, { id: published }, recruiter.token)).applicationsForJob.totalCount).toBe(0);
    // …but only the owner edits the company and its team
    const profile = {
      name: '改名单位',
      creditCode: '91622921MA00000000',
      regionCode: '622921',
      industry: '建筑业',
      size: 'SME',
      contactName: 'x',
      contactPhone: '13900000000',
    };
    const r = await t.gql(
      `mutation($input: EmployerProfileInput!) { saveEmployerProfile(input: $input) { id } }`,
      { input: profile },
      recruiter.token,
    );
    expect(errorOf(r).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(INVITE, { phone: '13700005555' }, recruiter.token)).code).toBe('FORBIDDEN');
    // the owner sees every phone, a recruiter sees them masked
    const asOwner = ok(await t.gql(TEAM, {}, owner.token)).teamMembers;
    expect(asOwner.map((m: { phone: string }) => m.phone)).toContain(recruiter.phone);
    const asRecruiter = ok(await t.gql(TEAM, {}, recruiter.token)).teamMembers;
    expect(asRecruiter.every((m: { phone: string }) => /\*{4}/.test(m.phone))).toBe(true);
  });

  it('adds an employer account without a company at once, and invites a phone once however often it is tapped', async () => {
    const lone = await signUp(t, Role.EMPLOYER);
    const [a, b] = await Promise.all([
      t.gql(INVITE, { phone: lone.phone }, owner.token),
      t.gql(INVITE, { phone: lone.phone }, owner.token),
    ]);
    expect(ok(a).inviteTeamMember.id).toBe(ok(b).inviteTeamMember.id);
    expect(ok(a).inviteTeamMember).toMatchObject({ role: 'RECRUITER', joined: true, displayName: '测试单位' });
    expect(ok(await t.gql(ME, {}, lone.token)).me).toEqual({ employerId: owner.employerId, teamRole: 'RECRUITER' });
  });

  it("refuses a phone on another company's team, a seeker's phone and a malformed phone, with the field", async () => {
    const other = await makeEmployer(t);
    expect(errorOf(await t.gql(INVITE, { phone: other.phone }, owner.token))).toMatchObject({ code: 'TEAM_MEMBER_TAKEN', field: 'phone' });
    const theirs = await makeRecruiter(t, other);
    expect(errorOf(await t.gql(INVITE, { phone: theirs.phone }, owner.token))).toMatchObject({ code: 'TEAM_MEMBER_TAKEN', field: 'phone' });
    const seeker = await makeSeeker(t);
    expect(errorOf(await t.gql(INVITE, { phone: seeker.phone }, owner.token))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'phone' });
    expect(errorOf(await t.gql(INVITE, { phone: '12345' }, owner.token)).code).toMatch(/VALIDATION_FAILED|BAD_USER_INPUT/);
    expect(ok(await t.gql(TEAM, {}, other.token)).teamMembers).toHaveLength(2);
  });

  it('removes a recruiter, who then acts for no one; the owner cannot be removed', async () => {
    const recruiter = await makeRecruiter(t, owner);
    const team = ok(await t.gql(TEAM, {}, owner.token)).teamMembers;
    const mine = team.find((m: { phone: string }) => m.phone === recruiter.phone);
    const ownerRow = team.find((m: { role: string }) => m.role === 'OWNER');
    expect(errorOf(await t.gql(REMOVE, { id: ownerRow.id }, owner.token))).toMatchObject({ code: 'FORBIDDEN', field: 'id' });
    expect(ok(await t.gql(REMOVE, { id: mine.id }, owner.token)).removeTeamMember).toBe(true);
    expect(ok(await t.gql(ME, {}, recruiter.token)).me).toEqual({ employerId: null, teamRole: null });
    expect(errorOf(await t.gql(CREATE_JOB, { input: jobInput() }, recruiter.token)).code).toBe('EMPLOYER_PROFILE_REQUIRED');
    // another company's owner cannot remove our members
    const other = await makeEmployer(t);
    const again = await makeRecruiter(t, owner);
    const row = ok(await t.gql(TEAM, {}, owner.token)).teamMembers.find((m: { phone: string }) => m.phone === again.phone);
    expect(errorOf(await t.gql(REMOVE, { id: row.id }, other.token))).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
  });

  it('signs up an invited phone with its team even when the invitation came first, in one transaction', async () => {
    const phone = `1370009${String(Date.now() % 1e4).padStart(4, '0')}`;
    ok(await t.gql(INVITE, { phone }, owner.token));
    const r = ok(await t.gql(REGISTER, { input: { role: 'EMPLOYER', phone, password: PASSWORD, displayName: '新同事' } }));
    expect(ok(await t.gql(ME, {}, r.register.token)).me).toEqual({ employerId: owner.employerId, teamRole: 'RECRUITER' });
  });

  it("tells every team member of a change to the company's applications", async () => {
    const recruiter = await makeRecruiter(t, owner);
    const job = await makePublishedJob(t, owner, officer);
    const seeker = await makeSeeker(t);
    const [ownerSocket, recruiterSocket] = await Promise.all([
      connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: owner.token }),
      connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: recruiter.token }),
    ]);
    const heard = [ownerSocket, recruiterSocket].map((s) => nextEvent(s, 'application.changed', (e) => e.jobPostingId === job, 5000));
    ok(
      await t.gql(
        `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`,
        { input: { jobPostingId: job } },
        seeker.token,
      ),
    );
    expect((await Promise.all(heard)).map((e) => e.status)).toEqual(['SUBMITTED', 'SUBMITTED']);
    ownerSocket.disconnect();
    recruiterSocket.disconnect();
  });
});
