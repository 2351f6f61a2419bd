/**
 * "New content is available — reload", shown in the status region of
 * update-status.tsx once a new build is installed and waiting.
 */
import { useState } from 'react';
import type { Lang } from '../engine/types.ts';
import type { Strings } from '../i18n/strings.ts';
import { applyUpdate } from '../sw/register.ts';

/** `t`: the page language's texts, passed in so this chunk needs no more than itself. */
export function UpdateNotice({ lang, t, waiting }: { lang: Lang; t: Strings['update']; waiting: ServiceWorker }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      lang={lang}
      className="pointer-events-auto flex flex-wrap items-center gap-3 rounded-xl border-2 border-blue-800 bg-white px-4 py-3 text-slate-900 shadow-lg dark:border-blue-300 dark:bg-slate-900 dark:text-slate-100"
      data-update-notice
    >
      <p className="font-semibold">{t.available}</p>
      <button
        type="button"
        onClick={() => applyUpdate(waiting)}
        className="inline-flex min-h-11 items-center py-2 rounded-md bg-blue-800 px-4 font-bold text-white hover:bg-blue-900 dark:bg-blue-400 dark:text-slate-950 dark:hover:bg-blue-300"
      >
        {t.reload}
      </button>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="inline-flex min-h-11 items-center py-2 rounded-md px-3 font-semibold underline underline-offset-2 hover:bg-slate-100 dark:hover:bg-slate-800"
      >
        {t.dismiss}
      </button>
    </div>
  );
}
