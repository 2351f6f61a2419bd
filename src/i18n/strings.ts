/**
 * Every string the interface shows, in every language: src/i18n/en.ts and
 * src/i18n/ko.ts (typed by en, so a missing key fails the typecheck;
 * test/ui/strings.test.ts checks the rest). Content texts live in content/.
 *
 * The browser loads one language's strings with the page (src/main.tsx) and
 * another before showing a page in it (LangLayout): `strings[lang]` is there
 * for every loaded language. Node code and tests use ./all-strings.ts.
 */
import type { Lang } from '../engine/types.ts';
import type { Strings } from './en.ts';

export type { Strings } from './en.ts';

const loaded: Partial<Record<Lang, Strings>> = {};
export const strings = loaded as Readonly<Record<Lang, Strings>>;

const loaders: Record<Lang, () => Promise<Strings>> = {
  en: () => import('./en.ts').then((m) => m.en),
  ko: () => import('./ko.ts').then((m) => m.ko),
};

export const areStringsLoaded = (lang: Lang) => loaded[lang] !== undefined;

export async function loadStrings(lang: Lang): Promise<void> {
  loaded[lang] ??= await loaders[lang]();
}

/** Tests and the prerenderer: every language at once. */
export function registerStrings(all: Readonly<Record<Lang, Strings>>): void {
  Object.assign(loaded, all);
}
