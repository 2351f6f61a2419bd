/**
 * Lighthouse 12.2.3 (its CLI, which launches Chromium through its own
 * chrome-launcher) on one URL, mobile preset (the default: simulated slow 4G
 * and 4x CPU), with the Chromium it is given. Returns the four category scores (0–100), the main metrics
 * and the audits that could not run, or why Lighthouse itself failed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { log, ms, table } from './numbers.ts';

const root = resolve(import.meta.dirname, '..');
const cli = resolve(root, 'node_modules', 'lighthouse', 'cli', 'index.js');
const LIGHTHOUSE_FLAGS = '--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive'] as const;

export interface LighthouseResult {
  readonly url: string;
  readonly version?: string;
  readonly scores?: Partial<Record<(typeof CATEGORIES)[number], number | null>>;
  /** ms, except cumulative-layout-shift (unitless). */
  readonly metrics?: Partial<Record<(typeof METRICS)[number], number>>;
  /** Audits scored below 1 in accessibility, best practices and SEO (what to fix). */
  readonly failing?: readonly string[];
  /** Audits Lighthouse could not run (an error, not a low score). */
  readonly auditErrors?: readonly string[];
  readonly report?: string;
  readonly error?: string;
}

interface Lhr {
  readonly lighthouseVersion: string;
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly categories: Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] }>;
  readonly audits: Record<
    string,
    { readonly title: string; readonly score: number | null; readonly scoreDisplayMode: string; readonly numericValue?: number; readonly errorMessage?: string }
  >;
}

function run(args: string[], chrome: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, env: { ...process.env, CHROME_PATH: chrome } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, output });
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      done({ code: -1, output: String(e) });
    });
  });
}

export async function lighthouse(url: string, name: string, outDir: string, chrome: string): Promise<LighthouseResult> {
  if (!existsSync(cli)) return { url, error: `lighthouse is not installed (${cli} missing): run npm ci` };
  mkdirSync(outDir, { recursive: true });
  const report = resolve(outDir, `lighthouse-${name}.json`);
  const { code, output } = await run(
    [url, '--quiet', '--output=json', `--output-path=${report}`, `--chrome-flags=${LIGHTHOUSE_FLAGS}`, `--only-categories=${CATEGORIES.join(',')}`],
    chrome,
    120_000,
  );
  if (code !== 0 || !existsSync(report)) return { url, error: `lighthouse exited with ${code}: ${output.trim().split('\n').slice(-5).join(' | ')}` };
  const lhr = JSON.parse(readFileSync(report, 'utf8')) as Lhr;
  if (lhr.runtimeError) return { url, version: lhr.lighthouseVersion, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`, report };
  const scores: Partial<Record<(typeof CATEGORIES)[number], number | null>> = {};
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    scores[c] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const metrics: Partial<Record<(typeof METRICS)[number], number>> = {};
  for (const m of METRICS) {
    const v = lhr.audits[m]?.numericValue;
    if (typeof v === 'number') metrics[m] = m === 'cumulative-layout-shift' ? Math.round(v * 1000) / 1000 : Math.round(v);
  }
  const failing = (['accessibility', 'best-practices', 'seo'] as const).flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a): a is NonNullable<typeof a> => a !== undefined && a.scoreDisplayMode === 'binary' && a.score !== null && a.score < 1)
      .map((a) => `${c}: ${a.title}`),
  );
  const auditErrors = Object.entries(lhr.audits)
    .filter(([, a]) => a.errorMessage)
    .map(([id, a]) => `${id}: ${a.errorMessage}`);
  return { url, version: lhr.lighthouseVersion, scores, metrics, failing, auditErrors, report };
}

export function printLighthouse(results: Readonly<Record<string, LighthouseResult>>): void {
  log(
    table(
      ['page', 'performance', 'accessibility', 'best-practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
      Object.entries(results).map(([name, r]) => [
        `${name} ${r.url}`,
        ...CATEGORIES.map((c) => String(r.scores?.[c] ?? '—')),
        ms(r.metrics?.['first-contentful-paint'] ?? null),
        ms(r.metrics?.['largest-contentful-paint'] ?? null),
        ms(r.metrics?.['total-blocking-time'] ?? null),
        String(r.metrics?.['cumulative-layout-shift'] ?? '—'),
      ]),
    ),
  );
  for (const [name, r] of Object.entries(results)) {
    if (r.error) log(`${name}: Lighthouse failed: ${r.error}`);
    if (r.failing?.length) log(`${name}: failing audits: ${r.failing.join('; ')}`);
    if (r.auditErrors?.length)
      log(`${name}: ${r.auditErrors.length} audit(s) could not run: ${[...new Set(r.auditErrors.map((e) => e.split(':')[0]))].join(', ')}`);
  }
}
