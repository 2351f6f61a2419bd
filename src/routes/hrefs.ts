/** Every in-app URL is built here; components never hand-build paths. */
import { encodePath, type PathPair } from '../engine/path-codec.ts';
import { encodeTried } from '../engine/tried.ts';
import { LANGS, type Lang, type TreeNode } from '../engine/types.ts';

export const startHref = (lang: Lang) => `/${lang}/`;

/**
 * A question or cause with the answers that led there. `log` is the evidence
 * of a pasted log as the URL carries it (ids and numbers, see
 * engine/log-param.ts; never log text): it rides along so every page ranks
 * with it and marks the answers the log gave.
 */
export function stepHref(lang: Lang, node: Pick<TreeNode, 'kind' | 'id'>, pairs: readonly PathPair[], log: string | null = null): string {
  const segment = node.kind === 'question' ? 'q' : 'cause';
  const params = [...(pairs.length > 0 ? [`a=${encodePath(pairs)}`] : []), ...(log ? [`log=${log}`] : [])];
  return `/${lang}/${segment}/${node.id}/${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The question or cause a step link opens (its id), or null for any other link. */
export function stepIdOf(href: string): string | null {
  return /^\/(?:en|ko)\/(?:q|cause)\/([a-z0-9-]+)\//.exec(href)?.[1] ?? null;
}

export const logHref = (lang: Lang) => `/${lang}/log/`;
export const searchHref = (lang: Lang) => `/${lang}/search/`;

export interface OutcomeParams {
  /** The log's evidence as the URL carries it. */
  readonly log?: string | null;
  /** Causes already tried without success, in order. */
  readonly tried?: readonly string[];
  readonly fixed?: boolean;
  readonly help?: boolean;
}

/** A cause page with the answers, plus what was tried and how it went. */
export function causeHref(lang: Lang, causeId: string, pairs: readonly PathPair[], o: OutcomeParams = {}): string {
  const params = [
    ...(pairs.length > 0 ? [`a=${encodePath(pairs)}`] : []),
    ...(o.log ? [`log=${o.log}`] : []),
    ...(o.tried && o.tried.length > 0 ? [`tried=${encodeTried(o.tried)}`] : []),
    ...(o.fixed ? ['fixed=1'] : []),
    ...(o.help ? ['help=1'] : []),
  ];
  return `/${lang}/cause/${causeId}/${params.length > 0 ? `?${params.join('&')}` : ''}`;
}

/** The same page in another language: swaps the first path segment, keeps the query. */
export function langHref(pathname: string, search: string, lang: Lang): string {
  const rest = pathname.replace(/^\/[^/]*/, '');
  return `/${lang}${rest || '/'}${search}`;
}

export function isLang(value: string | undefined): value is Lang {
  return LANGS.some((l) => l === value);
}

/** The language to open at the bare root: remembered choice, then the browser's. */
export function preferredLang(remembered: Lang | null, browser: readonly string[]): Lang {
  if (remembered) return remembered;
  for (const tag of browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/** The map of the whole tree; `at` and the answers mark where someone opened it from. */
export function mapHref(lang: Lang, pairs: readonly PathPair[] = [], at: string | null = null): string {
  const params = [...(pairs.length > 0 ? [`a=${encodePath(pairs)}`] : []), ...(at ? [`at=${at}`] : [])];
  return `/${lang}/map/${params.length > 0 ? `?${params.join('&')}` : ''}`;
}
