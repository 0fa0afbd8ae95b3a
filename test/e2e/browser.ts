import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD } from '@jobbridge/testing';
import { expect } from '@playwright/test';
import { Browser, BrowserContext, BrowserContextOptions, chromium, Locator, Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot run here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** In CI a missing browser fails the run; on a newcomer's machine the journeys are skipped with this reason. */
export const describeBrowser = hasChromium || process.env.CI === 'true' ? describe : describe.skip;
export const SKIP_REASON = `browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** How long one step may take on a busy 2-core CI machine: each assertion retries until it holds or this runs out. */
export const STEP_TIMEOUT = 15_000;

/**
 * Playwright's web-first assertions (`await see(locator).toBeVisible()`, `toHaveText`, `toHaveAttribute`, `toHaveCount`,
 * `see.poll(...)`, `see(async () => …).toPass()`), used standalone with playwright-core: each retries until it holds.
 * Named apart from jest's global `expect`, which checks a value once. `toPass` has no default limit outside
 * Playwright's runner: give it `{ timeout: STEP_TIMEOUT }` (or `passes`).
 */
export const see = expect.configure({ timeout: STEP_TIMEOUT });

/** Retries `assertion` (which throws until the page is in the state it checks) until it passes. */
export const passes = (assertion: () => Promise<unknown>, timeout = STEP_TIMEOUT) =>
  see(assertion).toPass({ timeout, intervals: [100, 250, 500] });

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Without the background-networking flags Chromium keeps dialling Google on this closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      // Job-fair video talks: a fake camera and microphone, and no permission prompt.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
    ],
  });
}

/** Saves a screenshot under test-results/ (ignored by git) to look at when a journey fails. */
export async function snap(page: Page, name: string): Promise<void> {
  const dir = join(__dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** Signs in through the login page, as a person would, and waits until it has moved on. */
export async function signIn(page: Page, baseUrl: string, phone: string, password = PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-input').fill(phone);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await see(page).toHaveURL((url) => !url.pathname.startsWith('/login'));
}

/** The built web app the journeys serve; `E2E_WEB_DIST` points a parallel build elsewhere (vite build --outDir). */
export const WEB_DIST = process.env.E2E_WEB_DIST ?? join(__dirname, '../../dist/web');

/**
 * A fresh browser context (no cookies, no storage) for each page a test opens, so no test leans on a page or a session
 * another test left behind. After each test it saves a picture of every page it opened (`<prefix>-last-i-j.png`, to
 * look at when one fails) and closes them.
 */
export function freshPages(browser: () => Browser, prefix: string) {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const [i, c] of contexts.entries())
      for (const [j, p] of c.pages().entries()) await snap(p, `${prefix}-last-${i}-${j}`).catch(() => undefined);
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
  });
  return async function newPage(options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser().newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT);
    return page;
  };
}

/**
 * Clicks `target`, then checks `done` (a locator that must show, or an assertion given a timeout) and clicks again
 * while it fails. Ant Design re-aligns a dropdown or popconfirm when the page scrolls, a frame or more later on a
 * busy machine: a click whose press and release land on different elements is lost, and nothing happens. Only for
 * clicks that are harmless to repeat while `done` has not appeared; once `target` is gone (its popup closed: the click
 * went through) it only waits for `done`.
 */
export async function clickUntil(
  target: Locator,
  done: Locator | ((timeout: number) => Promise<unknown>),
  { attempt = 5_000, timeout = 4 * STEP_TIMEOUT } = {},
): Promise<void> {
  const check = typeof done === 'function' ? done : (t: number) => see(done).toBeVisible({ timeout: t });
  let clicked = false;
  await see(async () => {
    if (!clicked || (await target.isVisible())) {
      await target.click({ timeout: attempt });
      clicked = true;
    }
    await check(attempt);
  }).toPass({ timeout, intervals: [0] });
}

/**
 * Picks a path in a dropdown (antd Select, Cascader): opens the field `testId`, centred first so its popup fits
 * without scrolling the page, then clicks each option in turn until the next one shows (the last: until it is picked).
 */
export async function pickOptions(page: Page, testId: string, optionTestIds: string[]): Promise<void> {
  const field = page.getByTestId(testId);
  await see(field).toBeVisible();
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.click();
  for (const [i, id] of optionTestIds.entries()) {
    const option = page.getByTestId(id);
    const next = optionTestIds[i + 1];
    // The last: its popup closes, or (a cascader that takes any level) the option stays open and marked active.
    const active = page.locator('li.ant-cascader-menu-item-active', { has: option });
    const picked = (timeout: number) =>
      see.poll(async () => !(await option.isVisible()) || (await active.isVisible()), { timeout, message: `${id} picked` }).toBe(true);
    await clickUntil(option, next ? page.getByTestId(next) : picked);
  }
}

/** A province → prefecture → county path in a `RegionCascader` (its options carry `${testId}-option-${code}`). */
export const pickRegionPath = (page: Page, testId: string, codes: string[]) =>
  pickOptions(
    page,
    testId,
    codes.map((code) => `${testId}-option-${code}`),
  );

/**
 * Waits until the page has stopped moving before a screenshot: no finite animation or transition running (endless
 * ones, like a live dot's pulse, aside), checked two frames after the last change so one that is about to start counts.
 */
export async function settled(page: Page): Promise<void> {
  await see
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<boolean>((resolve) =>
              requestAnimationFrame(() =>
                requestAnimationFrame(() =>
                  resolve(
                    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
                  ),
                ),
              ),
            ),
        ),
      { message: 'animations finished', intervals: [50, 100, 250] },
    )
    .toBe(true);
}

/** Marks the open document; `sameDocument` is true only while no reload or navigation away has replaced it. */
export const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __e2eSameDocument: true }));
export const sameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __e2eSameDocument?: boolean }).__e2eSameDocument === true);
