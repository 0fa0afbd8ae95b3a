import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
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
