import { createTestApp, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, ok, Session, TestApp } from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, hasChromium, launchBrowser, SKIP_REASON, snap, signIn, WEB_DIST } from './browser';

const SAVED = `{ mySavedSearches { id name criteriaJson } }`;
const UNREAD = `{ mySearchAlerts(unreadOnly: true) { id jobPosting { id } } }`;

/**
 * A seeker saves a 电焊 search from the job list; a 电焊 job published later shows up as an alert on 订阅与提醒
 * while the page is open (pushed over socket.io, no reload), and opening it marks it read.
 */
describeBrowser(hasChromium ? 'saved searches and alerts in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let employer: Session;
  let officer: Session;
  let seeker: Session;
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
    seeker = await makeSeeker(t, { fullName: '马永福' });
    browser = await launchBrowser();
    page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(15000);
    await signIn(page, t.url, seeker.phone);
    await page.getByTestId('user-menu').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const card = (id: string) => page.locator(`[data-testid="job-card"][data-job-id="${id}"]`);
  const alertItem = (jobId: string) => page.locator(`[data-testid="search-alert"][data-job-id="${jobId}"]`);

  /** Screenshots once antd's open/close transitions have finished. */
  async function settledSnap(name: string): Promise<void> {
    // Endless ones (the unread dot's pulse) never finish.
    await page.waitForFunction(() =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    );
    await page.waitForTimeout(250); // colour transitions (buttons, tags) are not all reported as animations
    await snap(page, name);
  }

  /** Retries `read` until `accept` holds (the API catches up with a click the page already shows). */
  async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (accept(value) || Date.now() > until) return value;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('saves the 电焊 search from the job list and lists it on 订阅与提醒', async () => {
    await page.goto(`${t.url}/jobs`);
    await page.getByTestId('filter-keyword').fill('电焊');
    await page.getByTestId('filter-submit').click();
    await card(jobs.lamian).waitFor({ state: 'detached' });
    await card(jobs.welder).waitFor();

    await page.getByTestId('save-search-button').click();
    const name = page.getByTestId('save-search-name');
    await name.waitFor();
    expect(await name.inputValue()).toBe('电焊');
    expect(await page.getByTestId('save-search-summary').textContent()).toContain('关键词：电焊');
    await settledSnap('saved-searches-1-save-dialog');
    await page.getByTestId('save-search-confirm').click();
    expect(await page.getByTestId('save-search-saved').textContent()).toContain('已保存搜索「电焊」');

    // Only the filters are saved: no facets, sort or paging.
    const [saved] = ok(await t.gql(SAVED, {}, seeker.token)).mySavedSearches;
    expect(JSON.parse(saved.criteriaJson)).toEqual({ keyword: '电焊' });

    await page.getByTestId('nav-subscriptions').click();
    const item = page.locator(`[data-testid="saved-search"][data-saved-search-id="${saved.id}"]`);
    await item.waitFor();
    expect(await item.getByTestId('saved-search-name').textContent()).toBe('电焊');
    expect(await item.getByTestId('saved-search-summary').textContent()).toContain('关键词：电焊');
    await page.getByTestId('search-alerts-empty').waitFor();
    await settledSnap('saved-searches-2-list');
  });

  it('shows a newly published matching job as an alert without a reload, and marks it read when opened', async () => {
    // Survives only as long as the document does: a reload would drop it.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    jobs.newWelder = await makePublishedJob(t, employer, officer, {
      title: '电焊工（钢结构）',
      occupation: '电焊工',
      skills: ['电焊'],
      workRegionCode: '622921',
    });
    jobs.newLamian = await makePublishedJob(t, employer, officer, {
      title: '拉面学徒',
      occupation: '中式面点师',
      skills: ['拉面'],
      description: '跟师傅学习手工拉面。',
      workRegionCode: '622901',
    });
    await t.drainSearch();

    const alert = alertItem(jobs.newWelder);
    await alert.waitFor();
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await alert.getAttribute('data-read')).toBe('false');
    expect(await alert.getByTestId('search-alert-title').textContent()).toBe('电焊工（钢结构）');
    expect(await alert.getByTestId('search-alert-search-name').textContent()).toContain('电焊');
    await alert.getByTestId('search-alert-unread').waitFor();
    // Only the new 电焊 job: not the one published before saving, not the 拉面 job.
    expect(await page.getByTestId('search-alert').count()).toBe(1);
    await page.locator('[data-testid="search-alerts-unread-count"][data-count="1"]').waitFor();
    await page.locator('[data-testid="nav-subscriptions-unread"][data-count="1"]').waitFor();
    await settledSnap('saved-searches-3-alert');

    await alert.getByTestId('search-alert-link').click();
    await page.locator(`[data-testid="job-detail"][data-job-id="${jobs.newWelder}"]`).waitFor();
    const unread = await eventually(
      async () => ok(await t.gql(UNREAD, {}, seeker.token)).mySearchAlerts as unknown[],
      (alerts) => alerts.length === 0,
    );
    expect(unread).toEqual([]);

    await page.goBack();
    await page.locator(`[data-testid="search-alert"][data-job-id="${jobs.newWelder}"][data-read="true"]`).waitFor();
    expect(await alertItem(jobs.newWelder).getByTestId('search-alert-unread').count()).toBe(0);
    await page.locator('[data-testid="nav-subscriptions-unread"][data-count="0"]').waitFor();
    await settledSnap('saved-searches-4-read');
  });

  it('opens the job list with the saved filters from 查看', async () => {
    await page.getByTestId('saved-search-view').click();
    await page.waitForURL((url) => url.pathname === '/jobs' && url.searchParams.get('q') === '电焊');
    await card(jobs.newWelder).waitFor();
    expect(await page.getByTestId('filter-keyword').inputValue()).toBe('电焊');
    const ids = await page.getByTestId('job-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')));
    expect(ids.sort()).toEqual([jobs.welder, jobs.newWelder].sort());
  });

  it('marks every alert read at once', async () => {
    await page.getByTestId('nav-subscriptions').click();
    await page.getByTestId('saved-search').waitFor();
    jobs.thirdWelder = await makePublishedJob(t, employer, officer, {
      title: '氩弧焊电焊工',
      occupation: '电焊工',
      skills: ['电焊', '氩弧焊'],
      workRegionCode: '622901',
    });
    await t.drainSearch();
    await page.locator(`[data-testid="search-alert"][data-job-id="${jobs.thirdWelder}"][data-read="false"]`).waitFor();
    // Newest first.
    const order = await page.getByTestId('search-alert').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')));
    expect(order).toEqual([jobs.thirdWelder, jobs.newWelder]);
    await page.getByTestId('search-alerts-mark-all-read').click();
    await page.locator(`[data-testid="search-alert"][data-job-id="${jobs.thirdWelder}"][data-read="true"]`).waitFor();
    await page.locator('[data-testid="nav-subscriptions-unread"][data-count="0"]').waitFor();
    const unread = await eventually(
      async () => ok(await t.gql(UNREAD, {}, seeker.token)).mySearchAlerts as unknown[],
      (alerts) => alerts.length === 0,
    );
    expect(unread).toEqual([]);
  });

  it('deletes a saved search after confirming, with its alerts', async () => {
    await page.getByTestId('saved-search-delete').click();
    await page.getByTestId('saved-search-delete-confirm').click();
    await page.getByTestId('saved-searches-empty').waitFor();
    await page.getByTestId('search-alerts-empty').waitFor();
    expect(ok(await t.gql(SAVED, {}, seeker.token)).mySavedSearches).toEqual([]);
  });
});
