import {
  createTestApp,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeLiveFair,
  makeOfficer,
  makeSeeker,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, see, signIn, SKIP_REASON, WEB_DIST } from './browser';

const JOIN = `mutation($b: ID!) { joinBoothQueue(input: { boothId: $b }) { id } }`;
const CALL = `mutation($b: ID!) { callNextTicket(boothId: $b) { id } }`;
const ACCEPT = `mutation($id: ID!) { acceptTalk(ticketId: $id) { id } }`;
const PHONE = { width: 390, height: 844 };

/**
 * Online job fairs in the browser (issue 12): seekers on phones queue at a booth and watch their places move; a rep at
 * the booth console calls, talks by text and closes with an agreement that becomes the seeker's application; and a
 * video talk connects between two Chromium pages with fake cameras. Each test runs a fair of its own.
 */
describeBrowser(hasChromium ? 'online job fairs in the browser' : SKIP_REASON, () => {
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

  const newPage = freshPages(() => browser, 'fairs');

  async function open(s: Session, path: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await newPage({ viewport });
    await signIn(page, t.url, s.phone);
    await page.goto(`${t.url}${path}`);
    return page;
  }

  const ticketOf = (page: Page) => page.getByTestId('my-ticket').first();

  it('two seekers queue at one booth on their phones and see their places change when the first is served', async () => {
    const rep = await makeEmployer(t, { name: '临夏河州牛肉拉面餐饮管理有限公司', industry: '住宿和餐饮业' });
    const fair = await makeLiveFair(t, officer, [rep]);
    const booth = fair.booths[0];
    const [a, b] = [await makeSeeker(t, { fullName: '马小花' }), await makeSeeker(t, { fullName: '韩永强' })];
    const pageA = await open(a, `/fairs/${fair.fairId}`, PHONE);
    await pageA.locator(`[data-testid="fair-booth"][data-booth-id="${booth.boothId}"]`).getByTestId('fair-booth-join').click();
    await see(ticketOf(pageA)).toHaveAttribute('data-place', '1');
    const pageB = await open(b, `/fairs/${fair.fairId}`, PHONE);
    await pageB.locator(`[data-testid="fair-booth"][data-booth-id="${booth.boothId}"]`).getByTestId('fair-booth-join').click();
    await see(ticketOf(pageB)).toHaveAttribute('data-place', '2');
    // the hall shows the queue to everyone
    await see(pageA.locator(`[data-testid="fair-booth"][data-booth-id="${booth.boothId}"]`)).toHaveAttribute('data-queue', '2');
    // the rep serves the first: A is called at once, B moves up without a reload
    ok(await t.gql(CALL, { b: booth.boothId }, rep.token));
    await see(ticketOf(pageA)).toHaveAttribute('data-status', 'CALLED');
    await see(pageA.getByTestId('my-ticket-accept')).toBeVisible();
    await see(ticketOf(pageB)).toHaveAttribute('data-place', '1');
    // nothing overflows a 390 px screen
    const overflow = await pageB.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });

  it("a rep calls, talks by text and closes with an agreement; the seeker's application appears", async () => {
    const rep = await makeEmployer(t, { name: '甘肃甘康焊接工程有限公司' });
    const fair = await makeLiveFair(t, officer, [rep]);
    const booth = fair.booths[0];
    const seeker = await makeSeeker(t, { fullName: '马永福' });
    ok(await t.gql(JOIN, { b: booth.boothId }, seeker.token));

    const console_ = await open(rep, `/fairs/${fair.fairId}/console`);
    await see(console_.getByTestId('console-online')).toHaveAttribute('data-online', 'yes');
    await see(console_.getByTestId('console-queue-item')).toHaveCount(1);
    await console_.getByTestId('console-call-next').click();
    await see(console_.getByTestId('console-current')).toHaveAttribute('data-status', 'CALLED');

    const seekerPage = await open(seeker, `/fairs/${fair.fairId}`);
    await seekerPage.getByTestId('my-ticket-accept').click();
    await see(ticketOf(seekerPage)).toHaveAttribute('data-status', 'IN_TALK');
    await see(console_.getByTestId('console-current')).toHaveAttribute('data-status', 'IN_TALK');

    await see(console_.getByTestId('talk-panel')).toHaveAttribute('data-joined', 'yes');
    await see(seekerPage.getByTestId('talk-panel')).toHaveAttribute('data-joined', 'yes');
    await console_.getByTestId('talk-input').fill('您好，请介绍一下您的焊工经历');
    await console_.getByTestId('talk-send').click();
    await see(seekerPage.getByTestId('talk-messages')).toContainText('您好，请介绍一下您的焊工经历');
    await seekerPage.getByTestId('talk-input').fill('我有三年电焊经验，持焊工证');
    await seekerPage.getByTestId('talk-input').press('Enter');
    await see(console_.getByTestId('talk-messages')).toContainText('我有三年电焊经验，持焊工证');

    await console_.locator('label:has([data-testid="end-talk-outcome-AGREEMENT"])').click();
    await console_.getByTestId('end-talk-note').fill('双方有意向，下周入职体检');
    await console_.getByTestId('end-talk-submit').click();
    await see(console_.getByTestId('console-current')).toHaveCount(0);
    await see(ticketOf(seekerPage)).toHaveAttribute('data-status', 'DONE');
    await see(ticketOf(seekerPage)).toContainText('达成意向');

    await seekerPage.goto(`${t.url}/me/applications`);
    await see(seekerPage.getByText('电焊工').first()).toBeVisible();
  });

  it('connects a video talk between two browsers with fake cameras', async () => {
    const rep = await makeEmployer(t);
    const fair = await makeLiveFair(t, officer, [rep]);
    const booth = fair.booths[0];
    const seeker = await makeSeeker(t);
    const ticket = ok(await t.gql(JOIN, { b: booth.boothId }, seeker.token)).joinBoothQueue.id;
    ok(await t.gql(CALL, { b: booth.boothId }, rep.token));
    ok(await t.gql(ACCEPT, { id: ticket }, seeker.token));

    const console_ = await open(rep, `/fairs/${fair.fairId}/console`);
    const seekerPage = await open(seeker, `/fairs/${fair.fairId}`);
    await see(console_.getByTestId('talk-panel')).toHaveAttribute('data-joined', 'yes');
    await see(seekerPage.getByTestId('talk-panel')).toHaveAttribute('data-joined', 'yes');
    await console_.getByTestId('talk-video-start').click();
    await seekerPage.getByTestId('talk-video-accept').click();
    await see(console_.getByTestId('talk-video')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
    await see(seekerPage.getByTestId('talk-video')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
    await see(seekerPage.getByTestId('talk-remote-video')).toHaveAttribute('data-live', 'yes');
    await console_.getByTestId('talk-video-hangup').click();
    await see(seekerPage.getByTestId('talk-video')).toHaveAttribute('data-state', 'idle');
  });
});
