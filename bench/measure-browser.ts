/**
 * Cold loads in headless Chromium (Debian's, driven by playwright-core), each
 * in a new browser context (no cache, no storage). Measured inside the page,
 * in ms since navigation start:
 *   fcp        first-contentful-paint (PerformanceObserver 'paint')
 *   shown      first frame painted after an answer link (a[data-answer]) is laid out
 *   clickable  first frame painted after an answer link is shown AND React has
 *              attached its props to it (the `__reactProps$…` key React sets on the
 *              DOM nodes it manages, after createRoot or hydrateRoot): a click is
 *              then handled by the router, not a full page load
 *   jsBeforeClickable  bytes of JavaScript fetched (as sent: gzip) by then, from the
 *              Resource Timing entries: a check on the static first-load count that
 *              also sees chunks imported dynamically at start-up
 *   clickToNext  from the click event's timestamp to the first frame painted after
 *              the h1 changed to the next question
 *   clickToSettled  from the click to the first frame with no animation running
 *              (the app fades a new step in; the floor does not animate)
 * A navigation that reloads the document instead of routing client-side is
 * reported (clientSide: false) rather than measured.
 *
 * `earlyClick` checks that an answer is clickable as soon as it is on screen:
 * it clicks the first answer the moment it is painted (before the app has
 * started, on a prerendered page) and reports whether the next question opened
 * and how (a page load, or routed by the app), and how long that took.
 */
import type { Browser, Page } from 'playwright-core';

export interface Profile {
  readonly id: string;
  readonly label: string;
  /** CDP Network.emulateNetworkConditions; none = loopback speed. */
  readonly network?: { readonly latency: number; readonly downloadThroughput: number; readonly uploadThroughput: number };
  readonly cpuSlowdown?: number;
}

export const PROFILES: readonly Profile[] = [
  { id: 'fast', label: 'unthrottled (loopback)' },
  {
    id: 'slow-vpn',
    label: 'slow VPN: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x slower',
    network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
    cpuSlowdown: 4,
  },
];

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

interface BenchState {
  fcp: number | null;
  shown: number | null;
  clickable: number | null;
  jsBeforeClickable: { bytes: number; files: string[] } | null;
  click: number | null;
  nextPainted: number | null;
  nextSettled: number | null;
  nextTitle: string | null;
}

/** Runs in the page before any of its scripts. */
function instrument() {
  const b: BenchState & { seenShown?: boolean; seenClickable?: boolean } = {
    fcp: null,
    shown: null,
    clickable: null,
    jsBeforeClickable: null,
    click: null,
    nextPainted: null,
    nextSettled: null,
    nextTitle: null,
  };
  (window as unknown as { __bench: BenchState }).__bench = b;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));
  const onScreen = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  const reactive = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactProps$'));
  const check = () => {
    if (b.seenClickable) return;
    const links = [...document.querySelectorAll('a[data-answer]')];
    const shownLinks = links.filter(onScreen);
    if (shownLinks.length === 0) return;
    if (!b.seenShown) {
      b.seenShown = true;
      afterPaint(() => (b.shown = performance.now()));
    }
    if (shownLinks.some(reactive)) {
      b.seenClickable = true;
      afterPaint(() => {
        const now = performance.now();
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e): e is PerformanceResourceTiming => e instanceof PerformanceResourceTiming && /\.m?js(?:[?#]|$)/.test(e.name) && e.responseEnd <= now);
        b.jsBeforeClickable = {
          bytes: scripts.reduce((n, e) => n + e.encodedBodySize, 0),
          files: scripts.map((e) => new URL(e.name).pathname),
        };
        b.clickable = now;
      });
    }
  };
  // DOM insertions (client render, streamed HTML) are seen at once; hydration
  // changes no DOM, so poll every frame as well.
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const poll = () => {
    check();
    if (!b.seenClickable) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  document.addEventListener(
    'click',
    (e) => {
      const a = e.target instanceof Element ? e.target.closest('a[data-answer]') : null;
      if (!a || b.click !== null) return;
      b.click = e.timeStamp;
      const h1 = () => document.querySelector('h1')?.textContent?.trim() ?? '';
      const before = h1();
      const watch = new MutationObserver(() => {
        const now = h1();
        if (now === '' || now === before) return;
        watch.disconnect();
        b.nextTitle = now;
        afterPaint(() => {
          b.nextPainted = performance.now();
          const settle = () => {
            if (document.getAnimations().some((x) => x.playState === 'running')) requestAnimationFrame(settle);
            else b.nextSettled = performance.now();
          };
          settle();
        });
      });
      watch.observe(document, { childList: true, subtree: true, characterData: true });
    },
    true,
  );
}

/** tsx/esbuild wraps named inner functions in __name(); define it in the page too. */
const INSTRUMENT = `var __name = (f) => f; (${instrument.toString()})();`;

async function throttle(page: Page, profile: Profile): Promise<void> {
  if (!profile.network && !profile.cpuSlowdown) return;
  const cdp = await page.context().newCDPSession(page);
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  if (profile.cpuSlowdown) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** A page in a new context (no cache, no storage), instrumented and throttled to the profile; script errors collected. */
async function openCold(browser: Browser, profile: Profile) {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript({ content: INSTRUMENT });
  await throttle(page, profile);
  return { context, page, errors, timeout: profile.network ? 60_000 : 15_000 };
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);

/** One cold load of `url`: paint, first clickable answer, then one answer clicked. */
export async function coldLoad(browser: Browser, url: string, profile: Profile): Promise<LoadSample> {
  const { context, page, errors, timeout } = await openCold(browser, profile);
  try {
    await page.goto(url, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.clickable !== null, undefined, { timeout });
    await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.fcp !== null, undefined, { timeout: 5000 }).catch(() => undefined);
    const loaded = await state(page);
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
      const after = await state(page);
      if (clientSide && after.click !== null && after.nextPainted !== null) clickToNext = after.nextPainted - after.click;
      if (clientSide && after.click !== null && after.nextSettled !== null) clickToSettled = after.nextSettled - after.click;
      nextTitle = after.nextTitle;
    } catch (e) {
      clientSide = await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true).catch(() => false);
      errors.push(`no next question after the click${clientSide ? '' : ' (the document was reloaded: not routed client-side)'}: ${String(e).split('\n')[0]}`);
    }
    return { fcp: loaded.fcp, shown: loaded.shown, clickable: loaded.clickable, jsBeforeClickable: loaded.jsBeforeClickable, clickToNext, clickToSettled, clientSide, nextTitle, errors };
  } finally {
    await context.close();
  }
}

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

export function median(values: readonly (number | null)[]): number | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}
