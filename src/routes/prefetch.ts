/**
 * Loads what the steps a click away need, so they show at once: a next
 * question's texts right away (a few hundred bytes, already prefetched by the
 * page's HTML), and when the browser is idle the code and texts of the kinds
 * of page they are, and a next cause's details. The same choice as the
 * <link rel="prefetch"> tags the build writes (scripts/vite-content-plugin.ts).
 */
import { useContext, useEffect } from 'react';
import { content, loadDetails, loadParts, loadQuestions } from '../content/content.ts';
import { PAGE_PARTS, type PageKind } from '../content/parts.ts';
import { lookup } from '../engine/result.ts';
import type { Lang } from '../engine/types.ts';
import { PageCodeContext } from './page-code-context.ts';

/** `next`: ids of the questions and causes one click away. */
export function usePrefetchNext(lang: Lang, next: readonly string[]): void {
  const key = next.join('~');
  const code = useContext(PageCodeContext);
  useEffect(() => {
    const ids = key ? key.split('~') : [];
    const questions = ids.filter((id) => lookup(content.questions, id));
    const causes = ids.filter((id) => lookup(content.causes, id));
    if (questions.length > 0) void loadQuestions(lang, questions).catch(() => undefined);
    const kinds: PageKind[] = [...(questions.length > 0 ? ['question' as const] : []), ...(causes.length > 0 ? ['cause' as const] : [])];
    const load = () => {
      for (const kind of kinds) {
        void loadParts(lang, PAGE_PARTS[kind]).catch(() => undefined);
        void code[kind]?.preload().catch(() => undefined);
      }
      for (const id of causes) void loadDetails(lang, id).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 200);
    return () => clearTimeout(id);
  }, [lang, key, code]);
}
