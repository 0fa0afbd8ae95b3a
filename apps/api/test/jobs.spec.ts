import { Role } from '@jobbridge/contracts';
import {
  createTestApp,
  errorOf,
  jobInput,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  signUp,
  TestApp,
} from '@jobbridge/testing';

const CREATE = `mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id status screeningFlags { code evidence } } }`;
const UPDATE = `mutation($id: ID!, $input: JobPostingInput!) { updateJobPosting(id: $id, input: $input) { id status title } }`;
const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id status } }`;
const REVIEW = `mutation($id: ID!, $approve: Boolean!, $reason: String) { reviewJobPosting(id: $id, approve: $approve, reason: $reason) { id status rejectionReason publishedAt } }`;
const CLOSE = `mutation($id: ID!) { closeJobPosting(id: $id) { id status closedAt } }`;
const JOB = `query($id: ID!) { jobPosting(id: $id) { id status title screeningFlags { code } applicationCount
  truthCard { workingHours shifts dormitory meals socialInsurance } workRegion { code fullName } employer { id name } } }`;
const LIST = `query($filter: JobPostingFilter, $first: Int, $after: String) { jobPostings(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title payMin payMax kind workRegion { code } } } } }`;
const QUEUE = `{ reviewQueue { totalCount edges { node { id screeningFlags { code evidence } } } } }`;
const MINE = `query($status: JobPostingStatus) { myJobPostings(status: $status) { totalCount edges { node { id status } } } }`;

describe('job postings', () => {
  let t: TestApp;
  let employer: Session & { employerId: string };
  let officer: Session;
  beforeAll(async () => {
    t = await createTestApp();
    employer = await makeEmployer(t);
    officer = await makeOfficer(t);
  });
  afterAll(() => t.close());

  describe('lifecycle', () => {
    it('goes draft → pending review → published → closed, visible to the public only once published', async () => {
      const id = await makeDraftJob(t, employer);
      expect(errorOf(await t.gql(JOB, { id })).code).toBe('FORBIDDEN');
      expect(ok(await t.gql(SUBMIT, { id }, employer.token)).submitJobPosting.status).toBe('PENDING_REVIEW');
      const reviewed = ok(await t.gql(REVIEW, { id, approve: true }, officer.token)).reviewJobPosting;
      expect(reviewed.status).toBe('PUBLISHED');
      expect(reviewed.publishedAt).toBeTruthy();
      const pub = ok(await t.gql(JOB, { id })).jobPosting;
      expect(pub.truthCard).toEqual({
        workingHours: '8:00-18:00，午休1小时，月休4天',
        shifts: '长白班',
        dormitory: 'FREE',
        meals: 'SUBSIDISED',
        socialInsurance: 'FIVE_INSURANCES',
      });
      expect(pub.workRegion).toEqual({ code: '622921', fullName: '甘肃省 临夏回族自治州 临夏县' });
      expect(pub.applicationCount).toBeNull();
      expect(ok(await t.gql(JOB, { id }, employer.token)).jobPosting.applicationCount).toBe(0);
      expect(ok(await t.gql(CLOSE, { id }, employer.token)).closeJobPosting.status).toBe('CLOSED');
      expect(errorOf(await t.gql(CLOSE, { id }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION');
    });

    it('rejects with a required reason; the employer edits (back to draft) and resubmits', async () => {
      const id = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id }, employer.token));
      expect(errorOf(await t.gql(REVIEW, { id, approve: false }, officer.token))).toEqual({ code: 'VALIDATION_FAILED', field: 'reason' });
      const rejected = ok(await t.gql(REVIEW, { id, approve: false, reason: '薪资描述不清' }, officer.token)).reviewJobPosting;
      expect(rejected).toMatchObject({ status: 'REJECTED', rejectionReason: '薪资描述不清' });
      expect(
        ok(await t.gql(UPDATE, { id, input: jobInput({ title: '电焊工（已修改）' }) }, employer.token)).updateJobPosting,
      ).toMatchObject({ status: 'DRAFT' });
      expect(ok(await t.gql(SUBMIT, { id }, employer.token)).submitJobPosting.status).toBe('PENDING_REVIEW');
    });

    it('the owner withdraws a posting under review to edit it: a double tap is the same draft, others cannot, a published one cannot be', async () => {
      const WITHDRAW = `mutation($id: ID!) { withdrawJobPosting(id: $id) { id status } }`;
      const id = await makeDraftJob(t, employer);
      expect(errorOf(await t.gql(WITHDRAW, { id }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION'); // never submitted
      ok(await t.gql(SUBMIT, { id }, employer.token));
      const other = await makeEmployer(t);
      expect(errorOf(await t.gql(WITHDRAW, { id }, other.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(WITHDRAW, { id }, officer.token)).code).toBe('FORBIDDEN');
      const [a, b] = await Promise.all([t.gql(WITHDRAW, { id }, employer.token), t.gql(WITHDRAW, { id }, employer.token)]);
      expect([ok(a).withdrawJobPosting.status, ok(b).withdrawJobPosting.status]).toEqual(['DRAFT', 'DRAFT']);
      expect(
        (ok(await t.gql(QUEUE, {}, officer.token)).reviewQueue.edges as { node: { id: string } }[]).map((e) => e.node.id),
      ).not.toContain(id);
      expect(
        ok(await t.gql(UPDATE, { id, input: jobInput({ title: '电焊工（撤回后修改）' }) }, employer.token)).updateJobPosting,
      ).toMatchObject({ status: 'DRAFT', title: '电焊工（撤回后修改）' });
      ok(await t.gql(SUBMIT, { id }, employer.token));
      ok(await t.gql(REVIEW, { id, approve: true }, officer.token));
      expect(errorOf(await t.gql(WITHDRAW, { id }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION');
      // Only a posting under review is withdrawn: a rejected one is edited as it is, a fresh draft was never submitted.
      const rejected = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id: rejected }, employer.token));
      ok(await t.gql(REVIEW, { id: rejected, approve: false, reason: '薪资描述不清' }, officer.token));
      expect(errorOf(await t.gql(WITHDRAW, { id: rejected }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION');
      expect(ok(await t.gql(JOB, { id: rejected }, employer.token)).jobPosting.status).toBe('REJECTED');
      expect(errorOf(await t.gql(WITHDRAW, { id: await makeDraftJob(t, employer) }, employer.token)).code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
    });

    it('the review queue filters by screening flag (any, one code, none) and orders oldest, newest or flagged first, paging each way', async () => {
      const Q = `query($flagged: Boolean, $flagCode: String, $order: ReviewQueueOrder, $first: Int, $after: String) {
        reviewQueue(flagged: $flagged, flagCode: $flagCode, order: $order, first: $first, after: $after) {
          totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
      // Its own region, so postings other tests left in the queue do not interleave.
      const own = await makeOfficer(t, QINGYANG_PREFECTURE);
      const qEmployer = await makeEmployer(t, { regionCode: QINGYANG_XIFENG });
      const mine: string[] = [];
      for (const description of [
        '负责车间装配。男女不限，包吃住',
        '负责车间装配。限男性，吃苦耐劳',
        '负责车间装配。年满18周岁，包吃住',
        '负责车间装配。35周岁以下，限男性',
        '负责车间装配。退役军人优先',
        '负责车间装配。本地户口，能倒班',
      ]) {
        const id = await makeDraftJob(t, qEmployer, { description, workRegionCode: QINGYANG_XIFENG });
        ok(await t.gql(SUBMIT, { id }, qEmployer.token));
        mine.push(id);
      }
      const [clean1, flagged1, clean2, flagged2, clean3, flagged3] = mine;
      /** Every page of `size`, as ids, checking each page's size and the total. */
      const ids = async (vars: Record<string, unknown>, size = 2) => {
        const all: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = ok(await t.gql(Q, { ...vars, first: size, after }, own.token)).reviewQueue;
          all.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
          if (!page.pageInfo.hasNextPage) {
            expect(all).toHaveLength(page.totalCount);
            return all;
          }
          expect(page.edges).toHaveLength(size);
          after = page.pageInfo.endCursor;
        }
      };
      expect(await ids({})).toEqual(mine);
      expect(await ids({ order: 'OLDEST_FIRST' }, 4)).toEqual(mine);
      expect(await ids({ order: 'NEWEST_FIRST' })).toEqual([...mine].reverse());
      // Flagged first, each group oldest first; pages of 1, 2 and 4 cross the flagged/clean boundary at every spot.
      for (const size of [1, 2, 4]) {
        expect(await ids({ order: 'FLAGGED_FIRST' }, size)).toEqual([flagged1, flagged2, flagged3, clean1, clean2, clean3]);
      }
      expect(await ids({ flagged: true })).toEqual([flagged1, flagged2, flagged3]);
      expect(await ids({ flagged: false, order: 'FLAGGED_FIRST' })).toEqual([clean1, clean2, clean3]);
      expect(await ids({ flagCode: 'GENDER_RESTRICTION' })).toEqual([flagged1, flagged2]);
      expect(await ids({ flagCode: 'HUKOU_RESTRICTION', order: 'NEWEST_FIRST' })).toEqual([flagged3]);
      expect(await ids({ flagCode: 'AGE_RESTRICTION', order: 'FLAGGED_FIRST' })).toEqual([flagged2]);
      // A posting that leaves the queue between pages (approved) neither shifts nor repeats the rest.
      const first = ok(await t.gql(Q, { order: 'FLAGGED_FIRST', first: 2 }, own.token)).reviewQueue;
      ok(await t.gql(REVIEW, { id: flagged2, approve: true }, own.token));
      const next = ok(await t.gql(Q, { order: 'FLAGGED_FIRST', first: 10, after: first.pageInfo.endCursor }, own.token)).reviewQueue;
      expect(next.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([flagged3, clean1, clean2, clean3]);
      // An unknown flag code or a cursor from another order is refused, not guessed at.
      expect(errorOf(await t.gql(Q, { flagCode: "x'; DROP" }, own.token))).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(errorOf(await t.gql(Q, { flagCode: 'NOT_A_FLAG' }, own.token))).toMatchObject({ code: 'VALIDATION_FAILED' });
      const oldest = ok(await t.gql(Q, { first: 1 }, own.token)).reviewQueue.pageInfo.endCursor;
      expect(errorOf(await t.gql(Q, { order: 'FLAGGED_FIRST', after: oldest }, own.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'after',
      });
      expect(errorOf(await t.gql(Q, { order: 'SHUFFLED' }, own.token))).toBeTruthy();
    });

    it('cannot edit a published posting or approve one twice', async () => {
      const id = await makePublishedJob(t, employer, officer);
      expect(errorOf(await t.gql(UPDATE, { id, input: jobInput() }, employer.token)).code).toBe('INVALID_STATUS_TRANSITION');
      expect(errorOf(await t.gql(REVIEW, { id, approve: true }, officer.token)).code).toBe('INVALID_STATUS_TRANSITION');
    });

    it('needs the truth card before review (TRUTH_CARD_REQUIRED)', async () => {
      const id = ok(await t.gql(CREATE, { input: jobInput({ truthCard: null }) }, employer.token)).createJobPosting.id;
      expect(errorOf(await t.gql(SUBMIT, { id }, employer.token))).toEqual({ code: 'TRUTH_CARD_REQUIRED', field: 'truthCard' });
      expect(ok(await t.gql(JOB, { id }, employer.token)).jobPosting.status).toBe('DRAFT');
    });

    it('needs a company profile before posting', async () => {
      const bare = await signUp(t, Role.EMPLOYER);
      expect(errorOf(await t.gql(CREATE, { input: jobInput() }, bare.token)).code).toBe('EMPLOYER_PROFILE_REQUIRED');
    });
  });

  describe('bad input writes nothing', () => {
    const countJobs = async () => (await t.ds.query(`SELECT count(*)::int AS n FROM job_postings`))[0].n;

    it.each([
      ['pay minimum above maximum', { payMin: 9000, payMax: 6000 }, { code: 'PAY_RANGE_INVALID', field: 'payMin' }],
      ['unknown work region', { workRegionCode: '622999' }, { code: 'UNKNOWN_REGION', field: 'workRegionCode' }],
      ['work region above county', { workRegionCode: '622900' }, { code: 'UNKNOWN_REGION', field: 'workRegionCode' }],
      ['zero headcount', { headcount: 0 }, { code: 'VALIDATION_FAILED', field: 'headcount' }],
      ['a one-character title', { title: '工' }, { code: 'VALIDATION_FAILED', field: 'title' }],
      [
        'a truth card without hours',
        { truthCard: { ...(jobInput().truthCard as object), workingHours: '' } },
        { code: 'VALIDATION_FAILED', field: 'truthCard.workingHours' },
      ],
      ['latitude without longitude', { lat: 35.5, lng: null }, { code: 'VALIDATION_FAILED', field: 'lng' }],
    ])('%s', async (_name, overrides, expected) => {
      const before = await countJobs();
      expect(errorOf(await t.gql(CREATE, { input: jobInput(overrides) }, employer.token))).toEqual(expected);
      expect(await countJobs()).toBe(before);
    });
  });

  describe('access', () => {
    it("refuses another employer's posting without revealing it (FORBIDDEN)", async () => {
      const other = await makeEmployer(t);
      const id = await makeDraftJob(t, employer);
      for (const op of [
        t.gql(UPDATE, { id, input: jobInput() }, other.token),
        t.gql(SUBMIT, { id }, other.token),
        t.gql(CLOSE, { id }, other.token),
        t.gql(JOB, { id }, other.token),
      ]) {
        const r = await op;
        expect(errorOf(r).code).toBe('FORBIDDEN');
        expect(r.errors![0].message).not.toContain('电焊');
      }
    });

    it('lets only officers over the posting’s region review it', async () => {
      const id = await makeDraftJob(t, employer);
      ok(await t.gql(SUBMIT, { id }, employer.token));
      const qingyang = await makeOfficer(t, QINGYANG_PREFECTURE);
      const province = await makeOfficer(t, '620000');
      expect(errorOf(await t.gql(REVIEW, { id, approve: true }, qingyang.token)).code).toBe('FORBIDDEN');
      expect(errorOf(await t.gql(REVIEW, { id, approve: true }, employer.token)).code).toBe('FORBIDDEN');
      const queueIds = async (s: Session) =>
        ok(await t.gql(QUEUE, {}, s.token)).reviewQueue.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(await queueIds(qingyang)).not.toContain(id);
      expect(await queueIds(officer)).toContain(id);
      expect(await queueIds(province)).toContain(id);
      expect(ok(await t.gql(REVIEW, { id, approve: true }, province.token)).reviewJobPosting.status).toBe('PUBLISHED');
    });

    it('lists only the employer’s own postings, by status', async () => {
      const other = await makeEmployer(t);
      const mine = await makeDraftJob(t, other);
      const r = ok(await t.gql(MINE, { status: 'DRAFT' }, other.token)).myJobPostings;
      expect(r.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([mine]);
    });
  });

  describe('fair-hiring screening', () => {
    it('flags discriminatory wording for the officer, and hides the flags from the public', async () => {
      const id = ok(
        await t.gql(CREATE, { input: jobInput({ description: '招聘叉车司机，限男性，35岁以下，需交服装押金200元。' }) }, employer.token),
      ).createJobPosting.id;
      ok(await t.gql(SUBMIT, { id }, employer.token));
      const entry = ok(await t.gql(QUEUE, {}, officer.token)).reviewQueue.edges.find((e: { node: { id: string } }) => e.node.id === id);
      const codes = entry.node.screeningFlags.map((f: { code: string }) => f.code);
      expect(codes).toEqual(expect.arrayContaining(['GENDER_RESTRICTION', 'AGE_RESTRICTION', 'FEE_CHARGED']));
      ok(await t.gql(REVIEW, { id, approve: true }, officer.token));
      expect(ok(await t.gql(JOB, { id })).jobPosting.screeningFlags).toEqual([]);
    });

    it('shows a posting’s flags with their words to its own employer (not to another employer), the truth card note included', async () => {
      const FLAGS = `query($id: ID!) { jobPosting(id: $id) { id screeningFlags { code evidence } } }`;
      const MINE_FLAGS = `{ myJobPostings(status: PENDING_REVIEW, first: 50) { edges { node { id screeningFlags { code evidence } } } } }`;
      const input = jobInput({
        description: '负责装卸货物。限男性，35岁以下…本地户口',
        truthCard: { ...(jobInput().truthCard as object), note: '入职需交押金300元' },
      });
      const id = ok(await t.gql(CREATE, { input }, employer.token)).createJobPosting.id;
      ok(await t.gql(SUBMIT, { id }, employer.token));
      const expected = [
        { code: 'GENDER_RESTRICTION', evidence: '限男性' },
        { code: 'AGE_RESTRICTION', evidence: '35岁以下' },
        { code: 'HUKOU_RESTRICTION', evidence: '本地户口' },
        { code: 'FEE_CHARGED', evidence: '需交押金' },
      ];
      expect(ok(await t.gql(FLAGS, { id }, employer.token)).jobPosting.screeningFlags).toEqual(expected);
      const row = ok(await t.gql(MINE_FLAGS, {}, employer.token)).myJobPostings.edges.find(
        (e: { node: { id: string } }) => e.node.id === id,
      );
      expect(row.node.screeningFlags).toEqual(expected);
      expect(errorOf(await t.gql(FLAGS, { id }, (await makeEmployer(t)).token)).code).toBe('FORBIDDEN');
      // Lawful preferences raise nothing.
      const clean = ok(
        await t.gql(CREATE, { input: jobInput({ description: '负责装卸货物。退役军人优先，本地脱贫劳动力优先' }) }, employer.token),
      ).createJobPosting;
      expect(clean.screeningFlags).toEqual([]);
    });
  });

  describe('jobPostings search and pagination', () => {
    let list: TestApp;
    beforeAll(async () => {
      list = await createTestApp();
      const off = await makeOfficer(list, '620000');
      const a = await makeEmployer(list);
      const b = await makeEmployer(list, { regionCode: QINGYANG_XIFENG });
      await makePublishedJob(list, a, off, { title: '电焊工', payMin: 6000, payMax: 9000, workRegionCode: '622921' });
      await makePublishedJob(list, a, off, {
        title: '牛肉拉面师',
        occupation: '中式面点师',
        payMin: 4500,
        payMax: 7000,
        workRegionCode: '622901',
        skills: ['拉面'],
      });
      await makePublishedJob(list, a, off, {
        title: '保洁员',
        occupation: '保洁员',
        kind: 'PUBLIC_WELFARE',
        payMin: 1800,
        payMax: 2200,
        workRegionCode: '622926',
      });
      await makePublishedJob(list, b, off, {
        title: '苹果分拣工',
        occupation: '农产品分拣',
        kind: 'GIG',
        payMin: 3000,
        payMax: 4000,
        workRegionCode: QINGYANG_XIFENG,
      });
      await makePublishedJob(list, b, off, {
        title: '数据中心运维',
        occupation: '运维工程师',
        payMin: 8000,
        payMax: 12000,
        workRegionCode: '621021',
      });
      await makeDraftJob(list, a, { title: '电焊工草稿' });
    });
    afterAll(() => list.close());

    const titles = async (filter: Record<string, unknown>) =>
      ok(await list.gql(LIST, { filter }))
        .jobPostings.edges.map((e: { node: { title: string } }) => e.node.title)
        .sort();

    it('shows only published postings', async () => {
      expect(ok(await list.gql(LIST, {})).jobPostings.totalCount).toBe(5);
    });

    it('filters by region at any level', async () => {
      expect(await titles({ regionCode: '622900' })).toEqual(['牛肉拉面师', '保洁员', '电焊工'].sort());
      expect(await titles({ regionCode: '622921' })).toEqual(['电焊工']);
      expect(await titles({ regionCode: '621000' })).toEqual(['数据中心运维', '苹果分拣工'].sort());
      expect((await titles({ regionCode: '620000' })).length).toBe(5);
      expect(await titles({ regionCode: '110000' })).toEqual([]);
    });

    it('filters by kind, pay range and keyword', async () => {
      expect(await titles({ kind: 'GIG' })).toEqual(['苹果分拣工']);
      expect(await titles({ payMin: 7500 })).toEqual(['数据中心运维', '电焊工'].sort());
      expect(await titles({ payMax: 2500 })).toEqual(['保洁员']);
      expect(await titles({ keyword: '拉面' })).toEqual(['牛肉拉面师']);
      expect(await titles({ keyword: '电焊', regionCode: '622900', payMin: 5000 })).toEqual(['电焊工']);
      expect(await titles({ keyword: '100%_' })).toEqual([]);
    });

    it('rejects an unknown region filter and an inverted pay filter with the field', async () => {
      expect(errorOf(await list.gql(LIST, { filter: { regionCode: '629999' } }))).toEqual({
        code: 'UNKNOWN_REGION',
        field: 'filter.regionCode',
      });
      expect(errorOf(await list.gql(LIST, { filter: { payMin: 5000, payMax: 100 } }))).toEqual({
        code: 'PAY_RANGE_INVALID',
        field: 'filter.payMin',
      });
      expect(errorOf(await list.gql(LIST, { filter: { keyword: '长'.repeat(51) } }))).toEqual({
        code: 'VALIDATION_FAILED',
        field: 'filter.keyword',
      });
    });

    it('pages with cursors, newest first, without repeats or gaps', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 5; i++) {
        const page: any = ok(await list.gql(LIST, { first: 2, after })).jobPostings;
        seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      expect(errorOf(await list.gql(LIST, { after: 'garbage' })).code).toBe('VALIDATION_FAILED');
    });
  });
});
