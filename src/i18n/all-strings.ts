/** Both languages at once, for Node code (the build, scripts) and tests. */
import type { Lang } from '../engine/types.ts';
import { en, type Strings } from './en.ts';
import { ko } from './ko.ts';

export type { Strings } from './en.ts';
export const strings: Readonly<Record<Lang, Strings>> = { en, ko };
