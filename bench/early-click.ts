/**
 * Checks that an answer is clickable as soon as it is on screen: clicks the
 * first answer the moment it is painted (before the app has started, on a
 * prerendered page) and reports whether the next question opened and how (a
 * page load, or routed by the app), and how long that took.
 */
import type { Browser } from 'playwright-core';
import type { BenchState } from './instrument.ts';
import { openCold, type Profile } from './profiles.ts';

export interface EarlyClickSample {
  /** ms since navigation start when the answer was clicked (just after it was first painted). */
  readonly clickedAt: number | null;
  /** The app had not started yet (no React props on the link) when it was clicked. */
  readonly beforeApp: boolean;
  /** The next question's heading, once it showed (null: it never did). */
  readonly nextTitle: string | null;
  /** Wall-clock ms from the click to the next question's heading on screen. */
  readonly clickToNext: number | null;
  /** The next question opened by loading its (prerendered) page, not routed in the page. */
  readonly pageLoad: boolean;
  readonly errors: readonly string[];
}

/** One cold load of `url`; the first answer is clicked the moment it is painted. */
export async function earlyClick(browser: Browser, url: string, profile: Profile, expectedNext: string): Promise<EarlyClickSample> {
  const { context, page, errors, timeout } = await openCold(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.shown !== null, undefined, { timeout, polling: 'raf' });
    const before = await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
      const a = document.querySelector('a[data-answer]');
      return { at: performance.now(), beforeApp: a !== null && !Object.keys(a).some((k) => k.startsWith('__reactProps$')) };
    });
    const t0 = Date.now();
    await page.locator('a[data-answer]').first().click({ timeout, noWaitAfter: true });
    let nextTitle: string | null = null;
    let clickToNext: number | null = null;
    try {
      await page.locator('h1', { hasText: expectedNext }).waitFor({ timeout });
      clickToNext = Date.now() - t0;
      nextTitle = (await page.locator('h1').first().textContent())?.trim() ?? null;
    } catch (e) {
      errors.push(`the next question did not open: ${String(e).split('\n')[0]}`);
    }
    const sameDocument = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true).catch(() => false);
    return { clickedAt: before.at, beforeApp: before.beforeApp, nextTitle, clickToNext, pageLoad: !sameDocument, errors };
  } finally {
    await context.close();
  }
}
