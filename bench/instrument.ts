/**
 * What the bench measures inside a page, in ms since navigation start
 * (installed before any of the page's scripts; read back with benchState):
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
 */
import type { Page } from 'playwright-core';

export interface BenchState {
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
export const INSTRUMENT = `var __name = (f) => f; (${instrument.toString()})();`;

export const benchState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench);
