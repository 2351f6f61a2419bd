/**
 * Writes one bench run, every number with its samples, to
 * bench/results/<date>-<commit>.json and bench/results/latest.json; returns
 * the dated file's path and whether the working tree had uncommitted changes.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import type { BrowserResults, Summary } from './browser-runs.ts';
import type { Bytes } from './bytes.ts';
import type { EngineSpeed } from './engine-speed.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { ratio } from './numbers.ts';

const root = resolve(import.meta.dirname, '..');

export interface Run {
  readonly chromiumVersion: string;
  readonly loadAverage: { readonly start: number; readonly end: number };
  readonly options: { readonly runs: number; readonly build: boolean; readonly slowProfile: boolean; readonly lighthouse: boolean };
  readonly pages: { readonly appQuestion: string; readonly appStart: string; readonly floorQuestion: string; readonly lighthouseDeep: string };
  readonly buildMs: { readonly app?: number; readonly floor?: number };
  readonly bytes: { readonly app: Bytes; readonly floor: Bytes };
  readonly browser: BrowserResults;
  readonly engine: EngineSpeed;
  readonly lighthouse: Readonly<Record<string, LighthouseResult>>;
}

const git = (cmd: string) => {
  try {
    return execSync(`git ${cmd}`, { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};

const stripSamples = (s: Summary) => ({ ...s, samples: s.samples.map(({ errors, ...rest }) => ({ ...rest, ...(errors.length ? { errors } : {}) })) });

export function writeResults(run: Run): { file: string; dirty: boolean } {
  const sha = git('rev-parse --short HEAD') || 'nogit';
  const now = new Date();
  const { app, floor } = run.bytes;
  const results = {
    schema: 1,
    date: now.toISOString(),
    commit: sha,
    dirty: git('status --porcelain').length > 0,
    machine: {
      node: process.version,
      chromium: run.chromiumVersion,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      loadAverage: { start: Math.round(run.loadAverage.start * 100) / 100, end: Math.round(run.loadAverage.end * 100) / 100 },
    },
    options: run.options,
    pages: run.pages,
    buildMs: run.buildMs,
    bytes: {
      app,
      floor,
      ratios: {
        jsRaw: ratio(app.js.raw, floor.js.raw),
        jsGzip: ratio(app.js.gzip, floor.js.gzip),
        cssRaw: ratio(app.css.raw, floor.css.raw),
        cssGzip: ratio(app.css.gzip, floor.css.gzip),
        toFirstQuestionRaw: ratio(app.toFirstQuestion.raw, floor.toFirstQuestion.raw),
        toFirstQuestionGzip: ratio(app.toFirstQuestion.gzip, floor.toFirstQuestion.gzip),
      },
      budget: { jsGzipMax: Math.floor(floor.js.gzip * 1.3), jsGzip: app.js.gzip, within: app.js.gzip <= floor.js.gzip * 1.3 },
    },
    browser: {
      runs: run.options.runs,
      profiles: Object.fromEntries(
        Object.entries(run.browser).map(([id, r]) => [
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
    engine: run.engine,
    lighthouse: Object.fromEntries(Object.entries(run.lighthouse).map(([k, { report: _report, ...r }]) => [k, r])),
  };
  const resultsDir = resolve(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const file = resolve(resultsDir, `${now.toISOString().slice(0, 10)}-${sha}.json`);
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(file, json);
  writeFileSync(resolve(resultsDir, 'latest.json'), json);
  return { file, dirty: results.dirty };
}
