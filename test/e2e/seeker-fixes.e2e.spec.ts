import { createTestApp, makeEmployer, makeOfficer, makePublishedJob, makeSeeker, ok, TestApp } from '@jobbridge/testing';
import type { Browser, Page } from 'playwright-core';
import { describeBrowser, freshPages, hasChromium, launchBrowser, see, signIn, SKIP_REASON, snap, WEB_DIST } from './browser';

const MY_APPLICATIONS = `{ myApplications(first: 20) { edges { node { source jobPosting { id } } } } }`;

/**
 * What a seeker hit (issue 10): a keyword over the server's 50 characters turned the list into 加载失败 and re-sent
 * the search about three times a second; `/jobs/<not an id>` said 服务器开小差 instead of 岗位不存在.
 */
describeBrowser(hasChromium ? 'seeker fixes in the browser' : SKIP_REASON, () => {
  let t: TestApp;
  let browser: Browser;
  const jobs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { WEB_DIST_DIR: WEB_DIST } });
    const employer = await makeEmployer(t);
    const officer = await makeOfficer(t, '620000');
    for (const title of ['电焊工', '电焊工（夜班）', '钢结构焊工']) {
      jobs.push(await makePublishedJob(t, employer, officer, { title, occupation: '电焊工', skills: ['电焊'], workRegionCode: '622921' }));
    }
    await t.drainSearch();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const newPage = freshPages(() => browser, 'seeker-fixes');
  /** A signed-out page of its own, with the SearchJobs requests it sends. */
  async function openRecording(): Promise<{ page: Page; searches: string[] }> {
    const page = await newPage({ viewport: { width: 1366, height: 900 } });
    const searches: string[] = [];
    page.on('request', (r) => {
      const body = r.postData() ?? '';
      if (r.url().endsWith('/graphql') && body.includes('"operationName":"SearchJobs"')) searches.push(body);
    });
    return { page, searches };
  }

  it('the keyword box keeps at most 50 characters, and the search goes through', async () => {
    const { page } = await openRecording();
    await page.goto(`${t.url}/jobs`);
    await see(page.getByTestId('job-card').first()).toBeVisible();
    const box = page.getByTestId('filter-keyword');
    await box.fill('电焊'.repeat(30)); // 60 characters
    await see(box).toHaveValue('电焊'.repeat(25));
    await page.getByTestId('filter-submit').click();
    await see(page).toHaveURL((url) => url.searchParams.get('q') === '电焊'.repeat(25));
    await see(page.getByTestId('job-list').or(page.getByTestId('job-list-empty')).first()).toBeVisible();
    await see(page.getByTestId('query-error')).toHaveCount(0);
  });

  it('a refused search (an over-long keyword in the address) is asked once, and 重试 clears the filters', async () => {
    const { page, searches } = await openRecording();
    await page.goto(`${t.url}/jobs?q=${encodeURIComponent('焊'.repeat(80))}`);
    await see(page.getByTestId('query-error')).toBeVisible();
    // Give a looping page every chance to show itself: the list's own provinces query answers after the search.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.getByTestId('filter-region').click();
    await see(page.getByTestId('filter-region-option-620000')).toBeVisible();
    await page.keyboard.press('Escape');
    // Counted now, not retried: a page that loops would only send more.
    expect(searches).toHaveLength(1);
    await snap(page, 'seeker-long-keyword-refused');
    await page.getByTestId('query-error').getByRole('button').click();
    await see(page.getByTestId('job-card').first()).toBeVisible();
    await see(page).toHaveURL((url) => url.pathname === '/jobs' && !url.searchParams.has('q'));
  });

  it('a pay over the server’s limit cannot be typed: the box stops at it, and the search is asked once', async () => {
    const { page, searches } = await openRecording();
    await page.goto(`${t.url}/jobs`);
    await see(page.getByTestId('job-card').first()).toBeVisible();
    searches.length = 0;
    await page.getByTestId('filter-pay-min').fill('99999999999'); // the box stops at 1,000,000, the server's limit
    await page.getByTestId('filter-submit').click();
    await see(
      page.getByTestId('query-error').or(page.getByTestId('job-list')).or(page.getByTestId('job-list-empty')).first(),
    ).toBeVisible();
    await page.getByTestId('filter-region').click();
    await see(page.getByTestId('filter-region-option-620000')).toBeVisible();
    await page.keyboard.press('Escape');
    await snap(page, 'seeker-pay-refused');
    // Counted now, not retried: a page that loops would only send more.
    expect(searches.length).toBeLessThanOrEqual(1);
    await see(page.getByTestId('query-error')).toHaveCount(0);
    await see(page.getByTestId('filter-pay-min')).toHaveValue('1000000');
    // The pay filter says how it matches: a posting whose range overlaps the one typed.
    await see(page.getByTestId('filter-pay-hint')).toContainText('重叠');
  });

  it('a malformed job address and an unknown job both say 岗位不存在', async () => {
    const { page } = await openRecording();
    for (const id of ['not-a-real-id', '00000000-0000-4000-8000-000000000000']) {
      await page.goto(`${t.url}/jobs/${id}`);
      await see(page.getByTestId('job-not-found')).toContainText('岗位不存在');
    }
  });

  it('records the channel an application came through: a recommendation card, a page opened from it, the search list', async () => {
    const seeker = await makeSeeker(t, {
      fullName: '马永福',
      skills: ['电焊'],
      desiredOccupations: ['电焊工'],
      residenceRegionCode: '622921',
    });
    const { page: seekerPage } = await openRecording();
    await signIn(seekerPage, t.url, seeker.phone);
    await seekerPage.goto(`${t.url}/me/recommendations`);
    // 1. The card's own 投递 button.
    const card = seekerPage.locator(`[data-testid="recommendation"][data-job-id="${jobs[0]}"]`);
    await card.getByTestId('apply-button').click();
    await see(card.getByTestId('apply-status')).toBeVisible();
    // 2. The job page opened from another recommendation card.
    await seekerPage.locator(`[data-testid="recommendation"][data-job-id="${jobs[1]}"]`).getByTestId('job-card-link').click();
    await see(seekerPage).toHaveURL((url) => url.pathname === `/jobs/${jobs[1]}` && url.searchParams.get('from') === 'recommendation');
    await see(seekerPage.getByTestId('recommendation')).toHaveCount(0);
    await seekerPage.getByTestId('apply-button').click();
    await see(seekerPage.getByTestId('apply-status')).toBeVisible();
    // 3. The job page opened from the search list.
    await seekerPage.goto(`${t.url}/jobs`);
    await seekerPage.locator(`[data-testid="job-card"][data-job-id="${jobs[2]}"]`).click();
    await see(seekerPage).toHaveURL((url) => url.pathname === `/jobs/${jobs[2]}`);
    await see(seekerPage.getByTestId('job-card')).toHaveCount(0);
    await seekerPage.getByTestId('apply-button').click();
    await see(seekerPage.getByTestId('apply-status')).toBeVisible();

    const sources = Object.fromEntries(
      ok(await t.gql(MY_APPLICATIONS, {}, seeker.token)).myApplications.edges.map(
        (e: { node: { source: string; jobPosting: { id: string } } }) => [e.node.jobPosting.id, e.node.source],
      ),
    );
    expect(sources).toEqual({ [jobs[0]]: 'RECOMMENDATION', [jobs[1]]: 'RECOMMENDATION', [jobs[2]]: 'SEARCH' });
  });
});
