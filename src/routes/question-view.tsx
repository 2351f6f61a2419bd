/** One question per screen: the question, big answer links, "I'm not sure", the answers so far. */
import { lazy, Suspense } from 'react';
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { stepIdOf } from './hrefs.ts';
import { usePrefetchNext } from './prefetch.ts';
import { choicesOf, findNode, type Choice } from '../engine/choices.ts';
import { remaining } from '../engine/graph.ts';
import type { TrailStep } from '../engine/trail.ts';
import type { Question } from '../engine/types.ts';
import { useLang, useStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { Progress } from '../ui/progress.tsx';
import { useNumberKeys } from '../ui/use-number-keys.ts';
import { authoredHref, trailItems } from './trail-items.ts';
import { DirectNotice, StepNav } from './step-nav.tsx';
import type { LogParam } from './log-context.ts';
import { useWalk } from './use-walk.ts';
import { AnswerText, answerClass, HowToFind } from './answer-parts.tsx';

// Only pages with answers show them, and only "What changed?" takes several answers: chunks of their own.
const TrailList = lazy(() => import('../ui/trail-list.tsx').then((m) => ({ default: m.TrailList })));
const SeveralAnswers = lazy(() => import('./several-answers.tsx').then((m) => ({ default: m.SeveralAnswers })));

interface Props {
  readonly question: Question;
  readonly trail: readonly TrailStep[];
  readonly direct: boolean;
  /** The pasted log's evidence from the URL: the answer it suggests is marked. */
  readonly log: LogParam;
}

export function QuestionView({ question, trail, direct, log }: Props) {
  const lang = useLang();
  const t = useStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const walk = useWalk();
  const title = tx(question.title);
  const n = trail.length + 1;
  const left = remaining(content, question.id);
  // Symptom questions not yet answered may still be asked before a result: the most there can be.
  const more = Object.values(content.questions).filter(
    (q) => q.symptom && !q.fromLog && q.id !== question.id && !trail.some((s) => s.question.id === q.id),
  ).length;
  const hrefOf = (chosen: readonly Choice[]) => {
    if (walk) return walk.choiceHref(content, lang, trail, question, chosen, log);
    const next = findNode(content, chosen[0]?.next ?? question.unsure.next) ?? question;
    return authoredHref(lang, trail, question, chosen, next, log);
  };
  const choices = choicesOf(question).map((c) => ({ choice: c, href: hrefOf([c]) }));
  const suggested = walk?.logSuggested(content, question, log) ?? null;
  // What the next click may open (a question, or a cause): ready before the click. Once the walk
  // is loaded an answer may lead past the authored next step, so prefetch where each link goes.
  usePrefetchNext(
    lang,
    choices.map((c) => stepIdOf(c.href) ?? c.choice.next),
  );
  useNumberKeys(question.multiple ? [] : choices.map((c) => c.href));
  useStepAnnouncement(`q:${question.id}:${trail.length}`, t.announce.question(n, title), heading);

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter} data-question={question.id}>
      <title>{`${title} — ${t.appName}`}</title>
      {direct && !log.raw ? <DirectNotice /> : null}
      <Progress
        label={t.question.progress(n, trail.length + left.min, trail.length + left.max + more)}
        done={trail.length}
        total={trail.length + left.max + more}
      />
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {title}
      </h1>
      {question.help ? <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{tx(question.help)}</p> : null}

      {question.multiple ? (
        <Suspense fallback={<p aria-busy="true" className="mt-6 h-48" />}>
          <SeveralAnswers question={question} hrefOf={hrefOf} title={title} ready={walk !== null} />
        </Suspense>
      ) : (
        <ul className="mt-6 space-y-3" aria-label={title} data-walk={walk ? 'ready' : 'authored'}>
          {choices.map(({ choice, href }, i) => (
            <li key={choice.id}>
              {choice.unsure ? <HowToFind question={question} /> : null}
              <Link to={href} data-answer={choice.id} className={answerClass(choice.id === suggested, choice.unsure)}>
                <kbd
                  aria-hidden="true"
                  className="hidden h-8 w-8 shrink-0 items-center justify-center rounded-md border sm:flex border-slate-400 bg-white font-mono text-base font-bold text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100"
                >
                  {i + 1}
                </kbd>
                <AnswerText choice={choice} suggested={choice.id === suggested} />
              </Link>
            </li>
          ))}
        </ul>
      )}
      {question.multiple ? null : <p className="mt-3 hidden text-sm text-slate-700 sm:block dark:text-slate-300">{t.question.keysTip(choices.length)}</p>}

      <StepNav trail={trail} log={log} />
      {trail.length > 0 ? (
        <Suspense fallback={null}>
          <TrailList items={trailItems(lang, trail, log, walk ? (s) => walk.isLogAnswered(content, s, log) : undefined)} />
        </Suspense>
      ) : null}
    </div>
  );
}
