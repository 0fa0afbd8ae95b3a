import { generateIdNumber } from '@jobbridge/domain';
import {
  createTestApp,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makePublishedJob,
  ok,
  QINGYANG_XIFENG,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Locator, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, passes, see, SKIP_REASON, signIn, snap, WEB_DIST } from './browser';

const CREATE_PROJECT = `mutation($input: ProjectInput!) { createProject(input: $input) { id } }`;
const ADD_WORKER = `mutation($input: AddProjectWorkerInput!) { addProjectWorker(input: $input) { id } }`;
const CREATE_ROOM = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 768 };
const day = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
let idSeq = 500;
const idNumber = (region: string) => generateIdNumber(`${region}19900101${String(++idSeq).padStart(3, '0')}`);

/**
 * Pages at a phone's 390 px and a laptop's 1366 px (issue 10): a table's action buttons are on screen without
 * scrolling sideways (cards, or an action column pinned to the right edge), and no page is wider than the screen.
 */
describeBrowser(hasChromium ? 'layouts at 390 px and 1366 px' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;
  let owner: Session & { employerId: string };
  let projectId: string;
  let roomId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    owner = await makeEmployer(t, { name: '甘肃路桥建设集团有限公司（临夏州东乡族自治县分公司）' });
    const input = {
      name: '临夏州东乡族自治县城乡供水一体化及配套管网改扩建工程（二期）',
      employerId: owner.employerId,
      regionCode: LINXIA_COUNTY,
      kind: 'GOVERNMENT_INVESTED',
      plannedWorkforce: 120,
      startDate: day(-60),
    };
    projectId = ok(await t.gql(CREATE_PROJECT, { input }, officer.token)).createProject.id;
    for (const [i, region] of [LINXIA_COUNTY, LINXIA_COUNTY, QINGYANG_XIFENG].entries()) {
      const worker = {
        projectId,
        fullName: `马工人${i}`,
        idNumber: idNumber(region),
        hukouRegionCode: region,
        trade: '钢筋工（持证）',
        startDate: day(-10),
        acknowledgement: region === LINXIA_COUNTY ? undefined : '测试数据',
      };
      ok(await t.gql(ADD_WORKER, { input: worker }, owner.token));
    }
    const job = await makePublishedJob(t, owner, officer, { title: '钢筋工', workRegionCode: LINXIA_COUNTY });
    const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    roomId = ok(
      await t.gql(
        CREATE_ROOM,
        { input: { title: '东乡县供水工程直播带岗：钢筋工、电焊工、项目部厨师专场', scheduledStart: inHours(2), jobPostingIds: [job] } },
        owner.token,
      ),
    ).createLiveRoom.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'layout');

  async function open(phone: string, viewport: { width: number; height: number }, path: string): Promise<Page> {
    const page = await newPage({ viewport });
    await signIn(page, t.url, phone);
    await page.goto(`${t.url}${path}`);
    return page;
  }

  /** The element lies wholly inside the viewport's width (a person can see and tap it without scrolling sideways). */
  async function expectOnScreen(page: Page, locator: Locator) {
    await see(locator).toBeVisible();
    const width = page.viewportSize()!.width;
    await passes(async () => {
      // Scroll the page up or down only: a sideways scroll inside a table is what a person must not need.
      await locator.evaluate((el) => window.scrollTo(window.scrollX, el.getBoundingClientRect().top + window.scrollY - 120));
      const box = (await locator.boundingBox())!;
      expect({ left: box.x >= 0, right: box.x + box.width <= width }).toEqual({ left: true, right: true });
    });
  }

  /** Nothing on the page makes it wider than the screen (a table may scroll inside its own box). */
  const expectFitsWidth = (page: Page, width: number) =>
    see.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: 'page width' }).toBeLessThanOrEqual(width);

  it('the roster on a phone: each worker’s 离场 button is on screen', async () => {
    const page = await open(owner.phone, PHONE, `/projects/${projectId}`);
    const row = page.getByTestId('roster-row').first();
    await see(row).toBeVisible();
    await expectOnScreen(page, row.getByTestId('roster-end'));
    await expectOnScreen(page, row.getByTestId('roster-name'));
    await expectFitsWidth(page, PHONE.width);
    await snap(page, 'layout-roster-phone');
  });

  it('我的直播 on a phone: the console and edit buttons are on screen', async () => {
    const page = await open(owner.phone, PHONE, '/host/live');
    const room = page.getByTestId('my-live-room').first();
    await see(room).toBeVisible();
    await expectOnScreen(page, room.getByTestId('my-live-room-console'));
    await expectOnScreen(page, room.getByTestId('my-live-room-edit'));
    await expectFitsWidth(page, PHONE.width);
    await snap(page, 'layout-my-live-rooms-phone');
  });

  it('岗位管理 on a phone: each posting’s actions are on screen', async () => {
    const page = await open(owner.phone, PHONE, '/employer/jobs');
    const row = page.getByTestId('my-job-row').first();
    await see(row).toBeVisible();
    const actions = row.locator('td').last().locator('button, a').first();
    await expectOnScreen(page, actions);
    await expectFitsWidth(page, PHONE.width);
    await snap(page, 'layout-my-jobs-phone');
  });

  it('a live room that has not started, on a phone: its jobs are on the first screen, not below empty boxes', async () => {
    const page = await newPage({ viewport: PHONE });
    await page.goto(`${t.url}/live/${roomId}`);
    const first = page.getByTestId('live-lineup-item').first();
    await see(first).toBeVisible();
    await passes(async () => {
      const box = (await first.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    });
    await expectFitsWidth(page, PHONE.width);
    await snap(page, 'layout-live-room-scheduled-phone');
  });

  it('the bureau’s project dashboard at 1366 px shows every column, the last one included', async () => {
    const page = await open(officer.phone, LAPTOP, '/bureau/projects');
    await see(page.getByTestId('project-row').first()).toBeVisible();
    const lastHeader = page.locator('[data-testid="projects-table"] thead th').last();
    await expectOnScreen(page, lastHeader);
    // The table's own box holds all its columns: nothing is hidden behind a sideways scroll.
    const content = page.locator('[data-testid="projects-table"] .ant-table-content');
    await see.poll(() => content.evaluate((el) => el.scrollWidth - el.clientWidth), { message: 'table overflow' }).toBeLessThanOrEqual(0);
    await expectFitsWidth(page, LAPTOP.width);
    await snap(page, 'layout-project-dashboard-1366');
  });

  it('the project dashboard on a phone shows the projects as cards, each with its status', async () => {
    const page = await open(officer.phone, PHONE, '/bureau/projects');
    const card = page.locator(`[data-project-id="${projectId}"]`).first();
    await see(card).toBeVisible();
    await expectOnScreen(page, card.getByTestId('local-hiring-status'));
    await expectFitsWidth(page, PHONE.width);
  });
});
