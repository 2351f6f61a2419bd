/** One question per screen: the question, big answer links, "I'm not sure", the answers so far. */
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { usePrefetchNext } from './prefetch.ts';
import { rankedChoices, remaining, suggestedAnswer, type Question, type TrailStep } from '../engine/index.ts';
import { useLang, useStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { Progress } from '../ui/progress.tsx';
import { TrailList } from '../ui/trail-list.tsx';
import { useNumberKeys } from '../ui/use-number-keys.ts';
import { choiceHref, trailItems } from './trail-items.ts';
import { DirectNotice, StepNav } from './step-nav.tsx';

interface Props {
  readonly question: Question;
  readonly trail: readonly TrailStep[];
  readonly direct: boolean;
  /** A cause a pasted log points to: the answer leading there is marked. */
  readonly hint: string | null;
}

export function QuestionView({ question, trail, direct, hint }: Props) {
  const lang = useLang();
  const t = useStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const title = tx(question.title);
  const n = trail.length + 1;
  const left = remaining(content, question.id);
  // "I'm not sure" on a last question goes to the best-ranked cause (engine/rank.ts).
  const choices = rankedChoices(content, trail, question, { log: hint }).flatMap((c) => {
    const href = choiceHref(content, lang, trail, question.id, c, hint);
    return href ? [{ choice: c, href }] : [];
  });
  const suggested = hint ? suggestedAnswer(content, question.id, hint) : null;
  // What the next click may open (a question, or a cause: the log's too): ready before the click.
  usePrefetchNext(lang, [...choices.map((c) => c.choice.next), ...(hint ? [hint] : [])]);
  useNumberKeys(choices.map((c) => c.href));
  useStepAnnouncement(`q:${question.id}:${trail.length}`, t.announce.question(n, title), heading);

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter}>
      <title>{`${title} — ${t.appName}`}</title>
      {direct ? <DirectNotice /> : null}
      <Progress label={t.question.progress(n, trail.length + left.min, trail.length + left.max)} done={trail.length} total={trail.length + left.max} />
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {title}
      </h1>
      {question.help ? <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{tx(question.help)}</p> : null}

      <ul className="mt-6 space-y-3" aria-label={title}>
        {choices.map(({ choice, href }, i) => (
          <li key={choice.id}>
            {choice.unsure ? (
              <div className="mb-3 rounded-lg bg-slate-100 p-4 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
                <p className="font-semibold">{t.question.howToFind}</p>
                <p className="mt-1 break-words">{tx(question.unsure.how)}</p>
              </div>
            ) : null}
            <Link
              to={href}
              data-answer={choice.id}
              className={`group flex min-h-14 w-full items-center gap-4 rounded-xl border-2 px-4 py-3 text-left text-lg hover:border-blue-700 hover:bg-blue-50 dark:hover:border-blue-400 dark:hover:bg-slate-900 ${
                choice.id === suggested
                  ? 'border-emerald-700 bg-emerald-50/50 dark:border-emerald-500 dark:bg-emerald-950/30'
                  : choice.unsure
                    ? 'border-dashed border-slate-400 dark:border-slate-600'
                    : 'border-slate-400 dark:border-slate-600'
              }`}
            >
              <kbd
                aria-hidden="true"
                className="hidden h-8 w-8 shrink-0 items-center justify-center rounded-md border sm:flex border-slate-400 bg-white font-mono text-base font-bold text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100"
              >
                {i + 1}
              </kbd>
              <span className="min-w-0 flex-1">
                {choice.id === suggested ? (
                  <span className="mb-1 inline-block rounded bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
                    {t.log.suggested}
                  </span>
                ) : null}
                <span className="block font-semibold">{choice.label ? tx(choice.label) : t.question.unsure}</span>
                {choice.hint || choice.unsure ? (
                  <span className="mt-0.5 block text-base text-slate-700 dark:text-slate-300">
                    {choice.hint ? tx(choice.hint) : t.question.unsureHint}
                  </span>
                ) : null}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3 hidden text-sm text-slate-700 sm:block dark:text-slate-300">{t.question.keysTip(choices.length)}</p>

      <StepNav trail={trail} hint={hint} />
      <TrailList items={trailItems(lang, trail, hint)} />
    </div>
  );
}
