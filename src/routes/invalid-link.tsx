/** A stale or tampered link: say what is wrong in plain words and offer ways forward. */
import { Link } from 'react-router-dom';
import { resumeAt as resumeNode, trailPairs, type PathProblem, type TrailStep, type TreeNode } from '../engine/index.ts';
import { content } from '../content/content.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { startHref, stepHref } from './hrefs.ts';
import { usePrefetchNext } from './prefetch.ts';

interface Props {
  readonly problem: PathProblem;
  readonly trail: readonly TrailStep[];
  readonly target: TreeNode | null;
}

const primary =
  'inline-flex min-h-12 items-center py-2 rounded-lg bg-blue-800 px-5 font-bold text-white hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400';
const secondary =
  'inline-flex min-h-12 items-center py-2 rounded-lg border-2 border-slate-400 px-5 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900';

export function InvalidLink({ problem, trail, target }: Props) {
  const resumeAt = resumeNode(content, trail);
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  useStepAnnouncement(`invalid:${problem}`, t.invalid.heading, heading);
  const resumeHref = stepHref(lang, resumeAt, trailPairs(trail));
  const showTarget = target !== null && target.id !== resumeAt.id;
  // Both ways forward open at once when taken.
  usePrefetchNext(lang, showTarget ? [resumeAt.id, target.id] : [resumeAt.id]);

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter} role="alert" aria-labelledby="invalid-heading">
      <title>{`${t.invalid.heading} — ${t.appName}`}</title>
      <h1 id="invalid-heading" ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight">
        {t.invalid.heading}
      </h1>
      <p className="mt-3 text-lg">{t.invalid.problems[problem]}</p>
      <p className="mt-2">{t.invalid.body}</p>
      <ul className="mt-6 flex flex-col gap-3 sm:items-start">
        <li>
          <Link to={resumeHref} className={primary} data-action="resume">
            {t.invalid.resume(tx(resumeAt.title))}
          </Link>
          {trail.length > 0 ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t.invalid.resumeCount(trail.length)}</p> : null}
        </li>
        {showTarget ? (
          <li>
            <Link to={stepHref(lang, target, [])} className={secondary} data-action="open-target">
              {t.invalid.openTarget(tx(target.title))}
            </Link>
          </li>
        ) : null}
        <li>
          <Link to={startHref(lang)} className={secondary} data-action="start-over">
            {t.invalid.startOver}
          </Link>
        </li>
      </ul>
    </div>
  );
}
