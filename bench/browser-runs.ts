/**
 * The browser part of the bench: for each profile, N cold loads of the app and
 * of the floor, interleaved (so a slow moment of the machine hits both
 * alike), and N early clicks on the app; the medians, printed app against
 * floor.
 */
import type { Browser } from 'playwright-core';
import { coldLoad, type LoadSample } from './cold-load.ts';
import { earlyClick, type EarlyClickSample } from './early-click.ts';
import { compare, kib, log, median, ms, ratio, showRatio, table } from './numbers.ts';
import { PROFILES } from './profiles.ts';

export interface Summary {
  readonly fcp: number | null;
  readonly shown: number | null;
  readonly clickable: number | null;
  readonly clickToNext: number | null;
  readonly clickToSettled: number | null;
  /** Median bytes of JS fetched (gzip, as sent) before the answers were clickable. */
  readonly jsBeforeClickable: number | null;
  readonly samples: readonly LoadSample[];
}

interface EarlySummary {
  readonly runs: number;
  readonly opened: number;
  readonly beforeApp: number;
  readonly pageLoads: number;
  readonly clickedAt: number | null;
  readonly clickToNext: number | null;
  readonly errors: readonly string[];
}

export type BrowserResults = Record<string, { label: string; app: Summary; floor: Summary; early: EarlySummary }>;

const summarize = (samples: LoadSample[]): Summary => ({
  fcp: median(samples.map((s) => s.fcp)),
  shown: median(samples.map((s) => s.shown)),
  clickable: median(samples.map((s) => s.clickable)),
  clickToNext: median(samples.map((s) => s.clickToNext)),
  clickToSettled: median(samples.map((s) => s.clickToSettled)),
  jsBeforeClickable: median(samples.map((s) => s.jsBeforeClickable?.bytes ?? null)),
  samples,
});

const summarizeEarly = (samples: EarlyClickSample[]): EarlySummary => ({
  runs: samples.length,
  opened: samples.filter((s) => s.nextTitle !== null).length,
  beforeApp: samples.filter((s) => s.beforeApp).length,
  pageLoads: samples.filter((s) => s.pageLoad).length,
  clickedAt: median(samples.map((s) => s.clickedAt)),
  clickToNext: median(samples.map((s) => s.clickToNext)),
  errors: [...new Set(samples.flatMap((s) => s.errors))],
});

export interface BrowserRunOptions {
  readonly appUrl: string;
  readonly floorUrl: string;
  /** The heading of the question the first answer opens: what an early click must show. */
  readonly nextTitle: string;
  readonly runs: number;
  readonly slowProfile: boolean;
}

export async function runBrowser(browser: Browser, o: BrowserRunOptions): Promise<BrowserResults> {
  const results: BrowserResults = {};
  for (const profile of PROFILES) {
    if (profile.id !== 'fast' && !o.slowProfile) continue;
    const app: LoadSample[] = [];
    const floor: LoadSample[] = [];
    const early: EarlyClickSample[] = [];
    process.stdout.write(`\nBROWSER  ${profile.label}: ${o.runs} cold loads each, and ${o.runs} early clicks `);
    for (let i = 0; i < o.runs; i++) {
      app.push(await coldLoad(browser, o.appUrl, profile));
      floor.push(await coldLoad(browser, o.floorUrl, profile));
      early.push(await earlyClick(browser, o.appUrl, profile, o.nextTitle));
      process.stdout.write('.');
    }
    log();
    results[profile.id] = { label: profile.label, app: summarize(app), floor: summarize(floor), early: summarizeEarly(early) };
  }
  return results;
}

export function printBrowser(results: BrowserResults, runs: number, chromiumVersion: string): void {
  for (const [id, r] of Object.entries(results)) {
    log();
    log(`BROWSER  ${r.label} — median of ${runs} cold loads, ms since navigation start (Chromium ${chromiumVersion})`);
    log(
      table(
        ['', 'app', 'floor', 'app/floor'],
        [
          compare('first contentful paint', r.app.fcp, r.floor.fcp, ms),
          compare('answers on screen', r.app.shown, r.floor.shown, ms),
          compare('answers on screen and clickable', r.app.clickable, r.floor.clickable, ms),
          compare('click → next question painted', r.app.clickToNext, r.floor.clickToNext, ms),
          compare('click → next question settled', r.app.clickToSettled, r.floor.clickToSettled, ms),
          compare('JS fetched before clickable (gzip)', r.app.jsBeforeClickable, r.floor.jsBeforeClickable, kib),
        ],
      ),
    );
    const e = r.early;
    log(
      `early click (the first answer clicked the moment it is painted, at ${ms(e.clickedAt)}): the next question opened in ${e.opened} of ${e.runs} ` +
        `(${e.beforeApp} clicked before the app had started; ${e.pageLoads} as a page load, ${e.runs - e.pageLoads} routed by the app), ` +
        `click → next question on screen ${ms(e.clickToNext)}${e.errors.length ? `; problems: ${e.errors.join(' | ')}` : ''}`,
    );
    log(
      `first clickable answer (a prerendered link that works before the app starts) / floor first contentful paint = ${showRatio(ratio(r.app.shown, r.floor.fcp))} (target ≤ 1.20×) [${id}]`,
    );
    log(`first answer handled by the app in the page (hydrated) / floor first contentful paint = ${showRatio(ratio(r.app.clickable, r.floor.fcp))} [${id}]`);
    for (const [name, s] of [
      ['app', r.app],
      ['floor', r.floor],
    ] as const) {
      const bad = s.samples.filter((x) => !x.clientSide || x.errors.length > 0);
      if (bad.length > 0)
        log(
          `${name}: ${bad.length} load(s) with problems: ${[...new Set(bad.flatMap((x) => (x.clientSide ? x.errors : ['not routed client-side', ...x.errors])))].join(' | ')}`,
        );
    }
  }
}
