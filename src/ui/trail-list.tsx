/** The answers so far, each with a link to change it. */
import { Link } from 'react-router-dom';
import { chosenOf, type TrailStep } from '../engine/trail.ts';
import { useStrings, useTx } from '../i18n/lang-context.tsx';
import { useHydrated } from './use-hydrated.ts';

export interface TrailItem {
  readonly step: TrailStep;
  /** Opens that question again with only the answers before it. */
  readonly changeHref: string;
  /** Answered by the pasted log rather than by the person. */
  readonly fromLog?: boolean;
}

export function TrailList({ items, headingLevel = 2 }: { items: readonly TrailItem[]; headingLevel?: 2 | 3 }) {
  const t = useStrings();
  const tx = useTx();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const ready = useHydrated();
  return (
    <section aria-labelledby="trail-heading" className="mt-10">
      <Heading id="trail-heading" className="text-lg font-bold">
        {t.trail.heading}
      </Heading>
      {items.length === 0 ? (
        // Like the "opened directly" notice: only once the app has read the link's answers.
        ready ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t.trail.none}</p>
        ) : null
      ) : (
        <ol className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700">
          {items.map(({ step, changeHref, fromLog }) => (
            <li key={step.question.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <div className="min-w-0 flex-1">
                <div className="text-sm text-slate-700 dark:text-slate-300">{tx(step.question.title)}</div>
                <div className="font-semibold">
                  {chosenOf(step).map((c) => (
                    <span key={c.id} className="block">
                      {c.label ? tx(c.label) : t.trail.unsure}
                    </span>
                  ))}
                  {fromLog ? (
                    <span
                      className="ml-2 inline-block rounded bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
                      data-from-log
                    >
                      {t.trail.fromLog}
                    </span>
                  ) : null}
                </div>
              </div>
              <Link
                to={changeHref}
                aria-label={t.trail.changeLabel(tx(step.question.title))}
                className="text-sm font-semibold text-blue-800 underline underline-offset-2 hover:no-underline dark:text-blue-300"
              >
                {t.trail.change}
              </Link>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
