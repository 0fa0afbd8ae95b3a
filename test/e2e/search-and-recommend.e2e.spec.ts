import { createTestApp, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, TestApp } from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, hasChromium, launchBrowser, SKIP_REASON, snap, signIn, WEB_DIST } from './browser';

/** A seeker searches in Chinese with filters and a region facet, then opens 为你推荐 and reads why a job fits. */
describeBrowser(hasChromium ? 'search and recommendations in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const jobs: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    const employer = await makeEmployer(t);
    const officer = await makeOfficer(t, '620000');
    jobs.welder = await makePublishedJob(t, employer, officer, {
      title: '电焊工',
      occupation: '电焊工',
      skills: ['电焊', '气割', '识图'],
      workRegionCode: '622921',
      lat: 35.49,
      lng: 103.0,
    });
    jobs.welderQy = await makePublishedJob(t, employer, officer, {
      title: '焊工（庆阳）',
      occupation: '电焊工',
      skills: ['电焊'],
      workRegionCode: '621002',
      lat: 35.73,
      lng: 107.64,
    });
    jobs.lamian = await makePublishedJob(t, employer, officer, {
      title: '牛肉拉面师',
      occupation: '中式面点师',
      skills: ['拉面'],
      description: '门店手工拉面出品，熬制牛肉汤。',
      workRegionCode: '622901',
      lat: 35.6,
      lng: 103.21,
    });
    await t.drainSearch();
    const seeker = await makeSeeker(t, {
      fullName: '马永福',
      skills: ['电焊', '气割'],
      desiredOccupations: ['焊工'],
      residenceRegionCode: '622921',
      residenceLat: 35.52,
      residenceLng: 103.04,
    });
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

  const cardIds = async () => page.getByTestId('job-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-job-id')));

  it('finds 电焊 jobs by keyword, highlights the match, and narrows by a region facet', async () => {
    await page.goto(`${t.url}/jobs`);
    await page.getByTestId('filter-keyword').fill('电焊');
    await page.getByTestId('filter-submit').click();
    // The unfiltered list shows every job first: wait until the 拉面 job has gone, i.e. the keyword results are in.
    await page.locator(`[data-testid="job-card"][data-job-id="${jobs.lamian}"]`).waitFor({ state: 'detached' });
    await page.locator(`[data-testid="job-card"][data-job-id="${jobs.welderQy}"]`).waitFor();
    expect((await cardIds()).sort()).toEqual([jobs.welder, jobs.welderQy].sort());
    expect(
      await page.locator(`[data-testid="job-card"][data-job-id="${jobs.welder}"] [data-testid="job-card-highlight"]`).innerHTML(),
    ).toContain('<mark>电焊</mark>');

    await page.getByTestId('facet-region-622921').click();
    await page.locator(`[data-testid="job-card"][data-job-id="${jobs.welderQy}"]`).waitFor({ state: 'detached' });
    expect(await cardIds()).toEqual([jobs.welder]);
    await snap(page, 'search-1-filtered');
  });

  it('recommends the welding job first, with the reasons shown', async () => {
    await page.goto(`${t.url}/me/recommendations`);
    const first = page.getByTestId('recommendation').first();
    await first.waitFor();
    expect(await first.getAttribute('data-job-id')).toBe(jobs.welder);
    const reasons = await first.getByTestId('match-reason').allTextContents();
    expect(reasons.join(' ')).toContain('技能匹配 2/3');
    await snap(page, 'search-2-recommendations');
  });
});
