import { generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  LINXIA_CITY,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, pickOptions, see, signIn, SKIP_REASON, WEB_DIST } from './browser';

const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;
const MINE = `{ myUnemploymentRegistration { id status regionCode supportCase { id } } }`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

/**
 * Unemployment registration and tracked help in the browser (issue 14): a seeker registers as unemployed online on a
 * phone (the identity number checked as typed); the officer of the region finds the case due on the caseload, logs a
 * follow-up recommending a job from the person's matches; the employer hires the person; the officer sees the case
 * closed as 已就业, and the seeker sees the registration closed.
 */
describeBrowser(hasChromium ? 'unemployment registration and tracked help in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'employment-support');

  async function open(s: Session, path: string, viewport = DESKTOP): Promise<Page> {
    const page = await newPage({ viewport });
    await signIn(page, t.url, s.phone);
    await page.goto(`${t.url}${path}`);
    return page;
  }

  const noOverflow = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  it('a seeker registers online; the officer follows up with a job; a hire closes the case as 已就业', async () => {
    const employer = await makeEmployer(t);
    const job = await makePublishedJob(t, employer, officer, { title: '电焊工（帮扶推荐）' });
    await t.drainSearch();
    const seeker = await makeSeeker(t, { fullName: '马帮扶', skills: ['电焊'], desiredOccupations: ['电焊工'] });
    const idNumber = generateIdNumber(`${LINXIA_COUNTY}19920407113`);

    // --- the seeker registers on a phone
    const page = await open(seeker, '/me/unemployment', PHONE);
    await see(page.getByTestId('unemployment-form')).toBeVisible();
    const id = page.getByTestId('unemployment-id-number');
    await id.fill(idNumber.slice(0, 10));
    await see(page.getByTestId('id-number-typing')).toContainText('10 / 18');
    await id.fill(idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0'));
    await see(page.getByTestId('id-number-invalid')).toContainText('校验位');
    await id.fill(idNumber);
    await see(page.getByTestId('id-number-valid')).toContainText('1992-04-07');
    // where they live comes from their labour profile (临夏市)
    await see(page.getByTestId('unemployment-region')).toContainText('临夏市');
    await pickOptions(page, 'unemployment-reason', ['unemployment-reason-option-LAID_OFF']);
    await page.getByTestId('unemployment-last-employer').fill('临夏某建材厂');
    await page.getByTestId('unemployment-working-age').fill('3');
    await page.getByTestId('unemployment-employed').fill('0');
    await see(page.getByTestId('unemployment-zero-hint')).toBeVisible();
    await noOverflow(page);
    await page.getByTestId('unemployment-submit').click();
    const status = page.getByTestId('unemployment-status');
    await see(status).toHaveAttribute('data-status', 'ACTIVE');
    await see(page.getByTestId('unemployment-zero-employment')).toBeVisible();
    await see(page.getByTestId('unemployment-next-contact')).toBeVisible();
    await see(status).not.toContainText(idNumber);
    await noOverflow(page);
    const registration = ok(await t.gql(MINE, {}, seeker.token)).myUnemploymentRegistration;
    expect(registration).toMatchObject({ status: 'ACTIVE', regionCode: LINXIA_CITY });
    const caseId: string = registration.supportCase.id;

    // --- the officer: the case is due (never contacted), opens it, logs a follow-up recommending the job
    const officerPage = await open(officer, '/bureau/review');
    await see(officerPage.getByTestId('caseload-banner')).toBeVisible();
    await officerPage.getByTestId('caseload-banner-open').click();
    const row = officerPage.locator(`[data-testid="caseload-row"][data-case-id="${caseId}"]`);
    await see(row).toHaveAttribute('data-standing', 'NEW');
    await see(row.getByTestId('caseload-name')).toHaveText('马帮扶');
    await see(row).not.toContainText(idNumber);
    await row.getByTestId('caseload-name').click();
    const casePage = officerPage.getByTestId('support-case-page');
    await see(casePage).toHaveAttribute('data-status', 'OPEN');
    await see(officerPage.getByTestId('support-case-id-number')).toHaveText(`${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`);
    await see(officerPage.getByTestId('support-case-zero-employment')).toBeVisible();
    await see(officerPage.getByTestId('follow-ups-empty')).toBeVisible();
    await officerPage.getByTestId('follow-up-note').fill('电话联系，本人会电焊，推荐县工业园区电焊工岗位');
    const option = officerPage.locator(`[data-testid="follow-up-job-option"][data-job-id="${job}"]`);
    await option.click();
    await officerPage.getByTestId('follow-up-submit').click();
    const followUp = officerPage.getByTestId('follow-up');
    await see(followUp).toHaveCount(1);
    await see(followUp).toHaveAttribute('data-outcome', 'CONTINUING');
    await see(followUp.getByTestId('follow-up-job')).toContainText('电焊工（帮扶推荐）');
    await see(casePage).toHaveAttribute('data-outcome', 'CONTINUING');

    // --- the seeker sees the job recommended to them (not the officer's note), applies, and is hired
    await page.reload();
    await see(page.getByTestId('follow-up-job')).toContainText('电焊工（帮扶推荐）');
    await see(page.getByTestId('unemployment-help')).not.toContainText('本人会电焊');
    const application = ok(await t.gql(APPLY, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
    ok(await t.gql(MOVE, { input: { applicationId: application, toStatus: 'HIRED' } }, employer.token));

    // --- the officer sees the case closed with 已就业
    await officerPage.reload();
    await see(casePage).toHaveAttribute('data-status', 'CLOSED');
    await see(officerPage.getByTestId('support-case-outcome')).toHaveText('已就业');
    await see(officerPage.getByTestId('support-case-employed')).toBeVisible();
    await see(officerPage.getByTestId('follow-up-form-card')).toHaveCount(0);
    await officerPage.goto(`${t.url}/bureau/caseload?filter=CLOSED`);
    const closed = officerPage.locator(`[data-testid="caseload-row"][data-case-id="${caseId}"]`);
    await see(closed.getByTestId('caseload-closed')).toContainText('已就业');

    // --- and the seeker sees the registration closed
    await page.reload();
    await see(page.getByTestId('unemployment-status')).toHaveAttribute('data-status', 'CLOSED');
    await see(page.getByTestId('unemployment-zero-employment')).toHaveCount(0);
  });
});
