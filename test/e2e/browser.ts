import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PASSWORD } from '@jobbridge/testing';
import { Browser, chromium, Page } from 'playwright-core';

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
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
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
