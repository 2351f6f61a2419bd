/** Debian's Chromium driven by playwright-core (never a downloaded browser). */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { launchChromium } from '../../scripts/chromium.ts';

function launch(): Promise<Browser> {
  return launchChromium();
}

/** A fresh browser context: no storage, no history, as a colleague opening a shared link. */
export async function coldPage(browser: Browser, options: { locale?: string; reducedMotion?: 'reduce' } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: options.locale ?? 'en-US', reducedMotion: options.reducedMotion ?? 'reduce' });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  (page as Page & { jsErrors: string[] }).jsErrors = errors;
  return page;
}

export const jsErrors = (page: Page): string[] => (page as Page & { jsErrors?: string[] }).jsErrors ?? [];

/** Waits until no CSS animation or transition is running, so colours are final before axe reads them. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 3000 });
}

/** One browser for a test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running yet');
    return browser;
  };
}

/**
 * Pages are prerendered: text and links are there before the app starts. Before
 * pressing keys or buttons that only the app handles, wait until it has taken
 * the page over (it then announces the step in its live region).
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (document.querySelector('[data-testid="announcer"]')?.textContent ?? '') !== '', undefined, { timeout: 10_000 });
}
