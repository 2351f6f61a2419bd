/**
 * Embed snippets, as each tool accepts them. Pure: given where the app lives,
 * the step to start at, the language, theme and height, returns the text a
 * person pastes into their wiki. No DOM, no React (test/ui/snippets.test.ts).
 *
 *   html        <iframe data-triage500 …> + <script src=".../embed.js">: auto-resize
 *   confluence  one <iframe>, no script (Confluence Cloud runs none): fixed height
 *   mediawiki   <triage500 src=… height=…/> from docs/mediawiki/Triage500.php
 *   notion      the bare https URL for Notion's /embed block: fixed height
 */
import { assertNever } from '../engine/result.ts';
import type { Lang } from '../engine/types.ts';

export const SNIPPET_FORMATS = ['html', 'confluence', 'mediawiki', 'notion'] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];
export type EmbedTheme = 'system' | 'light' | 'dark';

export const MIN_HEIGHT = 300;
export const MAX_HEIGHT = 2000;
export const DEFAULT_HEIGHT = 600;

export interface EmbedOptions {
  /** Absolute URL of the app root (the directory holding embed.js), e.g. "https://triage.example.com/tools/triage500/". */
  readonly appRoot: string;
  /** The step inside the app, as the router sees it: "/en/q/scope/?a=…" or "/" for the beginning. */
  readonly step: string;
  readonly lang: Lang;
  readonly theme: EmbedTheme;
  /** Frame height in CSS pixels; clamped to MIN_HEIGHT..MAX_HEIGHT. */
  readonly height: number;
}

export type Snippet =
  | { readonly status: 'ok'; readonly format: SnippetFormat; readonly text: string }
  | { readonly status: 'unavailable'; readonly format: SnippetFormat; readonly reason: 'needs-https' | 'bad-root' };

/** Query parameters that describe the frame, not the step: replaced, never carried over. */
const FRAME_PARAMS = ['embed', 'theme'];

export function clampHeight(height: number): number {
  if (!Number.isFinite(height)) return DEFAULT_HEIGHT;
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.round(height)));
}

/** The app root as an absolute http(s) URL ending in "/", or null. */
function rootOf(appRoot: string): URL | null {
  try {
    const url = new URL(appRoot);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.search = '';
    url.hash = '';
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    return url;
  } catch {
    return null;
  }
}

/**
 * The URL to frame: the step (or the start page) in the chosen language, with
 * `embed=1` and the theme. Answers in the step's query are kept as they are.
 */
export function embedUrl(o: EmbedOptions): string | null {
  const root = rootOf(o.appRoot);
  if (!root) return null;
  const [rawPath = '/', rawQuery = ''] = o.step.split('?', 2);
  // "/en/q/scope/" → "q/scope/"; anything without a language segment is the start page.
  const rest = /^\/(?:en|ko)(\/.*)?$/.exec(rawPath)?.[1] ?? '/';
  const url = new URL(`${o.lang}${rest}`, root);
  const params = new URLSearchParams(rawQuery);
  for (const p of FRAME_PARAMS) params.delete(p);
  params.set('embed', '1');
  if (o.theme !== 'system') params.set('theme', o.theme);
  // Keep "~" and "." readable in answer paths; URLSearchParams would escape "~".
  url.search = params.toString().replace(/%7E/gi, '~');
  return url.href;
}

/** Escapes a value for a double-quoted HTML (or MediaWiki tag) attribute. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function snippet(format: SnippetFormat, o: EmbedOptions): Snippet {
  const root = rootOf(o.appRoot);
  const src = embedUrl(o);
  if (!root || !src) return { status: 'unavailable', format, reason: 'bad-root' };
  const height = clampHeight(o.height);
  const title = 'Triage500';
  switch (format) {
    case 'html':
      return {
        status: 'ok',
        format,
        text:
          `<iframe data-triage500 src="${attr(src)}" title="${title}" style="width:100%;height:${height}px;border:0"></iframe>\n` +
          `<script src="${attr(new URL('embed.js', root).href)}" async></script>`,
      };
    case 'confluence':
      return {
        status: 'ok',
        format,
        text: `<iframe src="${attr(src)}" title="${title}" width="100%" height="${height}" style="border:0"></iframe>`,
      };
    case 'mediawiki':
      return { status: 'ok', format, text: `<triage500 src="${attr(src)}" height="${height}" />` };
    case 'notion':
      // Notion's /embed block takes a bare URL and only frames https pages.
      if (root.protocol !== 'https:') return { status: 'unavailable', format, reason: 'needs-https' };
      return { status: 'ok', format, text: src };
    default:
      return assertNever(format);
  }
}
