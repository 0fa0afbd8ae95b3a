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
import type { Browser, Page } from 'playwright-core';
import {
  clickUntil,
  describeBrowser,
  freshPages,
  hasChromium,
  launchBrowser,
  markDocument,
  pickOptions,
  pickRegionPath,
  sameDocument,
  see,
  settled,
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
/** China civil date `days` from today (the ledger's days). */
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 300;
/** A valid identity number (GB 11643) registered in `region`. */
const idNumber = (region: string = LINXIA_COUNTY) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

/**
 * Major projects in the browser: the bureau dashboard sorted by risk and updated live; an employer's project page
 * with a CSV import (refused for one bad row, then accepted), a hire preview and the acknowledgement of a breach.
 * Each test makes its own projects and staffs them through the API, so it runs alone; the dashboard lists every
 * project of the region, so its tests look at the rows of their own projects.
 */
describeBrowser(hasChromium ? 'major projects and the 30% rule in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;
  let owner: Session & { employerId: string };

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
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'projects');
  async function openAs(phone: string): Promise<Page> {
    const page = await newPage({ acceptDownloads: true });
    await signIn(page, t.url, phone);
    await see(page.getByTestId('user-menu')).toBeVisible();
    return page;
  }

  const pickRegion = pickRegionPath;

  describe('the bureau dashboard', () => {
    /** The dashboard's rows, in order, for the given projects only (other tests' projects share the region). */
    const rowsOf = (page: Page, ids: string[]) =>
      page
        .getByTestId('project-row')
        .evaluateAll((els, mine) => els.map((e) => e.getAttribute('data-project-id')).filter((id) => mine.includes(id!)), ids);
    const row = (page: Page, id: string) => page.locator(`[data-testid="project-row"][data-project-id="${id}"]`);

    async function openDashboard(): Promise<Page> {
      const page = await openAs(officer.phone);
      await page.getByTestId('nav-bureau-projects').click();
      await see(page.locator('[data-testid="project-dashboard"][data-live="true"]')).toBeVisible();
      return page;
    }

    it('lists the region’s projects by risk with their status tags, and updates a row live when a worker is added', async () => {
      const ids: Record<string, string> = {};
      ids.breach = await createProject('丙 东乡县供水工程');
      await staff(ids.breach, 1, 4); // 1 of 5: 20%, short by 1
      ids.atRisk = await createProject('乙 G310国道改扩建');
      await staff(ids.atRisk, 3, 7); // 3 of 10: exactly 30%
      ids.compliant = await createProject('甲 临夏县职教中心');
      await staff(ids.compliant, 5, 5);
      ids.empty = await createProject('丁 积石山灾后重建');
      const mine = Object.values(ids);

      const page = await openDashboard();
      await see.poll(() => rowsOf(page, mine)).toEqual([ids.breach, ids.atRisk, ids.compliant, ids.empty]);
      const statuses: [string, string, string][] = [
        [ids.breach, 'BREACH', '低于30%'],
        [ids.atRisk, 'AT_RISK', '临界'],
        [ids.compliant, 'COMPLIANT', '达标'],
        [ids.empty, 'NO_WORKERS', '暂无在岗'],
      ];
      for (const [id, status, tag] of statuses) {
        await see(row(page, id)).toHaveAttribute('data-status', status);
        await see(row(page, id).getByTestId('local-hiring-status')).toHaveText(tag);
      }

      const breachRow = row(page, ids.breach);
      await see(breachRow.getByTestId('project-local-of-total')).toHaveText('1/5');
      await see(breachRow.getByTestId('project-ratio')).toHaveText('20.0%');
      await see(breachRow.getByTestId('project-shortfall')).toHaveAttribute('data-shortfall', '1');
      await see(breachRow.getByTestId('project-owner')).toHaveText('甘肃路桥建设集团有限公司');
      await see(breachRow.getByTestId('project-county')).toHaveText('临夏县');
      await snap(page, 'projects-1-dashboard');

      // The same document throughout: a reload would drop this marker.
      await markDocument(page);
      const started = Date.now();
      await addWorker(ids.breach, true, '马新来'); // 2 of 6: 33.3%, compliant but one non-local hire from breach
      await see(breachRow.getByTestId('project-local-of-total')).toHaveText('2/6');
      const elapsed = Date.now() - started;
      expect(elapsed).toBeLessThan(3000);
      await see(breachRow.getByTestId('project-ratio')).toHaveText('33.3%');
      await see(breachRow).toHaveAttribute('data-status', 'AT_RISK');
      expect(await sameDocument(page)).toBe(true);
      // Re-sorted by the same rule as the API: among AT_RISK the lower ratio comes first.
      await see.poll(() => rowsOf(page, mine)).toEqual([ids.atRisk, ids.breach, ids.compliant, ids.empty]);
      await snap(page, 'projects-2-dashboard-live');
    });

    it('filters by local-hiring status and exports the shown list as CSV with a BOM', async () => {
      const ids: Record<string, string> = {};
      ids.breach = await createProject('丙 东乡县污水处理厂');
      await staff(ids.breach, 1, 4); // 20%
      ids.atRisk = await createProject('乙 G213国道养护工程');
      await staff(ids.atRisk, 3, 7); // exactly 30%
      ids.nearRisk = await createProject('乙 临夏县城区供热管网');
      await staff(ids.nearRisk, 2, 4); // 33.3%: one non-local hire from breach
      ids.compliant = await createProject('甲 临夏县人民医院');
      await staff(ids.compliant, 5, 5);
      const mine = Object.values(ids);

      const page = await openDashboard();
      await see.poll(() => rowsOf(page, mine)).toEqual([ids.breach, ids.atRisk, ids.nearRisk, ids.compliant]);
      await pickOptions(page, 'projects-filter-local-hiring', ['projects-filter-local-hiring-option-AT_RISK']);
      await see(row(page, ids.compliant)).toHaveCount(0);
      await see(row(page, ids.breach)).toHaveCount(0);
      // The list may show its loading state between the old rows and the new ones: wait for the filtered rows to be in.
      await see.poll(() => rowsOf(page, mine)).toEqual([ids.atRisk, ids.nearRisk]);
      // Every row shown is AT_RISK, this test's or another's.
      const rows = page.getByTestId('project-row');
      await see.poll(() => rows.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-status')))])).toEqual(['AT_RISK']);
      const shown = await rows.getByTestId('project-name').allTextContents();

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('projects-export').click()]);
      expect(download.suggestedFilename()).toMatch(/^重大项目本地用工_\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const lines = csv.slice(1).trim().split('\r\n');
      expect(lines[0].split(',').slice(0, 6)).toEqual(['项目', '项目类型', '业主单位', '所在县区', '项目状态', '用工状态']);
      // The shown list, in its order: this test's two AT_RISK projects among them, 30% before 33.3%.
      const names = lines.slice(1).map((l) => l.split(',')[0]);
      expect(names).toEqual(shown);
      expect(names.filter((n) => ['乙 G213国道养护工程', '乙 临夏县城区供热管网'].includes(n))).toEqual([
        '乙 G213国道养护工程',
        '乙 临夏县城区供热管网',
      ]);
      expect(lines.find((l) => l.startsWith('乙 临夏县城区供热管网,'))).toContain('33.3%');

      await page.setViewportSize({ width: 390, height: 844 });
      await snap(page, 'projects-3-dashboard-phone');
    });
  });

  describe('an employer’s project page', () => {
    const header = '姓名,身份证号,户籍地区代码,工种,进场日期,离场日期,脱贫劳动力';
    const csvRow = (name: string, id: string, region: string, poor = '否') => `${name},${id},${region},钢筋工,${day(-3)},,${poor}`;

    /** The owner's page for a project of the test's own, once it follows the project live. */
    async function openProject(projectId: string): Promise<Page> {
      const page = await openAs(owner.phone);
      await page.goto(`${t.url}/projects/${projectId}`);
      await see(page.locator(`[data-testid="project-page"][data-project-id="${projectId}"][data-live="true"]`)).toBeVisible();
      return page;
    }

    it('imports nothing from a CSV with one bad row and shows the row error, then imports the fixed file', async () => {
      const locals = Array.from({ length: 3 }, (_, i) =>
        csvRow(`马本地${i}`, idNumber(LINXIA_COUNTY), LINXIA_COUNTY, i === 0 ? '是' : '否'),
      );
      const outsiders = Array.from({ length: 6 }, (_, i) => csvRow(`王外地${i}`, idNumber(QINGYANG_XIFENG), QINGYANG_XIFENG));
      const projectId = await createProject('临夏县G310国道改扩建工程');
      const page = await openAs(owner.phone);
      const upload = (csv: string) =>
        page
          .getByTestId('roster-import-file')
          .locator('input[type="file"]')
          .setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}\r\n`, 'utf8') });

      await page.getByTestId('nav-employer-projects').click();
      await page.locator(`[data-testid="project-row"][data-project-id="${projectId}"] [data-testid="project-name"]`).click();
      await see(page.locator(`[data-testid="project-page"][data-project-id="${projectId}"][data-live="true"]`)).toBeVisible();
      await see(page.getByTestId('local-hiring-ratio')).toHaveText('—');

      await page.getByTestId('roster-import-open').click();
      const bad = [
        header,
        ...locals,
        ...outsiders.slice(0, 2),
        csvRow('李错号', '622921199001011230', QINGYANG_XIFENG),
        ...outsiders.slice(2),
      ].join('\r\n');
      await upload(bad);
      await see(page.getByTestId('roster-import-file-info')).toHaveAttribute('data-rows', '10');
      await page.getByTestId('roster-import-submit').click();
      await see(page.getByTestId('roster-import-refused')).toBeVisible();
      const errors = page.getByTestId('roster-import-error');
      await see(errors).toHaveCount(1);
      await see(errors).toHaveAttribute('data-line', '7');
      await see(errors).toHaveAttribute('data-field', 'idNumber');
      await see(errors.locator('td').nth(1)).toHaveText('身份证号');
      await snap(page, 'projects-4-import-refused');
      // Nothing was imported.
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '0');
      await see(page.getByTestId('local-hiring-counts')).toHaveText('本地 0 / 在岗 0');

      const fixed = [
        header,
        ...locals,
        ...outsiders.slice(0, 2),
        csvRow('李改号', idNumber(QINGYANG_XIFENG), QINGYANG_XIFENG),
        ...outsiders.slice(2),
      ].join('\r\n');
      await upload(fixed);
      await see(page.getByTestId('roster-import-refused')).toHaveCount(0);
      await page.getByTestId('roster-import-submit').click();
      await see(page.getByTestId('roster-import')).toBeHidden();
      await see(page.getByTestId('local-hiring-ratio')).toHaveText('30.0%');
      await see(page.getByTestId('local-hiring-counts')).toHaveText('本地 3 / 在岗 10');
      await see(page.getByTestId('local-hiring-summary').getByTestId('local-hiring-status')).toHaveAttribute('data-status', 'AT_RISK');
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '10');
      await see(page.getByTestId('project-poverty-alleviated')).toHaveText('1 人');
    });

    it('previews a hire from another county and sees that it would breach', async () => {
      const projectId = await createProject('临夏县北塬灌区续建工程');
      await staff(projectId, 3, 7); // exactly 30%
      const page = await openProject(projectId);
      await see(page.getByTestId('local-hiring-counts')).toHaveText('本地 3 / 在岗 10');

      await pickRegion(page, 'hire-preview-region', ['620000', '622900', LINXIA_CITY]);
      const result = page.getByTestId('hire-preview-result');
      await see(result).toHaveAttribute('data-local', 'false');
      await see(result).toHaveAttribute('data-breaches', 'true');
      await see(result).toHaveAttribute('data-allowed', 'true');
      await see(page.getByTestId('hire-preview-before')).toHaveAttribute('data-status', 'AT_RISK');
      await see(page.getByTestId('hire-preview-after')).toHaveAttribute('data-status', 'BREACH');
      await see(page.getByTestId('hire-preview-after')).toContainText('27.3%（3/11）');
      await see(page.getByTestId('hire-preview-verdict')).toContainText('须填写原因');
      await snap(page, 'projects-5-preview');
    });

    it('adds a worker who breaches under WARN after acknowledging with a reason', async () => {
      const projectId = await createProject('临夏县大夏河堤防加固工程');
      await staff(projectId, 3, 7); // exactly 30%: the next non-local hire breaches
      const page = await openProject(projectId);
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '10');

      await page.getByTestId('roster-add').click();
      await page.getByTestId('add-worker-name').fill('韩临夏');
      await page.getByTestId('add-worker-id-number').fill(idNumber(LINXIA_CITY));
      await pickRegion(page, 'add-worker-hukou', ['620000', '622900', LINXIA_CITY]);
      await page.getByTestId('add-worker-trade').fill('电焊工');
      await page.getByTestId('add-worker-submit').click();

      const dialog = page.getByTestId('breach-ack-dialog');
      await see(dialog).toBeVisible();
      await see(dialog.getByTestId('breach-ack-before')).toHaveAttribute('data-ratio', '0.3');
      await see(dialog.getByTestId('breach-ack-after')).toContainText('27.3%');
      await see(dialog.getByTestId('breach-ack-shortfall')).toContainText('还需招用 1 名本地工人');
      await settled(page);
      await snap(page, 'projects-6-ack-dialog');
      await page.getByTestId('breach-ack-confirm').click(); // no reason yet: the form says it is required
      await see(page.getByText('请填写原因')).toBeVisible();
      await page.getByTestId('breach-ack-reason').fill('持证焊工本地暂缺，已同步开展本地招聘');
      await page.getByTestId('breach-ack-confirm').click();
      await see(dialog).toHaveCount(0);

      await see(page.getByTestId('local-hiring-ratio')).toHaveText('27.3%');
      await see(page.getByTestId('local-hiring-summary').getByTestId('local-hiring-status')).toHaveText('低于30%');
      await see(page.getByTestId('local-hiring-verdict')).toHaveText('还需招用 1 名本地工人');
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '11');
      await see(page.getByTestId('acknowledgement-reason').filter({ hasText: '持证焊工本地暂缺，已同步开展本地招聘' })).toBeVisible();
      const added = page.locator('[data-testid="roster-row"]').filter({ hasText: '韩临夏' });
      await see(added.getByTestId('roster-local')).toHaveAttribute('data-local', 'false');
      await see(added.getByTestId('roster-id-number')).toHaveText(/^622901\*{8}\d{3}[\dX]$/);
      await snap(page, 'projects-7-project-page');
    });

    it('links a job to the project in the editor, and hires its applicant after acknowledging the breach', async () => {
      const projectId = await createProject('临夏县G310国道电焊专项工程');
      await staff(projectId, 3, 8); // 3 of 11: already below 30%
      const jobId = await makeDraftJob(t, owner, { title: '电焊工（G310项目）', occupation: '电焊工' });
      const page = await openAs(owner.phone);
      await page.goto(`${t.url}/employer/jobs/${jobId}/edit`);
      await see(page.getByTestId('job-editor-title')).toBeVisible();
      await pickOptions(page, 'job-editor-project', [`job-editor-project-option-${projectId}`]);
      await page.getByTestId('job-editor-save').click();
      await see(page).toHaveURL(/\/employer\/jobs$/);
      expect(ok(await t.gql(JOB, { id: jobId }, owner.token)).jobPosting.projectId).toBe(projectId);
      ok(await t.gql(SUBMIT, { id: jobId }, owner.token));
      ok(await t.gql(REVIEW, { id: jobId }, officer.token));

      const seeker = await makeSeeker(t, { fullName: '杨庆阳', hukouRegionCode: QINGYANG_XIFENG });
      const application = ok(await t.gql(APPLY, { input: { jobPostingId: jobId } }, seeker.token)).submitApplication;
      await page.goto(`${t.url}/employer/jobs/${jobId}/applicants`);
      const card = page.locator(`[data-testid="applicant-card"][data-application-id="${application.id}"]`);
      await card.getByTestId('move-status-HIRED').click();
      await page.getByTestId('move-status-confirm').click();
      await see(page.getByTestId('breach-ack-dialog')).toBeVisible();
      await see(page.getByTestId('breach-ack-after')).toHaveAttribute('data-total', '12');
      await page.getByTestId('breach-ack-reason').fill('持证焊工本地暂缺');
      await page.getByTestId('breach-ack-confirm').click();
      await see(card.locator('[data-testid="application-status"][data-status="HIRED"]')).toBeVisible();

      await page.goto(`${t.url}/projects/${projectId}`);
      await see(page.getByTestId('local-hiring-counts')).toHaveText('本地 3 / 在岗 12');
      // The hire's own acknowledgement (the staffing above gave the others another reason).
      await see(page.getByTestId('acknowledgement-reason').filter({ hasText: /^持证焊工本地暂缺$/ })).toHaveCount(1);
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
      await clickUntil(ownerOption, (timeout) => see(ownerOption).toBeHidden({ timeout }));
      await page.getByTestId('project-form-name').fill('临夏县乡村振兴供水保障工程');
      await pickRegion(page, 'project-form-region', ['620000', '622900', LINXIA_COUNTY]);
      await page.getByTestId('project-form-planned').fill('80');
      await page.getByTestId('project-form-start').click();
      await page.getByTestId('project-form-start').fill(day(-30));
      await page.getByTestId('project-form-start').press('Enter');
      await page.getByTestId('project-form-breach-rule-BLOCK').locator('xpath=ancestor::label[1]').click();
      await settled(page);
      await snap(page, 'projects-9-create-form');
      await page.getByTestId('project-form-submit').click();

      await see(page).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
      const projectId = page.url().split('/').pop()!;
      await see(page.locator(`[data-testid="project-page"][data-project-id="${projectId}"]`)).toBeVisible();
      await see(page.getByTestId('project-title')).toHaveText('临夏县乡村振兴供水保障工程');
      await see(page.getByTestId('project-owner')).toHaveText('甘肃路桥建设集团有限公司');
      await see(page.getByTestId('project-breach-rule')).toHaveAttribute('data-rule', 'BLOCK');
      await see(page.getByTestId('project-threshold')).toHaveText('不低于 30%');

      await staff(projectId, 3, 7); // exactly 30%: the next non-local hire would breach
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '10'); // the page follows the pushes
      await page.getByTestId('roster-add').click();
      await page.getByTestId('add-worker-name').fill('王外地');
      await page.getByTestId('add-worker-id-number').fill(idNumber(QINGYANG_XIFENG));
      await pickRegion(page, 'add-worker-hukou', ['620000', '621000', QINGYANG_XIFENG]);
      await page.getByTestId('add-worker-trade').fill('木工');
      await page.getByTestId('add-worker-submit').click();
      const refused = page.getByTestId('breach-refused-dialog');
      await see(refused).toContainText('「禁止」规则');
      await see(refused.getByTestId('breach-ack-after')).toHaveAttribute('data-total', '11');
      await settled(page);
      await snap(page, 'projects-10-block-refused');
      await page.getByTestId('breach-refused-ok').click();
      await see(refused).toHaveCount(0);
      await see(page.getByTestId('roster-total')).toHaveAttribute('data-count', '10');
      await see(page.getByTestId('local-hiring-counts')).toHaveText('本地 3 / 在岗 10');
    });
  });
});
