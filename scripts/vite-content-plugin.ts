/**
 * Build-time content: validates content/ once and exposes the result as the
 * virtual module `virtual:triage500/content`, then writes one static HTML
 * file per language and step so a static host needs no rewrite rules:
 *   /en/index.html, /en/q/<id>/index.html, /en/cause/<id>/index.html, …
 * Asset URLs in each page are relative, so one build works at any sub-path.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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

export function triageContent(options: { dir?: string; base404?: string } = {}): Plugin {
  const dir = resolve(options.dir ?? 'content');
  let content: Content | undefined;
  return {
    name: 'triage500-content',
    // after vite:build-html, so the built index.html is in the bundle
    enforce: 'post',
    buildStart() {
      content = loadOrThrow(dir);
      for (const file of listFiles(dir)) this.addWatchFile(file);
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
      for (const page of pagesOf(content)) {
        const depth = page.path.split('/').filter(Boolean).length;
        this.emitFile({ type: 'asset', fileName: `${page.path}index.html`, source: pageHtml(template, page, '../'.repeat(depth)) });
      }
      // Hosts that serve 404.html for unknown paths need absolute URLs there.
      const base = options.base404 ?? '/';
      this.emitFile({ type: 'asset', fileName: '404.html', source: pageHtml(template, null, base) });
    },
  };
}
