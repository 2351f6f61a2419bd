/**
 * npm run bench — how heavy and how fast the app is, next to the framework
 * floor (bench/floor: react + react-dom + react-router-dom + zustand, one
 * route, one question). Prints numbers, never a pass/fail; bench/README.md
 * explains each one. In one run:
 *   1. builds the app (vite build → dist/, with a manifest) and the floor
 *      (→ bench/.out/floor);
 *   2. bytes: first-load JS and CSS (raw, gzip), lazy chunks, bytes to the
 *      first question and to the start page;
 *   3. headless Chromium, median of N cold loads per profile: first
 *      contentful paint, answers on screen (working links), answers handled by
 *      the app (hydrated), click → next question painted; an early click at
 *      first paint that must open the next question;
 *   4. engine: validate and resolve a generated 10,000-node tree;
 *   5. Lighthouse (mobile preset) on the start page and a deep question.
 * Writes bench/results/<date>-<sha>.json and bench/results/latest.json.
 *
 * Options: --runs=N (default 7, at least 5), --no-build, --no-slow (skip the
 * throttled profile), --no-lighthouse.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { prerenderApp, viteBuild } from '../bench/build.ts';
import { generateTree } from '../bench/engine-tree.ts';
import {
  FLOOR_QUESTION,
  firstLoad,
  floorConfig,
  floorDir,
  htmlFileFor,
  htmlReferences,
  lazyAssets,
  manifestFirstLoad,
  sum,
  type FirstLoad,
  type Sized,
} from '../bench/first-load.ts';
import { lighthouse, type LighthouseResult } from '../bench/lighthouse.ts';
import { PROFILES, coldLoad, earlyClick, median, type EarlyClickSample, type LoadSample } from '../bench/measure-browser.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';
import { serveStatic } from '../bench/static-server.ts';
import { loadContentDir } from '../src/content/load-files.ts';
import { shortestPaths } from '../src/engine/graph.ts';
import { encodePath } from '../src/engine/path-codec.ts';
import { resolveStep } from '../src/engine/resolve.ts';
import { validateContent } from '../src/engine/validate.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const runs = Math.max(5, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7) || 7);

const KiB = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const kib = (n: number | null) => (n === null ? '—' : KiB(n));
const ms = (n: number | null) => (n === null ? '—' : `${Math.round(n)} ms`);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 100) / 100);
const showRatio = (r: number | null) => (r === null ? '—' : `${r.toFixed(2)}×`);
const log = (s = '') => console.log(s);
/** A table row: app, floor, and their ratio. */
const compare = (label: string, app: number | null, floor: number | null, show: (n: number | null) => string): string[] => [
  label,
  show(app),
  show(floor),
  showRatio(ratio(app, floor)),
];

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// --- 1. builds -------------------------------------------------------------
const content = loadContentDir(resolve(root, 'content'));
if (!content.ok) throw new Error('content/ is broken: run npm run content:check');
const rootQuestion = content.value.root;
const appQuestion = `/en/q/${rootQuestion}/`;
/** Where the first answer of the first question leads: what an early click must open. */
const firstNext = content.value.questions[rootQuestion]?.answers[0]?.next ?? '';
const firstNextTitle = content.value.questions[firstNext]?.title.en ?? content.value.causes[firstNext]?.title.en ?? '';
const appStart = '/en/';
const loadAtStart = loadavg()[0] ?? 0;
const builds: { app?: number; floor?: number } = {};
if (!flag('no-build')) {
  log('Building the app (as npm run build: vite build → dist/, then prerendering) and the floor (→ bench/.out/floor) …');
  builds.app = viteBuild({ manifest: true }) + prerenderApp();
  builds.floor = viteBuild({ config: floorConfig });
}

