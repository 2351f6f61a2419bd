/**
 * A page renders only once the texts it needs are loaded (see ./parts.ts):
 * busy until then, and a failed load goes to the route's error boundary (which
 * offers a way back) rather than spinning forever.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useLang } from '../i18n/lang-context.tsx';
import type { Lang } from '../engine/types.ts';
import { arePartsLoaded, loadParts, useContentVersion } from './content.ts';
import { PAGE_PARTS, type PageKind } from './parts.ts';

const busy = <p aria-busy="true" className="py-8" />;

export function Needs({ page, fallback = busy, children }: { page: PageKind; fallback?: ReactNode; children: ReactNode }) {
  const lang = useLang();
  useContentVersion();
  const list = PAGE_PARTS[page];
  const ready = arePartsLoaded(lang, list);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (!ready) loadParts(lang, PAGE_PARTS[page]).catch((error: unknown) => setFailure({ error }));
  }, [ready, lang, page]);
  if (ready) return children;
  if (failure) throw failure.error;
  return fallback;
}

/** Loads, when the browser is idle, what the pages a click away need, so they show at once. */
export function usePrefetchParts(lang: Lang, pages: readonly PageKind[]): void {
  const key = pages.join('~');
  useEffect(() => {
    const load = () => {
      for (const page of key.split('~') as PageKind[]) if (page) void loadParts(lang, PAGE_PARTS[page]).catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 200);
    return () => clearTimeout(id);
  }, [lang, key]);
}
