/** Loads, when the browser is idle, what the pages a click away need, so they show at once. */
import { useEffect } from 'react';
import { loadParts, loadQuestions } from '../content/content.ts';
import { PAGE_PARTS, type PageKind } from '../content/parts.ts';
import type { Lang } from '../engine/types.ts';
import { PAGE_CODE } from './page-code.ts';

const NONE: readonly string[] = [];

/** The texts (parts, and these questions') and the code of these kinds of page. */
export function usePrefetch(lang: Lang, pages: readonly PageKind[], questions: readonly string[] = NONE): void {
  const key = `${pages.join('~')}|${questions.join('~')}`;
  useEffect(() => {
    const [kinds = '', ids = ''] = key.split('|');
    // The next questions' texts are a few hundred bytes each (and prefetched by the page's
    // HTML): take them at once, so the next question shows in the same frame as the click.
    if (ids) void loadQuestions(lang, ids.split('~')).catch(() => undefined);
    const load = () => {
      for (const page of kinds.split('~') as PageKind[]) {
        if (!page) continue;
        void loadParts(lang, PAGE_PARTS[page]).catch(() => undefined);
        void PAGE_CODE[page]?.preload().catch(() => undefined);
      }
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 200);
    return () => clearTimeout(id);
  }, [lang, key]);
}
