import { chinaIsoDateOf } from '@jobbridge/domain';
import {
  createTestApp,
  LINXIA_COUNTY,
  LINXIA_PREFECTURE,
  makeEmployer,
  makeOfficer,
  makeSeeker,
  ok,
  Session,
  TestApp,
} from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import {
  describeBrowser,
  freshPages,
  hasChromium,
  launchBrowser,
  markDocument,
  sameDocument,
  see,
  signIn,
  SKIP_REASON,
  WEB_DIST,
} from './browser';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };
// 临夏县: the site, and the worker's village about 0.9 km away.
const SITE = { lat: 35.4924, lng: 103.0075 };
const HOME = { latitude: 35.5, longitude: 103.01 };

const VERIFY = `mutation($id: ID!) { verifyEmployer(employerId: $id, status: VERIFIED) { id } }`;
const MY_GIGS = `{ myGigs { id gigId status payStatus paidYuan paidMethod attendance { checkInMethod } } }`;

const MINUTE = 60_000;
/** HH:MM on China's wall clock. */
const chinaClock = (instant: Date) => new Date(instant.getTime() + 8 * 60 * MINUTE).toISOString().slice(11, 16);

/**
 * The gig's day: today (China), starting on the next 5 minutes at least 30 minutes from now, so check-in (open from
 * 60 minutes before the start) is open while the test runs — a browser cannot move the API's clock. Until 23:59 at the
 * latest (no overnight gigs). Null late in the evening, when the start would not leave the day room.
 */
function slotFromNow(now = new Date()): { date: string; dailyStart: string; dailyEnd: string } | null {
  const step = 5 * MINUTE;
  const start = new Date(Math.ceil((now.getTime() + 30 * MINUTE) / step) * step);
  const date = chinaIsoDateOf(now);
  const dailyStart = chinaClock(start);
  if (chinaIsoDateOf(start) !== date || dailyStart > '23:30') return null;
  const end = chinaClock(new Date(start.getTime() + 3 * 60 * MINUTE));
  return { date, dailyStart, dailyEnd: end > dailyStart ? end : '23:55' };
}

const SLOT = slotFromNow();
const journey = SLOT ? it : it.skip;

/**
 * The gig market in the browser (issue 15): a worker opts in to gig work on 附近零工 (phone); a verified employer posts
 * a gig starting in about half an hour — published at once — and the worker is told over socket.io and takes it in one
 * tap; at the site the worker opens the QR's check-in link; the employer's 零工当天 page shows the check-in live,
 * confirms the day and marks the pay paid (what is due, by WeChat); the worker confirms it, and it counts on their
 * record. Everything is created here, through the API or the pages (no demo data).
 */
