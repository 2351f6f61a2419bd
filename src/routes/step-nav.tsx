import { Link, useParams } from 'react-router-dom';
import { trailPairs } from '../engine/resolve.ts';
import type { TrailStep } from '../engine/trail.ts';
import { useLang, useStrings } from '../i18n/lang-context.tsx';
import { EmbedDialogButton } from '../ui/embed-dialog-button.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { logHref, mapHref, startHref } from './hrefs.ts';
import { NO_LOG, type LogParam } from './log-context.ts';
import { backHref } from './trail-items.ts';

const linkClass =
  'inline-flex min-h-11 items-center py-2 rounded-md px-3 font-semibold text-blue-800 underline underline-offset-2 hover:bg-blue-50 hover:no-underline dark:text-blue-300 dark:hover:bg-slate-900';

/** Back one answer (or to the start page) and start over. */
export function StepNav({ trail, log = NO_LOG, showLog = true }: { trail: readonly TrailStep[]; log?: LogParam; showLog?: boolean }) {
  const lang = useLang();
  const t = useStrings();
  // The step on screen (its id is in the URL): the map marks it and the answers that led there.
  const { id = null } = useParams();
  return (
    <nav aria-label={t.nav.home} className="mt-8 flex flex-wrap gap-2">
      <Link to={backHref(lang, trail, log)} className={linkClass}>
        ← {t.nav.back}
      </Link>
      <Link to={startHref(lang)} className={linkClass}>
        {t.nav.startOver}
      </Link>
      <Link to={mapHref(lang, trailPairs(trail), id)} aria-label={t.map.linkLabel} className={linkClass}>
        {t.map.link}
      </Link>
      {showLog ? (
        <Link to={logHref(lang)} className={linkClass}>
          {t.log.title}
        </Link>
      ) : null}
      <EmbedDialogButton className={linkClass} />
    </nav>
  );
}

export function DirectNotice() {
  const t = useStrings();
  // A prerendered page is built without answers; the link that opened it may carry
  // some, which only the app reads. Say "opened directly" only once the app knows.
  const ready = useHydrated();
  if (!ready) return null;
  return <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-900">{t.directNotice}</p>;
}
