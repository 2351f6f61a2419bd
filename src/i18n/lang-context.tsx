/** The current language, taken from the URL by the language layout route. */
import { createContext, useContext } from 'react';
import type { Lang, LocalizedText } from '../engine/types.ts';
import { allStrings, strings, type AllStrings, type Strings } from './strings.ts';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

/** The strings every page has (src/i18n/en.ts). */
export function useStrings(): Strings {
  return strings[useLang()];
}

/** Every string, for the heavier pages: only behind a `Needs` gate that loads `pageStrings`. */
export function usePageStrings(): AllStrings {
  return allStrings(useLang());
}

/** Picks the current language's text. */
export function useTx(): (text: LocalizedText) => string {
  const lang = useLang();
  return (text) => text[lang];
}
