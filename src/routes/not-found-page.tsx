import { Link } from 'react-router-dom';
import { LANGS } from '../engine/types.ts';
import { useStrings } from '../i18n/lang-context.tsx';
import { LANG_NAMES } from '../i18n/lang-names.ts';
import { useHeadingRef, useStepAnnouncement } from '../ui/announcer.tsx';
import { startHref } from './hrefs.ts';

export function NotFoundPage() {
  const t = useStrings();
  const heading = useHeadingRef();
  useStepAnnouncement('not-found', t.notFound.heading, heading);
  return (
    <div role="alert" aria-labelledby="nf-heading">
      <title>{`${t.notFound.heading} — ${t.appName}`}</title>
      <h1 id="nf-heading" ref={heading} tabIndex={-1} className="text-2xl font-extrabold">
        {t.notFound.heading}
      </h1>
      <p className="mt-3">{t.notFound.body}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        {LANGS.map((l) => (
          <li key={l}>
            <Link
              to={startHref(l)}
              lang={l}
              className="inline-flex min-h-12 items-center py-2 rounded-lg bg-blue-800 px-5 font-bold text-white hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950"
            >
              {LANG_NAMES[l].start} ({LANG_NAMES[l].name})
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
