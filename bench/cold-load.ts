/**
 * One cold load of a question page in headless Chromium (Debian's, driven by
 * playwright-core), in a new browser context: paint, first clickable answer
 * (./instrument.ts says how each is measured), then one answer clicked. A
 * navigation that reloads the document instead of routing client-side is
 * reported (clientSide: false) rather than measured.
 */
import type { Browser } from 'playwright-core';
import { benchState, type BenchState } from './instrument.ts';
import { openCold, type Profile } from './profiles.ts';

export interface LoadSample {
  readonly fcp: number | null;
  readonly shown: number | null;
  readonly clickable: number | null;
  readonly jsBeforeClickable: { readonly bytes: number; readonly files: readonly string[] } | null;
  readonly clickToNext: number | null;
  readonly clickToSettled: number | null;
  readonly clientSide: boolean;
  readonly nextTitle: string | null;
  readonly errors: readonly string[];
}

/** One cold load of `url`: paint, first clickable answer, then one answer clicked. */
export async function coldLoad(browser: Browser, url: string, profile: Profile): Promise<LoadSample> {
  const { context, page, errors, timeout } = await openCold(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.clickable !== null, undefined, { timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.fcp !== null, undefined, { timeout: 5000 }).catch(() => undefined);
    const loaded = await benchState(page);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.locator('a[data-answer]').first().click({ timeout });
    let clickToNext: number | null = null;
    let clickToSettled: number | null = null;
    let nextTitle: string | null = null;
    let clientSide = false;
    try {
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.nextPainted !== null, undefined, { timeout });
      // An endless animation (a spinner) would never settle: then settled stays unknown.
      await page
        .waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.nextSettled !== null, undefined, { timeout: 5000 })
        .catch(() => errors.push('an animation was still running 5 s after the click'));
      clientSide = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
      const after = await benchState(page);
      if (clientSide && after.click !== null && after.nextPainted !== null) clickToNext = after.nextPainted - after.click;
      if (clientSide && after.click !== null && after.nextSettled !== null) clickToSettled = after.nextSettled - after.click;
      nextTitle = after.nextTitle;
    } catch (e) {
      clientSide = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true).catch(() => false);
      errors.push(`no next question after the click${clientSide ? '' : ' (the document was reloaded: not routed client-side)'}: ${String(e).split('\n')[0]}`);
    }
    return {
      fcp: loaded.fcp,
      shown: loaded.shown,
      clickable: loaded.clickable,
      jsBeforeClickable: loaded.jsBeforeClickable,
      clickToNext,
      clickToSettled,
      clientSide,
      nextTitle,
      errors,
    };
  } finally {
    await context.close();
  }
}
