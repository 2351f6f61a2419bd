/**
 * Build-time content: validates content/ once and exposes it as virtual modules,
 * then writes one static HTML file per language and step so a static host needs
 * no rewrite rules:
 *   /en/index.html, /en/q/<id>/index.html, /en/cause/<id>/index.html, …
 * Asset URLs in each page are relative, so one build works at any sub-path.
 *
 * What the browser loads, and when:
 * - `virtual:triage500/core/<lang>`: the tree without its texts (families and
 *   site settings in one language): loaded before the first render (preloaded by each page);
 * - `virtual:triage500/part/<lang>/<part>`: the texts, in parts (src/content/parts.ts
 *   says which part holds what and which pages need it): a page preloads its own;
 * - `virtual:triage500/details/<lang>/<cause>`: one cause's why, symptoms, log
 *   lines and remedy: loaded when its page opens (preloaded by that page);
 * - `virtual:triage500/signatures`: only for the log page;
 * - `virtual:triage500/search-index`: only for search.
 * - `virtual:triage500/question/<lang>/<id>`: one question's texts, for its own page
 *   and the trail that leads there (preloaded by the question's page);
 * `virtual:triage500/loaders/<lang>` maps one language's pieces to those imports
 * (preloaded by each page of that language); `virtual:triage500/loaders` maps
 * languages to those.
 * `virtual:triage500/content` (everything, both languages) is for tests and prerendering.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/engine/content-issues.ts';
import { LANGS, type Content, type Lang, type LocalizedText } from '../src/engine/types.ts';
import { loadContentDir } from '../src/content/load-files.ts';
import { CONTENT_PARTS, PAGE_PARTS, splitContent, type PageKind, type Part } from '../src/content/parts.ts';
import { strings } from '../src/i18n/all-strings.ts';
import { buildSearchIndex } from '../src/engine/search.ts';

const VIRTUAL_ID = 'virtual:triage500/content';
/** Log signatures are only needed by the log analyzer: a module of their own, loaded on demand. */
const SIGNATURES_ID = 'virtual:triage500/signatures';
const LOADERS_ID = 'virtual:triage500/loaders';
const CORE_PREFIX = 'virtual:triage500/core/';
const PART_PREFIX = 'virtual:triage500/part/';
const QUESTION_PREFIX = 'virtual:triage500/question/';
const LOADERS_PREFIX = `${LOADERS_ID}/`;
const DETAILS_PREFIX = 'virtual:triage500/details/';
const SEARCH_ID = 'virtual:triage500/search-index';
const OWN_IDS = [VIRTUAL_ID, SIGNATURES_ID, LOADERS_ID, SEARCH_ID];
const isOwn = (id: string) =>
  OWN_IDS.includes(id) || [CORE_PREFIX, PART_PREFIX, QUESTION_PREFIX, DETAILS_PREFIX, LOADERS_PREFIX].some((p) => id.startsWith(p));

/** Keeps one language of every `{ en, ko }` text. */
function oneLanguage(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => oneLanguage(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === LANGS.length && LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')) {
    return { [lang]: (value as Record<string, string>)[lang] };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneLanguage(v, lang)]));
}


function detailsOf(content: Content, lang: Lang, id: string): unknown {
  const c = content.causes[id];
  return c ? oneLanguage({ why: c.why, symptoms: c.symptoms, logLines: c.logLines, remedy: c.remedy }, lang) : null;
}

const jsonModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function loadOrThrow(dir: string): Content {
  const result = loadContentDir(dir, process.env.TRIAGE500_SITE || undefined);
  if (result.ok) return result.value;
  throw new Error(`content/ has ${result.error.length} problem(s):\n${result.error.map(formatIssue).join('\n')}`);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Page {
  readonly path: string;
  readonly lang: Lang;
  readonly title: string;
  readonly description: string;
  readonly kind: PageKind;
  /** The question a question page shows (its texts chunk is preloaded). */
  readonly question?: string;
  /** The cause a cause page shows (its details chunk is preloaded). */
  readonly cause?: string;
  /** Steps one click away (their texts and code are prefetched at low priority). */
  readonly next?: readonly string[];
}

/** Where a question's answers (and "I'm not sure") lead. */
const nextOf = (q: { answers: readonly { next: string }[]; unsure: { next: string } }) => [...new Set([...q.answers.map((a) => a.next), q.unsure.next])];

function pagesOf(content: Content): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const t = (x: LocalizedText) => x[lang];
    const app = strings[lang].appName;
    pages.push({ path: `${lang}/`, lang, kind: 'start', next: [content.root], title: `${app} — ${strings[lang].startTitle}`, description: t(content.guide.tagline) });
    pages.push({ path: `${lang}/search/`, lang, kind: 'search', title: `${strings[lang].search.title} — ${app}`, description: strings[lang].search.label });
    pages.push({ path: `${lang}/log/`, lang, kind: 'log', title: `${strings[lang].log.title} — ${app}`, description: strings[lang].log.ctaHint });
    pages.push({ path: `${lang}/map/`, lang, kind: 'map', title: `${strings[lang].map.title} — ${app}`, description: strings[lang].map.intro });
    for (const q of Object.values(content.questions)) {
      pages.push({ path: `${lang}/q/${q.id}/`, lang, kind: 'question', question: q.id, next: nextOf(q), title: `${t(q.title)} — ${app}`, description: q.help ? t(q.help) : t(content.guide.tagline) });
    }
    for (const c of Object.values(content.causes)) {
      pages.push({ path: `${lang}/cause/${c.id}/`, lang, kind: 'cause', title: `${t(c.title)} — ${app}`, description: t(c.summary), cause: c.id });
    }
    // Old ids keep a page of their own, so a shared link to a renamed step still finds a file.
    for (const [old, id] of Object.entries(content.aliases)) {
      const node = content.questions[id] ?? content.causes[id];
      if (!node) continue;
      const segment = node.kind === 'question' ? 'q' : 'cause';
      pages.push({
        path: `${lang}/${segment}/${old}/`,
        lang,
        kind: node.kind,
        title: `${t(node.title)} — ${app}`,
        description: t(node.kind === 'question' ? (node.help ?? content.guide.tagline) : node.summary),
        ...(node.kind === 'cause' ? { cause: node.id } : { question: node.id, next: nextOf(node) }),
      });
    }
  }
  return pages;
}

/**
 * The Content-Security-Policy every page carries (as a <meta>; a host can send
 * the same as a header, plus frame-ancestors, which a <meta> cannot set). No
 * inline script, no eval, no inline style: the build needs none. A beacon URL
 * from site.json is the only other place the page may send anything.
 */
