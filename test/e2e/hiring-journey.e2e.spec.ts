import { createTestApp, creditCodeFor, makeOfficer, PASSWORD, TestApp } from '@jobbridge/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeBrowser, hasChromium, launchBrowser, pickOptions, pickRegionPath, SKIP_REASON, snap, WEB_DIST } from './browser';

/**
 * The first journey, through the real web app served by the real API on a real PostgreSQL:
 * an employer registers, fills the company, posts and submits a job; the officer approves it; a seeker registers,
 * finds the job with filters and applies; the employer moves the applicant to interview; the seeker sees it.
 */
describeBrowser(hasChromium ? 'hiring journey in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const jobTitle = `焊接技工${Date.now() % 100000}`;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    // Keep a picture of every open page after each step, to look at when one fails.
    for (const [i, c] of contexts.entries())
      for (const [j, p] of c.pages().entries()) await snap(p, `journey-last-${i}-${j}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
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
    await page.getByTestId('user-menu').waitFor();
  }

  let employerPage: Page;
  let seekerPage: Page;
  let jobId: string;

  it('an employer registers, fills in the company and submits a job with its truth card', async () => {
    const page = (employerPage = await newPage());
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
    await byTestId(page, 'verification-status').waitFor();

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
    await row.waitFor();
    await expectAttribute(row, 'data-status', 'PENDING_REVIEW');
    jobId = (await row.getAttribute('data-job-id'))!;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    await snap(page, 'journey-1-employer-jobs');
  });

  it('the officer approves it from the review queue', async () => {
    const officer = await makeOfficer(t);
    const page = await newPage();
    await page.goto(`${t.url}/login`);
    await byTestId(page, 'login-input').fill(officer.phone);
    await byTestId(page, 'login-password').fill(PASSWORD);
    await byTestId(page, 'login-submit').click();
    await byTestId(page, 'user-menu').waitFor();

    await page.goto(`${t.url}/bureau/review`);
    const item = page.locator(`[data-testid="review-item"][data-job-id="${jobId}"]`);
    await item.getByTestId('review-open').click();
    await byTestId(page, 'review-drawer').getByTestId('truth-card').waitFor();
    await snap(page, 'journey-2-review');
    await byTestId(page, 'review-approve').click();
    await item.waitFor({ state: 'detached' });
  });

  it('a seeker registers, finds the job with filters, sees the truth card and applies', async () => {
    const page = (seekerPage = await newPage());
    await register(page, 'JOB_SEEKER', '马永福', '13712340002');
    await page.goto(`${t.url}/me/profile`);
    await byTestId(page, 'profile-full-name').fill('马永福');
    await pickRegion(page, 'profile-hukou-region', ['620000', '622900', '622926']);
    await choose(page, 'priority-group-POVERTY_ALLEVIATED');
    await byTestId(page, 'profile-submit').click();
    await page.getByText('已保存').first().waitFor();

    await page.goto(`${t.url}/jobs`);
    await byTestId(page, 'filter-keyword').fill(jobTitle.slice(0, 4));
    await pickRegion(page, 'filter-region', ['620000', '622900']);
    await byTestId(page, 'filter-submit').click();
    const card = page.locator(`[data-testid="job-card"][data-job-id="${jobId}"]`);
    await card.waitFor();
    await card.click();

    await byTestId(page, 'truth-card').waitFor();
    await expect(byTestId(page, 'truth-working-hours').textContent()).resolves.toContain('8:00-18:00');
    await byTestId(page, 'apply-button').click();
    await expectAttribute(byTestId(page, 'application-status'), 'data-status', 'SUBMITTED');
    await snap(page, 'journey-3-applied');
  });

  it('the employer invites the applicant to interview; the open "my applications" page shows it at once', async () => {
    // The seeker is already looking at their applications: the change must arrive pushed (socket.io), not reloaded.
    await seekerPage.goto(`${t.url}/me/applications`);
    const mine = seekerPage.getByTestId('my-application').first();
    await expectAttribute(mine.getByTestId('application-status'), 'data-status', 'SUBMITTED');

    const page = employerPage;
    await page.goto(`${t.url}/employer/jobs/${jobId}/applicants`);
    const applicant = page.getByTestId('applicant-card').filter({ hasText: '马永福' });
    await applicant.waitFor();
    await expect(applicant.getByTestId('priority-group-tag').first().getAttribute('data-group')).resolves.toBe('POVERTY_ALLEVIATED');
    await applicant.getByTestId('move-status-INTERVIEW').click();
    await byTestId(page, 'move-status-note').fill('周三上午10点到园区面试');
    await byTestId(page, 'move-status-confirm').click();
    await applicant.getByTestId('applicant-contact-phone').waitFor();
    await snap(page, 'journey-4-applicants');

    await expectAttribute(mine.getByTestId('application-status'), 'data-status', 'INTERVIEW');
    await snap(seekerPage, 'journey-5-my-applications');
  });
});

async function expectAttribute(locator: ReturnType<Page['getByTestId']>, name: string, value: string): Promise<void> {
  await locator.first().waitFor();
  const deadline = Date.now() + 15000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.first().getAttribute(name);
    if (last === value) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`expected ${name}="${value}", last saw "${last}"`);
}
