/** The start page: the start button first (within the first screen on a phone), then mitigation, the primer and prevention. */
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { usePrefetchNext } from './prefetch.ts';
import { remaining } from '../engine/graph.ts';
import { FAMILY_IDS, type GuideSection } from '../engine/types.ts';
import { useLang, useStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { ArrowIcon } from '../ui/icons.tsx';
import { logHref, mapHref, stepHref } from './hrefs.ts';

function Section({ section, ordered = false, tone = 'plain' }: { section: GuideSection; ordered?: boolean; tone?: 'plain' | 'urgent' }) {
  const tx = useTx();
  const List = ordered ? 'ol' : 'ul';
  const urgent = tone === 'urgent';
  return (
    <section
      aria-labelledby={`${section.id}-heading`}
      className={urgent ? 'rounded-xl border-2 border-red-700 bg-red-50 p-5 dark:border-red-500 dark:bg-red-950/40' : 'mt-10'}
    >
      <h2 id={`${section.id}-heading`} className={`font-bold ${urgent ? 'text-xl text-red-900 dark:text-red-200' : 'text-xl'}`}>
        {tx(section.title)}
      </h2>
      {section.body ? <p className="mt-2">{tx(section.body)}</p> : null}
      <List className={`mt-3 space-y-2 pl-6 ${ordered ? 'list-decimal' : 'list-disc'}`}>
        {section.items.map((item, i) => (
          <li key={i}>{tx(item)}</li>
        ))}
      </List>
    </section>
  );
}

export function StartPage() {
  const lang = useLang();
  const t = useStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const { guide } = content;
  const range = remaining(content, content.root);
  // "Start" opens the first question: have its texts ready for the click.
  usePrefetchNext(lang, [content.root]);
  useStepAnnouncement(`start:${lang}`, t.start.heading, heading);

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter}>
      <title>{`${t.appName} — ${t.startTitle}`}</title>
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-extrabold tracking-tight sm:text-4xl">
        {t.start.heading}
      </h1>
      <p className="mt-3 text-lg">{tx(guide.tagline)}</p>

      <div className="mt-6">
        <Link
          to={stepHref(lang, { kind: 'question', id: content.root }, [])}
          className="inline-flex min-h-14 items-center gap-3 rounded-lg bg-blue-800 px-6 py-2 text-lg font-bold text-white shadow-sm hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400"
        >
          {t.start.button}
          <ArrowIcon />
        </Link>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.start.length(range.min, range.max)}</p>
        <p className="mt-4">
          <Link
            to={logHref(lang)}
            className="inline-flex min-h-12 items-center py-2 rounded-lg border-2 border-slate-400 px-5 font-bold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900"
          >
            {t.log.cta}
          </Link>
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.log.ctaHint}</p>
      </div>

      <div className="mt-8">
        <Section section={guide.mitigate} tone="urgent" />
      </div>

      <p className="mt-8 max-w-prose">{tx(guide.intro)}</p>
      <p className="mt-4">
        <Link to={mapHref(lang)} className="font-semibold text-blue-800 underline underline-offset-2 hover:no-underline dark:text-blue-300">
          {t.map.startLink}
        </Link>
      </p>

      <Section section={guide.firstFixes} ordered />

      <section aria-labelledby="primer-heading" className="mt-10">
        <h2 id="primer-heading" className="text-xl font-bold">
          {tx(guide.primer.title)}
        </h2>
        <p className="mt-2">{tx(guide.primer.body)}</p>
        <dl className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700">
          {guide.primer.codes.map((c) => (
            <div key={c.code} className="flex gap-4 px-4 py-2">
              <dt className={`w-12 shrink-0 font-mono font-bold ${c.code === '500' ? 'text-red-800 dark:text-red-300' : ''}`}>{c.code}</dt>
              <dd>{tx(c.meaning)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="families-heading" className="mt-10">
        <h2 id="families-heading" className="text-xl font-bold">
          {t.start.families}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {FAMILY_IDS.map((id) => (
            <li key={id} className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
              <FamilyBadge family={id} label={tx(content.families[id].title)} />
              <p className="mt-2 text-sm">{tx(content.families[id].summary)}</p>
            </li>
          ))}
        </ul>
      </section>

      <Section section={guide.prevention} />
      <Section section={guide.practices} />
    </div>
  );
}
