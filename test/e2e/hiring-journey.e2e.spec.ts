import {
  createTestApp,
  creditCodeFor,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  PASSWORD,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import {
  describeBrowser,
  freshPages,
  hasChromium,
  launchBrowser,
  markDocument,
  pickOptions,
  pickRegionPath,
  sameDocument,
  see,
  signIn,
  SKIP_REASON,
  snap,
  WEB_DIST,
} from './browser';

const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id } }`;
const JOB = `query($id: ID!) { jobPosting(id: $id) { id status } }`;
const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;

/**
 * The first journey, through the real web app served by the real API on a real PostgreSQL, one step a test: an
 * employer registers, fills the company, posts and submits a job; the officer approves a job; a seeker registers,
 * finds a job with filters and applies; the employer moves an applicant to interview; the seeker sees it. Each step
 * starts from what the steps before it would have left, made through the API, so it runs alone (`-t`).
 */
describeBrowser(hasChromium ? 'hiring journey in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;
  let n = 0;
  /** A title of its own for each posting, so a search finds the test's posting and no other. */
  const title = () => `焊接技工${Date.now() % 100000}${++n}`;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    officer = await makeOfficer(t);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'journey');
  async function signedIn(phone: string): Promise<Page> {
    const page = await newPage();
    await signIn(page, t.url, phone);
    await see(page.getByTestId('user-menu')).toBeVisible();
    return page;
  }

  const byTestId = (page: Page, id: string) => page.getByTestId(id);
  /** Ant Design radios and checkboxes put the test id on a hidden input; a person clicks its label. */
  const choose = (page: Page, id: string) => page.getByTestId(id).locator('xpath=ancestor::label[1]').click();

  const pickRegion = pickRegionPath;
  const pickEnum = (page: Page, testId: string, value: string) => pickOptions(page, testId, [`${testId}-option-${value}`]);

  async function register(page: Page, role: 'EMPLOYER' | 'JOB_SEEKER', name: string, phone: string) {
    await page.goto(`${t.url}/register`);
    await choose(page, `register-role-${role}`);
    await byTestId(page, 'register-display-name').fill(name);
    await byTestId(page, 'register-phone').fill(phone);
    await byTestId(page, 'register-password').fill(PASSWORD);
    await byTestId(page, 'register-confirm-password').fill(PASSWORD);
    await byTestId(page, 'register-submit').click();
    await see(page.getByTestId('user-menu')).toBeVisible();
  }

  it('an employer registers, fills in the company and submits a job with its truth card', async () => {
    const jobTitle = title();
    const page = await newPage();
    await register(page, 'EMPLOYER', '临夏甘康焊接工程有限公司', '13912340001');

    await page.goto(`${t.url}/employer/company`);
    await byTestId(page, 'company-name').fill('临夏甘康焊接工程有限公司');
    await byTestId(page, 'company-credit-code').fill(creditCodeFor(880001));
    await pickRegion(page, 'company-region', ['620000', '622900', '622921']);
    await byTestId(page, 'company-industry').fill('建筑业');
    await choose(page, 'company-size-SME');
    await byTestId(page, 'company-contact-name').fill('马经理');
    await byTestId(page, 'company-contact-phone').fill('13993001234');
    await byTestId(page, 'company-submit').click();
    await see(byTestId(page, 'verification-status')).toBeVisible();

    await page.goto(`${t.url}/employer/jobs/new`);
    await byTestId(page, 'job-editor-title').fill(jobTitle);
    await byTestId(page, 'job-editor-occupation').fill('电焊工');
    await pickEnum(page, 'job-editor-kind', 'FULL_TIME');
    await byTestId(page, 'job-editor-headcount').fill('3');
    await byTestId(page, 'job-editor-pay-min').fill('6500');
    await byTestId(page, 'job-editor-pay-max').fill('9000');
    await byTestId(page, 'job-editor-description').fill('负责钢结构焊接，持焊工证优先，项目在临夏县工业园区。');
    await pickRegion(page, 'job-editor-work-region', ['620000', '622900', '622921']);
    await byTestId(page, 'truth-editor-working-hours').fill('8:00-18:00，午休1小时，月休4天');
    await pickEnum(page, 'truth-editor-dormitory', 'FREE');
    await pickEnum(page, 'truth-editor-meals', 'SUBSIDISED');
    await pickEnum(page, 'truth-editor-social-insurance', 'FIVE_INSURANCES');
    await byTestId(page, 'job-editor-save-submit').click();

    const row = page.getByTestId('my-job-row').filter({ hasText: jobTitle });
    await see(row).toHaveAttribute('data-status', 'PENDING_REVIEW');
    await see(row).toHaveAttribute('data-job-id', /^[0-9a-f-]{36}$/);
    const jobId = (await row.getAttribute('data-job-id'))!;
    expect(ok(await t.gql(JOB, { id: jobId }, officer.token)).jobPosting.status).toBe('PENDING_REVIEW');
    await snap(page, 'journey-1-employer-jobs');
  });

  it('the officer approves a submitted job from the review queue', async () => {
    const employer = await makeEmployer(t, { name: '临夏甘康焊接工程有限公司' });
    const jobId = await makeDraftJob(t, employer, { title: title() });
    ok(await t.gql(SUBMIT, { id: jobId }, employer.token));

    const page = await signedIn(officer.phone);
    await page.goto(`${t.url}/bureau/review`);
    const item = page.locator(`[data-testid="review-item"][data-job-id="${jobId}"]`);
    await item.getByTestId('review-open').click();
    await see(byTestId(page, 'review-drawer').getByTestId('truth-card')).toBeVisible();
    await snap(page, 'journey-2-review');
    await byTestId(page, 'review-approve').click();
    await see(item).toHaveCount(0);
    expect(ok(await t.gql(JOB, { id: jobId }, officer.token)).jobPosting.status).toBe('PUBLISHED');
  });

  it('a seeker registers, finds a published job with filters, sees the truth card and applies', async () => {
    const jobTitle = title();
    const employer = await makeEmployer(t, { name: '临夏甘康焊接工程有限公司' });
    const jobId = await makePublishedJob(t, employer, officer, { title: jobTitle, workRegionCode: '622921' });
    await t.drainSearch();

    const page = await newPage();
    await register(page, 'JOB_SEEKER', '马永福', '13712340002');
    await page.goto(`${t.url}/me/profile`);
    await byTestId(page, 'profile-full-name').fill('马永福');
    await pickRegion(page, 'profile-hukou-region', ['620000', '622900', '622926']);
    await choose(page, 'priority-group-POVERTY_ALLEVIATED');
    await byTestId(page, 'profile-submit').click();
    await see(page.getByText('已保存').first()).toBeVisible();

    await page.goto(`${t.url}/jobs`);
    await byTestId(page, 'filter-keyword').fill(jobTitle.slice(0, 4));
    await pickRegion(page, 'filter-region', ['620000', '622900']);
    await byTestId(page, 'filter-submit').click();
    const card = page.locator(`[data-testid="job-card"][data-job-id="${jobId}"]`);
    await see(card).toBeVisible();
    await card.click();

    await see(byTestId(page, 'truth-card')).toBeVisible();
    await see(byTestId(page, 'truth-working-hours')).toContainText('8:00-18:00');
    await byTestId(page, 'apply-button').click();
    await see(byTestId(page, 'application-status').first()).toHaveAttribute('data-status', 'SUBMITTED');
    await snap(page, 'journey-3-applied');
  });

  it('the employer invites the applicant to interview; the open "my applications" page shows it at once', async () => {
    const employer = await makeEmployer(t, { name: '临夏甘康焊接工程有限公司' });
    const jobId = await makePublishedJob(t, employer, officer, { title: title() });
    const seeker = await makeSeeker(t, { fullName: '马永福', hukouRegionCode: '622926', priorityGroups: ['POVERTY_ALLEVIATED'] });
    ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, seeker.token));

    // The seeker is already looking at their applications: the change must arrive pushed (socket.io), not reloaded.
    const seekerPage = await signedIn(seeker.phone);
    await seekerPage.goto(`${t.url}/me/applications`);
    const mine = seekerPage.getByTestId('my-application').first();
    await see(mine.getByTestId('application-status').first()).toHaveAttribute('data-status', 'SUBMITTED');
    await markDocument(seekerPage);

    const page = await signedIn(employer.phone);
    await page.goto(`${t.url}/employer/jobs/${jobId}/applicants`);
    const applicant = page.getByTestId('applicant-card').filter({ hasText: '马永福' });
    await see(applicant.getByTestId('priority-group-tag').first()).toHaveAttribute('data-group', 'POVERTY_ALLEVIATED');
    await applicant.getByTestId('move-status-INTERVIEW').click();
    await byTestId(page, 'move-status-note').fill('周三上午10点到园区面试');
    await byTestId(page, 'move-status-confirm').click();
    await see(applicant.getByTestId('applicant-contact-phone')).toBeVisible();
    await snap(page, 'journey-4-applicants');

    await see(mine.getByTestId('application-status').first()).toHaveAttribute('data-status', 'INTERVIEW');
    expect(await sameDocument(seekerPage)).toBe(true);
    await snap(seekerPage, 'journey-5-my-applications');
  });
});
