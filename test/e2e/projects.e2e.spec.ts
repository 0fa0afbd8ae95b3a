import { generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  LINXIA_CITY,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeDraftJob,
  makeEmployer,
  makeOfficer,
  makeSeeker,
  ok,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  clickUntil,
  describeBrowser,
  hasChromium,
  launchBrowser,
  pickOptions,
  pickRegionPath,
  SKIP_REASON,
  snap,
  signIn,
  WEB_DIST,
} from './browser';

const CREATE = `mutation($input: ProjectInput!) { createProject(input: $input) { id name } }`;
const ADD = `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`;
const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const JOB = `query($id: ID!) { jobPosting(id: $id) { id projectId } }`;
const SUBMIT = `mutation($id: ID!) { submitJobPosting(id: $id) { id } }`;
const REVIEW = `mutation($id: ID!) { reviewJobPosting(id: $id, approve: true) { id } }`;
/** Lets a modal finish its opening animation before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(400);

/** China civil date `days` from today (the ledger's days). */
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 300;
/** A valid identity number (GB 11643) registered in `region`. */
const idNumber = (region: string = LINXIA_COUNTY) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

/**
 * Major projects in the browser: the bureau dashboard sorted by risk and updated live; an employer's project page
 * with a CSV import (refused for one bad row, then accepted), a hire preview and the acknowledgement of a breach.
 */
