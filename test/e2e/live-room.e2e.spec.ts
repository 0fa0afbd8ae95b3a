import { LIVE_ROOMS_NAMESPACE } from '@jobbridge/contracts';
import {
  connectSocket,
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
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import type { Socket } from 'socket.io-client';
import {
  clickUntil,
  describeBrowser,
  freshPages,
  hasChromium,
  launchBrowser,
  markDocument,
  sameDocument,
  see,
  settled,
  SKIP_REASON,
  snap,
  signIn,
  WEB_DIST,
} from './browser';

const CREATE = `mutation($input: LiveRoomInput!) { createLiveRoom(input: $input) { id } }`;
const START = `mutation($id: ID!) { startLiveRoom(id: $id) { id status } }`;
const APPLY = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id } }`;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A room that is live, with its host (an employer with a welder and a cook posting) and a seeker to watch it. */
interface Room {
  roomId: string;
  host: Session & { employerId: string };
  seeker: Session & { profileId: string };
  jobs: { welder: string; cook: string };
}

/**
 * 直播带岗 in the browser: an employer goes live (through the API), pins a job in the host console; a seeker on a phone
 * sees the card with its 岗位真相卡 at once, applies in one tap (a double tap makes one application), chats and asks;
 * the host's counters move without a reload, the host answers; after the end the report shows the application and
 * the unanswered question becomes the job's FAQ, which the employer answers. Each test goes live in a room of its own,
 * and what happened before the part it looks at (a pinned card, an application, likes, questions) is done through the
 * API and the room's socket, so it runs alone.
 */
describeBrowser(hasChromium ? 'live-stream hiring rooms in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let officer: Session;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    officer = await makeOfficer(t, LINXIA_PREFECTURE);
    browser = await launchBrowser();
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.disconnect();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'live');

  async function liveRoom(): Promise<Room> {
    const host = await makeEmployer(t, { name: '甘肃甘康焊接工程有限公司' });
    const welder = await makePublishedJob(t, host, officer, { title: '电焊工' });
    const cook = await makePublishedJob(t, host, officer, { title: '项目部厨师', occupation: '中式烹调师', skills: ['炒菜'] });
    const seeker = await makeSeeker(t, { fullName: '马永福' });
    const input = {
      title: '临夏县电焊工专场直播带岗',
      description: '持证焊工、项目部厨师，包住宿。',
      scheduledStart: new Date(Date.now() + 3_600_000).toISOString(),
      jobPostingIds: [welder, cook],
      // Nothing answers here: the page must stay fully usable without video.
      streamUrl: 'http://127.0.0.1:9/hls/none.m3u8',
    };
    const roomId = ok(await t.gql(CREATE, { input }, host.token)).createLiveRoom.id;
    ok(await t.gql(START, { id: roomId }, host.token));
    return { roomId, host, seeker, jobs: { welder, cook } };
  }

  /** A socket on the room (the host's, a seeker's, or an anonymous viewer's without a token), closed after the test. */
  async function socketIn(roomId: string, token?: string): Promise<Socket> {
    const socket = await connectSocket(t.url, LIVE_ROOMS_NAMESPACE, { token });
    sockets.push(socket);
    expect(await socket.emitWithAck('room.join', { roomId })).toMatchObject({ ok: true });
    return socket;
  }
  const acked = async (socket: Socket, event: string, payload: Record<string, unknown>) => {
    const ack = await socket.emitWithAck(event, payload);
    expect({ event, ack }).toMatchObject({ event, ack: { ok: true } });
    return ack as Record<string, unknown>;
  };

  async function open(viewport: { width: number; height: number }, phone?: string): Promise<Page> {
    const page = await newPage({ viewport });
    if (phone) await signIn(page, t.url, phone);
    return page;
  }
  async function hostConsole(room: Room): Promise<Page> {
    const page = await open(DESKTOP, room.host.phone);
    await page.goto(`${t.url}/host/live/${room.roomId}`);
    await see(page.locator('[data-testid="host-console"][data-connection="joined"][data-status="LIVE"]')).toBeVisible();
    return page;
  }
  async function seekerInRoom(room: Room, page?: Page): Promise<Page> {
    page ??= await open(PHONE, room.seeker.phone);
    await page.goto(`${t.url}/live/${room.roomId}`);
    await see(page.locator('[data-testid="live-room"][data-connection="joined"][data-role="SEEKER"]')).toBeVisible();
    return page;
  }
  const pinnedCard = (page: Page, jobId: string) => page.locator(`[data-testid="live-pinned-card"][data-job-id="${jobId}"]`);

  it('pins a job in the host console; the seeker sees the card with its truth card at once and applies in one tap', async () => {
    const room = await liveRoom();
    const { jobs, roomId, seeker } = room;
    const hostPage = await hostConsole(room);
    const seekerPage = await seekerInRoom(room);
    await see(seekerPage.getByTestId('live-no-card')).toBeVisible();
    // The demo stream does not resolve: a placeholder says so, and nothing else depends on it.
    await see(seekerPage.getByTestId('live-player')).toHaveAttribute('data-state', 'placeholder');
    await see(seekerPage.getByTestId('live-player-placeholder')).toContainText('直播画面暂时无法播放');
    await markDocument(hostPage);
    await markDocument(seekerPage);

    const welderRow = hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.welder}"]`);
    const card = pinnedCard(seekerPage, jobs.welder);
    const clicked = Date.now();
    await welderRow.getByTestId('host-pin').click();
    await see(card.getByTestId('truth-card')).toBeVisible();
    // "At once" with room for a busy 2-core CI machine (the click, the round trip and the render); the API's own
    // delivery time is measured by bench:live.
    expect(Date.now() - clicked).toBeLessThan(3000);
    await see(card.getByTestId('live-card-title')).toHaveText('电焊工');
    await see(card.getByTestId('live-card-pay')).toHaveText('6000-9000元/月');
    await see(card.getByTestId('live-card-employer')).toHaveText('甘肃甘康焊接工程有限公司');
    await see(card.getByTestId('truth-working-hours')).toHaveText('8:00-18:00，午休1小时，月休4天');
    await see(card.getByTestId('truth-shifts')).toHaveText('长白班');
    await see(card.getByTestId('truth-dormitory')).toHaveAttribute('data-value', 'FREE');
    await see(card.getByTestId('truth-meals')).toHaveAttribute('data-value', 'SUBSIDISED');
    await see(card.getByTestId('truth-social-insurance')).toHaveAttribute('data-value', 'FIVE_INSURANCES');
    await see(welderRow).toHaveAttribute('data-pinned', 'true');
    await see(seekerPage.locator(`[data-testid="live-lineup-item"][data-job-id="${jobs.welder}"]`)).toHaveAttribute('data-pinned', 'true');
    await snap(seekerPage, 'live-1-viewer-card-phone');

    // A double tap on 立即报名: one application, from this room.
    const apply = card.getByTestId('live-apply-button');
    await apply.dblclick();
    await see(apply).toHaveAttribute('data-state', 'applied');
    await see(apply).toContainText('已报名');
    const rows = await t.ds.query(`SELECT source, live_room_id FROM applications WHERE seeker_profile_id = $1`, [seeker.profileId]);
    expect(rows).toEqual([{ source: 'LIVE_ROOM', live_room_id: roomId }]);

    // The host's counter for that job moves without a reload.
    await see(welderRow.getByTestId('host-job-applications')).toHaveAttribute('data-count', '1');
    await see(hostPage.getByTestId('host-stat-applications')).toHaveAttribute('data-count', '1');
    await see(
      hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.cook}"] [data-testid="host-job-applications"]`),
    ).toHaveAttribute('data-count', '0');
    expect(await sameDocument(hostPage)).toBe(true);
    expect(await sameDocument(seekerPage)).toBe(true);
    await snap(seekerPage, 'live-2-viewer-applied-phone');
  });

  it('lets an anonymous viewer watch the card and sends them to sign in to apply', async () => {
    const room = await liveRoom();
    const { jobs, roomId } = room;
    const hostPage = await hostConsole(room);
    // A seeker is already watching the welder card.
    await socketIn(roomId, room.seeker.token);
    await acked(await socketIn(roomId, room.host.token), 'host.pin', { roomId, jobPostingId: jobs.welder });
    await see(hostPage.getByTestId('host-stat-viewers')).toHaveAttribute('data-count', '1');

    const page = await open(DESKTOP);
    await page.goto(`${t.url}/live`);
    const listed = page.locator(`[data-testid="live-room-card"][data-room-id="${roomId}"][data-status="LIVE"]`);
    await see(listed).toBeVisible();
    await snap(page, 'live-3-list');
    await listed.click();
    await see(page.locator('[data-testid="live-room"][data-connection="joined"][data-role="VIEWER"]')).toBeVisible();
    const card = pinnedCard(page, jobs.welder);
    await see(card.getByTestId('truth-card')).toBeVisible();
    await see(page.getByTestId('live-chat-blocked')).toBeVisible(); // 登录后可以聊天、提问和报名
    await see(page.getByTestId('live-qr')).toHaveCount(1);
    await see(page.getByTestId('live-share-link')).toHaveValue(`${t.url}/live/${roomId}`);
    // The host counts the anonymous viewer too.
    await see(hostPage.getByTestId('host-stat-viewers')).toHaveAttribute('data-count', '2');
    await snap(page, 'live-4-viewer-desktop');
    await card.getByTestId('live-apply-button').click();
    await see(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('redirect') === `/live/${roomId}`);
  });

  it('carries chat from the seeker to the host, explains a blocked message, counts likes, and answers a question', async () => {
    const room = await liveRoom();
    const hostPage = await hostConsole(room);
    const seekerPage = await seekerInRoom(room);

    const chatInput = seekerPage.getByTestId('live-chat-input');
    await chatInput.fill('包吃住吗？');
    await see(seekerPage.getByTestId('live-chat').locator('.ant-input-show-count-suffix')).toHaveText('5 / 100');
    await seekerPage.getByTestId('live-chat-send').click();
    await see(hostPage.getByTestId('host-chat').getByTestId('live-chat-text').filter({ hasText: '包吃住吗？' })).toBeVisible();
    await see(chatInput).toHaveValue(''); // the broadcast may reach the host before the sender's ack

    await chatInput.fill('找工作加微信 abc12345');
    await seekerPage.getByTestId('live-chat-send').click();
    await see(seekerPage.locator('.ant-message').getByText('直播间不允许留联系方式')).toBeVisible();
    await see(chatInput).toHaveValue('找工作加微信 abc12345'); // kept, to edit
    await chatInput.fill('');

    for (let i = 0; i < 5; i++) await seekerPage.getByTestId('live-like-button').click();
    await see(hostPage.getByTestId('host-stat-likes')).toHaveAttribute('data-count', '5');

    const questionInput = seekerPage.getByTestId('live-question-input');
    for (const question of ['没有焊工证可以吗？', '宿舍几个人一间？']) {
      await questionInput.fill(question);
      await seekerPage.getByTestId('live-question-send').click();
      await see(questionInput).toHaveValue('');
    }
    const queued = hostPage.getByTestId('host-question').filter({ hasText: '没有焊工证可以吗？' });
    await see(queued).toBeVisible();
    await see(hostPage.getByTestId('host-question').filter({ hasText: '宿舍几个人一间？' })).toBeVisible();
    await queued.getByTestId('host-question-answer-input').fill('可以，入职后公司组织考证');
    await queued.getByTestId('host-question-answer-submit').click();
    await see(queued).toHaveAttribute('data-status', 'ANSWERED');
    await see(seekerPage.getByTestId('live-answered-item').filter({ hasText: '可以，入职后公司组织考证' })).toBeVisible();
    await settled(hostPage);
    await snap(hostPage, 'live-5-host-console');
    await snap(seekerPage, 'live-6-viewer-chat-phone');
  });

  it('catches up after a dropped connection: re-joins with the last seq and applies what it missed', async () => {
    const room = await liveRoom();
    const { jobs, roomId } = room;
    // The seeker applied to the welder job, which is on screen.
    ok(await t.gql(APPLY, { input: { jobPostingId: jobs.welder } }, room.seeker.token));
    await acked(await socketIn(roomId, room.host.token), 'host.pin', { roomId, jobPostingId: jobs.welder });
    const hostPage = await hostConsole(room);

    /**
     * The seeker's WebSocket goes through Playwright, so the test can drop it and hold back the reconnection. A
     * reconnection attempt made while blocked is held open without a server (as on a dead network) and connected once
     * unblocked. (Closing it instead would stall the client: Playwright closes a routed socket without an `error`
     * event, and socket.io then waits out its 20 s connect timeout before the next attempt — longer than the wait for
     * the replay, which is how this journey timed out on a busy machine.)
     */
    type Held = { page: WebSocketRoute; server?: WebSocketRoute; closed: boolean };
    const link = { blocked: false, open: [] as { page: WebSocketRoute; server: WebSocketRoute }[], held: [] as Held[] };
    const linkUp = (ws: WebSocketRoute) => {
      const server = ws.connectToServer();
      link.open.push({ page: ws, server });
      return server;
    };
    const seekerPage = await open(PHONE, room.seeker.phone);
    await seekerPage.routeWebSocket(/\/socket\.io\//, (ws) => {
      if (!link.blocked) return void linkUp(ws);
      const held: Held = { page: ws, closed: false };
      // (With a close handler Playwright no longer closes the server side itself: pass it on.)
      ws.onClose((code, reason) => {
        held.closed = true;
        void held.server?.close({ code, reason });
      });
      link.held.push(held);
    });
    await seekerInRoom(room, seekerPage);
    const welderCard = pinnedCard(seekerPage, jobs.welder);
    const welderApplied = seekerPage.locator(
      `[data-testid="live-lineup-item"][data-job-id="${jobs.welder}"] [data-testid="live-lineup-applied"]`,
    );
    await see(welderCard.getByTestId('truth-card')).toBeVisible();
    await see(welderApplied).toBeVisible();

    await markDocument(seekerPage);
    link.blocked = true;
    for (const l of link.open.splice(0)) {
      await l.server.close();
      await l.page.close();
    }
    await see(seekerPage.getByTestId('live-room')).toHaveAttribute('data-connection', 'reconnecting');
    await see(seekerPage.getByTestId('live-reconnecting')).toBeVisible();

    // Meanwhile the host puts up the next job and says something.
    const cookRow = hostPage.locator(`[data-testid="host-lineup-item"][data-job-id="${jobs.cook}"]`);
    await cookRow.getByTestId('host-pin').click();
    await see(cookRow).toHaveAttribute('data-pinned', 'true');
    await hostPage.getByTestId('host-chat-input').fill('刚进来的朋友看这里：项目部厨师');
    await hostPage.getByTestId('host-chat-send').click();
    await see(hostPage.getByTestId('host-chat').getByTestId('live-chat-text').filter({ hasText: '刚进来的朋友看这里' })).toBeVisible();
    // Checked now, not retried: while cut off, the seeker still sees the card it had.
    expect(await welderCard.count()).toBe(1);

    link.blocked = false;
    for (const held of link.held.splice(0)) if (!held.closed) held.server = linkUp(held.page);
    // Whether the held attempt goes through or the client makes a new one (up to its 8 s connect timeout and 5 s of
    // back-off later), the page gets there: wait for that state, with room for a busy machine.
    await see(seekerPage.locator('[data-testid="live-room"][data-connection="joined"][data-last-join="replay"]')).toBeVisible({
      timeout: 45_000,
    });
    await see(pinnedCard(seekerPage, jobs.cook).getByTestId('truth-card')).toBeVisible();
    await see(seekerPage.getByTestId('live-chat').getByTestId('live-chat-text').filter({ hasText: '刚进来的朋友看这里' })).toBeVisible();
    // Still applied to the welder job (the viewer's standing comes back with the join), and no reload happened.
    await see(welderApplied).toBeVisible();
    expect(await sameDocument(seekerPage)).toBe(true);
  });

  it('ends the room: the viewer hears it, the report shows the application, the open question becomes the job’s FAQ', async () => {
    const room = await liveRoom();
    const { jobs, roomId } = room;
    // What the room saw before the end: the seeker (临夏市) and an anonymous viewer were shown the welder card; the
    // seeker applied from it, liked 5 times and asked two questions, and the host answered one.
    const seekerSocket = await socketIn(roomId, room.seeker.token);
    await socketIn(roomId);
    const hostSocket = await socketIn(roomId, room.host.token);
    await acked(hostSocket, 'host.pin', { roomId, jobPostingId: jobs.welder });
    await acked(seekerSocket, 'card.apply', { roomId, jobPostingId: jobs.welder, idempotencyKey: `e2e-report-${roomId}` });
    await acked(seekerSocket, 'like', { roomId, count: 5 });
    const { questionId } = await acked(seekerSocket, 'question.ask', { roomId, text: '没有焊工证可以吗？' });
    await acked(seekerSocket, 'question.ask', { roomId, text: '宿舍几个人一间？' });
    await acked(hostSocket, 'host.answer', { roomId, questionId, answer: '可以，入职后公司组织考证' });

    const hostPage = await hostConsole(room);
    const seekerPage = await seekerInRoom(room);
    await see(hostPage.getByTestId('host-stat-likes')).toHaveAttribute('data-count', '5');

    await hostPage.getByTestId('host-end').click();
    await clickUntil(hostPage.getByTestId('host-end-confirm'), hostPage.locator('[data-testid="host-console"][data-status="ENDED"]'));
    await see(seekerPage.getByTestId('live-status-banner')).toHaveAttribute('data-status', 'ENDED');
    await see(seekerPage.getByTestId('live-ended-jobs-link')).toBeVisible();

    await hostPage.getByTestId('host-report-link').click();
    await see(hostPage.getByTestId('live-report')).toHaveAttribute('data-status', 'ENDED');
    await see(hostPage.getByTestId('report-jobs-total-applications')).toHaveAttribute('data-count', '1');
    const welder = hostPage.locator(`[data-testid="report-job"][data-key="${jobs.welder}"]`);
    await see(welder.getByTestId('report-job-applications')).toHaveAttribute('data-count', '1');
    await see(welder.getByTestId('report-job-impressions')).toHaveAttribute('data-count', '2');
    await see(hostPage.getByTestId('report-unique-viewers')).toHaveAttribute('data-count', '2');
    await see(hostPage.getByTestId('report-likes')).toHaveAttribute('data-count', '5');
    await see(hostPage.getByTestId('report-questions')).toContainText('1 / 2');
    await see(hostPage.getByTestId('report-funnel-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
    // A job's own audience: the seeker lives in 临夏市.
    await welder.locator('.ant-table-row-expand-icon').click();
    const detail = hostPage.locator(`[data-testid="report-job-detail"][data-job-id="${jobs.welder}"]`);
    await see(
      detail.locator('[data-testid="report-job-county"][data-key="622901"] [data-testid="report-job-county-applications"]'),
    ).toHaveAttribute('data-count', '1');
    await snap(hostPage, 'live-7-report');

    // The unanswered question waits on the job page, and the employer answers it from 岗位管理.
    await seekerPage.goto(`${t.url}/jobs/${jobs.welder}`);
    const faq = seekerPage.getByTestId('job-faq').filter({ hasText: '宿舍几个人一间？' });
    await see(faq.getByTestId('job-faq-pending')).toBeVisible();
    await see(seekerPage.getByTestId('job-faq').filter({ hasText: '没有焊工证可以吗？' })).toHaveCount(0);
    await hostPage.goto(`${t.url}/employer/jobs`);
    await hostPage.locator(`[data-testid="my-job-row"][data-job-id="${jobs.welder}"] [data-testid="job-action-faqs"]`).click();
    const open = hostPage.locator('[data-testid="employer-faq"][data-answered="false"]').filter({ hasText: '宿舍几个人一间？' });
    await open.getByTestId('faq-answer-input').fill('4人一间，带空调和独立卫生间');
    await open.getByTestId('faq-answer-submit').click();
    await see(hostPage.locator('[data-testid="employer-faq"][data-answered="true"]').filter({ hasText: '宿舍几个人一间？' })).toBeVisible();
    await seekerPage.reload();
    await see(faq.getByTestId('job-faq-answer')).toHaveText('4人一间，带空调和独立卫生间');

    await hostPage.goto(`${t.url}/host/live/${roomId}/report`);
    await hostPage.setViewportSize(PHONE);
    await see(hostPage.getByTestId('live-report')).toHaveAttribute('data-status', 'ENDED');
    await snap(hostPage, 'live-8-report-phone');
  });
});
