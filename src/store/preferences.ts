/**
 * Preferences only: theme, the stack whose commands to show, and the last
 * language chosen (used when opening the bare root URL). Where the user is in
 * the wizard lives in the URL, never here.
 */
import { LANGS, STACK_IDS, type Lang, type StackId } from '../engine/types.ts';
import { persisted } from './persisted.ts';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Preferences {
  theme: Theme;
  stack: StackId | 'all';
  lang: Lang | null;
}

const initial: Preferences = { theme: 'system', stack: 'all', lang: null };

// Stored values are user-editable input: keep only what is still valid.
export const usePreferences = persisted<Preferences>('triage500:preferences', initial, (stored, current) => {
  const p = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Preferences, unknown>>;
  return {
    ...current,
    theme: THEMES.find((t) => t === p.theme) ?? current.theme,
    stack: p.stack === 'all' ? 'all' : (STACK_IDS.find((s) => s === p.stack) ?? current.stack),
    lang: LANGS.find((l) => l === p.lang) ?? current.lang,
  };
});

export const setTheme = (theme: Theme) => usePreferences.setState({ theme });
export const setStack = (stack: StackId | 'all') => usePreferences.setState({ stack });
export const rememberLang = (lang: Lang) => usePreferences.setState({ lang });
