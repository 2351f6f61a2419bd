/** Both languages, both parts, at once: for Node code (the build, scripts) and tests. */
import type { Lang } from '../engine/types.ts';
import { en } from './en.ts';
import { enPages } from './en-pages.ts';
import { ko } from './ko.ts';
import { koPages } from './ko-pages.ts';
import { mergeStrings, type AllStrings } from './strings.ts';

export type { AllStrings } from './strings.ts';
export const strings: Readonly<Record<Lang, AllStrings>> = { en: mergeStrings(en, enPages), ko: mergeStrings(ko, koPages) };
