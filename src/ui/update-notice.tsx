/**
 * "New content is available — reload", when a new build's service worker is
 * installed and waiting. The status region is always in the page, so screen
 * readers announce the message when it appears.
 */
import { useState, useSyncExternalStore } from 'react';
import type { Lang } from '../engine/types.ts';
import { strings } from '../i18n/strings.ts';
import { subscribeUpdate, waitingWorker } from '../sw/update-signal.ts';

export function UpdateNotice({ lang }: { lang: Lang }) {
  const t = strings[lang].update;
  const waiting = useSyncExternalStore(subscribeUpdate, waitingWorker, () => null);
  const [dismissed, setDismissed] = useState(false);
  const show = waiting !== null && !dismissed;
  // Loaded by now: register.ts is what reported the update.
  const reload = () => void import('../sw/register.ts').then((sw) => waiting && sw.applyUpdate(waiting));
  return (
    <div role="status" className="pointer-events-none fixed inset-x-0 bottom-0 z-20 flex justify-center p-3 print:hidden">
      {show ? (
        <div
          lang={lang}
          className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-xl border-2 border-blue-800 bg-white px-4 py-3 text-slate-900 shadow-lg dark:border-blue-300 dark:bg-slate-900 dark:text-slate-100"
          data-update-notice
        >
          <p className="font-semibold">{t.available}</p>
          <button
            type="button"
            onClick={reload}
            className="inline-flex min-h-11 items-center rounded-md bg-blue-800 px-4 font-bold text-white hover:bg-blue-900 dark:bg-blue-400 dark:text-slate-950 dark:hover:bg-blue-300"
          >
            {t.reload}
          </button>
          <button
            type="button"
            onClick={() => setDismissed(true)}
            className="inline-flex min-h-11 items-center rounded-md px-3 font-semibold underline underline-offset-2 hover:bg-slate-100 dark:hover:bg-slate-800"
          >
            {t.dismiss}
          </button>
        </div>
      ) : null}
    </div>
  );
}