// --- 2. bytes ----------------------------------------------------------------
interface Bytes {
  readonly firstLoad: { readonly js: readonly Sized[]; readonly css: readonly Sized[] };
  readonly js: { readonly raw: number; readonly gzip: number };
  readonly css: { readonly raw: number; readonly gzip: number };
  readonly toFirstQuestion: { readonly page: string; readonly raw: number; readonly gzip: number };
  readonly toStartPage?: { readonly page: string; readonly raw: number; readonly gzip: number };
  readonly lazy: readonly Sized[];
  /** null when the build has no manifest; otherwise whether Vite's manifest names the same first-load files. */
  readonly manifestAgrees: boolean | null;
}

const total = (l: FirstLoad) => ({
  raw: l.html.raw + sum(l.js, 'raw') + sum(l.css, 'raw'),
  gzip: l.html.gzip + sum(l.js, 'gzip') + sum(l.css, 'gzip'),
});

function bytesOf(outDir: string, question: string, start: string | null): Bytes {
  const q = firstLoad(outDir, htmlFileFor(question));
  const s = start ? firstLoad(outDir, htmlFileFor(start)) : null;
  const manifest = manifestFirstLoad(outDir, htmlReferences(outDir, htmlFileFor(question)).js);
  const names = (xs: readonly Sized[]) => xs.map((x) => x.file).join(',');
  return {
    firstLoad: { js: q.js, css: q.css },
    js: { raw: sum(q.js, 'raw'), gzip: sum(q.js, 'gzip') },
    css: { raw: sum(q.css, 'raw'), gzip: sum(q.css, 'gzip') },
    toFirstQuestion: { page: question, ...total(q) },
    ...(s && start ? { toStartPage: { page: start, ...total(s) } } : {}),
    lazy: lazyAssets(outDir, s ? [q, s] : [q]),
    manifestAgrees: manifest ? manifest.js.join(',') === names(q.js) && manifest.css.join(',') === names(q.css) : null,
  };
}

const appBytes = bytesOf(dist, appQuestion, appStart);
const floorBytes = bytesOf(floorDir, FLOOR_QUESTION, null);
// Leave dist/ as `npm run build` writes it: the manifest was only for the cross-check.
if (builds.app !== undefined) rmSync(resolve(dist, '.vite'), { recursive: true, force: true });

log();
log(`BYTES  app ${appQuestion} vs floor ${FLOOR_QUESTION}  (gzip -9; first load = entry HTML + its scripts, stylesheets and their static imports)`);
log(
  table(
    ['', 'app', 'floor', 'app/floor'],
    [
      compare('first-load JS raw', appBytes.js.raw, floorBytes.js.raw, kib),
      compare('first-load JS gzip', appBytes.js.gzip, floorBytes.js.gzip, kib),
      compare('first-load CSS raw', appBytes.css.raw, floorBytes.css.raw, kib),
      compare('first-load CSS gzip', appBytes.css.gzip, floorBytes.css.gzip, kib),
      compare('to first question raw (HTML+JS+CSS)', appBytes.toFirstQuestion.raw, floorBytes.toFirstQuestion.raw, kib),
      compare('to first question gzip', appBytes.toFirstQuestion.gzip, floorBytes.toFirstQuestion.gzip, kib),
      ['to start page /en/ raw', KiB(appBytes.toStartPage?.raw ?? 0), '', ''],
      ['to start page /en/ gzip', KiB(appBytes.toStartPage?.gzip ?? 0), '', ''],
    ],
  ),
);
log(`budget: first-load JS gzip ≤ 1.3× floor = ${KiB(floorBytes.js.gzip * 1.3)} → app ${KiB(appBytes.js.gzip)}: ${appBytes.js.gzip <= floorBytes.js.gzip * 1.3 ? 'within' : 'OVER'}`);
log('first-load files (app): ' + [...appBytes.firstLoad.js, ...appBytes.firstLoad.css].map((f) => `${f.file} ${KiB(f.gzip)}`).join(', '));
log('lazy (loaded on demand, app): ' + (appBytes.lazy.map((f) => `${f.file} ${KiB(f.raw)} raw / ${KiB(f.gzip)} gzip`).join(', ') || 'none'));
if (appBytes.manifestAgrees === false) log('WARNING: the first-load files read from the HTML differ from Vite\'s manifest: check bench/first-load.ts');

