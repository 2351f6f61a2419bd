/**
 * After `vite build` (the app, into dist/) and `vite build --ssr` (src/entry-server.tsx,
 * into build-ssr/): renders every static page of dist/ (/en/, /en/q/<id>/,
 * /en/cause/<id>/, …) into its <div id="root">, so the question or cause is in
 * the HTML itself. Links become relative to the page, like its assets, so the
 * same build works at any sub-path with JavaScript off too.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const entry = join(root, 'build-ssr', 'entry-server.js');

const { render } = (await import(pathToFileURL(entry).href)) as { render: (url: string) => Promise<string> };

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return pages(full);
    return name === 'index.html' ? [full] : [];
  });
}

const MARKER = '<div id="root"></div>';
const ROOT_LINKS =
  '<noscript><p><a href="./en/" lang="en">Triage500 in English</a> · <a href="./ko/" lang="ko">한국어로 된 Triage500</a></p></noscript><noscript>';
let count = 0;
const started = performance.now();
for (const file of pages(dist)) {
  const path = relative(dist, file).split(sep).slice(0, -1);
  // The bare root picks a language in the browser; without JavaScript it offers both as links.
  if (path.length === 0) {
    writeFileSync(file, readFileSync(file, 'utf8').replace(/<noscript>/, ROOT_LINKS));
    continue;
  }
  // Only language pages.
  if (!['en', 'ko'].includes(path[0]!)) continue;
  const html = readFileSync(file, 'utf8');
  if (!html.includes(MARKER)) throw new Error(`${file}: no empty <div id="root"></div> to fill`);
  let body = await render(`/${path.join('/')}/`);
  // <title> and <meta> the components render are hoisted to the front; the page's head already has them.
  body = body.replace(/^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/, '');
  const up = '../'.repeat(path.length);
  body = body.replace(/ href="\/(?!\/)/g, ` href="${up}`);
  writeFileSync(file, html.replace(MARKER, `<div id="root">${body}</div>`));
  count++;
}
console.log(`prerender: ${count} pages in ${Math.round(performance.now() - started)} ms`);
