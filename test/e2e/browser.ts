import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD } from '@jobbridge/testing';
import { Browser, chromium, Locator, Page } from 'playwright-core';

/** Debian's Chromium; Playwright's own browser download cannot run here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
/** In CI a missing browser fails the run; on a newcomer's machine the journeys are skipped with this reason. */
export const describeBrowser = hasChromium || process.env.CI === 'true' ? describe : describe.skip;
export const SKIP_REASON = `browser journeys skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)`;

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
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The built web app the journeys serve; `E2E_WEB_DIST` points a parallel build elsewhere (vite build --outDir). */
export const WEB_DIST = process.env.E2E_WEB_DIST ?? join(__dirname, '../../dist/web');

/**
 * Clicks `target` until `done` shows. Ant Design re-aligns a dropdown or popconfirm when the page scrolls, a frame or
 * more later on a busy machine: a click whose press and release land on different elements is lost, and nothing
 * happens. Only for clicks that are harmless to repeat while `done` has not appeared; stops as soon as `target` is gone
 * (its popup closed: the click went through) and then waits for `done` as long as any step.
 */
export async function clickUntil(target: Locator, done: Locator | ((timeout?: number) => Promise<unknown>), attempts = 4): Promise<void> {
  const until = typeof done === 'function' ? done : (timeout?: number) => done.waitFor({ timeout });
  for (let attempt = 1; ; attempt++) {
    await target.click();
    try {
      await until(attempt < attempts ? 5_000 : undefined);
      return;
    } catch (e) {
      if (attempt >= attempts) throw e;
      if (!(await target.isVisible())) {
        await until();
        return;
      }
    }
  }
}

/**
 * Picks a path in a dropdown (antd Select, Cascader): opens the field `testId`, centred first so its popup fits
 * without scrolling the page, then clicks each option in turn until the next one shows (the last: until it is picked).
 */
export async function pickOptions(page: Page, testId: string, optionTestIds: string[]): Promise<void> {
  const field = page.getByTestId(testId);
  await field.waitFor();
  await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await field.click();
  for (const [i, id] of optionTestIds.entries()) {
    const option = page.getByTestId(id);
    const next = optionTestIds[i + 1];
    // The last: its popup closes, or (a cascader that takes any level) the option stays open and marked active.
    const picked = (timeout?: number) =>
      Promise.any([
        option.waitFor({ state: 'hidden', timeout }),
        page.locator('li.ant-cascader-menu-item-active', { has: option }).waitFor({ timeout }),
      ]);
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
