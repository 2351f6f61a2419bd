/**
 * Finds, in the built bundle, the file of every chunk a page preloads or
 * prefetches: each language's loaders, core, text parts, question texts and
 * cause details (the virtual modules), interface strings, and the code (and
 * stylesheets) of the pages that have a chunk of their own.
 */
import type { Rolldown } from 'vite';
import type { PageKind } from '../../src/content/parts.ts';
import type { Lang } from '../../src/engine/types.ts';
import type { PageAssets } from './page-html.ts';
import { CORE_PREFIX, DETAILS_PREFIX, LOADERS_PREFIX, PART_PREFIX, QUESTION_PREFIX } from './virtual-modules.ts';

/** The files of the pages with a chunk of their own (src/routes/page-code.ts; test/routes/page-code.test.ts keeps the two in step). */
export const PAGE_FILES: Readonly<Record<string, PageKind>> = {
  'start-page': 'start',
  'question-view': 'question',
  'cause-page': 'cause',
  'log-page': 'log',
  'search-page': 'search',
  'map-page': 'map',
};

/** The chunks of `bundle` each page needs; `csp` and `siteUrl` are passed through. */
export function pageAssets(bundle: Rolldown.OutputBundle, csp: string, siteUrl: string | null): PageAssets {
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
  return { loaders, core, parts, questions, details, strings, pageCode, pageCss, csp, siteUrl };
}
