/**
 * Byte budgets of the production build (dist/, built by `npm test` before this
 * runs). Deterministic: bytes only, never timings (those are `npm run bench`).
 *   - first-load JS, gzip, against the framework floor's (bench/floor:
 *     react + react-dom + react-router-dom + zustand, one route), which this
 *     file builds into a temporary folder with the same Vite: at most 1.3×
 *     (issue 6), for the start page, the first question and a question deep
 *     in the tree, in both languages (1.28×–1.30× on 2026-11-25). `npm run
 *     bench` prints the same numbers;
 *   - a page loads the content of its own language only: the first-load JS of
 *     an English page has none of the Korean question and cause titles, and
 *     the other way round.
 * "First load" = what a page's HTML references (scripts, modulepreloads,
 * stylesheets) and every module those scripts import statically: see
 * bench/first-load.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { viteBuild } from '../../bench/build.ts';
import { FLOOR_QUESTION, firstLoad, floorConfig, htmlFileFor, lazyAssets, sum } from '../../bench/first-load.ts';
import type { Lang } from '../../src/engine/types.ts';
import { strings } from '../../src/i18n/all-strings.ts';
import { realContent } from '../helpers/load.ts';

const dist = resolve(import.meta.dirname, '../../dist');
/** Issue 6's budget. */
const BUDGET = 1.3;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const content = realContent();
const pages: Record<Lang, string[]> = {
  en: ['/en/', `/en/q/${content.root}/`, '/en/q/log-load/'],
  ko: ['/ko/', `/ko/q/${content.root}/`, '/ko/q/log-load/'],
};

let floorOut = '';
let floorJsGzip = 0;
beforeAll(() => {
  floorOut = mkdtempSync(join(tmpdir(), 'triage500-floor-'));
  viteBuild({ config: floorConfig, outDir: floorOut });
  floorJsGzip = sum(firstLoad(floorOut, htmlFileFor(FLOOR_QUESTION)).js, 'gzip');
});
afterAll(() => {
  if (floorOut) rmSync(floorOut, { recursive: true, force: true });
});

const firstLoadJs = (page: string) => firstLoad(dist, htmlFileFor(page)).js;