describeBrowser(hasChromium ? 'major projects and the 30% rule in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;
  let owner: Session & { employerId: string };
  const contexts: BrowserContext[] = [];

  const createProject = async (name: string, overrides: Record<string, unknown> = {}): Promise<string> =>
    ok(
      await t.gql(
        CREATE,
        {
          input: {
            name,
            employerId: owner.employerId,
            regionCode: LINXIA_COUNTY,
            kind: 'GOVERNMENT_INVESTED',
            plannedWorkforce: 120,
            startDate: day(-60),
            ...overrides,
          },
        },
        officer.token,
      ),
    ).createProject.id;
  const addWorker = async (projectId: string, local: boolean, name = local ? '马本地' : '王外地') => {
    const region = local ? LINXIA_COUNTY : QINGYANG_XIFENG;
    const input = {
      projectId,
      fullName: name,
      idNumber: idNumber(region),
      hukouRegionCode: region,
      trade: '钢筋工',
      startDate: day(-10),
      acknowledgement: local ? undefined : '测试数据',
    };
    return ok(await t.gql(ADD, { input }, owner.token));
  };
  const staff = async (projectId: string, local: number, nonLocal: number) => {
    for (let i = 0; i < local; i++) await addWorker(projectId, true, `本地工${i}`);
    for (let i = 0; i < nonLocal; i++) await addWorker(projectId, false, `外地工${i}`);
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    owner = await makeEmployer(t, { name: '甘肃路桥建设集团有限公司' });
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const [i, c] of contexts.entries())
      for (const [j, p] of c.pages().entries()) await snap(p, `projects-last-${i}-${j}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function openAs(phone: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    await signIn(page, t.url, phone);
    await page.getByTestId('user-menu').waitFor();
    return page;
  }

  const pickRegion = pickRegionPath;

  /** Waits until the element's text is `text` (the page updates it from a push or a refetch). */
  const untilText = (locator: Locator, text: string) =>
    locator.filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();

  describe('the bureau dashboard', () => {
    const ids: Record<string, string> = {};

    it('lists the region’s projects by risk with their status tags, and updates a row live when a worker is added', async () => {
      ids.breach = await createProject('丙 东乡县供水工程');
      await staff(ids.breach, 1, 4); // 1 of 5: 20%, short by 1
      ids.atRisk = await createProject('乙 G310国道改扩建');
      await staff(ids.atRisk, 3, 7); // 3 of 10: exactly 30%
      ids.compliant = await createProject('甲 临夏县职教中心');
      await staff(ids.compliant, 5, 5);
      ids.empty = await createProject('丁 积石山灾后重建');

      const page = await openAs(officer.phone);
      await page.getByTestId('nav-bureau-projects').click();
      await page.locator('[data-testid="project-dashboard"][data-live="true"]').waitFor();
      const rows = page.getByTestId('project-row');
      await rows.nth(3).waitFor();
      const order = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-project-id')));
      expect(await order()).toEqual([ids.breach, ids.atRisk, ids.compliant, ids.empty]);
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
        'BREACH',
        'AT_RISK',
        'COMPLIANT',
        'NO_WORKERS',
      ]);
      expect(await page.getByTestId('local-hiring-status').allTextContents()).toEqual(['低于30%', '临界', '达标', '暂无在岗']);

      const breachRow = page.locator(`[data-testid="project-row"][data-project-id="${ids.breach}"]`);
      expect(await breachRow.getByTestId('project-local-of-total').textContent()).toBe('1/5');
      expect(await breachRow.getByTestId('project-ratio').textContent()).toBe('20.0%');
      expect(await breachRow.getByTestId('project-shortfall').getAttribute('data-shortfall')).toBe('1');
      expect(await breachRow.getByTestId('project-owner').textContent()).toBe('甘肃路桥建设集团有限公司');
      expect(await breachRow.getByTestId('project-county').textContent()).toBe('临夏县');
      await snap(page, 'projects-1-dashboard');

      // The same document throughout: a reload would drop this marker.
      await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
      const started = Date.now();
      await addWorker(ids.breach, true, '马新来'); // 2 of 6: 33.3%, compliant but one non-local hire from breach
      await untilText(breachRow.getByTestId('project-local-of-total'), '2/6');
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(3000);
      expect(await breachRow.getByTestId('project-ratio').textContent()).toBe('33.3%');
      expect(await breachRow.getAttribute('data-status')).toBe('AT_RISK');
      expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
      // Re-sorted by the same rule as the API: among AT_RISK the lower ratio comes first.
      expect(await order()).toEqual([ids.atRisk, ids.breach, ids.compliant, ids.empty]);
      await snap(page, 'projects-2-dashboard-live');
    });

    it('filters by local-hiring status and exports the shown list as CSV with a BOM', async () => {
      const page = contexts[0].pages()[0];
      await pickOptions(page, 'projects-filter-local-hiring', ['projects-filter-local-hiring-option-AT_RISK']);
      const rows = page.getByTestId('project-row');
      await page.locator(`[data-testid="project-row"][data-project-id="${ids.compliant}"]`).waitFor({ state: 'detached' });
      // The list may show its loading state between the old rows and the new ones: wait for the filtered rows to be in.
      await page.locator(`[data-testid="project-row"][data-project-id="${ids.breach}"]`).waitFor();
      expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-project-id')))).toEqual([ids.atRisk, ids.breach]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('projects-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^重大项目本地用工_\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).trim().split('\r\n');
      expect(lines[0].split(',').slice(0, 6)).toEqual(['项目', '项目类型', '业主单位', '所在县区', '项目状态', '用工状态']);
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['乙 G310国道改扩建', '丙 东乡县供水工程']);
      expect(lines[2]).toContain('33.3%');

      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'projects-3-dashboard-phone');
    });
  });

  describe('an employer’s project page', () => {
    const header = '姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力';
    const row = (name: string, id: string, region: string, poor = '否') => `${name},${id},${region},钢筋工,${day(-3)},,${poor}`;
    const locals = Array.from({ length: 3 }, (_, i) => row(`马本地${i}`, idNumber(LINXIA_COUNTY), LINXIA_COUNTY, i === 0 ? '是' : '否'));
    const outsiders = Array.from({ length: 6 }, (_, i) => row(`王外地${i}`, idNumber(QINGYANG_XIFENG), QINGYANG_XIFENG));
    let projectId: string;
    let page: Page;

    const upload = (csv: string) =>
      page
        .getByTestId('roster-import-file')
        .locator('input[type="file"]')
        .setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}\r\n`, 'utf8') });

    it('imports nothing from a CSV with one bad row and shows the row error, then imports the fixed file', async () => {
      projectId = await createProject('临夏县G310国道改扩建工程');
      page = await openAs(owner.phone);
      await page.getByTestId('nav-employer-projects').click();
      await page.locator(`[data-testid="project-row"][data-project-id="${projectId}"] [data-testid="project-name"]`).click();
      await page.locator(`[data-testid="project-page"][data-project-id="${projectId}"][data-live="true"]`).waitFor();
      expect(await page.getByTestId('local-hiring-ratio').textContent()).toBe('—');

      await page.getByTestId('roster-import-open').click();
      const bad = [
        header,
        ...locals,
        ...outsiders.slice(0, 2),
        row('李错号', '622921199001011230', QINGYANG_XIFENG),
        ...outsiders.slice(2),
      ].join('\r\n');
      await upload(bad);
      await page.locator('[data-testid="roster-import-file-info"][data-rows="10"]').waitFor();
      await page.getByTestId('roster-import-submit').click();
      await page.getByTestId('roster-import-refused').waitFor();
      const errors = page.getByTestId('roster-import-error');
      expect(await errors.count()).toBe(1);
      expect([await errors.getAttribute('data-line'), await errors.getAttribute('data-field')]).toEqual(['7', 'idNumber']);
      expect(await errors.locator('td').nth(1).textContent()).toBe('身份证号');
      await snap(page, 'projects-4-import-refused');
      // Nothing was imported.
      expect(await page.getByTestId('roster-total').getAttribute('data-count')).toBe('0');
      expect(await page.getByTestId('local-hiring-counts').textContent()).toBe('本地 0 / 在岗 0');

      const fixed = [
        header,
        ...locals,
        ...outsiders.slice(0, 2),
        row('李改号', idNumber(QINGYANG_XIFENG), QINGYANG_XIFENG),
        ...outsiders.slice(2),
      ].join('\r\n');
      await upload(fixed);
      await page.getByTestId('roster-import-refused').waitFor({ state: 'detached' });
      await page.getByTestId('roster-import-submit').click();
      await page.getByTestId('roster-import').waitFor({ state: 'hidden' });
      await untilText(page.getByTestId('local-hiring-ratio'), '30.0%');
      expect(await page.getByTestId('local-hiring-counts').textContent()).toBe('本地 3 / 在岗 10');
      expect(await page.getByTestId('local-hiring-summary').getByTestId('local-hiring-status').getAttribute('data-status')).toBe('AT_RISK');
      await page.locator('[data-testid="roster-total"][data-count="10"]').waitFor();
      expect(await page.getByTestId('project-poverty-alleviated').textContent()).toBe('1 人');
    });

    it('previews a hire from another county and sees that it would breach', async () => {
      await pickRegion(page, 'hire-preview-region', ['620000', '622900', LINXIA_CITY]);
      const result = page.getByTestId('hire-preview-result');
      await result.waitFor();
      expect([
        await result.getAttribute('data-local'),
        await result.getAttribute('data-breaches'),
        await result.getAttribute('data-allowed'),
      ]).toEqual(['false', 'true', 'true']);
      expect(await page.getByTestId('hire-preview-before').getAttribute('data-status')).toBe('AT_RISK');
      expect(await page.getByTestId('hire-preview-after').getAttribute('data-status')).toBe('BREACH');
      expect(await page.getByTestId('hire-preview-after').textContent()).toContain('27.3%（3/11）');
      expect(await page.getByTestId('hire-preview-verdict').textContent()).toContain('须填写原因');
      await snap(page, 'projects-5-preview');
    });

    it('adds a worker who breaches under WARN after acknowledging with a reason', async () => {
      await page.getByTestId('roster-add').click();
      await page.getByTestId('add-worker-name').fill('韩临夏');
      await page.getByTestId('add-worker-id-number').fill(idNumber(LINXIA_CITY));
      await pickRegion(page, 'add-worker-hukou', ['620000', '622900', LINXIA_CITY]);
      await page.getByTestId('add-worker-trade').fill('电焊工');
      await page.getByTestId('add-worker-submit').click();

      const dialog = page.getByTestId('breach-ack-dialog');
      await dialog.waitFor();
      await settle(page);
      expect(await dialog.getByTestId('breach-ack-before').getAttribute('data-ratio')).toBe('0.3');
      expect(await dialog.getByTestId('breach-ack-after').textContent()).toContain('27.3%');
      expect(await dialog.getByTestId('breach-ack-shortfall').textContent()).toContain('还需招用 1 名本地工人');
      await snap(page, 'projects-6-ack-dialog');
      await page.getByTestId('breach-ack-confirm').click(); // no reason yet: the form says it is required
      await page.getByText('请填写原因').waitFor();
      await page.getByTestId('breach-ack-reason').fill('持证焊工本地暂缺，已同步开展本地招聘');
      await page.getByTestId('breach-ack-confirm').click();
      await page.getByTestId('breach-ack-dialog').waitFor({ state: 'detached' });

      await untilText(page.getByTestId('local-hiring-ratio'), '27.3%');
      expect(await page.getByTestId('local-hiring-summary').getByTestId('local-hiring-status').textContent()).toBe('低于30%');
      expect(await page.getByTestId('local-hiring-verdict').textContent()).toBe('还需招用 1 名本地工人');
      await page.locator('[data-testid="roster-total"][data-count="11"]').waitFor();
      await page.getByTestId('acknowledgement-reason').filter({ hasText: '持证焊工本地暂缺，已同步开展本地招聘' }).waitFor();
      const added = page.locator('[data-testid="roster-row"]').filter({ hasText: '韩临夏' });
      expect(await added.getByTestId('roster-local').getAttribute('data-local')).toBe('false');
      expect(await added.getByTestId('roster-id-number').textContent()).toMatch(/^622901\*{8}\d{3}[\dX]$/);
      await snap(page, 'projects-7-project-page');
    });

    it('links a job to the project in the editor, and hires its applicant after acknowledging the breach', async () => {
      const jobId = await makeDraftJob(t, owner, { title: '电焊工（G310项目）', occupation: '电焊工' });
      await page.goto(`${t.url}/employer/jobs/${jobId}/edit`);
      await page.getByTestId('job-editor-title').waitFor();
      await pickOptions(page, 'job-editor-project', [`job-editor-project-option-${projectId}`]);
      await page.getByTestId('job-editor-save').click();
      await page.waitForURL(/\/employer\/jobs$/);
      expect(ok(await t.gql(JOB, { id: jobId }, owner.token)).jobPosting.projectId).toBe(projectId);
      ok(await t.gql(SUBMIT, { id: jobId }, owner.token));
      ok(await t.gql(REVIEW, { id: jobId }, officer.token));

      const seeker = await makeSeeker(t, { fullName: '杨庆阳', hukouRegionCode: QINGYANG_XIFENG });
      const application = ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, seeker.token)).submitApplication;
      await page.goto(`${t.url}/employer/jobs/${jobId}/applicants`);
      const card = page.locator(`[data-testid="applicant-card"][data-application-id="${application.id}"]`);
      await card.getByTestId('move-status-HIRED').click();
      await page.getByTestId('move-status-confirm').click();
      await page.getByTestId('breach-ack-dialog').waitFor();
      expect(await page.getByTestId('breach-ack-after').getAttribute('data-total')).toBe('12');
      await page.getByTestId('breach-ack-reason').fill('持证焊工本地暂缺');
      await page.getByTestId('breach-ack-confirm').click();
      await card.locator('[data-testid="application-status"][data-status="HIRED"]').waitFor();

      await page.goto(`${t.url}/projects/${projectId}`);
      await untilText(page.getByTestId('local-hiring-counts'), '本地 3 / 在岗 12');
      await page.getByTestId('acknowledgement-reason').filter({ hasText: '持证焊工本地暂缺' }).first().waitFor();
      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'projects-8-project-page-phone');
    });
  });

  describe('an officer’s project under BLOCK', () => {
    it('creates a project for an employer through the form, and a breaching hire is refused', async () => {
      const page = await openAs(officer.phone);
      await page.goto(`${t.url}/bureau/projects`);
      await page.getByTestId('project-create').click();
      await page.getByTestId('project-form-owner').click();
      // Type to search (employersInRegion): the region has many employers and the list is virtual.
      await page.getByTestId('project-form-owner').locator('input').fill('甘肃路桥');
      const ownerOption = page.getByTestId(`project-form-owner-option-${owner.employerId}`);
      await clickUntil(ownerOption, (timeout) => ownerOption.waitFor({ state: 'hidden', timeout }));
      await page.getByTestId('project-form-name').fill('临夏县乡村振兴供水保障工程');
      await pickRegion(page, 'project-form-region', ['620000', '622900', LINXIA_COUNTY]);
      await page.getByTestId('project-form-planned').fill('80');
      await page.getByTestId('project-form-start').click();
      await page.getByTestId('project-form-start').fill(day(-30));
      await page.getByTestId('project-form-start').press('Enter');
      await page.getByTestId('project-form-breach-rule-BLOCK').locator('xpath=ancestor::label[1]').click();
      await settle(page);
      await snap(page, 'projects-9-create-form');
      await page.getByTestId('project-form-submit').click();

      await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
      const projectId = page.url().split('/').pop()!;
      await page.locator(`[data-testid="project-page"][data-project-id="${projectId}"]`).waitFor();
      expect(await page.getByTestId('project-title').textContent()).toBe('临夏县乡村振兴供水保障工程');
      expect(await page.getByTestId('project-owner').textContent()).toBe('甘肃路桥建设集团有限公司');
      expect(await page.getByTestId('project-breach-rule').getAttribute('data-rule')).toBe('BLOCK');
      expect(await page.getByTestId('project-threshold').textContent()).toBe('不低于 30%');

      await staff(projectId, 3, 7); // exactly 30%: the next non-local hire would breach
      await page.locator('[data-testid="roster-total"][data-count="10"]').waitFor(); // the page follows the pushes
      await page.getByTestId('roster-add').click();
      await page.getByTestId('add-worker-name').fill('王外地');
      await page.getByTestId('add-worker-id-number').fill(idNumber(QINGYANG_XIFENG));
      await pickRegion(page, 'add-worker-hukou', ['620000', '621000', QINGYANG_XIFENG]);
      await page.getByTestId('add-worker-trade').fill('木工');
      await page.getByTestId('add-worker-submit').click();
      const refused = page.getByTestId('breach-refused-dialog');
      await refused.waitFor();
      await settle(page);
      expect(await refused.textContent()).toContain('「禁止」规则');
      expect(await refused.getByTestId('breach-ack-after').getAttribute('data-total')).toBe('11');
      await snap(page, 'projects-10-block-refused');
      await page.getByTestId('breach-refused-ok').click();
      await refused.waitFor({ state: 'detached' });
      expect(await page.getByTestId('roster-total').getAttribute('data-count')).toBe('10');
      expect(await page.getByTestId('local-hiring-counts').textContent()).toBe('本地 3 / 在岗 10');
    });
  });
});
