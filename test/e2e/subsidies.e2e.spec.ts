import { readFileSync } from 'node:fs';
import {
  createTestApp,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  makeSeeker,
  ok,
  QINGYANG_PREFECTURE,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, see, signIn, SKIP_REASON, WEB_DIST } from './browser';

const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const HIRED = `query($id: ID!) { applicationsForJob(jobPostingId: $id, first: 5) { edges { node { id status contractMonths } } } }`;
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
const THIS_YEAR = new Date().getFullYear();
/** The demonstration pack renewing 庆阳 001's figures for 西峰区 (SUBSIDY_DEMO_PACKS). */
const XIFENG_PACK = 'xifeng-demo-2026';
const ABSORB_RULE = `${XIFENG_PACK}.absorb-youth`;

/**
 * Subsidies found from events in the browser (issue 14, 免申即享): an employer in 庆阳市西峰区 hires a graduate of this
 * year on a 12-month contract and sees 一次性吸纳就业补贴 1000元 on the hire and on 我的补贴, without applying; the 庆阳
 * officer approves it in the queue (ticked for a batch), pays it in a batch and downloads the bank file; the
 * employer's page then shows it 已发放 with the payment reference. And the 西峰区 policy page answers "我能享受什么？" on a
 * phone.
 */
describeBrowser(hasChromium ? 'subsidies in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST, SUBSIDY_DEMO_PACKS: 'true' } });
    officer = await makeOfficer(t, QINGYANG_PREFECTURE);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'subsidies');

  async function open(s: Session, path: string, viewport = DESKTOP): Promise<Page> {
    const page = await newPage({ viewport });
    await signIn(page, t.url, s.phone);
    await page.goto(`${t.url}${path}`);
    return page;
  }

  const noOverflow = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  it('a graduate hired on a 1-year contract brings the employer 一次性吸纳就业补贴; the officer approves and pays it', async () => {
    // Setup through the API: the employer's posting in 西峰区 approved by the 庆阳 officer, a graduate of this year applying.
    const employer = await makeEmployer(t, { name: '庆阳西峰数据标注服务有限公司', regionCode: QINGYANG_XIFENG });
    const job = await makePublishedJob(t, employer, officer, {
      title: '数据标注员（补贴测试）',
      occupation: '数据标注员',
      workRegionCode: QINGYANG_XIFENG,
      address: '西峰区东数西算产业园',
      lat: 35.71,
      lng: 107.64,
    });
    const seeker = await makeSeeker(t, {
      fullName: '王应届',
      priorityGroups: ['GRADUATE'],
      graduationDate: `${THIS_YEAR}-06-30`,
      hukouRegionCode: QINGYANG_XIFENG,
      residenceRegionCode: QINGYANG_XIFENG,
    });
    const application = ok(await t.gql(APPLY, { input: { jobPostingId: job } }, seeker.token)).submitApplication.id;

    // The employer marks the hire with the contract term, and sees what it brings on the applicant.
    const employerPage = await open(employer, `/employer/jobs/${job}/applicants`);
    const card = employerPage.locator(`[data-testid="applicant-card"][data-application-id="${application}"]`);
    await card.getByTestId('move-status-HIRED').click();
    await employerPage.getByTestId('move-status-contract-months').fill('12');
    await employerPage.getByTestId('move-status-confirm').click();
    await see(card.locator('[data-testid="application-status"][data-status="HIRED"]')).toBeVisible();
    await see(card.getByTestId('applicant-contract-months')).toHaveText('劳动合同 12 个月');
    const line = card.getByTestId('hire-subsidy').filter({ hasText: '一次性吸纳就业补贴' });
    await see(line.getByTestId('hire-subsidy-text')).toHaveText('一次性吸纳就业补贴 1000元（待人社部门审核）');
    await see(line).toHaveAttribute('data-status', 'PROPOSED');
    // its conditions (each met by the hire's facts) and the sentence of 001 it rests on, in a popover
    await line.getByTestId('hire-subsidy-details-open').click();
    const details = employerPage.getByTestId('hire-subsidy-details');
    await see(details.getByTestId('subsidy-condition')).toHaveCount(2);
    await see(details.locator('[data-testid="subsidy-condition"][data-status="MET"]')).toHaveCount(2);
    await see(details.getByTestId('subsidy-citation-quote')).toContainText('按每人1000元标准给予一次性吸纳就业补贴');
    const [hired] = ok(await t.gql(HIRED, { id: job }, employer.token)).applicationsForJob.edges;
    expect(hired.node).toMatchObject({ id: application, status: 'HIRED', contractMonths: 12 });

    // 我的补贴: pending, nothing to apply for.
    await employerPage.goto(`${t.url}/employer/subsidies`);
    await see(employerPage.getByTestId('my-subsidies-intro')).toContainText('免申即享');
    const mine = employerPage.locator('[data-testid="my-subsidy"]').filter({ hasText: '一次性吸纳就业补贴' });
    await see(mine).toHaveAttribute('data-status', 'PROPOSED');
    await see(mine.getByTestId('my-subsidy-amount')).toHaveText('1000元');
    await see(mine.getByTestId('subsidy-evidence')).toHaveText('庆阳西峰数据标注服务有限公司录用：数据标注员（补贴测试）');
    await see(employerPage.getByTestId('my-subsidies-pending')).toHaveAttribute('data-value', '1000.00');
    const proposal = await mine.getAttribute('data-subsidy-id');
    expect(proposal).toBeTruthy();

    // The 庆阳 officer: from the home page to the queue; the row opens to its evidence and audit trail.
    const officerPage = await open(officer, '/bureau/review');
    await see(officerPage.getByTestId('subsidy-queue-banner')).toHaveAttribute('data-count', /^[1-9]\d*$/);
    await officerPage.getByTestId('subsidy-queue-banner-open').click();
    const row = officerPage.locator(`[data-testid="proposal-row"][data-proposal-id="${proposal}"]`);
    await see(row).toHaveAttribute('data-status', 'PROPOSED');
    await see(row.getByTestId('proposal-amount')).toHaveText('1000元');
    await row.locator('.ant-table-row-expand-icon').click();
    const detail = officerPage.locator(`[data-testid="proposal-detail"][data-proposal-id="${proposal}"]`);
    await see(detail.getByTestId('proposal-evidence')).toHaveText('庆阳西峰数据标注服务有限公司录用：数据标注员（补贴测试）');
    await see(detail.getByTestId('proposal-audit-entry')).toHaveAttribute('data-action', 'PROPOSED');
    await see(detail.getByTestId('proposal-audit-entry')).toContainText(XIFENG_PACK);

    // Ticked for a batch approval, approved: it leaves the open queue.
    await row.locator('td.ant-table-selection-column input[type="checkbox"]').check();
    await see(officerPage.getByTestId('subsidy-batch-bar')).toHaveAttribute('data-count', '1');
    await officerPage.getByTestId('subsidy-batch-approve').click();
    await officerPage.getByTestId('subsidy-batch-approve-confirm').click();
    await see(row).toHaveCount(0);

    // 发放: the approved one into a payment batch, then the bank file.
    await officerPage.getByTestId('subsidy-tab-payments').click();
    const approvedRow = officerPage.locator(`[data-testid="approved-row"][data-proposal-id="${proposal}"]`);
    await approvedRow.locator('td.ant-table-selection-column input[type="checkbox"]').check();
    await see(officerPage.getByTestId('payment-batch-bar')).toHaveAttribute('data-count', '1');
    await officerPage.getByTestId('payment-batch-create').click();
    await officerPage.getByTestId('payment-batch-create-confirm').click();
    await see(approvedRow).toHaveCount(0);
    const batch = officerPage.getByTestId('payment-batch');
    await see(batch).toHaveCount(1);
    await see(batch).toHaveAttribute('data-reference', /^BT-621000-\d{8}-\d+$/);
    const reference = (await batch.getAttribute('data-reference'))!;
    const [download] = await Promise.all([officerPage.waitForEvent('download'), batch.getByTestId('payment-batch-download').click()]);
    expect(download.suggestedFilename()).toBe(`${reference}.csv`);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff); // UTF-8 with a BOM, as the API wrote it
    expect(csv).toContain(`${reference}-0001`);
    expect(csv).toContain(',1000.00,一次性吸纳就业补贴,');

    // The employer's page: 已发放, with the payment's reference.
    await employerPage.reload();
    await see(mine).toHaveAttribute('data-status', 'PAID');
    await see(mine.getByTestId('subsidy-status')).toHaveText('已发放');
    await see(mine.getByTestId('my-subsidy-payment')).toHaveAttribute('data-reference', `${reference}-0001`);
    await see(mine.getByTestId('my-subsidy-payment-reference')).toContainText(`${reference}-0001`);
    await see(employerPage.getByTestId('my-subsidies-paid')).toHaveAttribute('data-value', '1000.00');
    await see(employerPage.getByTestId('my-subsidies-pending')).toHaveAttribute('data-value', '0.00');
  });

  it('a worker sees their own 技能提升补贴 without applying, and answers the officer’s request for an item on a phone', async () => {
    const seeker = await makeSeeker(t, {
      fullName: '刘持证',
      hukouRegionCode: QINGYANG_XIFENG,
      residenceRegionCode: QINGYANG_XIFENG,
      certificates: [{ name: '电工', level: 'LEVEL_4' }],
    });
    // Opening 我的补贴 judges the worker's certificate at once: 1500元 for a 中级 certificate, insurance record to be shown.
    const page = await open(seeker, '/me/subsidies', PHONE);
    await see(page.getByTestId('my-subsidies-intro')).toContainText('免申即享');
    const mine = page.locator('[data-testid="my-subsidy"]').filter({ hasText: '技能提升补贴' });
    await see(mine).toHaveAttribute('data-status', 'PROPOSED');
    await see(mine.getByTestId('my-subsidy-amount')).toHaveText('1500元');
    const id = (await mine.getAttribute('data-subsidy-id'))!;
    // The 庆阳 officer asks for the one missing item (through the API: the queue's UI is the other test's subject).
    ok(
      await t.gql(
        `mutation($input: DecideSubsidyInput!) { decideSubsidy(input: $input) { id status } }`,
        { input: { ids: [id], decision: 'REQUEST_INFO', item: '失业保险参保缴费满1年的证明' } },
        officer.token,
      ),
    );
    await page.reload();
    await see(mine).toHaveAttribute('data-status', 'INFO_REQUESTED');
    await see(mine.getByTestId('subsidy-request')).toContainText('失业保险参保缴费满1年的证明');
    await mine.getByTestId('subsidy-supply-text').fill('已在庆阳市社保中心打印参保缴费证明，编号 QY2026-118');
    await mine.getByTestId('subsidy-supply-submit').click();
    await see(mine).toHaveAttribute('data-status', 'PROPOSED');
    await see(mine.getByTestId('subsidy-request')).toHaveCount(0);
    await noOverflow(page);
  });

  it('the 西峰区 policy page, generated from its pack, answers 我能享受什么？ on a phone', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto(`${t.url}/policies`);
    await see(page.locator(`[data-testid="policy-pack"][data-pack-id="${XIFENG_PACK}"]`)).toHaveAttribute('data-state', 'IN_FORCE');
    // 长乐's 2020 measures ended with 2020 (the pack itself is open-ended): shown, marked 过期
    const changle = page.locator('[data-testid="policy-pack"][data-pack-id="changle-2020"]');
    await see(changle).toHaveAttribute('data-state', 'EXPIRED');
    await see(changle.getByTestId('policy-pack-state')).toHaveText('过期');
    await noOverflow(page);

    await page.locator(`[data-testid="policy-pack"][data-pack-id="${XIFENG_PACK}"]`).getByTestId('policy-pack-link').click();
    await see(page.getByTestId('policy-pack-page')).toHaveAttribute('data-pack-id', XIFENG_PACK);
    const rule = page.locator(`[data-testid="policy-rule"][data-rule-id="${ABSORB_RULE}"]`);
    await see(rule).toHaveAttribute('data-state', 'IN_FORCE');
    await see(rule.getByTestId('policy-rule-amount')).toHaveText('1000元');
    await see(rule.getByTestId('policy-rule-not-together')).toContainText('一次性扩岗补助');
    await see(rule.getByTestId('subsidy-citation-quote')).toContainText('按每人1000元标准给予一次性吸纳就业补贴');

    await page.getByTestId('estimate-graduationDate').click();
    await page.getByTestId('estimate-graduationDate').fill(`${THIS_YEAR}-06-30`);
    await page.getByTestId('estimate-graduationDate').press('Enter');
    await page.getByTestId('estimate-contractMonths').fill('12');
    await page.getByTestId('estimate-submit').click();
    const line = page.locator(`[data-testid="estimate-line"][data-rule-id="${ABSORB_RULE}"]`);
    await see(line).toHaveAttribute('data-verdict', 'LIKELY');
    await see(line.getByTestId('estimate-verdict')).toHaveText('很可能享受');
    await see(line.getByTestId('estimate-line-amount')).toHaveText('1000元');
    await see(page.getByTestId('estimate-result')).toHaveAttribute('data-pack-id', XIFENG_PACK);
    await noOverflow(page);
  });
});
