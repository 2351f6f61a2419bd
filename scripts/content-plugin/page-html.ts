/**
 * One page's HTML, from the built index.html: the root it lives under, its
 * Content-Security-Policy, language, title and description, the chunks it
 * preloads and prefetches, and the tags that make a shared link unfurl.
 */
import { PAGE_PARTS, type PageKind, type Part } from '../../src/content/parts.ts';
import { LANGS, type Lang } from '../../src/engine/types.ts';
import { BOOT_SCRIPT_HASH, BOOT_SCRIPT_TAG } from './boot-script.ts';
import type { Page } from './pages.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The Content-Security-Policy every page carries (as a <meta>; a host can send
 * the same as a header, plus frame-ancestors, which a <meta> cannot set). No
 * inline script but the boot script (./boot-script.ts, by its hash), no eval,
 * no inline style. A beacon URL
 * from site.json is the only other place the page may send anything.
 */
export function contentSecurityPolicy(beacon: string | null): string {
  let connect = "'self'";
  if (beacon && /^https?:\/\//.test(beacon)) connect += ` ${new URL(beacon).origin}`;
  return [
    "default-src 'self'",
    `script-src 'self' ${BOOT_SCRIPT_HASH}`,
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

export interface PageAssets {
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

const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ko: 'ko_KR' };

/** Rewrites the built index.html for a page `depth` folders below the root. */
export function pageHtml(template: string, page: Page | null, root: string, assets: PageAssets): string {
  // The tags below are found by their exact text: a reformatted index.html must fail the build, not ship pages without them.
  for (const tag of ['<meta name="triage500-root" content="./">', '<meta charset="UTF-8">']) {
    if (!template.includes(tag)) throw new Error(`index.html: no ${tag} (written exactly so; index.html is kept out of Prettier)`);
  }
  let html = template.replace(/(src|href)="\.\/(?!\/)/g, `$1="${root}`);
  html = html.replace('<meta name="triage500-root" content="./">', `<meta name="triage500-root" content="${root}">`);
  // First in <head>: a policy in a <meta> covers only what comes after it.
  // Then the boot script, before any relative URL is resolved (it may rewrite the address).
  // Then the stylesheet, the one thing the first paint waits for: ahead of the script
  // preloads, so it is not queued behind them on an HTTP/1.1 connection.
  const styles = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  for (const style of styles) html = html.replace(style, '');
  html = html.replace(/<meta charset="UTF-8">/i, (m) =>
    [m, `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(assets.csp)}">`, BOOT_SCRIPT_TAG, ...styles].join('\n    '),
  );
  const head: string[] = [];
  if (page) {
    html = html.replace(/<html lang="[^"]*">/, `<html lang="${page.lang}">`);
    html = html.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`);
    html = html.replace(/<meta name="description" content="[^"]*">/, `<meta name="description" content="${escapeHtml(page.description)}">`);
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
