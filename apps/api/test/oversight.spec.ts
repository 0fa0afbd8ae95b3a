import { formatIsoDate, chinaCalendarDate } from '@jobbridge/domain';
import {
  createTestApp,
  errorOf,
  jobInput,
  LINXIA_COUNTY,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';

const DAY = 86_400_000;
const inDays = (d: number) => formatIsoDate(chinaCalendarDate(new Date(Date.now() + d * DAY)));

const FILE = `mutation($input: LayoffPlanInput!) { fileLayoffPlan(input: $input) { id reportable onTime daysBefore verdictReasons regionCode } }`;
const PLANS = `query($region: String) { layoffPlans(regionCode: $region) { id employerId peopleToCut reportable onTime } }`;
const REFUND = `query($e: ID!, $n: Int!) { stableJobsRefund(employerId: $e, insuredStaff: $n) { eligible laidOff layoffRate threshold } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) { id status category text } }`;
const REPORTS = `query($status: ReportStatus, $region: String) { reports(status: $status, regionCode: $region) {
  id status action resolutionNote text photos category targetType targetId createdAt jobPosting { id } earlierReports } }`;
const RESOLVE = `mutation($input: ResolveReportInput!) { resolveReport(input: $input) { id status action resolutionNote } }`;
const DECIDE = `mutation($input: ScreeningDecisionInput!) { screeningDecision(input: $input) { id code decision } }`;
const PATTERNS = `query { dismissedScreeningPatterns { code evidence dismissed upheld lastReason } }`;
const JOB = `query($id: ID!) { jobPosting(id: $id) { id status employerCreditGrade truthCardVerified
  screeningFlags { code evidence clause clauseSource } screeningDecisions { code decision } } }`;
const CREDIT = `query($e: ID!) { employerCredit(employerId: $e) { employerId score grade shownToSeekers reasons { kind count points text } } }`;
const SUBMIT = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;
const DUE = `{ checkInsDue { id day jobTitle employerName workingHours dormitory meals socialInsurance } }`;
const ANSWER = `mutation($input: AnswerCheckInInput!) { answerCheckIn(input: $input) }`;
const WATCH = `query($region: String, $month: String!) { unemploymentWatch(regionCode: $region, month: $month) {
  regionCode regionName level figures { layoffsFiled peopleAffected } reasons { kind level } } }`;

const plan = (over: Record<string, unknown> = {}) => ({
  staffNow: 200,
  peopleToCut: 25,
  layoffDate: inDays(45),
  reasons: '订单减少，生产线关停',
  consulted: true,
  ...over,
});

describe('bureau oversight (issue 13)', () => {
  let t: TestApp;
  let officer: Session;
  let otherOfficer: Session;

  beforeAll(async () => {
    t = await createTestApp();
    officer = await makeOfficer(t);
    otherOfficer = await makeOfficer(t, '621000');
  });
  afterAll(() => t?.close());

  describe('layoff filings', () => {
    it('judges the 20-or-10% rule and the 30 days on filing, and shows filings to the officers of the region', async () => {
      const employer = await makeEmployer(t);
      const onTime = ok(await t.gql(FILE, { input: plan() }, employer.token)).fileLayoffPlan;
      expect(onTime).toMatchObject({ reportable: true, onTime: true, regionCode: LINXIA_COUNTY });
      expect(onTime.verdictReasons.length).toBeGreaterThan(0);
      // 10% of 50 staff, 10 days ahead: reportable and late
      const late = ok(
        await t.gql(FILE, { input: plan({ staffNow: 50, peopleToCut: 5, layoffDate: inDays(10) }) }, employer.token),
      ).fileLayoffPlan;
      expect(late).toMatchObject({ reportable: true, onTime: false, daysBefore: 10 });
      // 2 of 100: not reportable, on time whatever the date
      expect(
        ok(await t.gql(FILE, { input: plan({ staffNow: 100, peopleToCut: 2, layoffDate: inDays(3) }) }, employer.token)).fileLayoffPlan,
      ).toMatchObject({
        reportable: false,
        onTime: true,
      });
      const seen = ok(await t.gql(PLANS, {}, officer.token)).layoffPlans.map((p: { id: string }) => p.id);
      expect(seen).toEqual(expect.arrayContaining([onTime.id, late.id]));
      expect(ok(await t.gql(PLANS, {}, otherOfficer.token)).layoffPlans.map((p: { id: string }) => p.id)).not.toContain(onTime.id);
      expect(errorOf(await t.gql(PLANS, { region: '622900' }, otherOfficer.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'regionCode',
      });
      const other = await makeEmployer(t);
      expect(ok(await t.gql(PLANS, {}, other.token)).layoffPlans).toEqual([]);
      // 稳岗返还: 25 + 5 + 2 are in the future (not yet laid off): eligible
      expect(ok(await t.gql(REFUND, { e: employer.employerId, n: 200 }, officer.token)).stableJobsRefund).toMatchObject({ eligible: true });
      expect(errorOf(await t.gql(REFUND, { e: employer.employerId, n: 200 }, other.token)).code).toBe('FORBIDDEN');
    });

    it('refuses more people than staff and a date in the past, with the field; a retried filing is filed once', async () => {
      const employer = await makeEmployer(t);
      expect(errorOf(await t.gql(FILE, { input: plan({ staffNow: 10, peopleToCut: 11 }) }, employer.token))).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'peopleToCut',
      });
      expect(errorOf(await t.gql(FILE, { input: plan({ layoffDate: inDays(-2) }) }, employer.token))).toMatchObject({
        field: 'layoffDate',
      });
      expect(errorOf(await t.gql(FILE, { input: plan({ reasons: '  ' }) }, employer.token))).toMatchObject({ field: 'reasons' });
      const key = 'layoff-retry-0001';
      const a = ok(await t.gql(FILE, { input: plan({ idempotencyKey: key }) }, employer.token)).fileLayoffPlan;
      const b = ok(await t.gql(FILE, { input: plan({ idempotencyKey: key }) }, employer.token)).fileLayoffPlan;
      expect(b.id).toBe(a.id);
      expect(ok(await t.gql(PLANS, {}, employer.token)).layoffPlans).toHaveLength(1);
    });
  });

  describe('reports', () => {
    it('queues a report for the region, tells the reporter the decision, and shows the employer only the decision', async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer);
      const seeker = await makeSeeker(t);
      const input = { targetType: 'JOB_POSTING', targetId: job, category: 'FEES', text: '面试时要求先交300元服装费' };
      expect(errorOf(await t.gql(REPORT, { input: { ...input, text: '   ' } }, seeker.token))).toMatchObject({ field: 'text' });
      expect(errorOf(await t.gql(REPORT, { input: { ...input, photos: ['data:text/html;base64,PGI+'] } }, seeker.token))).toMatchObject({
        field: 'photos.0',
      });
      expect(
        errorOf(await t.gql(REPORT, { input: { ...input, targetId: '00000000-0000-4000-8000-000000000000' } }, seeker.token)),
      ).toMatchObject({
        code: 'NOT_FOUND',
        field: 'targetId',
      });
      const photo = 'data:image/png;base64,iVBORw0KGgo=';
      const report = ok(await t.gql(REPORT, { input: { ...input, photos: [photo] } }, seeker.token)).reportContent;
      expect(report).toMatchObject({ status: 'OPEN', category: 'FEES' });
      const queue = ok(await t.gql(REPORTS, { status: 'OPEN' }, officer.token)).reports;
      expect(queue.find((r: { id: string }) => r.id === report.id)).toMatchObject({
        text: input.text,
        photos: [photo],
        jobPosting: { id: job },
        earlierReports: 0,
      });
      expect(ok(await t.gql(REPORTS, {}, otherOfficer.token)).reports.map((r: { id: string }) => r.id)).not.toContain(report.id);
      expect(ok(await t.gql(REPORTS, {}, employer.token)).reports).toEqual([]); // nothing until decided
      expect(
        errorOf(await t.gql(RESOLVE, { input: { reportId: report.id, action: 'WARN', note: '已约谈' } }, otherOfficer.token)),
      ).toMatchObject({
        code: 'NOT_FOUND',
        field: 'reportId',
      });
      expect(errorOf(await t.gql(RESOLVE, { input: { reportId: report.id, action: 'WARN', note: ' ' } }, officer.token))).toMatchObject({
        field: 'note',
      });
      const done = ok(
        await t.gql(RESOLVE, { input: { reportId: report.id, action: 'WARN', note: '已约谈单位，责令退还费用' } }, officer.token),
      ).resolveReport;
      expect(done).toMatchObject({ status: 'RESOLVED', action: 'WARN' });
      // the same decision again answers the first; another one is refused
      expect(
        ok(await t.gql(RESOLVE, { input: { reportId: report.id, action: 'WARN', note: '再次' } }, officer.token)).resolveReport.id,
      ).toBe(report.id);
      expect(errorOf(await t.gql(RESOLVE, { input: { reportId: report.id, action: 'DISMISS', note: '改判' } }, officer.token)).code).toBe(
        'INVALID_STATUS_TRANSITION',
      );
      expect(ok(await t.gql(REPORTS, {}, seeker.token)).reports[0]).toMatchObject({ id: report.id, action: 'WARN', text: input.text });
      const theirs = ok(await t.gql(REPORTS, {}, employer.token)).reports;
      expect(theirs).toEqual([
        expect.objectContaining({
          id: report.id,
          action: 'WARN',
          text: null,
          photos: [],
          createdAt: null,
          jobPosting: null,
          earlierReports: null,
        }),
      ]);
    });

    it('files a report once per reporter and key (a double tap), whoever else used the same key', async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer);
      const [a, b] = await Promise.all([makeSeeker(t), makeSeeker(t)]);
      const input = {
        targetType: 'JOB_POSTING',
        targetId: job,
        category: 'ABUSE',
        text: '电话里辱骂求职者',
        idempotencyKey: 'report-tap-0001',
      };
      const [first, second] = await Promise.all([t.gql(REPORT, { input }, a.token), t.gql(REPORT, { input }, a.token)]);
      expect(ok(second).reportContent.id).toBe(ok(first).reportContent.id);
      expect(ok(await t.gql(REPORT, { input }, b.token)).reportContent.id).not.toBe(ok(first).reportContent.id);
      expect(ok(await t.gql(REPORTS, {}, a.token)).reports).toHaveLength(1);
    });

    it('takes three full-size photos in one report (the JSON body limit is 1.5 MB) and refuses a fourth or a larger one', async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer);
      const seeker = await makeSeeker(t);
      const big = `data:image/jpeg;base64,${'A'.repeat(185_000)}`;
      const input = { targetType: 'JOB_POSTING', targetId: job, category: 'FAKE_JOB', text: '招聘现场与描述完全不符' };
      expect(ok(await t.gql(REPORT, { input: { ...input, photos: [big, big, big] } }, seeker.token)).reportContent.id).toEqual(
        expect.any(String),
      );
      expect(
        errorOf(await t.gql(REPORT, { input: { ...input, photos: [`${big}AAAAAAAAAAAAAAAAAAAA`.padEnd(195_000, 'A')] } }, seeker.token)),
      ).toMatchObject({
        field: 'photos.0',
      });
      expect(errorOf(await t.gql(REPORT, { input: { ...input, photos: [big, big, big, big] } }, seeker.token)).code).toBeDefined();
    });

    it("suspends an employer's hiring: its postings close and no new one can be submitted", async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer);
      const seeker = await makeSeeker(t);
      const report = ok(
        await t.gql(
          REPORT,
          { input: { targetType: 'JOB_POSTING', targetId: job, category: 'FAKE_JOB', text: '岗位不存在，是刷单诈骗' } },
          seeker.token,
        ),
      ).reportContent;
      ok(await t.gql(RESOLVE, { input: { reportId: report.id, action: 'SUSPEND_EMPLOYER', note: '虚假招聘，暂停招聘' } }, officer.token));
      expect(ok(await t.gql(JOB, { id: job }, officer.token)).jobPosting.status).toBe('CLOSED');
      const draft = ok(
        await t.gql(`mutation($input: JobPostingInput!) { createJobPosting(input: $input) { id } }`, { input: jobInput() }, employer.token),
      ).createJobPosting.id;
      expect(errorOf(await t.gql(`mutation($id: ID!) { submitJobPosting(id: $id) { id } }`, { id: draft }, employer.token))).toMatchObject({
        code: 'FORBIDDEN',
        field: 'employerId',
      });
      const credit = ok(await t.gql(CREDIT, { e: employer.employerId }, officer.token)).employerCredit;
      expect(credit.reasons.map((r: { kind: string }) => r.kind)).toContain('UPHELD_REPORTS');
    });
  });

  describe('screening decisions and credit', () => {
    it('records upheld and dismissed flags; upheld ones lower the credit, dismissed ones are reported by pattern', async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer, { description: '招聘普工，限男性，35岁以下，工作稳定。' });
      const flags = ok(await t.gql(JOB, { id: job }, officer.token)).jobPosting.screeningFlags;
      const gender = flags.find((f: { code: string }) => f.code === 'GENDER_RESTRICTION');
      const age = flags.find((f: { code: string }) => f.code === 'AGE_RESTRICTION');
      expect(gender.clause).toEqual(expect.any(String));
      expect(gender.clauseSource).toContain('就业促进法');
      const before = ok(await t.gql(CREDIT, { e: employer.employerId }, officer.token)).employerCredit.score;
      ok(
        await t.gql(
          DECIDE,
          { input: { jobPostingId: job, code: 'GENDER_RESTRICTION', evidence: gender.evidence, decision: 'UPHOLD', reason: '性别歧视' } },
          officer.token,
        ),
      );
      ok(
        await t.gql(
          DECIDE,
          { input: { jobPostingId: job, code: 'AGE_RESTRICTION', evidence: age.evidence, decision: 'DISMISS', reason: '特殊工种' } },
          officer.token,
        ),
      );
      expect(
        errorOf(
          await t.gql(
            DECIDE,
            { input: { jobPostingId: job, code: 'FEE_CHARGED', evidence: 'x', decision: 'UPHOLD', reason: 'r' } },
            officer.token,
          ),
        ),
      ).toMatchObject({ field: 'code' });
      expect(
        errorOf(
          await t.gql(
            DECIDE,
            { input: { jobPostingId: job, code: 'AGE_RESTRICTION', evidence: age.evidence, decision: 'UPHOLD', reason: 'r' } },
            otherOfficer.token,
          ),
        ),
      ).toMatchObject({ field: 'jobPostingId' });
      const after = ok(await t.gql(CREDIT, { e: employer.employerId }, officer.token)).employerCredit;
      expect(after.score).toBeLessThan(before);
      expect(after.reasons.map((r: { kind: string }) => r.kind)).toContain('UPHELD_FLAGS');
      expect(ok(await t.gql(JOB, { id: job }, officer.token)).jobPosting.screeningDecisions).toEqual(
        expect.arrayContaining([
          { code: 'GENDER_RESTRICTION', decision: 'UPHOLD' },
          { code: 'AGE_RESTRICTION', decision: 'DISMISS' },
        ]),
      );
      const patterns = ok(await t.gql(PATTERNS, {}, officer.token)).dismissedScreeningPatterns;
      expect(patterns).toContainEqual(
        expect.objectContaining({ code: 'AGE_RESTRICTION', evidence: age.evidence, dismissed: 1, lastReason: '特殊工种' }),
      );
      expect(errorOf(await t.gql(CREDIT, { e: employer.employerId }, otherOfficer.token))).toMatchObject({ field: 'employerId' });
    });
  });

  describe('post-hire check-ins', () => {
    it('asks a hired worker at 7 and 30 days, once each, and the answers feed credit and the verified truth card', async () => {
      const employer = await makeEmployer(t);
      const job = await makePublishedJob(t, employer, officer);
      const workers = await Promise.all([0, 1, 2, 3, 4].map(() => makeSeeker(t)));
      for (const w of workers) {
        const app = ok(await t.gql(SUBMIT, { input: { jobPostingId: job } }, w.token)).submitApplication.id;
        ok(await t.gql(MOVE, { input: { applicationId: app, toStatus: 'HIRED' } }, employer.token));
      }
      // a hire of today is asked in 7 days (asking makes the worker's check-ins)
      for (const w of workers) expect(ok(await t.gql(DUE, {}, w.token)).checkInsDue).toEqual([]);
      expect(Number((await t.ds.query(`SELECT count(*) FROM hire_check_ins WHERE job_posting_id = $1`, [job]))[0].count)).toBe(10);
      // a week passes (the check-ins fall due): the state the test waits for, set in the database
      await t.ds.query(`UPDATE hire_check_ins SET due_at = now() - interval '1 minute' WHERE day = 7 AND job_posting_id = $1`, [job]);
      const due = ok(await t.gql(DUE, {}, workers[0].token)).checkInsDue;
      expect(due).toEqual([expect.objectContaining({ day: 7, jobTitle: expect.any(String), workingHours: expect.any(String) })]);
      const answer = (w: Session, id: string, over: Record<string, unknown> = {}) =>
        t.gql(
          ANSWER,
          {
            input: {
              checkInId: id,
              stillWorking: true,
              paidAsPromised: true,
              hoursAsStated: true,
              dormitoryAsStated: true,
              mealsAsStated: true,
              insuranceAsStated: true,
              ...over,
            },
          },
          w.token,
        );
      expect(errorOf(await answer(workers[1], due[0].id))).toMatchObject({ code: 'NOT_FOUND', field: 'checkInId' });
      ok(await answer(workers[0], due[0].id));
      expect(errorOf(await answer(workers[0], due[0].id))).toMatchObject({ code: 'INVALID_STATUS_TRANSITION', field: 'checkInId' });
      for (const w of workers.slice(1)) {
        const [c] = ok(await t.gql(DUE, {}, w.token)).checkInsDue;
        ok(await answer(w, c.id, w === workers[4] ? { paidAsPromised: false } : {}));
      }
      const posting = ok(await t.gql(JOB, { id: job })).jobPosting;
      expect(posting.truthCardVerified).toEqual(expect.arrayContaining(['WORKING_HOURS', 'DORMITORY', 'MEALS', 'SOCIAL_INSURANCE']));
      expect(posting.employerCreditGrade).toMatch(/^[ABCD]$/);
      const credit = ok(await t.gql(CREDIT, { e: employer.employerId }, officer.token)).employerCredit;
      expect(credit.shownToSeekers).toBe(true);
      expect(credit.reasons.map((r: { kind: string }) => r.kind)).toContain('UNPAID');
    });
  });

  describe('the mass-unemployment watch', () => {
    it('raises a county whose layoffs cross its thresholds, first in the list', async () => {
      const employer = await makeEmployer(t);
      const date = inDays(40);
      for (let i = 0; i < 4; i++)
        ok(await t.gql(FILE, { input: plan({ staffNow: 2000, peopleToCut: 150, layoffDate: date }) }, employer.token));
      const rows = ok(await t.gql(WATCH, { month: date.slice(0, 7) }, officer.token)).unemploymentWatch;
      expect(rows[0]).toMatchObject({ regionCode: LINXIA_COUNTY, level: 'WARNING' });
      expect(rows[0].figures.peopleAffected).toBeGreaterThanOrEqual(600);
      expect(rows.length).toBeGreaterThan(1);
      expect(errorOf(await t.gql(WATCH, { month: '2026-13' }, officer.token))).toMatchObject({ field: 'month' });
      expect(errorOf(await t.gql(WATCH, { month: '2026-12', region: '622900' }, otherOfficer.token))).toMatchObject({
        field: 'regionCode',
      });
    });
  });
});