// --- 3. engine ---------------------------------------------------------------
const tree = generateTree(10_000);
const validateTimes: number[] = [];
let validated = validateContent(tree.files);
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  validated = validateContent(tree.files);
  validateTimes.push(performance.now() - t0);
}
if (!validated.ok) throw new Error(`the generated tree is not valid: ${validated.error.slice(0, 3).map((e) => `${e.code} ${e.at}`).join('; ')}`);
const deepRaw = encodePath(tree.deepPath);
const resolveTimes: number[] = [];
let resolved = resolveStep(validated.value, { kind: 'question', id: tree.deepTarget }, deepRaw);
for (let i = 0; i < 2000; i++) {
  const t0 = performance.now();
  resolved = resolveStep(validated.value, { kind: 'question', id: tree.deepTarget }, deepRaw);
  resolveTimes.push(performance.now() - t0);
}
if (resolved.status !== 'ok' || resolved.trail.length !== tree.deepPath.length) throw new Error('the deep path did not resolve');
const engine = {
  nodes: tree.questions + tree.causes,
  questions: tree.questions,
  causes: tree.causes,
  validateMs: { median: median(validateTimes), runs: validateTimes.length, samples: validateTimes.map((t) => Math.round(t * 10) / 10) },
  resolveDeepPath: { pairs: tree.deepPath.length, medianUs: (median(resolveTimes) ?? 0) * 1000, runs: resolveTimes.length },
};
log();
log(`ENGINE  generated tree: ${engine.nodes} nodes (${engine.questions} questions, ${engine.causes} causes)`);
log(`validate (zod + structure + graph): median ${ms(engine.validateMs.median)} of ${engine.validateMs.runs}`);
log(`resolve a ${engine.resolveDeepPath.pairs}-answer path: median ${engine.resolveDeepPath.medianUs.toFixed(1)} µs of ${engine.resolveDeepPath.runs}`);

// --- 4. browser --------------------------------------------------------------
const appServer = await serveStatic(dist);
const floorServer = await serveStatic(floorDir);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
type Summary = {
  fcp: number | null;
  shown: number | null;
  clickable: number | null;
  clickToNext: number | null;
  clickToSettled: number | null;
  /** Median bytes of JS fetched (gzip, as sent) before the answers were clickable. */
  jsBeforeClickable: number | null;
  samples: LoadSample[];
};
const summarize = (samples: LoadSample[]): Summary => ({
  fcp: median(samples.map((s) => s.fcp)),
  shown: median(samples.map((s) => s.shown)),
  clickable: median(samples.map((s) => s.clickable)),
  clickToNext: median(samples.map((s) => s.clickToNext)),
  clickToSettled: median(samples.map((s) => s.clickToSettled)),
  jsBeforeClickable: median(samples.map((s) => s.jsBeforeClickable?.bytes ?? null)),
  samples,
});
type EarlySummary = { runs: number; opened: number; beforeApp: number; pageLoads: number; clickedAt: number | null; clickToNext: number | null; errors: string[] };
const summarizeEarly = (samples: EarlyClickSample[]): EarlySummary => ({
  runs: samples.length,
  opened: samples.filter((s) => s.nextTitle !== null).length,
  beforeApp: samples.filter((s) => s.beforeApp).length,
  pageLoads: samples.filter((s) => s.pageLoad).length,
  clickedAt: median(samples.map((s) => s.clickedAt)),
  clickToNext: median(samples.map((s) => s.clickToNext)),
  errors: [...new Set(samples.flatMap((s) => s.errors))],
});
const browserResults: Record<string, { label: string; app: Summary; floor: Summary; early: EarlySummary }> = {};
try {
  for (const profile of PROFILES) {
    if (profile.id !== 'fast' && flag('no-slow')) continue;
    const app: LoadSample[] = [];
    const floor: LoadSample[] = [];
    const early: EarlyClickSample[] = [];
    process.stdout.write(`\nBROWSER  ${profile.label}: ${runs} cold loads each, and ${runs} early clicks `);
    for (let i = 0; i < runs; i++) {
      // Interleaved, so a slow moment of the machine hits both alike.
      app.push(await coldLoad(browser, `${appServer.url}${appQuestion}`, profile));
      floor.push(await coldLoad(browser, `${floorServer.url}${FLOOR_QUESTION}`, profile));
      early.push(await earlyClick(browser, `${appServer.url}${appQuestion}`, profile, firstNextTitle));
      process.stdout.write('.');
    }
    log();
    browserResults[profile.id] = { label: profile.label, app: summarize(app), floor: summarize(floor), early: summarizeEarly(early) };
  }
} finally {
  await browser.close();
}
for (const [id, r] of Object.entries(browserResults)) {
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
  log(`first clickable answer (a prerendered link that works before the app starts) / floor first contentful paint = ${showRatio(ratio(r.app.shown, r.floor.fcp))} (target ≤ 1.20×) [${id}]`);
  log(`first answer handled by the app in the page (hydrated) / floor first contentful paint = ${showRatio(ratio(r.app.clickable, r.floor.fcp))} [${id}]`);
  for (const [name, s] of [['app', r.app], ['floor', r.floor]] as const) {
    const bad = s.samples.filter((x) => !x.clientSide || x.errors.length > 0);
    if (bad.length > 0) log(`${name}: ${bad.length} load(s) with problems: ${[...new Set(bad.flatMap((x) => (x.clientSide ? x.errors : ['not routed client-side', ...x.errors])))].join(' | ')}`);
  }
}

