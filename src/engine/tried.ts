/** The `tried` URL value: causes already tried without success, joined by "~". Total: unknown or repeated ids are dropped. */
import { lookup } from './result.ts';
import type { ContentCore } from './types.ts';

export function decodeTried(content: ContentCore, raw: string | null | undefined): string[] {
  if (typeof raw !== 'string' || raw === '') return [];
  const out: string[] = [];
  for (const id of raw.split('~', 16)) if (lookup(content.causes, id) && !out.includes(id)) out.push(id);
  return out;
}

export const encodeTried = (ids: readonly string[]) => ids.join('~');
