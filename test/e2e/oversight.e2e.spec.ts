import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { chinaCalendarDate, formatIsoDate } from '@jobbridge/domain';
import {
  createTestApp,
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
import { describeBrowser, freshPages, hasChromium, launchBrowser, see, signIn, SKIP_REASON, WEB_DIST } from './browser';

const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const MOVE = `mutation($input: MoveApplicationInput!) { moveApplication(input: $input) { id status } }`;
const DUE = `{ checkInsDue { id day } }`;
const MY_REPORTS = `{ reports { id status action photos text } }`;
const PLANS = `{ layoffPlans { id peopleToCut reportable onTime } }`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const DAY = 86_400_000;
/** The China civil date `days` from today (the day the layoff rule counts from). */
const inDays = (days: number) => formatIsoDate(chinaCalendarDate(new Date(Date.now() + days * DAY)));

/** A PNG like a phone photo: smooth colours with sensor noise (PNG keeps the noise: megabytes, too large to send as it is). */
function photoPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const stride = width * 3 + 1;
  const raw = randomBytes(stride * height);
  for (let y = 0; y < height; y++) {
    raw[y * stride] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const p = y * stride + 1 + x * 3;
      raw[p] = Math.round((x / width) * 200) + (raw[p] & 15);
      raw[p + 1] = Math.round((y / height) * 200) + (raw[p + 1] & 15);
      raw[p + 2] = 120 + (raw[p + 2] & 15);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Bureau oversight in the browser (issue 13): a seeker reports a posting with a photo on a phone, the officer warns
 * the employer from the reports queue and the seeker sees the decision arrive; a hired worker answers the 7-day
 * check-in; an employer sees the layoff rule's verdict change as it types, files, and the officer sees the filing.
 */
describeBrowser(hasChromium ? 'bureau oversight in the browser' : SKIP_REASON, () => {
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

  const newPage = freshPages(() => browser, 'oversight');

  async function open(s: Session, path: string, viewport = DESKTOP): Promise<Page> {
    const page = await newPage({ viewport });
    await signIn(page, t.url, s.phone);
    await page.goto(`${t.url}${path}`);
    return page;
  }

  /** Ant Design radios and checkboxes put the test id on a hidden input; a person clicks its label. */
  const choose = (page: Page, id: string) => page.getByTestId(id).locator('xpath=ancestor::label[1]').click();
  const noOverflow = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  it('a seeker reports a posting with a photo; the officer warns the employer; the seeker sees the decision', async () => {
    const employer = await makeEmployer(t);
    const job = await makePublishedJob(t, employer, officer, { title: '包装工（举报测试）' });
    const seeker = await makeSeeker(t);

    const seekerPage = await open(seeker, `/jobs/${job}`, PHONE);
    await seekerPage.getByTestId('report-button').click();
    await choose(seekerPage, 'report-category-FEES');
    await seekerPage.getByTestId('report-text').fill('面试时要求先交300元服装费，不交不让上岗');
    await seekerPage
      .getByTestId('report-photo-input')
      .setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: photoPng(1400, 1000) });
    await see(seekerPage.getByTestId('report-photos')).toHaveAttribute('data-count', '1', { timeout: 30_000 });
    await noOverflow(seekerPage);
    await seekerPage.getByTestId('report-submit').click();
    await see(seekerPage.getByTestId('report-form')).toHaveCount(0);

    // the photo was shrunk in the browser to what the API takes (a JPEG data URL, a third of a request)
    const [report] = ok(await t.gql(MY_REPORTS, {}, seeker.token)).reports;
    expect(report).toMatchObject({ status: 'OPEN', text: '面试时要求先交300元服装费，不交不让上岗' });
    expect(report.photos).toHaveLength(1);
    expect(report.photos[0].slice(0, 23)).toBe('data:image/jpeg;base64,');
    expect(report.photos[0].length).toBeLessThanOrEqual(190_000); // the API's cap per photo (three fit its 1.5 MB body)

    await seekerPage.goto(`${t.url}/me/reports`);
    const mine = seekerPage.locator(`[data-testid="report-item"][data-report-id="${report.id}"]`);
    await see(mine).toHaveAttribute('data-status', 'OPEN');

    const officerPage = await open(officer, '/bureau/reports');
    const item = officerPage.locator(`[data-testid="report-item"][data-report-id="${report.id}"]`);
    await see(item.getByTestId('report-text-view')).toHaveText('面试时要求先交300元服装费，不交不让上岗');
    await see(item.getByTestId('report-photos-view')).toHaveAttribute('data-count', '1');
    await see(item.getByTestId('report-posting-title')).toHaveText('包装工（举报测试）');
    await item.getByTestId('report-handle').click();
    // the note is required
    await choose(officerPage, 'resolve-report-action-WARN');
    await officerPage.getByTestId('resolve-report-confirm').click();
    await see(officerPage.getByText('请填写处理意见')).toBeVisible();
    await officerPage.getByTestId('resolve-report-input').fill('已约谈单位，责令退还服装费');
    await officerPage.getByTestId('resolve-report-confirm').click();
    await see(item).toHaveCount(0); // it leaves the open queue

    // the seeker's page hears the decision over socket.io, without a reload
    await see(mine).toHaveAttribute('data-action', 'WARN');
    await see(mine.getByTestId('report-resolution-note')).toContainText('已约谈单位，责令退还服装费');

    // the employer sees the decision (not the reporter's words) under 岗位管理
    const employerPage = await open(employer, '/employer/jobs');
    const decision = employerPage.locator(`[data-testid="employer-report-decisions"] [data-report-id="${report.id}"]`);
    await see(decision).toHaveAttribute('data-action', 'WARN');
    await see(decision.getByTestId('report-text-view')).toHaveCount(0);
  });

  it('a hired worker answers the 7-day check-in on a phone, and it leaves the page', async () => {
    const employer = await makeEmployer(t);
    const job = await makePublishedJob(t, employer, officer, { title: '电焊工（回访测试）' });
    const seeker = await makeSeeker(t);
    const application = ok(await t.gql(APPLY, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;
    ok(await t.gql(MOVE, { input: { applicationId: application, toStatus: 'HIRED' } }, employer.token));
    // asking makes the worker's check-ins; then a week passes (the state the test waits for, set in the database)
    expect(ok(await t.gql(DUE, {}, seeker.token)).checkInsDue).toEqual([]);
    await t.ds.query(`UPDATE hire_check_ins SET due_at = now() - interval '1 minute' WHERE day = 7 AND job_posting_id = $1`, [job]);

    const page = await open(seeker, '/me/applications', PHONE);
    const card = page.getByTestId('check-in');
    await see(card).toHaveCount(1);
    await see(card).toContainText('入职第 7 天回访');
    await see(card).toContainText('电焊工（回访测试）');
    // a yes/no for each item the truth card promised: hours, dormitory, meals, insurance
    for (const item of ['hours', 'dormitory', 'meals', 'insurance']) await see(card.getByTestId(`check-in-${item}`)).toBeVisible();
    await noOverflow(page);
    // every question needs an answer
    await card.getByTestId('check-in-submit').click();
    await see(card.getByText('请选择').first()).toBeVisible();
    for (const q of ['still-working', 'paid', 'hours', 'dormitory', 'insurance']) await card.getByTestId(`check-in-${q}-yes`).click();
    await card.getByTestId('check-in-meals-no').click();
    await card.getByTestId('check-in-comment').fill('伙食补贴没有发');
    await card.getByTestId('check-in-submit').click();
    await see(page.getByTestId('check-ins')).toHaveCount(0);

    const [row] = await t.ds.query(
      `SELECT answered_at, still_working, paid_as_promised, meals_as_stated, hours_as_stated, comment FROM hire_check_ins WHERE job_posting_id = $1 AND day = 7`,
      [job],
    );
    expect(row).toMatchObject({
      still_working: true,
      paid_as_promised: true,
      meals_as_stated: false,
      hours_as_stated: true,
      comment: '伙食补贴没有发',
    });
    expect(row.answered_at).not.toBeNull();
    // answered: not asked again after a reload
    await page.reload();
    await see(page.getByTestId('my-applications')).toBeVisible();
    await see(page.getByTestId('check-ins')).toHaveCount(0);
  });

  it('an employer sees the layoff rule judge the plan as it types, files it, and the officer sees the filing', async () => {
    const employer = await makeEmployer(t);
    const page = await open(employer, '/employer/layoffs', PHONE);
    const verdict = page.getByTestId('layoff-live-verdict');
    await see(verdict).toHaveAttribute('data-state', 'incomplete');

    await page.getByTestId('layoff-staff-now').fill('50');
    await page.getByTestId('layoff-people-to-cut').fill('60');
    const date = page.getByTestId('layoff-date');
    await date.click();
    await date.fill(inDays(10));
    await date.press('Enter');
    // more people than staff: the rule's own message
    await see(verdict).toHaveAttribute('data-state', 'invalid');
    await see(page.getByTestId('layoff-live-verdict-error')).toContainText('不能超过在职职工人数');
    // 5 of 50 is 10%: must be reported, and 10 days ahead is late
    await page.getByTestId('layoff-people-to-cut').fill('5');
    await see(verdict).toHaveAttribute('data-state', 'verdict');
    await see(verdict).toHaveAttribute('data-reportable', 'yes');
    await see(verdict).toHaveAttribute('data-on-time', 'no');
    await see(verdict).toContainText('逾期报告');
    // 4 of 50 is 8%, under 20 people: nothing to report
    await page.getByTestId('layoff-people-to-cut').fill('4');
    await see(verdict).toHaveAttribute('data-reportable', 'no');
    await page.getByTestId('layoff-people-to-cut').fill('5');
    await see(verdict).toHaveAttribute('data-on-time', 'no');
    await noOverflow(page);

    await page.getByTestId('layoff-reasons').fill('订单减少，一条包装线停产');
    await choose(page, 'layoff-consulted');
    await page.getByTestId('layoff-submit').click();
    const filed = page.getByTestId('layoff-filed-verdict');
    await see(filed).toHaveAttribute('data-reportable', 'yes');
    await see(filed).toHaveAttribute('data-on-time', 'no');
    await see(page.getByTestId('layoff-plan-row')).toHaveCount(1);

    const [plan] = ok(await t.gql(PLANS, {}, employer.token)).layoffPlans;
    expect(plan).toMatchObject({ peopleToCut: 5, reportable: true, onTime: false });

    const officerPage = await open(officer, '/bureau/layoffs');
    const row = officerPage.locator(`[data-testid="layoff-plan-row"][data-plan-id="${plan.id}"]`);
    await see(row).toHaveAttribute('data-on-time', 'no');
    await see(row).toContainText('逾期报告');
    await see(row.getByTestId('employer-name')).toHaveText(/临夏测试用工单位/);
    // the 逾期 filter keeps it
    await officerPage.getByTestId('layoffs-filter').getByText(/逾期/).click();
    await see(row).toBeVisible();
  });
});
