import { NOTIFICATIONS_NAMESPACE, Role } from '@jobbridge/contracts';
import { chinaCalendarDate, chinaInstant, formatIsoDate } from '@jobbridge/domain';
import {
  allDayNow,
  connectSocket,
  createTestApp,
  errorOf,
  fairInput,
  makeEmployer,
  makeLiveFair,
  makeOfficer,
  makePublishedJob,
  makeRecruiter,
  makeSeeker,
  nextEvent,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { FairQueueService } from '../src/modules/job-fairs/fair-queue.service';
import type { AuthUser } from '../src/common/auth/auth-user';

const CREATE = `mutation($input: JobFairInput!) { createJobFair(input: $input) { id status regionCode opensAt closesAt priorityWindowMinutes } }`;
const PUBLISH = `mutation($id: ID!) { publishJobFair(id: $id) { id status publishedAt } }`;
const START = `mutation($id: ID!) { startJobFair(id: $id) { id status } }`;
const END = `mutation($id: ID!) { endJobFair(id: $id) { id status endedAt } }`;
const FAIR = `query($id: ID!) { jobFair(id: $id) { id name status } }`;
const FAIRS = `query($region: String, $status: JobFairStatus) { jobFairs(regionCode: $region, status: $status) { id status } }`;
const APPLY = `mutation($input: BoothApplicationInput!) { applyForBooth(input: $input) { id status number zone } }`;
const REVIEW = `mutation($input: ReviewBoothInput!) { reviewBooth(input: $input) { id status number zone rejectionReason } }`;
const BOOTHS = `query($fairId: ID!, $keyword: String, $status: BoothStatus) { fairBooths(fairId: $fairId, keyword: $keyword, status: $status) {
  id number zone status repsOnline queueLength estimatedWaitSeconds employer { id name } jobPostings { id title screeningFlags { code } } } }`;
const JOIN = `mutation($boothId: ID!) { joinBoothQueue(input: { boothId: $boothId }) { id status place number estimatedWaitSeconds } }`;
const LEAVE = `mutation($id: ID!) { leaveBoothQueue(ticketId: $id) { id status } }`;
const MINE = `query($fairId: ID) { myQueueTickets(fairId: $fairId) { id boothId status place answerBy applicationId outcome } }`;
const CALL = `mutation($boothId: ID!) { callNextTicket(boothId: $boothId) { id status seeker { id fullName idNumberMasked } } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id status } }`;
const END_TALK = `mutation($input: EndTalkInput!) { endTalk(input: $input) { id status outcome applicationId } }`;
const QUEUE = `query($boothId: ID!) { boothQueue(boothId: $boothId) { id status place seeker { id } } }`;
const STATS = `query($id: ID!) { jobFairStats(fairId: $id) { registered boothsApproved waitingNow meanWaitSeconds
  overall { queued talked agreements interviews applications hired } byBooth { key queued } byPriorityGroup { key queued } alarms } }`;
const MY_APPS = `{ myApplications { edges { node { id status source jobPosting { id } } } } }`;

const asUser = (s: Session, role: Role): AuthUser => ({ id: s.userId, role, displayName: 'x', regionCode: null });

describe('job fairs (issue 12)', () => {
  let t: TestApp;
  let officer: Session;
  let qingyangOfficer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t);
    qingyangOfficer = await makeOfficer(t, '621000');
  });
  afterAll(() => t?.close());

  describe('the fair', () => {
    it('is created as a draft by an officer of the region, refused with the field for bad schedules and other regions', async () => {
      const fair = ok(await t.gql(CREATE, { input: fairInput() }, officer.token)).createJobFair;
      expect(fair).toMatchObject({ status: 'DRAFT', regionCode: '622900', opensAt: '09:00', closesAt: '17:00' });
      expect(errorOf(await t.gql(CREATE, { input: fairInput() }, qingyangOfficer.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'regionCode',
      });
      const inverted = fairInput({ endDate: formatIsoDate(chinaCalendarDate(new Date())) });
      expect(errorOf(await t.gql(CREATE, { input: inverted }, officer.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'endDate',
      });
      expect(errorOf(await t.gql(CREATE, { input: fairInput({ mode: 'HYBRID' }) }, officer.token))).toMatchObject({
        field: 'venueAddress',
      });
      expect(errorOf(await t.gql(CREATE, { input: fairInput({ closesAt: '08:00' }) }, officer.token))).toMatchObject({ field: 'closesAt' });
      const late = fairInput({ boothApplyUntil: new Date(Date.now() + 30 * 86_400_000).toISOString() });
      expect(errorOf(await t.gql(CREATE, { input: late }, officer.token))).toMatchObject({ field: 'boothApplyUntil' });
    });

    it('shows a draft only to the officers who manage it; published fairs to anyone', async () => {
      const id = ok(await t.gql(CREATE, { input: fairInput({ name: '草稿招聘会' }) }, officer.token)).createJobFair.id;
      expect(errorOf(await t.gql(FAIR, { id })).code).toBe('NOT_FOUND');
      expect(ok(await t.gql(FAIR, { id }, officer.token)).jobFair.status).toBe('DRAFT');
      expect(ok(await t.gql(FAIRS, { region: '622900' })).jobFairs.map((f: { id: string }) => f.id)).not.toContain(id);
      ok(await t.gql(PUBLISH, { id }, officer.token));
      expect(ok(await t.gql(FAIR, { id })).jobFair.status).toBe('PUBLISHED');
      expect(ok(await t.gql(FAIRS, { region: '622900', status: 'PUBLISHED' })).jobFairs.map((f: { id: string }) => f.id)).toContain(id);
      expect(errorOf(await t.gql(PUBLISH, { id }, officer.token)).code).toBe('INVALID_STATUS_TRANSITION');
      expect(errorOf(await t.gql(START, { id }, qingyangOfficer.token)).code).toBe('FORBIDDEN');
    });
  });

  describe('booths', () => {
    it('takes published jobs with truth cards and team members, numbers approved booths by zone, and needs a reason to reject', async () => {
      const employer = await makeEmployer(t, { industry: '汽车零部件制造' });
      const recruiter = await makeRecruiter(t, employer);
      const outsider = await makeEmployer(t);
      const fairId = ok(await t.gql(CREATE, { input: fairInput() }, officer.token)).createJobFair.id;
      const published = await makePublishedJob(t, employer, officer);
      const apply = (input: Record<string, unknown>, s: Session = employer) =>
        t.gql(
          APPLY,
          { input: { fairId, intro: '汽车零部件岗位', jobPostingIds: [published], staffUserIds: [employer.userId], ...input } },
          s.token,
        );
      // not published yet: booth applications are closed
      expect(errorOf(await apply({}))).toMatchObject({ code: 'NOT_FOUND', field: 'fairId' });
      ok(await t.gql(PUBLISH, { id: fairId }, officer.token));
      const draft = ok(
        await t.gql(
          `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id } }`,
          { input: (await import('@jobbridge/testing')).jobInput() },
          employer.token,
        ),
      ).createJobPosting.id;
      expect(errorOf(await apply({ jobPostingIds: [published, draft] }))).toMatchObject({
        code: 'JOB_NOT_PUBLISHED',
        field: 'jobPostingIds.1',
      });
      const theirs = await makePublishedJob(t, outsider, officer);
      expect(errorOf(await apply({ jobPostingIds: [theirs] }))).toMatchObject({ code: 'FORBIDDEN', field: 'jobPostingIds.0' });
      expect(errorOf(await apply({ staffUserIds: [employer.userId, outsider.userId] }))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'staffUserIds.1',
      });
      const booth = ok(await apply({ staffUserIds: [employer.userId, recruiter.userId] })).applyForBooth;
      expect(booth).toMatchObject({ status: 'PENDING', number: null });
      // applying again (a double-tap, or an edit) keeps one booth
      expect(ok(await apply({ staffUserIds: [recruiter.userId] })).applyForBooth.id).toBe(booth.id);
      // the officer sees pending booths with the jobs' screening flags; the public does not see them
      expect(errorOf(await t.gql(BOOTHS, { fairId, status: 'PENDING' })).code).toBe('FORBIDDEN');
      const pending = ok(await t.gql(BOOTHS, { fairId, status: 'PENDING' }, officer.token)).fairBooths;
      expect(pending.map((b: { id: string }) => b.id)).toEqual([booth.id]);
      expect(pending[0].jobPostings[0].screeningFlags).toEqual([]);
      expect(errorOf(await t.gql(REVIEW, { input: { boothId: booth.id, approve: false } }, officer.token))).toMatchObject({
        field: 'reason',
      });
      expect(errorOf(await t.gql(REVIEW, { input: { boothId: booth.id, approve: true } }, qingyangOfficer.token)).code).toBe('FORBIDDEN');
      const approved = ok(await t.gql(REVIEW, { input: { boothId: booth.id, approve: true } }, officer.token)).reviewBooth;
      expect(approved).toMatchObject({ status: 'APPROVED', number: 'A01', zone: 'A' });
      await t.drainSearch(); // the hall's keyword goes through the search engine, restricted to the fair's jobs
      const hall = ok(await t.gql(BOOTHS, { fairId, keyword: '电焊' })).fairBooths;
      expect(hall).toEqual([
        expect.objectContaining({ id: booth.id, number: 'A01', repsOnline: 0, queueLength: 0, estimatedWaitSeconds: null }),
      ]);
      expect(ok(await t.gql(BOOTHS, { fairId, keyword: '不存在的公司' })).fairBooths).toEqual([]);
      // a second booth: rejected with a reason the employer reads
      const other = await makeEmployer(t);
      const job2 = await makePublishedJob(t, other, officer);
      const b2 = ok(
        await t.gql(APPLY, { input: { fairId, intro: '介绍', jobPostingIds: [job2], staffUserIds: [other.userId] } }, other.token),
      ).applyForBooth;
      const rejected = ok(
        await t.gql(REVIEW, { input: { boothId: b2.id, approve: false, reason: '岗位信息不全' } }, officer.token),
      ).reviewBooth;
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '岗位信息不全', number: null });
      expect(ok(await t.gql(BOOTHS, { fairId, status: 'REJECTED' }, other.token)).fairBooths.map((b: { id: string }) => b.id)).toEqual([
        b2.id,
      ]);
    });
  });

  describe('queues and talks', () => {
    let fair: Awaited<ReturnType<typeof makeLiveFair>>;
    let employer: Session;
    let second: Session;

    beforeAll(async () => {
      employer = await makeEmployer(t);
      second = await makeEmployer(t);
      fair = await makeLiveFair(t, officer, [employer, second]);
    });

    it('gives places 1, 2 … in order of joining; moves everyone up when one is served; refuses a second place at a booth', async () => {
      const [a, b, c] = await Promise.all([makeSeeker(t), makeSeeker(t), makeSeeker(t)]);
      const booth = fair.booths[0].boothId;
      const ta = ok(await t.gql(JOIN, { boothId: booth }, a.token)).joinBoothQueue;
      const tb = ok(await t.gql(JOIN, { boothId: booth }, b.token)).joinBoothQueue;
      const tc = ok(await t.gql(JOIN, { boothId: booth }, c.token)).joinBoothQueue;
      expect([ta.place, tb.place, tc.place]).toEqual([1, 2, 3]);
      expect(ta.number).toMatch(/^[A-G]\d\d-\d{3}$/);
      expect(ta.estimatedWaitSeconds).toBeNull(); // no rep online yet
      expect(errorOf(await t.gql(JOIN, { boothId: booth }, a.token))).toMatchObject({ code: 'ALREADY_QUEUED', field: 'boothId' });
      // b leaves: c moves to 2
      ok(await t.gql(LEAVE, { id: tb.id }, b.token));
      expect(ok(await t.gql(MINE, { fairId: fair.fairId }, c.token)).myQueueTickets[0].place).toBe(2);
      // another employer's rep cannot call at this booth; the booth's rep calls a, who sees CALLED with a deadline
      expect(errorOf(await t.gql(CALL, { boothId: booth }, second.token))).toMatchObject({ code: 'FORBIDDEN', field: 'boothId' });
      const called = ok(await t.gql(CALL, { boothId: booth }, employer.token)).callNextTicket;
      expect(called).toMatchObject({ id: ta.id, status: 'CALLED', seeker: { fullName: '马小明' } });
      expect(called.seeker.idNumberMasked ?? '').not.toMatch(/^\d{17}[\dX]$/);
      expect(errorOf(await t.gql(CALL, { boothId: booth }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION');
      const mine = ok(await t.gql(MINE, { fairId: fair.fairId }, a.token)).myQueueTickets[0];
      expect(mine).toMatchObject({ status: 'CALLED', place: null });
      expect(new Date(mine.answerBy).getTime()).toBeGreaterThan(Date.now());
      expect(ok(await t.gql(MINE, { fairId: fair.fairId }, c.token)).myQueueTickets[0].place).toBe(1);
      // a accepts and talks; the rep closes with an agreement on the booth's job: the application appears for both
      expect(ok(await t.gql(ACCEPT, { id: ta.id }, a.token)).acceptTalk.status).toBe('IN_TALK');
      expect(errorOf(await t.gql(END_TALK, { input: { ticketId: ta.id, outcome: 'AGREEMENT' } }, employer.token))).toMatchObject({
        field: 'jobPostingId',
      });
      expect(errorOf(await t.gql(END_TALK, { input: { ticketId: ta.id, outcome: 'NOT_SUITABLE' } }, second.token)).code).toBe('FORBIDDEN');
      const done = ok(
        await t.gql(
          END_TALK,
          { input: { ticketId: ta.id, outcome: 'AGREEMENT', jobPostingId: fair.booths[0].jobIds[0], note: '双方有意向' } },
          employer.token,
        ),
      ).endTalk;
      expect(done).toMatchObject({ status: 'DONE', outcome: 'AGREEMENT' });
      const apps = ok(await t.gql(MY_APPS, {}, a.token)).myApplications.edges.map((e: { node: unknown }) => e.node);
      expect(apps).toEqual([
        expect.objectContaining({
          id: done.applicationId,
          status: 'OFFER',
          source: 'JOB_FAIR',
          jobPosting: { id: fair.booths[0].jobIds[0] },
        }),
      ]);
      // the rep's console shows c waiting at place 1
      const queue = ok(await t.gql(QUEUE, { boothId: booth }, employer.token)).boothQueue;
      expect(queue.map((q: { place: number; status: string }) => [q.status, q.place])).toEqual([['WAITING', 1]]);
      expect(errorOf(await t.gql(QUEUE, { boothId: booth }, second.token)).code).toBe('FORBIDDEN');
    });

    it('marks a call not accepted within the answer window MISSED; the seeker may queue again at the end', async () => {
      const booth = fair.booths[1].boothId;
      const s = await makeSeeker(t);
      const ticket = ok(await t.gql(JOIN, { boothId: booth }, s.token)).joinBoothQueue;
      ok(await t.gql(CALL, { boothId: booth }, second.token));
      const queue = t.app.get(FairQueueService);
      expect(await queue.expireCalls(new Date(Date.now() + 30_000))).toBe(0);
      expect(await queue.expireCalls(new Date(Date.now() + 61_000))).toBe(1);
      expect(errorOf(await t.gql(ACCEPT, { id: ticket.id }, s.token)).code).toBe('INVALID_STATUS_TRANSITION');
      expect(ok(await t.gql(MINE, { fairId: fair.fairId }, s.token)).myQueueTickets[0].status).toBe('MISSED');
      expect(ok(await t.gql(JOIN, { boothId: booth }, s.token)).joinBoothQueue.status).toBe('WAITING');
    });

    it('keeps places exact when many join one booth at once, and the queue limit when one seeker joins many booths at once', async () => {
      const booth = fair.booths[1].boothId;
      const before = ok(await t.gql(QUEUE, { boothId: booth }, second.token)).boothQueue.length;
      const seekers = await Promise.all(Array.from({ length: 12 }, () => makeSeeker(t)));
      const tickets = await Promise.all(seekers.map((s) => t.gql(JOIN, { boothId: booth }, s.token)));
      const places = tickets.map((r) => ok(r).joinBoothQueue.place).sort((x: number, y: number) => x - y);
      expect(new Set(places).size).toBe(12);
      const queue = ok(await t.gql(QUEUE, { boothId: booth }, second.token)).boothQueue;
      expect(queue.map((q: { place: number }) => q.place)).toEqual(Array.from({ length: before + 12 }, (_, i) => i + 1));

      const extra = await Promise.all([makeEmployer(t), makeEmployer(t), makeEmployer(t)]);
      const wide = await makeLiveFair(t, officer, [employer, second, ...extra], { maxQueuesPerSeeker: 3 });
      const s = await makeSeeker(t);
      const results = await Promise.all(wide.booths.map((b) => t.gql(JOIN, { boothId: b.boothId }, s.token)));
      expect(results.filter((r) => !r.errors).length).toBe(3);
      expect(results.filter((r) => r.errors).map((r) => errorOf(r).code)).toEqual(['QUEUE_LIMIT_REACHED', 'QUEUE_LIMIT_REACHED']);
    });

    it('refuses queueing at a fair that is not live', async () => {
      const notLive = await makeLiveFair(t, officer, [await makeEmployer(t)], {}, false);
      const s = await makeSeeker(t);
      expect(errorOf(await t.gql(JOIN, { boothId: notLive.booths[0].boothId }, s.token)).code).toBe('FAIR_NOT_OPEN');
    });

    it('lets only the target groups queue in the priority window, and tells others when it opens', async () => {
      const groupFair = await makeLiveFair(t, officer, [await makeEmployer(t)], { priorityWindowMinutes: 30 });
      // the fair runs 00:00–24:00: 00:10 China time today is inside the window, 00:40 after it
      const today = formatIsoDate(chinaCalendarDate(new Date()));
      const [inWindow, after] = [chinaInstant(today, '00:10'), chinaInstant(today, '00:40')];
      const queue = t.app.get(FairQueueService);
      const boothId = groupFair.booths[0].boothId;
      const plain = await makeSeeker(t);
      const priority = await makeSeeker(t, { priorityGroups: ['POVERTY_ALLEVIATED'] });
      await expect(queue.join(asUser(plain, Role.JOB_SEEKER), boothId, inWindow)).rejects.toMatchObject({ code: 'FAIR_PRIORITY_WINDOW' });
      await expect(queue.join(asUser(plain, Role.JOB_SEEKER), boothId, inWindow)).rejects.toThrow('00:30 起');
      expect((await queue.join(asUser(priority, Role.JOB_SEEKER), boothId, inWindow)).place).toBe(1);
      expect((await queue.join(asUser(plain, Role.JOB_SEEKER), boothId, after)).place).toBe(2);
    });

    it('gives the bureau its figures, and keeps them when the fair ends', async () => {
      const stats = ok(await t.gql(STATS, { id: fair.fairId }, officer.token)).jobFairStats;
      expect(stats.boothsApproved).toBe(2);
      expect(stats.overall).toMatchObject({ talked: 1, agreements: 1, applications: 1 });
      expect(stats.overall.queued).toBeGreaterThanOrEqual(16);
      expect(stats.waitingNow).toBeGreaterThan(0);
      expect(stats.alarms).toEqual(expect.arrayContaining([expect.stringMatching(/^NO_REP:/)]));
      expect(stats.byPriorityGroup.map((g: { key: string }) => g.key)).toContain('NONE');
      expect(errorOf(await t.gql(STATS, { id: fair.fairId }, employer.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(STATS, { id: fair.fairId }, qingyangOfficer.token)).code).toBe('FORBIDDEN');
      ok(await t.gql(END, { id: fair.fairId }, officer.token));
      const after = ok(await t.gql(STATS, { id: fair.fairId }, officer.token)).jobFairStats;
      expect(after.waitingNow).toBe(0);
      expect(after.overall).toMatchObject({ agreements: 1, applications: 1 });
      const s = await makeSeeker(t);
      expect(errorOf(await t.gql(JOIN, { boothId: fair.booths[0].boothId }, s.token)).code).toBe('FAIR_NOT_OPEN');
    });
  });

  it('creates a fair for a major project in one step: its jobs in an approved booth, local seekers who fit them invited', async () => {
    const owner = await makeEmployer(t);
    const day = (d: number) => formatIsoDate(chinaCalendarDate(new Date(Date.now() + d * 86_400_000)));
    const project = ok(
      await t.gql(
        `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`,
        {
          input: {
            name: '临夏县G310国道改扩建工程',
            employerId: owner.employerId,
            regionCode: '622921',
            kind: 'GOVERNMENT_INVESTED',
            plannedWorkforce: 80,
            startDate: day(-30),
          },
        },
        officer.token,
      ),
    ).createProject.id;
    const job = await makePublishedJob(t, owner, officer, { projectId: project, skills: ['钢筋绑扎'] });
    const local = await makeSeeker(t, { hukouRegionCode: '622921', skills: ['钢筋绑扎'] });
    const elsewhere = await makeSeeker(t, { hukouRegionCode: '621002', skills: ['钢筋绑扎'] });
    const unrelated = await makeSeeker(t, { hukouRegionCode: '622921', skills: ['插花'], desiredOccupations: ['花艺师'] });
    const input = { projectId: project, startDate: day(5), endDate: day(6), opensAt: '09:00', closesAt: '17:00', mode: 'ONLINE' };
    const socket = await connectSocket(t.url, NOTIFICATIONS_NAMESPACE, { token: local.token });
    const pushed = nextEvent(socket, 'fair.invited', () => true, 5000);
    expect(
      errorOf(
        await t.gql(`mutation($input: ProjectFairInput!) { createFairForProject(input: $input) { id } }`, { input }, qingyangOfficer.token),
      ).code,
    ).toBe('FORBIDDEN');
    const fair = ok(
      await t.gql(
        `mutation($input: ProjectFairInput!) { createFairForProject(input: $input) { id status projectId name } }`,
        { input },
        officer.token,
      ),
    ).createFairForProject;
    expect(fair).toMatchObject({ status: 'PUBLISHED', projectId: project, name: '临夏县G310国道改扩建工程专场招聘会' });
    const booths = ok(await t.gql(BOOTHS, { fairId: fair.id })).fairBooths;
    expect(booths).toEqual([expect.objectContaining({ status: 'APPROVED', employer: expect.objectContaining({ id: owner.employerId }) })]);
    expect(booths[0].jobPostings.map((j: { id: string }) => j.id)).toEqual([job]);
    const invited = async (s: Session) =>
      ok(await t.gql(`{ myFairInvitations { id } }`, {}, s.token)).myFairInvitations.map((f: { id: string }) => f.id);
    expect(await invited(local)).toEqual([fair.id]);
    expect(await invited(elsewhere)).toEqual([]);
    expect(await invited(unrelated)).toEqual([]);
    expect(await pushed).toEqual({ fairId: fair.id, fairName: '临夏县G310国道改扩建工程专场招聘会' });
    socket.disconnect();
  });

  it('checks seekers in at the venue with the QR code of an on-site or hybrid fair; their tickets are on-site tickets', async () => {
    const hybrid = await makeLiveFair(t, officer, [await makeEmployer(t)], { mode: 'HYBRID', venueAddress: '临夏市人力资源市场' });
    const code = ok(await t.gql(`query($id: ID!) { fairCheckInCode(fairId: $id) }`, { id: hybrid.fairId }, officer.token)).fairCheckInCode;
    expect(code).toMatch(/^[\w-]{16}$/);
    expect(
      errorOf(await t.gql(`query($id: ID!) { fairCheckInCode(fairId: $id) }`, { id: hybrid.fairId }, qingyangOfficer.token)).code,
    ).toBe('FORBIDDEN');
    const s = await makeSeeker(t);
    const CHECK_IN = `mutation($id: ID!, $code: String!) { checkInAtFair(fairId: $id, code: $code) }`;
    expect(errorOf(await t.gql(CHECK_IN, { id: hybrid.fairId, code: 'x'.repeat(16) }, s.token))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'code',
    });
    expect(ok(await t.gql(CHECK_IN, { id: hybrid.fairId, code }, s.token)).checkInAtFair).toBe(true);
    ok(await t.gql(JOIN, { boothId: hybrid.booths[0].boothId }, s.token));
    const mine = ok(
      await t.gql(`query($f: ID) { myQueueTickets(fairId: $f) { onSite number } }`, { f: hybrid.fairId }, s.token),
    ).myQueueTickets;
    expect(mine).toEqual([expect.objectContaining({ onSite: true })]);
    const online = await makeLiveFair(t, officer, [await makeEmployer(t)]);
    expect(
      ok(await t.gql(`query($id: ID!) { fairCheckInCode(fairId: $id) }`, { id: online.fairId }, officer.token)).fairCheckInCode,
    ).toBeNull();
    expect(errorOf(await t.gql(CHECK_IN, { id: online.fairId, code }, s.token))).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'fairId',
    });
  });

  it("puts live rooms on a fair's programme: its officers' and its exhibitors' rooms, nobody else's", async () => {
    const exhibitor = await makeEmployer(t);
    const outsider = await makeEmployer(t);
    const fair = await makeLiveFair(t, officer, [exhibitor]);
    const room = async (host: Session, jobs: string[]) =>
      ok(
        await t.gql(
          `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`,
          {
            input: { title: '招聘会直播专场', scheduledStart: new Date(Date.now() + 3_600_000).toISOString(), jobPostingIds: jobs },
          },
          host.token,
        ),
      ).createLiveRoom.id;
    const ATTACH = `mutation($room: ID!, $fair: ID) { attachLiveRoomToFair(liveRoomId: $room, fairId: $fair) { id jobFairId } }`;
    const bureauRoom = await room(officer, fair.booths[0].jobIds);
    const exhibitorRoom = await room(exhibitor, fair.booths[0].jobIds);
    const outsiderRoom = await room(outsider, [await makePublishedJob(t, outsider, officer)]);
    expect(ok(await t.gql(ATTACH, { room: bureauRoom, fair: fair.fairId }, officer.token)).attachLiveRoomToFair.jobFairId).toBe(
      fair.fairId,
    );
    expect(ok(await t.gql(ATTACH, { room: exhibitorRoom, fair: fair.fairId }, exhibitor.token)).attachLiveRoomToFair.jobFairId).toBe(
      fair.fairId,
    );
    expect(errorOf(await t.gql(ATTACH, { room: outsiderRoom, fair: fair.fairId }, outsider.token))).toMatchObject({
      code: 'FORBIDDEN',
      field: 'fairId',
    });
    expect(errorOf(await t.gql(ATTACH, { room: bureauRoom, fair: fair.fairId }, exhibitor.token)).code).toBe('FORBIDDEN'); // not its room
    const programme = ok(await t.gql(`query($id: ID!) { jobFair(id: $id) { liveRooms { id } } }`, { id: fair.fairId })).jobFair.liveRooms;
    expect(programme.map((r: { id: string }) => r.id).sort()).toEqual([bureauRoom, exhibitorRoom].sort());
    expect(ok(await t.gql(ATTACH, { room: exhibitorRoom, fair: null }, exhibitor.token)).attachLiveRoomToFair.jobFairId).toBeNull();
  });

  it('moves a published fair to run now with allDayNow (the fixture path is a real bureau path)', () => {
    expect(allDayNow().closesAt).toBe('24:00');
  });
});