describeBrowser(hasChromium ? 'the gig market in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let employer: Session & { employerId: string };
  let worker: Session;

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    const officer = await makeOfficer(t, LINXIA_PREFECTURE);
    employer = await makeEmployer(t, { name: '临夏县韩集物流有限公司' });
    ok(await t.gql(VERIFY, { id: employer.employerId }, officer.token));
    worker = await makeSeeker(t, { fullName: '马师傅', residenceRegionCode: LINXIA_COUNTY });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'gigs');

  const noOverflow = async (page: Page) =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(1);

  /** Types a value into an antd date or time picker and commits it. */
  async function pick(page: Page, testId: string, value: string) {
    const input = page.getByTestId(testId);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
    await see(input).toHaveValue(value);
  }

  journey(
    SLOT
      ? 'a worker nearby is told of a new gig, takes it, checks in by the QR link, and confirms the pay the employer marked'
      : 'skipped: late in the evening (China time) a gig starting in 30 minutes would cross midnight, and check-in needs the clock inside its window',
    async () => {
      const slot = SLOT!;

      // The worker, on a phone at home: 附近零工 around the phone's location, then 接活设置 (opt in, every day, 10 km).
      const workerPage = await newPage({ viewport: PHONE, geolocation: HOME, permissions: ['geolocation'] });
      await signIn(workerPage, t.url, worker.phone);
      await workerPage.goto(`${t.url}/gigs/nearby`);
      await see(workerPage.getByTestId('gig-centre')).toHaveAttribute('data-source', 'me');
      await see(workerPage.getByTestId('gig-dot-map')).toBeVisible();
      await workerPage.getByTestId('gig-preferences-toggle').click();
      await see(workerPage.getByTestId('gig-preferences-lat')).toHaveValue(String(HOME.latitude.toFixed(5)));
      await workerPage.getByTestId('gig-preferences-save').click();
      await see(workerPage.getByTestId('gig-preferences-toggle')).toContainText('已开启通知');
      expect(ok(await t.gql(`{ myGigPreferences { enabled maxDistanceKm weekdays } }`, {}, worker.token)).myGigPreferences).toEqual({
        enabled: true,
        maxDistanceKm: 10,
        weekdays: [1, 2, 3, 4, 5, 6, 7],
      });
      await noOverflow(workerPage);

      // The employer posts the gig: verified, nothing flagged, pay above the minimum wage — published at once.
      const employerPage = await newPage({ viewport: DESKTOP });
      await signIn(employerPage, t.url, employer.phone);
      await employerPage.goto(`${t.url}/gigs/post`);
      await see(employerPage.getByTestId('gig-post-hint')).toContainText('已通过认证');
      await employerPage.getByTestId('gig-form-title').fill('卸水泥装车（零工测试）');
      await employerPage.getByTestId('gig-form-description').fill('卸一车水泥，每袋50公斤，两人一组，现场有人指挥。');
      await see(employerPage.getByTestId('gig-form-region')).toContainText('临夏县');
      await employerPage.getByTestId('gig-form-address').fill('临夏县韩集镇物流园3号库');
      await employerPage.getByTestId('gig-form-lat').fill(String(SITE.lat));
      await employerPage.getByTestId('gig-form-lng').fill(String(SITE.lng));
      await pick(employerPage, 'gig-form-start-date', slot.date);
      await pick(employerPage, 'gig-form-end-date', slot.date);
      await pick(employerPage, 'gig-form-daily-start', slot.dailyStart);
      await pick(employerPage, 'gig-form-daily-end', slot.dailyEnd);
      await employerPage.getByTestId('gig-form-headcount').fill('2');
      await employerPage.getByTestId('gig-form-pay').fill('200');
      await employerPage.getByTestId('gig-form-heavyLoads').check();
      await employerPage.getByTestId('gig-form-submit').click();
      const result = employerPage.getByTestId('gig-post-result');
      await see(result).toHaveAttribute('data-status', 'PUBLISHED');
      await see(employerPage.getByTestId('gig-post-result-title')).toHaveText('已发布');
      const gigId = (await result.getAttribute('data-gig-id'))!;
      expect(gigId).toBeTruthy();

      // The worker is told at once (socket.io), and the list shows the gig without a reload: 接单 in one tap.
      await see(workerPage.getByTestId('gig-offered-notification')).toContainText('卸水泥装车（零工测试）');
      const card = workerPage.locator(`[data-testid="gig-card"][data-gig-id="${gigId}"]`);
      await see(card.getByTestId('gig-card-pay')).toHaveText('200元/天');
      await see(card.getByTestId('gig-card-distance')).toHaveText(/^\d+米$/);
      await see(workerPage.locator(`[data-testid="gig-dot"][data-gig-id="${gigId}"]`)).toBeVisible();
      await card.getByTestId('gig-accept').click();
      await see(card).toHaveAttribute('data-my-status', 'ACCEPTED');
      await see(card.getByTestId('gig-assignment-status')).toHaveText('已接单');
      await noOverflow(workerPage);

      // 零工当天: the QR and the worker, not checked in yet.
      await employerPage.getByTestId('gig-post-result-manage').click();
      await see(employerPage.getByTestId('gig-manage-page')).toHaveAttribute('data-gig-id', gigId);
      const qr = employerPage.getByTestId('gig-qr');
      await see(qr).toHaveAttribute('data-url', new RegExp(`/gigs/${gigId}/check-in\\?code=[\\w-]+$`));
      const row = employerPage.getByTestId('gig-worker');
      await see(row).toHaveAttribute('data-day-state', 'NOT_IN');
      await see(row.getByTestId('gig-worker-name')).toHaveText('测试求职者');
      await markDocument(employerPage);

      // At the site the worker opens the QR's link (as the phone's camera would): checked in by QR.
      const link = new URL((await qr.getAttribute('data-url'))!);
      await workerPage.goto(`${t.url}${link.pathname}${link.search}`);
      await see(workerPage.getByTestId('gig-check-in-result')).toHaveAttribute('data-state', 'IN');
      await see(workerPage.getByTestId('gig-check-out')).toBeVisible();
      await noOverflow(workerPage);

      // The employer's page shows the check-in live (gig.attendance), no reload; confirms the day; marks 200 paid.
      await see(row).toHaveAttribute('data-day-state', 'IN');
      expect(await sameDocument(employerPage)).toBe(true);
      await see(row.getByTestId('gig-worker-check-in')).toContainText('扫码');
      await row.getByTestId('gig-confirm-day').click();
      await employerPage.getByTestId('gig-confirm-day-submit').click();
      await see(row.getByTestId('gig-worker-day-confirmed')).toBeVisible();
      await see(row.getByTestId('gig-worker-pay')).toContainText('应付 200 元');
      await row.getByTestId('gig-mark-paid').click();
      await see(employerPage.getByTestId('gig-paid-amount')).toHaveValue('200.00');
      await see(employerPage.getByTestId('gig-paid-due')).toContainText('应付 200 元');
      await employerPage.getByTestId('gig-paid-submit').click();
      await see(row).toHaveAttribute('data-pay-status', 'PAID');
      await see(row.getByTestId('gig-worker-pay')).toContainText('已付 200 元（微信）');

      // The worker confirms the pay on 我的零工; it counts on their record.
      await workerPage.goto(`${t.url}/gigs/mine`);
      const mine = workerPage.locator(`[data-testid="my-gig"][data-gig-id="${gigId}"]`);
      await see(mine).toHaveAttribute('data-pay-status', 'PAID');
      await see(mine.getByTestId('my-gig-paid')).toHaveText('雇主已付 200 元（微信）');
      await mine.getByTestId('my-gig-confirm-pay').click();
      await workerPage.getByTestId('my-gig-confirm-pay-ok').click();
      await see(mine).toHaveAttribute('data-pay-status', 'CONFIRMED');
      await noOverflow(workerPage);
      const [place] = ok(await t.gql(MY_GIGS, {}, worker.token)).myGigs;
      expect(place).toMatchObject({
        gigId,
        status: 'ACCEPTED',
        payStatus: 'CONFIRMED',
        paidYuan: 200,
        paidMethod: 'WECHAT',
        attendance: [{ checkInMethod: 'QR' }],
      });

      await workerPage.getByTestId('my-gigs-record-link').click();
      await see(workerPage.getByTestId('gig-record-earnings')).toHaveAttribute('data-value', '200');
      await see(workerPage.getByTestId('gig-record-days')).toContainText('1');
      await noOverflow(workerPage);
    },
  );
});
