/**
 * The few words every page shows in both languages (the language switch, the
 * not-found page, the embed dialog), so they load with the app, not with a language.
 */
import type { Lang } from '../engine/types.ts';

export const LANG_NAMES: Readonly<Record<Lang, { readonly name: string; readonly start: string }>> = {
  en: { name: 'English', start: 'Start diagnosis' },
  ko: { name: '한국어', start: '진단 시작하기' },
};
