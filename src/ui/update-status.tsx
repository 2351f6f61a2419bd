/**
 * Where "new content is available" appears once a new build's service worker
 * is installed and waiting. The status region is always in the page, so
 * screen readers announce the notice when it appears; the notice itself is a
 * chunk of its own, loaded only then.
 */
import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { Lang } from '../engine/types.ts';
import { strings } from '../i18n/strings.ts';
import { subscribeUpdate, waitingWorker } from '../sw/update-signal.ts';

// A notice that fails to load is simply not shown: the page goes on as it is.
const UpdateNotice = lazy(() =>
  import('./update-notice.tsx').then(
    (m) => ({ default: m.UpdateNotice }),
    () => ({ default: () => null }),
  ),
);

export function UpdateStatus({ lang }: { lang: Lang }) {
  const waiting = useSyncExternalStore(subscribeUpdate, waitingWorker, () => null);
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-0 z-20 flex justify-center p-3 print:hidden">
      {waiting ? (
        <Suspense fallback={null}>
          <UpdateNotice lang={lang} t={strings[lang].update} waiting={waiting} />
        </Suspense>
      ) : null}
    </div>
  );
}