// --- 5. Lighthouse -----------------------------------------------------------
const paths = shortestPaths(content.value);
let deepQuestion = rootQuestion as string;
let deepPairs = paths.get(rootQuestion)?.length ?? 0;
for (const id of Object.keys(content.value.questions).sort()) {
  const n = paths.get(id)?.length ?? 0;
  if (n > deepPairs) [deepQuestion, deepPairs] = [id, n];
}
const deepUrl = `/en/q/${deepQuestion}/?a=${encodePath(paths.get(deepQuestion) ?? [])}`;
const lighthouseResults: Record<string, LighthouseResult> = {};
if (!flag('no-lighthouse')) {
  log();
  log('LIGHTHOUSE  12.2.3, mobile preset (simulated slow 4G, 4× CPU), served with gzip …');
  const out = resolve(root, 'bench', '.out');
  for (const [name, path] of [['start', appStart], ['deep-question', deepUrl]] as const) {
    lighthouseResults[name] = { ...(await lighthouse(`${appServer.url}${path}`, name, out)), url: path };
  }
  log(
    table(
      ['page', 'performance', 'accessibility', 'best-practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      Object.entries(lighthouseResults).map(([name, r]) => [
        `${name} ${r.url}`,
        ...(['performance', 'accessibility', 'best-practices', 'seo'] as const).map((c) => String(r.scores?.[c] ?? '—')),
        ms(r.metrics?.['first-contentful-paint'] ?? null),
        ms(r.metrics?.['largest-contentful-paint'] ?? null),
        ms(r.metrics?.['total-blocking-time'] ?? null),
        String(r.metrics?.['cumulative-layout-shift'] ?? '—'),
      ]),
    ),
  );
  for (const [name, r] of Object.entries(lighthouseResults)) {
    if (r.error) log(`${name}: Lighthouse failed: ${r.error}`);
    if (r.failing?.length) log(`${name}: failing audits: ${r.failing.join('; ')}`);
    if (r.auditErrors?.length) log(`${name}: ${r.auditErrors.length} audit(s) could not run: ${[...new Set(r.auditErrors.map((e) => e.split(':')[0]))].join(', ')}`);
  }
}
await appServer.close();
await floorServer.close();
const loadAtEnd = loadavg()[0] ?? 0;
if (Math.max(loadAtStart, loadAtEnd) > cpus().length) {
  log();
  log(`NOTE: the machine was busy (load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, ${cpus().length} CPUs): timings and Lighthouse performance are inflated and noisier than usual; bytes are exact.`);
}

