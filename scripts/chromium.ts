/**
 * Debian's Chromium, as every browser run here starts it (tests, bench,
 * screenshots): playwright-core never downloads a browser of its own. The
 * background-networking flags keep it off the closed network at start.
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with those flags (and `extra`, e.g. a bench's --js-flags). */
export function launchChromium(extra: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extra] });
}

/** A page in a fresh context (no storage, no history), in `locale`, with reduced motion: as the screenshots show the app. */
export async function freshPage(browser: Browser, locale = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, reducedMotion: 'reduce' });
  return context.newPage();
}
