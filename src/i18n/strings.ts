/**
 * Every string the interface shows, in every language, in two parts per language:
 * - src/i18n/<lang>.ts (`Strings`): the shell, the start page and the questions,
 *   loaded with every page (src/main.tsx) or before showing a page in another
 *   language (LangLayout). Read with `useStrings()`;
 * - src/i18n/<lang>-pages.ts (`PageStrings`): what only the heavier pages show
 *   (cause, log, search, map, embed dialog, broken links), loaded with those
 *   pages (a `Needs` gate, see src/content/needs.tsx). Read with `usePageStrings()`.
 * Korean is typed by English, so a missing key fails the typecheck;
 * test/ui/strings.test.ts checks the rest. Content texts live in content/.
 * Node code and tests use ./all-strings.ts (everything at once).
 */
import type { Lang } from '../engine/types.ts';
import type { Strings } from './en.ts';
import type { PageStrings } from './en-pages.ts';

export type { Strings } from './en.ts';
export type { PageStrings } from './en-pages.ts';
/** Both parts: a section in both (e.g. `log`) has the keys of both. */
export type AllStrings = Strings & PageStrings;

const loaded: Partial<Record<Lang, Strings>> = {};
const withPages = new Set<Lang>();
/** The strings loaded so far in each language: the first part, or both once the second arrived. */
export const strings = loaded as Readonly<Record<Lang, Strings>>;

const loaders: Record<Lang, () => Promise<Strings>> = {
  en: () => import('./en.ts').then((m) => m.en),
  ko: () => import('./ko.ts').then((m) => m.ko),
};
const pageLoaders: Record<Lang, () => Promise<PageStrings>> = {
  en: () => import('./en-pages.ts').then((m) => m.enPages),
  ko: () => import('./ko-pages.ts').then((m) => m.koPages),
};

/** The two parts as one object: sections in both are joined key by key. */
export function mergeStrings(base: Strings, pages: PageStrings): AllStrings {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(pages)) {
    const had = out[key];
    out[key] = typeof had === 'object' && had !== null && typeof value === 'object' && value !== null ? { ...had, ...value } : value;
  }
  return out as AllStrings;
}

export const areStringsLoaded = (lang: Lang) => loaded[lang] !== undefined;
export const arePageStringsLoaded = (lang: Lang) => withPages.has(lang);

export async function loadStrings(lang: Lang): Promise<void> {
  if (loaded[lang]) return;
  const base = await loaders[lang]();
  loaded[lang] ??= base;
}

export async function loadPageStrings(lang: Lang): Promise<void> {
  if (withPages.has(lang)) return;
  const [pages] = await Promise.all([pageLoaders[lang](), loadStrings(lang)]);
  if (withPages.has(lang)) return;
  loaded[lang] = mergeStrings(loaded[lang] as Strings, pages);
  withPages.add(lang);
}

/** Both parts, for a page that loaded them (behind a `Needs` gate). */
export const allStrings = (lang: Lang) => loaded[lang] as AllStrings;

/** Tests and the prerenderer: every language, both parts, at once. */
export function registerStrings(all: Readonly<Record<Lang, AllStrings>>): void {
  for (const [lang, s] of Object.entries(all) as [Lang, AllStrings][]) {
    loaded[lang] = s;
    withPages.add(lang);
  }
}
