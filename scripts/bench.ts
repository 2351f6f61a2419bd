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
 * Each part lives in bench/ (bytes.ts, browser-runs.ts, engine-speed.ts,
 * lighthouse.ts, results-file.ts); this script picks the pages and runs them.
 *
 * Options: --runs=N (default 7, at least 5), --no-build, --no-slow (skip the
 * throttled profile), --no-lighthouse.
 */
import { loadavg, cpus } from 'node:os';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { printBrowser, runBrowser, type BrowserResults } from '../bench/browser-runs.ts';
import { prerenderApp, viteBuild } from '../bench/build.ts';
import { bytesOf, printBytes } from '../bench/bytes.ts';
import { measureEngine, printEngine } from '../bench/engine-speed.ts';
import { FLOOR_QUESTION, floorConfig, floorDir } from '../bench/first-load.ts';
import { lighthouse, printLighthouse, type LighthouseResult } from '../bench/lighthouse.ts';
import { log } from '../bench/numbers.ts';
import { writeResults } from '../bench/results-file.ts';
import { serveStatic } from '../bench/static-server.ts';
import { loadContentDir } from '../src/content/load-files.ts';
import { shortestPaths } from '../src/engine/graph.ts';
import { encodePath } from '../src/engine/path-codec.ts';
import { CHROMIUM, launchChromium } from './chromium.ts';
import { MIME_TYPES } from './mime-types.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, 'dist');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const runs = Math.max(5, Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 7) || 7);

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
const appBytes = bytesOf(dist, appQuestion, appStart);
const floorBytes = bytesOf(floorDir, FLOOR_QUESTION, null);
// Leave dist/ as `npm run build` writes it: the manifest was only for the cross-check.
if (builds.app !== undefined) rmSync(resolve(dist, '.vite'), { recursive: true, force: true });
printBytes(appBytes, floorBytes);

// --- 3. engine ---------------------------------------------------------------
const engine = measureEngine(10_000);
printEngine(engine);

// --- 4. browser --------------------------------------------------------------
const appServer = await serveStatic(dist, MIME_TYPES);
const floorServer = await serveStatic(floorDir, MIME_TYPES);
const browser = await launchChromium();
const chromiumVersion = browser.version();
let browserResults: BrowserResults = {};
try {
  browserResults = await runBrowser(browser, {
    appUrl: `${appServer.url}${appQuestion}`,
    floorUrl: `${floorServer.url}${FLOOR_QUESTION}`,
    nextTitle: firstNextTitle,
    runs,
    slowProfile: !flag('no-slow'),
  });
} finally {
  await browser.close();
}
printBrowser(browserResults, runs, chromiumVersion);

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
  for (const [name, path] of [
    ['start', appStart],
    ['deep-question', deepUrl],
  ] as const) {
    lighthouseResults[name] = { ...(await lighthouse(`${appServer.url}${path}`, name, out, CHROMIUM)), url: path };
  }
  printLighthouse(lighthouseResults);
}
await appServer.close();
await floorServer.close();
const loadAtEnd = loadavg()[0] ?? 0;
if (Math.max(loadAtStart, loadAtEnd) > cpus().length) {
  log();
  log(
    `NOTE: the machine was busy (load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end, ${cpus().length} CPUs): timings and Lighthouse performance are inflated and noisier than usual; bytes are exact.`,
  );
}

// --- results file ------------------------------------------------------------
const { file, dirty } = writeResults({
  chromiumVersion,
  loadAverage: { start: loadAtStart, end: loadAtEnd },
  options: { runs, build: !flag('no-build'), slowProfile: !flag('no-slow'), lighthouse: !flag('no-lighthouse') },
  pages: { appQuestion, appStart, floorQuestion: FLOOR_QUESTION, lighthouseDeep: deepUrl },
  buildMs: builds,
  bytes: { app: appBytes, floor: floorBytes },
  browser: browserResults,
  engine,
  lighthouse: lighthouseResults,
});
log();
log(`Results: ${file.replace(`${root}/`, '')} (and bench/results/latest.json)${dirty ? ' — from a working tree with uncommitted changes' : ''}`);
