/**
 * Build-time content: validates content/ once and exposes the result as the
 * virtual module `virtual:triage500/content`, then writes one static HTML
 * file per language and step so a static host needs no rewrite rules:
 *   /en/index.html, /en/q/<id>/index.html, /en/cause/<id>/index.html, …
 * Asset URLs in each page are relative, so one build works at any sub-path.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatIssue } from '../src/engine/content-issues.ts';
import { LANGS, type Content, type Lang, type LocalizedText } from '../src/engine/types.ts';
import { loadContentDir } from '../src/content/load-files.ts';
import { strings } from '../src/i18n/strings.ts';

const VIRTUAL_ID = 'virtual:triage500/content';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
/** Log signatures are only needed by the log analyzer: a module of their own, loaded on demand. */
const SIGNATURES_ID = 'virtual:triage500/signatures';
const RESOLVED_SIGNATURES_ID = `\0${SIGNATURES_ID}`;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full) : [full];
  });
}

function loadOrThrow(dir: string): Content {
  const result = loadContentDir(dir);
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
}

function pagesOf(content: Content): Page[] {
  const pages: Page[] = [];
  for (const lang of LANGS) {
    const t = (x: LocalizedText) => x[lang];
    const app = strings[lang].appName;
    pages.push({ path: `${lang}/`, lang, title: `${app} — ${strings[lang].startTitle}`, description: t(content.guide.tagline) });
    pages.push({ path: `${lang}/search/`, lang, title: `${strings[lang].search.title} — ${app}`, description: strings[lang].search.label });
    pages.push({ path: `${lang}/log/`, lang, title: `${strings[lang].log.title} — ${app}`, description: strings[lang].log.ctaHint });
    pages.push({ path: `${lang}/map/`, lang, title: `${strings[lang].map.title} — ${app}`, description: strings[lang].map.intro });
    for (const q of Object.values(content.questions)) {
      pages.push({ path: `${lang}/q/${q.id}/`, lang, title: `${t(q.title)} — ${app}`, description: q.help ? t(q.help) : t(content.guide.tagline) });
    }
    for (const c of Object.values(content.causes)) {
      pages.push({ path: `${lang}/cause/${c.id}/`, lang, title: `${t(c.title)} — ${app}`, description: t(c.summary) });
    }
    // Old ids keep a page of their own, so a shared link to a renamed step still finds a file.
    for (const [old, id] of Object.entries(content.aliases)) {
      const node = content.questions[id] ?? content.causes[id];
      if (!node) continue;
      const segment = node.kind === 'question' ? 'q' : 'cause';
      pages.push({ path: `${lang}/${segment}/${old}/`, lang, title: `${t(node.title)} — ${app}`, description: t(node.kind === 'question' ? (node.help ?? content.guide.tagline) : node.summary) });
    }
  }
  return pages;
}

/** Rewrites the built index.html for a page `depth` folders below the root. */
function pageHtml(template: string, page: Page | null, root: string): string {
  let html = template.replace(/(src|href)="\.\/(?!\/)/g, `$1="${root}`);
  html = html.replace('<meta name="triage500-root" content="./">', `<meta name="triage500-root" content="${root}">`);
  if (page) {
    html = html.replace(/<html lang="[^"]*">/, `<html lang="${page.lang}">`);
    html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
    html = html.replace(
      /<meta name="description" content="[^"]*">/,
      `<meta name="description" content="${escapeHtml(page.description)}">`,
    );
  }
  return html;
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
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === SIGNATURES_ID) return RESOLVED_SIGNATURES_ID;
      return undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SIGNATURES_ID) return undefined;
      content = loadOrThrow(dir);
      const data = id === RESOLVED_ID ? { ...content, signatures: [] } : content.signatures;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dir)) return undefined;
      for (const id of [RESOLVED_ID, RESOLVED_SIGNATURES_ID]) {
        const mod = ctx.server.moduleGraph.getModuleById(id);
        if (mod) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!content || !index || index.type !== 'asset' || typeof index.source !== 'string') return;
      const template = index.source;
      const pages = new Map<string, string>();
      for (const page of pagesOf(content)) {
        const depth = page.path.split('/').filter(Boolean).length;
        const source = pageHtml(template, page, '../'.repeat(depth));
        pages.set(`${page.path}index.html`, source);
        this.emitFile({ type: 'asset', fileName: `${page.path}index.html`, source });
      }
      // Hosts that serve 404.html for unknown paths need absolute URLs there.
      const base = options.base404 ?? '/';
      this.emitFile({ type: 'asset', fileName: '404.html', source: pageHtml(template, null, base) });

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