describe('what counts as first load', () => {
  it("a page's scripts, stylesheets and static imports, transitively; not dynamic imports", () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage500-first-load-'));
    try {
      mkdirSync(join(dir, 'en', 'q', 'x'), { recursive: true });
      mkdirSync(join(dir, 'assets'));
      const files: Record<string, string> = {
        'en/q/x/index.html':
          '<!doctype html><html><head><script type="module" crossorigin src="../../../assets/entry.js"></script>' +
          '<link rel="modulepreload" crossorigin href="../../../assets/pre.js"><link rel="stylesheet" href="../../../assets/app.css">' +
          '<link rel="icon" href="../../../favicon.svg"></head><body></body></html>',
        'favicon.svg': '<svg/>',
        'assets/entry.js':
          'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./lazy.js"])))=>i.map(i=>d[i]);' +
          'import{n as e,t}from"./shared.js";import"./side.js";const s="./not-an-import.js";import("./lazy.js").then(e=>e);',
        'assets/pre.js': 'export const p=1;',
        'assets/shared.js': 'export{a as n}from"./deep.js";export const t=2;',
        'assets/side.js': 'console.log(1);',
        'assets/deep.js': 'export const a=3;',
        'assets/lazy.js': 'import{t}from"./shared.js";export const l=t;',
        'assets/not-an-import.js': 'export const n=4;',
        'assets/app.css': 'body{color:red}',
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const load = firstLoad(dir, htmlFileFor('/en/q/x/'));
      expect(load.html.file).toBe('en/q/x/index.html');
      expect(load.js.map((f) => f.file)).toEqual(['assets/deep.js', 'assets/entry.js', 'assets/pre.js', 'assets/shared.js', 'assets/side.js']);
      expect(load.css.map((f) => f.file)).toEqual(['assets/app.css']);
      expect(sum(load.js, 'raw')).toBe(['deep', 'entry', 'pre', 'shared', 'side'].reduce((n, f) => n + files[`assets/${f}.js`]!.length, 0));
      expect(lazyAssets(dir, [load]).map((f) => f.file)).toEqual(['assets/lazy.js', 'assets/not-an-import.js']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('first-load JavaScript', () => {
  it('the floor is a real React + router + zustand bundle', () => {
    // A floor that lost its framework would make every comparison meaningless.
    const floorJs = firstLoad(floorOut, htmlFileFor(FLOOR_QUESTION))
      .js.map((f) => readFileSync(join(floorOut, f.file), 'utf8'))
      .join('\n');
    expect(floorJs).toContain('react.dev/errors');
    expect(floorJsGzip).toBeGreaterThan(50 * 1024);
  });

  it.each([...pages.en, ...pages.ko])(`%s: gzip at most ${BUDGET}× the framework floor`, (page) => {
    expect(existsSync(join(dist, htmlFileFor(page))), `${page} is not in dist/`).toBe(true);
    const js = firstLoadJs(page);
    expect(js.length, `${page} loads no script`).toBeGreaterThan(0);
    const gzip = sum(js, 'gzip');
    const limit = Math.floor(floorJsGzip * BUDGET);
    expect(
      gzip,
      `${page}: first-load JS is ${kib(gzip)} gzip (${js.map((f) => `${f.file} ${kib(f.gzip)}`).join(', ')}); ` +
        `the floor is ${kib(floorJsGzip)}, so the budget is ${kib(limit)} (${(gzip / floorJsGzip).toFixed(2)}× the floor; at most ${BUDGET}×)`,
    ).toBeLessThanOrEqual(limit);
  });
});

/** A text as it may appear in built JS: as is, or inside one or two levels of JSON string escaping. */
function occursIn(haystack: string, text: string): boolean {
  const once = JSON.stringify(text).slice(1, -1);
  const twice = JSON.stringify(once).slice(1, -1);
  const ascii = once.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [text, once, twice, ascii].some((v) => haystack.includes(v));
}

describe('content of one language per page', () => {
  const nodes = [...Object.values(content.questions), ...Object.values(content.causes)];
  /** Every text the app may show in one language: the content (one side of each ko/en pair, plus
   *  the untranslated log lines and commands) and the interface strings. */
  const ownTexts = (lang: Lang): string => {
    const pick = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(pick);
      if (typeof x !== 'object' || x === null) return x;
      const o = x as Record<string, unknown>;
      if (typeof o['en'] === 'string' && typeof o['ko'] === 'string') return o[lang];
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, pick(v)]));
    };
    const texts: string[] = [];
    const collect = (x: unknown): void => {
      if (typeof x === 'string') texts.push(x);
      else if (Array.isArray(x)) x.forEach(collect);
      else if (typeof x === 'object' && x !== null) Object.values(x).forEach(collect);
    };
    collect(pick(content));
    collect(strings[lang]);
    return texts.join('\n');
  };
  /** Titles of the other language that cannot occur in this language's texts by coincidence. */
  const foreignTitles = (lang: Lang): string[] => {
    const other: Lang = lang === 'en' ? 'ko' : 'en';
    const own = ownTexts(lang);
    return [...new Set(nodes.map((n) => n.title[other]))].filter((t) => t.length >= 8 && !own.includes(t));
  };
  const built = (() => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : [full];
      });
    return walk(dist)
      .filter((f) => /\.(?:js|json|html)$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
  })();

  it.each(['en', 'ko'] as const)('the %s titles used as probes are in the build at all', (lang) => {
    const probes = foreignTitles(lang === 'en' ? 'ko' : 'en');
    expect(probes.length).toBeGreaterThan(20);
    expect(probes.filter((t) => !occursIn(built, t))).toEqual([]);
  });

  it.each([...pages.en.map((p) => ['en', p] as const), ...pages.ko.map((p) => ['ko', p] as const)])(
    '%s page %s: its first-load JS has no question or cause title of the other language',
    (lang, page) => {
      const code = firstLoadJs(page)
        .map((f) => readFileSync(join(dist, f.file), 'utf8'))
        .join('\n');
      const probes = foreignTitles(lang);
      const found = probes.filter((t) => occursIn(code, t));
      expect(found, `${page} loads ${found.length} of ${probes.length} titles of the other language up front, e.g. "${found[0] ?? ''}"`).toEqual([]);
    },
  );
});
