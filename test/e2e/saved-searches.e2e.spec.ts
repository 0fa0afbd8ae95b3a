import { createTestApp, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, ok, Session, TestApp } from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
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

const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
const SAVED = `{ mySavedSearches { id name criteriaJson } }`;
const UNREAD = `{ mySearchAlerts(unreadOnly: true) { id jobPosting { id } } }`;
const ALERTS = `{ mySearchAlerts { id jobPosting { id } } }`;

/**
 * A seeker saves a 电焊 search from the job list; a 电焊 job published later shows up as an alert on 订阅与提醒
 * while the page is open (pushed over socket.io, no reload), and opening it marks it read. Each test has a seeker of
 * its own, with the saved search (saved through the API where saving is not what it checks) and the page it needs.
 */
describeBrowser(hasChromium ? 'saved searches and alerts in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let employer: Session;
  let officer: Session;
  const jobs: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    employer = await makeEmployer(t);
    officer = await makeOfficer(t, '620000');
    jobs.welder = await makePublishedJob(t, employer, officer, {
      title: '电焊工',
      occupation: '电焊工',
      skills: ['电焊', '气割'],
      workRegionCode: '622921',
    });
    jobs.lamian = await makePublishedJob(t, employer, officer, {
      title: '牛肉拉面师',
      occupation: '中式面点师',
      skills: ['拉面'],
      description: '门店手工拉面出品，熬制牛肉汤。',
      workRegionCode: '622901',
    });
    await t.drainSearch();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'saved-searches');

  /** A seeker of the test's own, signed in on a page of its own. */
  async function seekerOnPage(): Promise<{ seeker: Session; page: Page }> {
    const seeker = await makeSeeker(t, { fullName: '马永福' });
    const page = await newPage();
    await signIn(page, t.url, seeker.phone);
    await see(page.getByTestId('user-menu')).toBeVisible();
    return { seeker, page };
  }

  /** The seeker's saved search, as the job list saves it (name and filters). */
  const saveSearch = async (seeker: Session, keyword: string): Promise<string> =>
    ok(await t.gql(SAVE, { input: { name: keyword, criteria: { keyword } } }, seeker.token)).saveSearch.id;

  const publishWelder = async (title: string, workRegionCode = '622921') => {
    const id = await makePublishedJob(t, employer, officer, { title, occupation: '电焊工', skills: ['电焊'], workRegionCode });
    await t.drainSearch();
    return id;
  };

  /** 订阅与提醒, reached from the menu, once it shows the saved search. */
  async function openSubscriptions(page: Page, savedSearchId: string): Promise<void> {
    await page.getByTestId('nav-subscriptions').click();
    await see(page.locator(`[data-testid="saved-search"][data-saved-search-id="${savedSearchId}"]`)).toBeVisible();
  }

  const card = (page: Page, id: string) => page.locator(`[data-testid="job-card"][data-job-id="${id}"]`);
  const alertItem = (page: Page, jobId: string) => page.locator(`[data-testid="search-alert"][data-job-id="${jobId}"]`);
  const unreadOf = async (seeker: Session) => ok(await t.gql(UNREAD, {}, seeker.token)).mySearchAlerts as unknown[];

  /** Screenshots once antd's open/close transitions have finished. */
  async function settledSnap(page: Page, name: string): Promise<void> {
    await settled(page);
    await snap(page, name);
  }

  it('saves the 电焊 search from the job list and lists it on 订阅与提醒', async () => {
    const { seeker, page } = await seekerOnPage();
    await page.goto(`${t.url}/jobs`);
    await page.getByTestId('filter-keyword').fill('电焊');
    await page.getByTestId('filter-submit').click();
    await see(card(page, jobs.lamian)).toHaveCount(0);
    await see(card(page, jobs.welder)).toBeVisible();

    await page.getByTestId('save-search-button').click();
    await see(page.getByTestId('save-search-name')).toHaveValue('电焊');
    await see(page.getByTestId('save-search-summary')).toContainText('关键词：电焊');
    await settledSnap(page, 'saved-searches-1-save-dialog');
    await page.getByTestId('save-search-confirm').click();
    await see(page.getByTestId('save-search-saved')).toContainText('已保存搜索「电焊」');

    // Only the filters are saved: no facets, sort or paging.
    const [saved, ...more] = ok(await t.gql(SAVED, {}, seeker.token)).mySavedSearches;
    expect(more).toEqual([]);
    expect(JSON.parse(saved.criteriaJson)).toEqual({ keyword: '电焊' });

    await openSubscriptions(page, saved.id);
    const item = page.locator(`[data-testid="saved-search"][data-saved-search-id="${saved.id}"]`);
    await see(item.getByTestId('saved-search-name')).toHaveText('电焊');
    await see(item.getByTestId('saved-search-summary')).toContainText('关键词：电焊');
    await see(page.getByTestId('search-alerts-empty')).toBeVisible();
    await settledSnap(page, 'saved-searches-2-list');
  });

  it('shows a newly published matching job as an alert without a reload, and marks it read when opened', async () => {
    const { seeker, page } = await seekerOnPage();
    await openSubscriptions(page, await saveSearch(seeker, '电焊'));
    await see(page.getByTestId('search-alerts-empty')).toBeVisible();
    // Survives only as long as the document does: a reload would drop it.
    await markDocument(page);
    const newWelder = await makePublishedJob(t, employer, officer, {
      title: '电焊工（钢结构）',
      occupation: '电焊工',
      skills: ['电焊'],
      workRegionCode: '622921',
    });
    await makePublishedJob(t, employer, officer, {
      title: '拉面学徒',
      occupation: '中式面点师',
      skills: ['拉面'],
      description: '跟师傅学习手工拉面。',
      workRegionCode: '622901',
    });
    await t.drainSearch();

    const alert = alertItem(page, newWelder);
    await see(alert).toHaveAttribute('data-read', 'false');
    expect(await sameDocument(page)).toBe(true);
    await see(alert.getByTestId('search-alert-title')).toHaveText('电焊工（钢结构）');
    await see(alert.getByTestId('search-alert-search-name')).toContainText('电焊');
    await see(alert.getByTestId('search-alert-unread')).toBeVisible();
    // Only the new 电焊 job: not the one published before saving, not the 拉面 job.
    await see(page.getByTestId('search-alert')).toHaveCount(1);
    await see(page.getByTestId('search-alerts-unread-count')).toHaveAttribute('data-count', '1');
    await see(page.getByTestId('nav-subscriptions-unread')).toHaveAttribute('data-count', '1');
    await settledSnap(page, 'saved-searches-3-alert');

    await alert.getByTestId('search-alert-link').click();
    await see(page.locator(`[data-testid="job-detail"][data-job-id="${newWelder}"]`)).toBeVisible();
    // The API catches up with a click the page already shows.
    await see.poll(() => unreadOf(seeker), { message: 'unread alerts' }).toEqual([]);

    await page.goBack();
    await see(alertItem(page, newWelder)).toHaveAttribute('data-read', 'true');
    await see(alertItem(page, newWelder).getByTestId('search-alert-unread')).toHaveCount(0);
    await see(page.getByTestId('nav-subscriptions-unread')).toHaveAttribute('data-count', '0');
    await settledSnap(page, 'saved-searches-4-read');
  });

  it('opens the job list with the saved filters from 查看', async () => {
    // A keyword of this test's own, so the list it opens holds exactly the jobs published here.
    const forklift = await makePublishedJob(t, employer, officer, {
      title: '叉车司机',
      occupation: '叉车司机',
      skills: ['叉车'],
      description: '仓库内叉车装卸，持叉车证。',
      workRegionCode: '622921',
    });
    await t.drainSearch();
    const { seeker, page } = await seekerOnPage();
    await openSubscriptions(page, await saveSearch(seeker, '叉车'));

    await page.getByTestId('saved-search-view').click();
    await see(page).toHaveURL((url) => url.pathname === '/jobs' && url.searchParams.get('q') === '叉车');
    await see(card(page, forklift)).toBeVisible();
    await see(page.getByTestId('filter-keyword')).toHaveValue('叉车');
    await see(page.getByTestId('job-card')).toHaveCount(1);
  });

  it('marks every alert read at once', async () => {
    const { seeker, page } = await seekerOnPage();
    const savedId = await saveSearch(seeker, '电焊');
    const first = await publishWelder('电焊工（管道）');
    await openSubscriptions(page, savedId);
    await see(alertItem(page, first)).toHaveAttribute('data-read', 'false');
    // One more, while the page is open.
    const second = await publishWelder('氩弧焊电焊工', '622901');
    await see(alertItem(page, second)).toHaveAttribute('data-read', 'false');
    // Newest first.
    await see
      .poll(() => page.getByTestId('search-alert').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id'))))
      .toEqual([second, first]);
    await page.getByTestId('search-alerts-mark-all-read').click();
    await see(alertItem(page, second)).toHaveAttribute('data-read', 'true');
    await see(alertItem(page, first)).toHaveAttribute('data-read', 'true');
    await see(page.getByTestId('nav-subscriptions-unread')).toHaveAttribute('data-count', '0');
    await see.poll(() => unreadOf(seeker), { message: 'unread alerts' }).toEqual([]);
  });

  it('deletes a saved search after confirming, with its alerts', async () => {
    const { seeker, page } = await seekerOnPage();
    const savedId = await saveSearch(seeker, '电焊');
    const job = await publishWelder('电焊工（夜班）');
    await openSubscriptions(page, savedId);
    await see(alertItem(page, job)).toBeVisible();

    await page.getByTestId('saved-search-delete').click();
    await clickUntil(page.getByTestId('saved-search-delete-confirm'), page.getByTestId('saved-searches-empty'));
    await see(page.getByTestId('search-alerts-empty')).toBeVisible();
    expect(ok(await t.gql(SAVED, {}, seeker.token)).mySavedSearches).toEqual([]);
    expect(ok(await t.gql(ALERTS, {}, seeker.token)).mySearchAlerts).toEqual([]);
  });
});
