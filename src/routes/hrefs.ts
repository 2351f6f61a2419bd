/** Every in-app URL is built here; components never hand-build paths. */
import { encodePath, LANGS, type Lang, type PathPair, type TreeNode } from '../engine/index.ts';

export const startHref = (lang: Lang) => `/${lang}/`;

export function stepHref(lang: Lang, node: Pick<TreeNode, 'kind' | 'id'>, pairs: readonly PathPair[]): string {
  const segment = node.kind === 'question' ? 'q' : 'cause';
  const query = pairs.length > 0 ? `?a=${encodePath(pairs)}` : '';
  return `/${lang}/${segment}/${node.id}/${query}`;
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
