/**
 * Bytes of a build's page (bench/first-load.ts counts them): first-load JS and
 * CSS, the whole first load (HTML + JS + CSS) of a question and of the start
 * page, the lazy chunks, and whether Vite's manifest agrees; printed app
 * against floor.
 */
import { firstLoad, htmlFileFor, htmlReferences, lazyAssets, manifestFirstLoad, sum, type FirstLoad, type Sized } from './first-load.ts';
import { compare, kib, KiB, log, table } from './numbers.ts';

export interface Bytes {
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

export function bytesOf(outDir: string, question: string, start: string | null): Bytes {
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

export function printBytes(app: Bytes, floor: Bytes): void {
  log();
  log(
    `BYTES  app ${app.toFirstQuestion.page} vs floor ${floor.toFirstQuestion.page}  (gzip -9; first load = entry HTML + its scripts, stylesheets and their static imports)`,
  );
  log(
    table(
      ['', 'app', 'floor', 'app/floor'],
      [
        compare('first-load JS raw', app.js.raw, floor.js.raw, kib),
        compare('first-load JS gzip', app.js.gzip, floor.js.gzip, kib),
        compare('first-load CSS raw', app.css.raw, floor.css.raw, kib),
        compare('first-load CSS gzip', app.css.gzip, floor.css.gzip, kib),
        compare('to first question raw (HTML+JS+CSS)', app.toFirstQuestion.raw, floor.toFirstQuestion.raw, kib),
        compare('to first question gzip', app.toFirstQuestion.gzip, floor.toFirstQuestion.gzip, kib),
        [`to start page ${app.toStartPage?.page ?? ''} raw`, KiB(app.toStartPage?.raw ?? 0), '', ''],
        [`to start page ${app.toStartPage?.page ?? ''} gzip`, KiB(app.toStartPage?.gzip ?? 0), '', ''],
      ],
    ),
  );
  log(
    `budget: first-load JS gzip ≤ 1.3× floor = ${KiB(floor.js.gzip * 1.3)} → app ${KiB(app.js.gzip)}: ${app.js.gzip <= floor.js.gzip * 1.3 ? 'within' : 'OVER'}`,
  );
  log('first-load files (app): ' + [...app.firstLoad.js, ...app.firstLoad.css].map((f) => `${f.file} ${KiB(f.gzip)}`).join(', '));
  log('lazy (loaded on demand, app): ' + (app.lazy.map((f) => `${f.file} ${KiB(f.raw)} raw / ${KiB(f.gzip)} gzip`).join(', ') || 'none'));
  if (app.manifestAgrees === false) log("WARNING: the first-load files read from the HTML differ from Vite's manifest: check bench/first-load.ts");
}