export function contentSecurityPolicy(beacon: string | null): string {
  let connect = "'self'";
  if (beacon && /^https?:\/\//.test(beacon)) connect += ` ${new URL(beacon).origin}`;
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

interface PageAssets {
  /**
   * File name of each language's loaders and core chunk, of its text parts ("en/questions"),
   * of each question's texts ("en/scope") and of each cause's details ("en/disk-full").
   */
  readonly loaders: Partial<Record<Lang, string>>;
  readonly core: Partial<Record<Lang, string>>;
  readonly parts: ReadonlyMap<string, string>;
  readonly questions: ReadonlyMap<string, string>;
  readonly details: ReadonlyMap<string, string>;
  /** Each language's interface strings: the first part, and the heavier pages' ("en/pages"). */
  readonly strings: ReadonlyMap<string, string>;
  /** The chunks of the pages that have their own (cause, log, search, map), each with the chunks it imports. */
  readonly pageCode: Partial<Record<PageKind, readonly string[]>>;
  /** The stylesheets those chunks import. */
  readonly pageCss: Partial<Record<PageKind, readonly string[]>>;
  readonly csp: string;
  /** Absolute URL the site is published at (SITE_URL), for canonical links and og:url. */
  readonly siteUrl: string | null;
}

/** The files of the pages with a chunk of their own (src/routes/page-code.ts; test/routes/page-code.test.ts keeps the two in step). */
export const PAGE_FILES: Readonly<Record<string, PageKind>> = {
  'start-page': 'start',
  'question-view': 'question',
  'cause-page': 'cause',
  'log-page': 'log',
  'search-page': 'search',
  'map-page': 'map',
};

const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ko: 'ko_KR' };

/** Rewrites the built index.html for a page `depth` folders below the root. */
function pageHtml(template: string, page: Page | null, root: string, assets: PageAssets): string {
  let html = template.replace(/(src|href)="\.\/(?!\/)/g, `$1="${root}`);
  html = html.replace('<meta name="triage500-root" content="./">', `<meta name="triage500-root" content="${root}">`);
  // First in <head>: a policy in a <meta> covers only what comes after it.
  // Then the stylesheet, the one thing the first paint waits for: ahead of the script
  // preloads, so it is not queued behind them on an HTTP/1.1 connection.
  const styles = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  for (const style of styles) html = html.replace(style, '');
  html = html.replace(/<meta charset="UTF-8">/i, (m) =>
    [m, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(assets.csp)}">`, ...styles].join('\n    '),
  );
  const head: string[] = [];
  if (page) {
    html = html.replace(/<html lang="[^"]*">/, `<html lang="${page.lang}">`);
    html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
    html = html.replace(
      /<meta name="description" content="[^"]*">/,
      `<meta name="description" content="${escapeHtml(page.description)}">`,
    );
    // The chunk of one of a page's parts (src/content/parts.ts), in the page's language.
    const partFile = (part: Part) => (part === 'pageStrings' ? assets.strings.get(`${page.lang}/pages`) : assets.parts.get(`${page.lang}/${part}`));
    // What src/main.tsx loads before the first render: never a second round trip.
    const preload = [
      assets.strings.get(page.lang),
      assets.loaders[page.lang],
      assets.core[page.lang],
      ...(page.question ? [assets.questions.get(`${page.lang}/${page.question}`)] : []),
      ...PAGE_PARTS[page.kind].map(partFile),
      ...(page.cause ? [assets.details.get(`${page.lang}/${page.cause}`)] : []),
      ...(assets.pageCode[page.kind] ?? []),
    ];
    const listed = new Set<string>();
    const link = (rel: string, file: string | undefined) => {
      if (!file || listed.has(file) || html.includes(`${root}${file}"`)) return;
      listed.add(file);
      head.push(`<link rel="${rel}" crossorigin href="${root}${file}">`);
    };
    for (const file of preload) link('modulepreload', file);
    for (const file of assets.pageCss[page.kind] ?? []) link('stylesheet', file);
    // What a click may need next, fetched when the network is idle: the next questions' texts,
    // and for a cause a click away its details, texts and the cause page's code.
    const next = page.next ?? [];
    const nextKinds = new Set<PageKind>();
    for (const id of next) {
      const question = assets.questions.get(`${page.lang}/${id}`);
      if (question) nextKinds.add('question');
      link('prefetch', question);
      const details = assets.details.get(`${page.lang}/${id}`);
      if (details) nextKinds.add('cause');
      link('prefetch', details);
    }
    for (const kind of nextKinds) {
      for (const part of PAGE_PARTS[kind]) link('prefetch', partFile(part));
      for (const file of assets.pageCode[kind] ?? []) link('prefetch', file);
    }
    // So a link pasted into chat or a wiki unfurls with this step, in its language.
    head.push(
      `<meta property="og:type" content="website">`,
      `<meta property="og:site_name" content="Triage500">`,
      `<meta property="og:title" content="${escapeHtml(page.title)}">`,
      `<meta property="og:description" content="${escapeHtml(page.description)}">`,
      `<meta property="og:locale" content="${OG_LOCALE[page.lang]}">`,
      `<meta name="twitter:card" content="summary">`,
    );
    if (assets.siteUrl) {
      const url = new URL(page.path, assets.siteUrl).href;
      head.push(`<link rel="canonical" href="${escapeHtml(url)}">`, `<meta property="og:url" content="${escapeHtml(url)}">`);
      for (const other of LANGS) {
        const alt = new URL(page.path.replace(/^[a-z]+\//, `${other}/`), assets.siteUrl).href;
        head.push(`<link rel="alternate" hreflang="${other}" href="${escapeHtml(alt)}">`);
      }
    }
  }
  return html.replace('</head>', `  ${head.join('\n    ')}\n  </head>`);
}

/** The service worker source; built to sw.js at the app root with the build's manifest filled in. */
const SW_SOURCE = resolve(import.meta.dirname, '../src/sw/service-worker.ts');
const SW_FILE = 'sw.js';
const SW_PLACEHOLDER = '__TRIAGE500_SW__';

/**
 * What the service worker precaches: every file of the build except sw.js
 * itself, 404.html (it names an absolute root) and embed.js (for host pages),
 * with pages as their folder URL ("en/q/scope/"). The version is a hash of the
 * names and contents of all of them, so any change to the build changes it.
 */
export function swManifest(files: ReadonlyMap<string, string | Uint8Array>): { version: string; files: string[] } {
  const names = [...files.keys()].filter((f) => f !== SW_FILE && f !== '404.html' && f !== 'embed.js').sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update('\0').update(files.get(name) ?? '').update('\0');
  return {
    version: hash.digest('hex').slice(0, 16),
    files: names.map((f) => (f === 'index.html' ? './' : f.replace(/(^|\/)index\.html$/, '$1'))),
  };
}

export function triageContent(options: { dir?: string; base404?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'content');
  let content: Content | undefined;
  let building = false;
  let publicDir = '';
  return {
    name: 'triage500-content',
    // after vite:build-html, so the built index.html is in the bundle
    enforce: 'post',
    configResolved(config) {
      building = config.command === 'build';
      publicDir = config.publicDir;
    },
    buildStart() {
      content = loadOrThrow(dir);
      for (const file of listFiles(dir)) this.addWatchFile(file);
      if (building) this.emitFile({ type: 'chunk', id: SW_SOURCE, fileName: SW_FILE });
    },
    resolveId(id) {
      return isOwn(id) ? `\0${id}` : undefined;
    },
    load(resolvedId) {
      if (!resolvedId.startsWith('\0') || !isOwn(resolvedId.slice(1))) return undefined;
      const id = resolvedId.slice(1);
      content = loadOrThrow(dir);
      if (id === VIRTUAL_ID) return jsonModule({ ...content, signatures: [], knowledge: [] });
      if (id === SIGNATURES_ID) return jsonModule({ signatures: content.signatures, knowledge: content.knowledge });
      if (id === SEARCH_ID) return jsonModule(buildSearchIndex(content));
      const imports = (entries: [string, string][]) =>
        `{\n  ${entries.map(([k, v]) => `${JSON.stringify(k)}: () => import(${JSON.stringify(v)})`).join(',\n  ')}\n}`;
      if (id === LOADERS_ID) return `export const loaders = ${imports(LANGS.map((l) => [l, LOADERS_PREFIX + l]))};\n`;
      const lang = LANGS.find((l) => [CORE_PREFIX + l, `${PART_PREFIX}${l}/`, `${QUESTION_PREFIX}${l}/`, `${DETAILS_PREFIX}${l}/`, LOADERS_PREFIX + l].some((p) => id.startsWith(p)));
      if (!lang) return undefined;
      if (id === LOADERS_PREFIX + lang) {
        return [
          `export const core = () => import(${JSON.stringify(CORE_PREFIX + lang)});`,
          `export const parts = ${imports(CONTENT_PARTS.map((p) => [p, `${PART_PREFIX}${lang}/${p}`]))};`,
          `export const questions = ${imports(Object.keys(content.questions).map((q) => [q, `${QUESTION_PREFIX}${lang}/${q}`]))};`,
          `export const details = ${imports(Object.keys(content.causes).map((c) => [c, `${DETAILS_PREFIX}${lang}/${c}`]))};`,
        ].join('\n');
      }
      const { tree, parts } = splitContent(content);
      if (id === CORE_PREFIX + lang) return jsonModule(oneLanguage(tree, lang));
      if (id.startsWith(PART_PREFIX)) {
        const part = CONTENT_PARTS.find((p) => id === `${PART_PREFIX}${lang}/${p}`);
        return part ? jsonModule(oneLanguage(parts[part], lang)) : undefined;
      }
      if (id.startsWith(QUESTION_PREFIX)) {
        const q = id.slice(`${QUESTION_PREFIX}${lang}/`.length);
        const texts = (parts.questions as { questions: Record<string, unknown> }).questions[q];
        return texts ? jsonModule(oneLanguage({ questions: { [q]: texts } }, lang)) : undefined;
      }
      return jsonModule(detailsOf(content, lang, id.slice(`${DETAILS_PREFIX}${lang}/`.length)));
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dir)) return undefined;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0') && isOwn(mod.id.slice(1))) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!content || !index || index.type !== 'asset' || typeof index.source !== 'string') return;
      const loaders: Partial<Record<Lang, string>> = {};
      const core: Partial<Record<Lang, string>> = {};
      const parts = new Map<string, string>();
      const questions = new Map<string, string>();
      const details = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId?.startsWith('\0')) continue;
        const id = chunk.facadeModuleId.slice(1);
        if (id.startsWith(CORE_PREFIX)) core[id.slice(CORE_PREFIX.length) as Lang] = chunk.fileName;
        if (id.startsWith(LOADERS_PREFIX)) loaders[id.slice(LOADERS_PREFIX.length) as Lang] = chunk.fileName;
        if (id.startsWith(PART_PREFIX)) parts.set(id.slice(PART_PREFIX.length), chunk.fileName);
        if (id.startsWith(QUESTION_PREFIX)) questions.set(id.slice(QUESTION_PREFIX.length), chunk.fileName);
        if (id.startsWith(DETAILS_PREFIX)) details.set(id.slice(DETAILS_PREFIX.length), chunk.fileName);
      }
      // Each language's interface strings (src/i18n/<lang>.ts, <lang>-pages.ts), and the code of the
      // pages that have their own chunk, with what it imports.
      const strings = new Map<string, string>();
      const pageCode: Partial<Record<PageKind, string[]>> = {};
      const withImports = (fileName: string, out: string[]) => {
        if (out.includes(fileName)) return;
        out.push(fileName);
        const chunk = bundle[fileName];
        if (chunk?.type === 'chunk') for (const dep of chunk.imports) withImports(dep, out);
      };
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const m = /[\\/]src[\\/]i18n[\\/](en|ko)(-pages)?\.ts$/.exec(chunk.facadeModuleId);
        if (m) strings.set(m[2] ? `${m[1]}/pages` : (m[1] as string), chunk.fileName);
        const file = /[\\/]src[\\/]routes[\\/]([a-z-]+)\.tsx$/.exec(chunk.facadeModuleId)?.[1];
        const own = file ? PAGE_FILES[file] : undefined;
        if (own) withImports(chunk.fileName, (pageCode[own] = []));
      }
      // The stylesheets of those pages' code (e.g. the map's print rules): linked from their HTML,
      // so the prerendered page is styled (and prints right) before any script runs.
      const pageCss: Partial<Record<PageKind, string[]>> = {};
      for (const [kind, files] of Object.entries(pageCode) as [PageKind, string[]][]) {
        const css = files.flatMap((f) => {
          const chunk = bundle[f];
          return chunk?.type === 'chunk' ? [...(chunk.viteMetadata?.importedCss ?? [])] : [];
        });
        if (css.length > 0) pageCss[kind] = [...new Set(css)];
      }
      const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, '/')).href : null;
      const assets: PageAssets = { loaders, core, parts, questions, details, strings, pageCode, pageCss, csp: contentSecurityPolicy(content.site.beacon), siteUrl };
      const template = index.source;
      // The root index.html carries the policy too.
      index.source = pageHtml(template, null, './', assets);
      const pages = new Map<string, string>();
      for (const page of pagesOf(content)) {
        const depth = page.path.split('/').filter(Boolean).length;
        const source = pageHtml(template, page, '../'.repeat(depth), assets);
        pages.set(`${page.path}index.html`, source);
        this.emitFile({ type: 'asset', fileName: `${page.path}index.html`, source });
      }
      // Hosts that serve 404.html for unknown paths need absolute URLs there.
      const base = options.base404 ?? '/';
      this.emitFile({ type: 'asset', fileName: '404.html', source: pageHtml(template, null, base, assets) });

      // The service worker: every file of this build, public/ included, and their hash.
      const sw = bundle[SW_FILE];
      if (!sw || sw.type !== 'chunk') return;
      const files = new Map<string, string | Uint8Array>(
        publicDir ? listFiles(publicDir).map((f) => [relative(publicDir, f).split('\\').join('/'), readFileSync(f)]) : [],
      );
      for (const [name, file] of Object.entries(bundle)) files.set(name, file.type === 'chunk' ? file.code : file.source);
      for (const [name, source] of pages) files.set(name, source);
      sw.code = sw.code.replace(SW_PLACEHOLDER, JSON.stringify(swManifest(files)));
    },
  };
}
