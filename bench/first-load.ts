/**
 * What a browser must download before a page can show its first question:
 * the page's HTML, the scripts and stylesheets it references, and every
 * module those scripts import statically (transitively). Chunks loaded by
 * dynamic import() (or as workers) are not first-load: they are listed apart.
 *
 * Works on any Vite build folder from its HTML alone (so the byte-budget test
 * can read `dist/` as `npm run build` wrote it); when the build has a manifest
 * (`build.manifest`), `manifestFirstLoad` gives the same sets from Vite's own
 * account, and the bench checks that both agree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Sized {
  /** Path relative to the build folder, with forward slashes. */
  readonly file: string;
  readonly raw: number;
  /** gzip -9, the way a static host would send it. */
  readonly gzip: number;
}

export interface FirstLoad {
  readonly html: Sized;
  readonly js: readonly Sized[];
  readonly css: readonly Sized[];
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

const toPosix = (p: string) => p.split(sep).join('/');

function sized(outDir: string, file: string): Sized {
  const bytes = readFileSync(join(outDir, file));
  return { file: toPosix(file), raw: bytes.length, gzip: gzipSize(bytes) };
}

export const sum = (items: readonly Sized[], key: 'raw' | 'gzip') => items.reduce((n, s) => n + s[key], 0);

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** A URL in a page or a module, as a path relative to the build folder (null if external or outside). */
function localPath(outDir: string, fromFile: string, url: string): string | null {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) return null; // http:, data:, //host
  const clean = url.replace(/[?#].*$/, '');
  const rel = clean.startsWith('/') ? clean.slice(1) : posix.join(posix.dirname(fromFile), clean);
  const full = resolve(outDir, rel);
  if (!full.startsWith(resolve(outDir) + sep) || !existsSync(full) || statSync(full).isDirectory()) return null;
  return toPosix(relative(outDir, full));
}

/** The scripts (module entries and modulepreloads) and stylesheets an HTML page references. */
export function htmlReferences(outDir: string, htmlFile: string): { js: string[]; css: string[] } {
  const html = readFileSync(join(outDir, htmlFile), 'utf8');
  const js: string[] = [];
  const css: string[] = [];
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const attrs = attributes(m[0]);
    if (m[1]!.toLowerCase() === 'script') {
      const src = attrs.get('src');
      const file = src ? localPath(outDir, htmlFile, src) : null;
      if (file) js.push(file);
      continue;
    }
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const href = attrs.get('href');
    const file = href ? localPath(outDir, htmlFile, href) : null;
    if (!file) continue;
    if (rel.includes('stylesheet')) css.push(file);
    else if (rel.includes('modulepreload') && file.endsWith('.js')) js.push(file);
  }
  return { js, css };
}

/**
 * Static imports of a built ES module: `import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`. Dynamic `import("./x.js")` does not match (a parenthesis
 * follows the keyword). Only relative specifiers that name a file in the build count.
 */
function staticImports(outDir: string, jsFile: string): string[] {
  const code = readFileSync(join(outDir, jsFile), 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](\.{1,2}\/[^"'\s]+?\.js)["']/g)) {
    const file = localPath(outDir, jsFile, m[1]!);
    if (file && !out.includes(file)) out.push(file);
  }
  return out;
}

/** First-load bytes of one page of a build. */
export function firstLoad(outDir: string, htmlFile: string): FirstLoad {
  const refs = htmlReferences(outDir, htmlFile);
  const js: string[] = [];
  const queue = [...refs.js];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (js.includes(file)) continue;
    js.push(file);
    queue.push(...staticImports(outDir, file));
  }
  return {
    html: sized(outDir, htmlFile),
    js: js.sort().map((f) => sized(outDir, f)),
    css: [...new Set(refs.css)].sort().map((f) => sized(outDir, f)),
  };
}

/** Every .js and .css file of the build that no page loads up front: lazy chunks, workers. */
export function lazyAssets(outDir: string, loads: readonly FirstLoad[]): Sized[] {
  const first = new Set(loads.flatMap((l) => [...l.js, ...l.css].map((s) => s.file)));
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) return name === '.vite' ? [] : walk(full);
      return [toPosix(relative(outDir, full))];
    });
  return walk(outDir)
    .filter((f) => /\.(?:js|css)$/.test(f) && !first.has(f) && f !== 'embed.js')
    .sort()
    .map((f) => sized(outDir, f));
}

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

/**
 * First-load files per Vite's manifest (`build.manifest`), starting from the
 * chunks whose output file is one of `entryScripts` (the scripts a page's HTML
 * names), or null when the build has no manifest.
 */
export function manifestFirstLoad(outDir: string, entryScripts: readonly string[]): { js: string[]; css: string[] } | null {
  const path = join(outDir, '.vite', 'manifest.json');
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const js = new Set<string>();
  const css = new Set<string>();
  const seen = new Set<string>();
  const queue = Object.keys(manifest).filter((k) => entryScripts.includes(manifest[k]?.file ?? ''));
  while (queue.length > 0) {
    const key = queue.shift()!;
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) continue;
    seen.add(key);
    if (chunk.file.endsWith('.js')) js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    queue.push(...(chunk.imports ?? []));
  }
  return { js: [...js].sort(), css: [...css].sort() };
}

/** The HTML file a static host serves for a URL path (folder → its index.html). */
export function htmlFileFor(urlPath: string): string {
  const path = urlPath.replace(/[?#].*$/, '').replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

export const floorDir = resolve(import.meta.dirname, '.out', 'floor');
export const floorConfig = resolve(import.meta.dirname, 'floor', 'vite.config.ts');
/** The floor's first question, the counterpart of the app's `/en/q/<root>/`. */
export const FLOOR_QUESTION = '/q/first/';