// --- results file ------------------------------------------------------------
const git = (cmd: string) => {
  try {
    return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const sha = git('rev-parse --short HEAD') || 'nogit';
const now = new Date();
const stripSamples = (s: Summary) => ({ ...s, samples: s.samples.map(({ errors, ...rest }) => ({ ...rest, ...(errors.length ? { errors } : {}) })) });
const results = {
  schema: 1,
  date: now.toISOString(),
  commit: sha,
  dirty: git('status --porcelain').length > 0,
  machine: {
    node: process.version,
    chromium: chromiumVersion,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    loadAverage: { start: Math.round(loadAtStart * 100) / 100, end: Math.round(loadAtEnd * 100) / 100 },
  },
  options: { runs, build: !flag('no-build'), slowProfile: !flag('no-slow'), lighthouse: !flag('no-lighthouse') },
  pages: { appQuestion, appStart, floorQuestion: FLOOR_QUESTION, lighthouseDeep: deepUrl },
  buildMs: builds,
  bytes: {
    app: appBytes,
    floor: floorBytes,
    ratios: {
      jsRaw: ratio(appBytes.js.raw, floorBytes.js.raw),
      jsGzip: ratio(appBytes.js.gzip, floorBytes.js.gzip),
      cssRaw: ratio(appBytes.css.raw, floorBytes.css.raw),
      cssGzip: ratio(appBytes.css.gzip, floorBytes.css.gzip),
      toFirstQuestionRaw: ratio(appBytes.toFirstQuestion.raw, floorBytes.toFirstQuestion.raw),
      toFirstQuestionGzip: ratio(appBytes.toFirstQuestion.gzip, floorBytes.toFirstQuestion.gzip),
    },
    budget: { jsGzipMax: Math.floor(floorBytes.js.gzip * 1.3), jsGzip: appBytes.js.gzip, within: appBytes.js.gzip <= floorBytes.js.gzip * 1.3 },
  },
  browser: {
    runs,
    profiles: Object.fromEntries(
      Object.entries(browserResults).map(([id, r]) => [
        id,
        {
          label: r.label,
          app: stripSamples(r.app),
          floor: stripSamples(r.floor),
          ratios: {
            fcp: ratio(r.app.fcp, r.floor.fcp),
            shown: ratio(r.app.shown, r.floor.shown),
            clickable: ratio(r.app.clickable, r.floor.clickable),
            clickToNext: ratio(r.app.clickToNext, r.floor.clickToNext),
            clickToSettled: ratio(r.app.clickToSettled, r.floor.clickToSettled),
            jsBeforeClickable: ratio(r.app.jsBeforeClickable, r.floor.jsBeforeClickable),
            appClickableOverFloorFcp: ratio(r.app.shown, r.floor.fcp),
            appHydratedOverFloorFcp: ratio(r.app.clickable, r.floor.fcp),
          },
          earlyClick: r.early,
        },
      ]),
    ),
  },
  engine,
  lighthouse: Object.fromEntries(Object.entries(lighthouseResults).map(([k, { report: _report, ...r }]) => [k, r])),
};
const resultsDir = resolve(root, 'bench', 'results');
mkdirSync(resultsDir, { recursive: true });
const file = resolve(resultsDir, `${now.toISOString().slice(0, 10)}-${sha}.json`);
const json = `${JSON.stringify(results, null, 2)}\n`;
writeFileSync(file, json);
writeFileSync(resolve(resultsDir, 'latest.json'), json);
log();
log(`Results: ${file.replace(`${root}/`, '')} (and bench/results/latest.json)${results.dirty ? ' — from a working tree with uncommitted changes' : ''}`);
