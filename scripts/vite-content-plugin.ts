/**
 * Build-time content: validates content/ once and exposes it as virtual modules
 * (./content-plugin/virtual-modules.ts: the table of ids and what each holds),
 * then writes one static HTML file per language and step so a static host needs
 * no rewrite rules (./content-plugin/pages.ts, page-html.ts):
 *   /en/index.html, /en/q/<id>/index.html, /en/cause/<id>/index.html, …
 * Asset URLs in each page are relative, so one build works at any sub-path.
 * It also builds the service worker with the list of every file of the build
 * (./content-plugin/service-worker.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import type { Content } from '../src/engine/types.ts';
import { pageAssets } from './content-plugin/bundle-assets.ts';
import { contentSecurityPolicy, pageHtml } from './content-plugin/page-html.ts';
import { pagesOf } from './content-plugin/pages.ts';
import { SW_FILE, SW_PLACEHOLDER, SW_SOURCE, swManifest } from './content-plugin/service-worker.ts';
import { isVirtual, loadVirtual } from './content-plugin/virtual-modules.ts';

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
      return isVirtual(id) ? `\0${id}` : undefined;
    },
    load(resolvedId) {
      if (!resolvedId.startsWith('\0') || !isVirtual(resolvedId.slice(1))) return undefined;
      content = loadOrThrow(dir);
      return loadVirtual(resolvedId.slice(1), content);
    },
    handleHotUpdate(ctx) {
      if (!ctx.file.startsWith(dir)) return undefined;
      for (const mod of ctx.server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0') && isVirtual(mod.id.slice(1))) ctx.server.moduleGraph.invalidateModule(mod);
      }
      ctx.server.ws.send({ type: 'full-reload' });
      return [];
    },
    generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!content || !index || index.type !== 'asset' || typeof index.source !== 'string') return;
      const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL.replace(/\/?$/, '/')).href : null;
      const assets = pageAssets(bundle, contentSecurityPolicy(content.site.beacon), siteUrl);
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
