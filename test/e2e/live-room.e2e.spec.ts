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
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { clickUntil, describeBrowser, hasChromium, launchBrowser, SKIP_REASON, snap, signIn, WEB_DIST } from './browser';

const CREATE = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`;
const START = `mutation($id: ID!) { startLiveRoom(id: $id) { id status } }`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Waits until dialogs and toasts have finished animating (endless ones, like the live dot, aside) before a screenshot. */
const settle = (page: Page) =>
  page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
  );
const markNoReload = (page: Page) => page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));
const stillNoReload = (page: Page) => page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload === true);
/** Waits until an input holds `value` (the page clears it when the send is acknowledged). */
const untilValue = (page: Page, testId: string, value: string) =>
  page.waitForFunction(([id, v]) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value === v, [
    testId,
    value,
  ] as const);

/**
 * 直播带岗 in the browser: an employer goes live (through the API), pins a job in the host console; a seeker on a phone
 * sees the card with its 岗位真相卡 at once, applies in one tap (a double tap makes one application), chats and asks;
 * the host's counters move without a reload, the host answers; after the end the report shows the application and
 * the unanswered question becomes the job's FAQ, which the employer answers.
 */
describeBrowser(hasChromium ? 'live-stream hiring rooms in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let host: Session & { employerId: string };
  let seeker: Session & { profileId: string };
  let roomId: string;
  let hostPage: Page;
  let seekerPage: Page;
  const jobs: Record<string, string> = {};
  const contexts: BrowserContext[] = [];
  /**
   * The seeker's WebSocket goes through Playwright, so the test can drop it and hold back the reconnection. A
   * reconnection attempt made while blocked is held open without a server (as on a dead network) and connected once
   * unblocked. (Closing it instead would stall the client: Playwright closes a routed socket without an `error`
   * event, and socket.io then waits out its 20 s connect timeout before the next attempt — longer than the wait for
   * the replay, which is how this journey timed out on a busy machine.)
   */
  type Held = { page: WebSocketRoute; server?: WebSocketRoute; closed: boolean };
  const seekerLink = { blocked: false, open: [] as { page: WebSocketRoute; server: WebSocketRoute }[], held: [] as Held[] };
  const linkUp = (ws: WebSocketRoute) => {
    const server = ws.connectToServer();
    seekerLink.open.push({ page: ws, server });
    return server;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    const officer = await makeOfficer(t, LINXIA_PREFECTURE);
    host = await makeEmployer(t, { name: '甘肃甘康焊接工程有限公司' });
    jobs.welder = await makePublishedJob(t, host, officer, { title: '电焊工' });
    jobs.cook = await makePublishedJob(t, host, officer, { title: '项目部厨师', occupation: '中式烹调师', skills: ['炒菜'] });
    seeker = await makeSeeker(t, { fullName: '马永福' });
    const input = {
      title: '临夏县电焊工专场直播带岗',
      description: '持证焊工、项目部厨师，包住宿。',
      scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
      jobPostingIds: [jobs.welder, jobs.cook],
      // Nothing answers here: the page must stay fully usable without video.
      streamUrl: 'http://127.0.0.1:9/hls/none.m3u8',
    };
    roomId = ok(await t.gql(CREATE, { input }, host.token)).createLiveRoom.id;
    ok(await t.gql(START, { id: roomId }, host.token));
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const [i, c] of contexts.entries())
      for (const [j, p] of c.pages().entries()) await snap(p, `live-last-${i}-${j}`).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(viewport: { width: number; height: number }, phone?: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    if (phone) {
      await signIn(page, t.url, phone);
    }
    return page;
  }

  it('pins a job in the host console; the seeker sees the card with its truth card at once and applies in one tap', async () => {
    hostPage = await open(DESKTOP, host.phone);
    await hostPage.goto(`${t.url}/host/live/${roomId}`);
    await hostPage.locator('[data-testid="host-console"][data-connection="joined"][data-status="LIVE"]').waitFor();

    seekerPage = await open(PHONE, seeker.phone);
    await seekerPage.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (!seekerLink.blocked) return void linkUp(ws);
      const held: Held = { page: ws, closed: false };
      // (With a close handler Playwright no longer closes the server side itself: pass it on.)
      ws.onClose((code, reason) => {
        held.closed = true;
        void held.server?.close({ code, reason });
      });
      seekerLink.held.push(held);
    });
    await seekerPage.goto(`${t.url}/live/${roomId}`);
    await seekerPage.locator('[data-testid="live-room"][data-connection="joined"][data-role="SEEKER"]').waitFor();
    await seekerPage.getByTestId('live-no-card').waitFor();
    // The demo stream does not resolve: a placeholder says so, and nothing else depends on it.
    await seekerPage.locator('[data-testid="live-player"][data-state="placeholder"]').waitFor();
    expect(await seekerPage.getByTestId('live-player-placeholder').textContent()).toContain('直播画面暂时无法播放');
    await markNoReload(hostPage);
    await markNoReload(seekerPage);

    const welderRow = hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.welder}"]`);
    const card = seekerPage.locator(`[data-testid="live-pinned-card"][data-job-id="${jobs.welder}"]`);
    const clicked = Date.now();
    await welderRow.getByTestId('host-pin').click();
    await card.getByTestId('truth-card').waitFor();
    // "At once" with room for a busy 2-core CI machine (the click, the round trip and the render); the API's own
    // delivery time is measured by bench:live.
    expect(Date.now() - clicked).toBeLessThan(3000);
    expect(await card.getByTestId('live-card-title').textContent()).toBe('电焊工');
    expect(await card.getByTestId('live-card-pay').textContent()).toBe('6000-9000元/月');
    expect(await card.getByTestId('live-card-employer').textContent()).toBe('甘肃甘康焊接工程有限公司');
    expect(await card.getByTestId('truth-working-hours').textContent()).toBe('8:00-18:00，午休1小时，月休4天');
    expect(await card.getByTestId('truth-shifts').textContent()).toBe('长白班');
    expect(await card.getByTestId('truth-dormitory').getAttribute('data-value')).toBe('FREE');
    expect(await card.getByTestId('truth-meals').getAttribute('data-value')).toBe('SUBSIDISED');
    expect(await card.getByTestId('truth-social-insurance').getAttribute('data-value')).toBe('FIVE_INSURANCES');
    await hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.welder}"][data-pinned="true"]`).waitFor();
    await seekerPage.locator(`[data-testid="live-lineup-item"][data-job-id="${jobs.welder}"][data-pinned="true"]`).waitFor();
    await snap(seekerPage, 'live-1-viewer-card-phone');

    // A double tap on 立即报名: one application, from this room.
    await card.getByTestId('live-apply-button').dblclick();
    await card.locator('[data-testid="live-apply-button"][data-state="applied"]').waitFor();
    expect(await card.getByTestId('live-apply-button').textContent()).toContain('已报名');
    const rows = await t.ds.query(`SELECT source, live_room_id FROM applications WHERE seeker_profile_id = $1`, [seeker.profileId]);
    expect(rows).toEqual([{ source: 'LIVE_ROOM', live_room_id: roomId }]);

    // The host's counter for that job moves without a reload.
    await welderRow.locator('[data-testid="host-job-applications"][data-count="1"]').waitFor();
    await hostPage.locator('[data-testid="host-stat-applications"][data-count="1"]').waitFor();
    expect(
      await hostPage
        .locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.cook}"] [data-testid="host-job-applications"]`)
        .getAttribute('data-count'),
    ).toBe('0');
    expect(await stillNoReload(hostPage)).toBe(true);
    expect(await stillNoReload(seekerPage)).toBe(true);
    await snap(seekerPage, 'live-2-viewer-applied-phone');
  });

  it('lets an anonymous viewer watch the card and sends them to sign in to apply', async () => {
    const page = await open(DESKTOP);
    await page.goto(`${t.url}/live`);
    const listed = page.locator(`[data-testid="live-room-card"][data-room-id="${roomId}"][data-status="LIVE"]`);
    await listed.waitFor();
    await snap(page, 'live-3-list');
    await listed.click();
    await page.locator('[data-testid="live-room"][data-connection="joined"][data-role="VIEWER"]').waitFor();
    const card = page.locator(`[data-testid="live-pinned-card"][data-job-id="${jobs.welder}"]`);
    await card.getByTestId('truth-card').waitFor();
    await page.getByTestId('live-chat-blocked').waitFor(); // 登录后可以聊天、提问和报名
    expect(await page.getByTestId('live-qr').count()).toBe(1);
    expect(await page.getByTestId('live-share-link').inputValue()).toBe(`${t.url}/live/${roomId}`);
    await hostPage.locator('[data-testid="host-stat-viewers"][data-count="2"]').waitFor();
    await snap(page, 'live-4-viewer-desktop');
    await card.getByTestId('live-apply-button').click();
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === `/live/${roomId}`);
    await page.close();
  });

  it('carries chat from the seeker to the host, explains a blocked message, counts likes, and answers a question', async () => {
    await seekerPage.getByTestId('live-chat-input').fill('包吃住吗？');
    expect(await seekerPage.getByTestId('live-chat').locator('.ant-input-show-count-suffix').textContent()).toBe('5 / 100');
    await seekerPage.getByTestId('live-chat-send').click();
    await hostPage.getByTestId('host-chat').getByTestId('live-chat-text').filter({ hasText: '包吃住吗？' }).waitFor();
    await untilValue(seekerPage, 'live-chat-input', ''); // the broadcast may reach the host before the sender's ack

    await seekerPage.getByTestId('live-chat-input').fill('找工作加微信 abc12345');
    await seekerPage.getByTestId('live-chat-send').click();
    await seekerPage.locator('.ant-message').getByText('直播间不允许留联系方式').waitFor();
    expect(await seekerPage.getByTestId('live-chat-input').inputValue()).toBe('找工作加微信 abc12345'); // kept, to edit
    await seekerPage.getByTestId('live-chat-input').fill('');

    for (let i = 0; i < 5; i++) await seekerPage.getByTestId('live-like-button').click();
    await hostPage.locator('[data-testid="host-stat-likes"][data-count="5"]').waitFor();

    for (const question of ['没有焊工证可以吗？', '宿舍几个人一间？']) {
      await seekerPage.getByTestId('live-question-input').fill(question);
      await seekerPage.getByTestId('live-question-send').click();
      await untilValue(seekerPage, 'live-question-input', '');
    }
    const queued = hostPage.getByTestId('host-question').filter({ hasText: '没有焊工证可以吗？' });
    await queued.waitFor();
    await hostPage.getByTestId('host-question').filter({ hasText: '宿舍几个人一间？' }).waitFor();
    await queued.getByTestId('host-question-answer-input').fill('可以，入职后公司组织考证');
    await queued.getByTestId('host-question-answer-submit').click();
    await hostPage.locator('[data-testid="host-question"][data-status="ANSWERED"]').filter({ hasText: '没有焊工证可以吗？' }).waitFor();
    await seekerPage.getByTestId('live-answered-item').filter({ hasText: '可以，入职后公司组织考证' }).waitFor();
    await settle(hostPage);
    await snap(hostPage, 'live-5-host-console');
    await snap(seekerPage, 'live-6-viewer-chat-phone');
  });

  it('catches up after a dropped connection: re-joins with the last seq and applies what it missed', async () => {
    await markNoReload(seekerPage);
    seekerLink.blocked = true;
    for (const link of seekerLink.open.splice(0)) {
      await link.server.close();
      await link.page.close();
    }
    await seekerPage.locator('[data-testid="live-room"][data-connection="reconnecting"]').waitFor();
    await seekerPage.getByTestId('live-reconnecting').waitFor();

    // Meanwhile the host puts up the next job and says something.
    const cookRow = hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.cook}"]`);
    await cookRow.getByTestId('host-pin').click();
    await hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.cook}"][data-pinned="true"]`).waitFor();
    await hostPage.getByTestId('host-chat-input').fill('刚进来的朋友看这里：项目部厨师');
    await hostPage.getByTestId('host-chat-send').click();
    await hostPage.getByTestId('host-chat').getByTestId('live-chat-text').filter({ hasText: '刚进来的朋友看这里' }).waitFor();
    expect(await seekerPage.locator(`[data-testid="live-pinned-card"][data-job-id="${jobs.welder}"]`).count()).toBe(1);

    seekerLink.blocked = false;
    for (const held of seekerLink.held.splice(0)) if (!held.closed) held.server = linkUp(held.page);
    // Whether the held attempt goes through or the client makes a new one (up to its 8 s connect timeout and 5 s of
    // back-off later), the page gets there: wait for that state, with room for a busy machine.
    await seekerPage.locator('[data-testid="live-room"][data-connection="joined"][data-last-join="replay"]').waitFor({ timeout: 45_000 });
    await seekerPage.locator(`[data-testid="live-pinned-card"][data-job-id="${jobs.cook}"]`).getByTestId('truth-card').waitFor();
    await seekerPage.getByTestId('live-chat').getByTestId('live-chat-text').filter({ hasText: '刚进来的朋友看这里' }).waitFor();
    // Still applied to the welder job (the viewer's standing comes back with the join), and no reload happened.
    await seekerPage
      .locator(`[data-testid="live-lineup-item"][data-job-id="${jobs.welder}"] [data-testid="live-lineup-applied"]`)
      .waitFor();
    expect(await stillNoReload(seekerPage)).toBe(true);
  });

  it('ends the room: the viewer hears it, the report shows the application, the open question becomes the job’s FAQ', async () => {
    await hostPage.getByTestId('host-end').click();
    await clickUntil(hostPage.getByTestId('host-end-confirm'), hostPage.locator('[data-testid="host-console"][data-status="ENDED"]'));
    await seekerPage.locator('[data-testid="live-status-banner"][data-status="ENDED"]').waitFor();
    await seekerPage.getByTestId('live-ended-jobs-link').waitFor();

    await hostPage.getByTestId('host-report-link').click();
    await hostPage.locator('[data-testid="live-report"][data-status="ENDED"]').waitFor();
    expect(await hostPage.getByTestId('report-jobs-total-applications').getAttribute('data-count')).toBe('1');
    const welder = hostPage.locator(`[data-testid="report-job"][data-key="${jobs.welder}"]`);
    expect(await welder.getByTestId('report-job-applications').getAttribute('data-count')).toBe('1');
    expect(await welder.getByTestId('report-job-impressions').getAttribute('data-count')).toBe('2');
    expect(await hostPage.getByTestId('report-unique-viewers').getAttribute('data-count')).toBe('2');
    expect(await hostPage.getByTestId('report-likes').getAttribute('data-count')).toBe('5');
    expect(await hostPage.getByTestId('report-questions').textContent()).toContain('1 / 2');
    await hostPage.getByTestId('report-funnel-chart').locator('.recharts-bar-rectangle').first().waitFor();
    // A job's own audience: the seeker lives in 临夏市.
    await welder.locator('.ant-table-row-expand-icon').click();
    const detail = hostPage.locator(`[data-testid="report-job-detail"][data-job-id="${jobs.welder}"]`);
    expect(
      await detail
        .locator('[data-testid="report-job-county"][data-key="622901"] [data-testid="report-job-county-applications"]')
        .getAttribute('data-count'),
    ).toBe('1');
    await snap(hostPage, 'live-7-report');

    // The unanswered question waits on the job page, and the employer answers it from 岗位管理.
    await seekerPage.goto(`${t.url}/jobs/${jobs.welder}`);
    const faq = seekerPage.getByTestId('job-faq').filter({ hasText: '宿舍几个人一间？' });
    await faq.getByTestId('job-faq-pending').waitFor();
    await hostPage.goto(`${t.url}/employer/jobs`);
    await hostPage.locator(`[data-testid="my-job-row"][data-job-id="${jobs.welder}"] [data-testid="job-action-faqs"]`).click();
    const open = hostPage.locator('[data-testid="employer-faq"][data-answered="false"]').filter({ hasText: '宿舍几个人一间？' });
    await open.getByTestId('faq-answer-input').fill('4人一间，带空调和独立卫生间');
    await open.getByTestId('faq-answer-submit').click();
    await hostPage.locator('[data-testid="employer-faq"][data-answered="true"]').filter({ hasText: '宿舍几个人一间？' }).waitFor();
    await seekerPage.reload();
    expect(
      await seekerPage.getByTestId('job-faq').filter({ hasText: '宿舍几个人一间？' }).getByTestId('job-faq-answer').textContent(),
    ).toBe('4人一间，带空调和独立卫生间');

    await hostPage.goto(`${t.url}/host/live/${roomId}/report`);
    await hostPage.setViewportSize(PHONE);
    await hostPage.locator('[data-testid="live-report"][data-status="ENDED"]').waitFor();
    await snap(hostPage, 'live-8-report-phone');
  });
});
