import { createTestApp, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, TestApp } from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, see, SKIP_REASON, snap, signIn, WEB_DIST } from './browser';

/** A seeker searches in Chinese with filters and a region facet, then opens 为你推荐 and reads why a job fits. */
describeBrowser(hasChromium ? 'search and recommendations in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  let seekerPhone: string;
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
    seekerPhone = seeker.phone;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'search');
  /** Each test signs the seeker in on a page of its own. */
  async function seekerPage(): Promise<Page> {
    const page = await newPage();
    await signIn(page, t.url, seekerPhone);
    await see(page.getByTestId('user-menu')).toBeVisible();
    return page;
  }
  const card = (page: Page, id: string) => page.locator(`[data-testid="job-card"][data-job-id="${id}"]`);

  it('finds 电焊 jobs by keyword, highlights the match, and narrows by a region facet', async () => {
    const page = await seekerPage();
    await page.goto(`${t.url}/jobs`);
    await page.getByTestId('filter-keyword').fill('电焊');
    await page.getByTestId('filter-submit').click();
    // Exactly the two welding jobs, whatever order they rank in: the unfiltered list (the 拉面 job with them) is gone.
    const cards = page.getByTestId('job-card');
    await see(cards).toHaveCount(2);
    await see(card(page, jobs.lamian)).toHaveCount(0);
    await see(card(page, jobs.welder)).toBeVisible();
    await see(card(page, jobs.welderQy)).toBeVisible();
    await see.poll(() => card(page, jobs.welder).getByTestId('job-card-highlight').innerHTML()).toContain('<mark>电焊</mark>');

    await page.getByTestId('facet-region-622921').click();
    await see(cards).toHaveCount(1);
    await see(cards).toHaveAttribute('data-job-id', jobs.welder);
    await snap(page, 'search-1-filtered');
  });

  it('recommends the welding job first, with the reasons shown', async () => {
    const page = await seekerPage();
    await page.goto(`${t.url}/me/recommendations`);
    const first = page.getByTestId('recommendation').first();
    await see(first).toHaveAttribute('data-job-id', jobs.welder);
    await see(first.getByTestId('match-reason').filter({ hasText: '技能匹配 2/3' })).toHaveCount(1);
    await snap(page, 'search-2-recommendations');
  });
});
