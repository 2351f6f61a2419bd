/**
 * A cause page, light: it waits for the cause's details (why, symptoms, remedy)
 * and for the page's code (./cause-page.tsx), both their own chunks, so the
 * start page and the questions do not carry them. Cause pages preload both.
 */
import { Suspense } from 'react';
import { useCauseDetails } from '../content/content.ts';
import { useLang } from '../i18n/lang-context.tsx';
import type { CauseViewProps } from './cause-page.tsx';
import { lazyPage } from './lazy-page.tsx';

export const causePage = lazyPage(() => import('./cause-page.tsx').then((m) => m.CauseDetailsView));

const busy = <p aria-busy="true" className="py-8" />;

export function CauseView(props: CauseViewProps) {
  const lang = useLang();
  const details = useCauseDetails(lang, props.cause.id);
  if (!details) return busy;
  return (
    <Suspense fallback={busy}>
      <causePage.Page {...props} cause={{ ...props.cause, ...details }} />
    </Suspense>
  );
}
