/**
 * A page renders only once the texts it needs are loaded (see ./parts.ts):
 * busy until then, and a failed load goes to the route's error boundary (which
 * offers a way back) rather than spinning forever.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useLang } from '../i18n/lang-context.tsx';
import { areQuestionsLoaded, arePartsLoaded, loadParts, loadQuestions, useContentVersion } from './content.ts';
import { PAGE_PARTS, type PageKind } from './parts.ts';

const busy = <p aria-busy="true" className="py-8" />;

const NONE: readonly string[] = [];

interface NeedsProps {
  readonly page: PageKind;
  /** Questions whose texts the page shows (a question page: its own and its trail's). */
  readonly questions?: readonly string[];
  readonly fallback?: ReactNode;
  readonly children: ReactNode;
}

export function Needs({ page, questions = NONE, fallback = busy, children }: NeedsProps) {
  const lang = useLang();
  useContentVersion();
  const ready = arePartsLoaded(lang, PAGE_PARTS[page]) && areQuestionsLoaded(lang, questions);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const key = questions.join('~');
  useEffect(() => {
    if (ready) return;
    const ids = key ? key.split('~') : [];
    Promise.all([loadParts(lang, PAGE_PARTS[page]), loadQuestions(lang, ids)]).catch((error: unknown) => setFailure({ error }));
  }, [ready, lang, page, key]);
  if (ready) return children;
  if (failure) throw failure.error;
  return fallback;
}
