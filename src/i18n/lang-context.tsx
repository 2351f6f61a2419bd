/** The current language, taken from the URL by the language layout route. */
import { createContext, useContext } from 'react';
import type { Lang, LocalizedText } from '../engine/types.ts';
import { strings, type Strings } from './strings.ts';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useStrings(): Strings {
  return strings[useLang()];
}

/** Picks the current language's text. */
export function useTx(): (text: LocalizedText) => string {
  const lang = useLang();
  return (text) => text[lang];
}
