/** One question per screen: the question, big answer links, "I'm not sure", the answers so far. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { usePrefetchNext } from './prefetch.ts';
import { choicesOf, findNode, remaining, type Choice, type Question, type TrailStep } from '../engine/index.ts';
import { useLang, useStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { Progress } from '../ui/progress.tsx';
import { TrailList } from '../ui/trail-list.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { useNumberKeys } from '../ui/use-number-keys.ts';
import { authoredHref, trailItems } from './trail-items.ts';
import { DirectNotice, StepNav } from './step-nav.tsx';
import type { LogParam } from './log-context.ts';
import { useWalk } from './use-walk.ts';

interface Props {
  readonly question: Question;
  readonly trail: readonly TrailStep[];
  readonly direct: boolean;
  /** The pasted log's evidence from the URL: the answer it suggests is marked. */
  readonly log: LogParam;
}

const answerClass = (marked: boolean, unsure: boolean) =>
  `group flex min-h-14 w-full items-center gap-4 rounded-xl border-2 px-4 py-3 text-left text-lg hover:border-blue-700 hover:bg-blue-50 dark:hover:border-blue-400 dark:hover:bg-slate-900 ${
    marked
      ? 'border-emerald-700 bg-emerald-50/50 dark:border-emerald-500 dark:bg-emerald-950/30'
      : unsure
        ? 'border-dashed border-slate-400 dark:border-slate-600'
        : 'border-slate-400 dark:border-slate-600'
  }`;

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
  const more = Object.values(content.questions).filter((q) => !q.fromLog && q.answers.some((a) => a.evidence) && q.id !== question.id && !trail.some((s) => s.question.id === q.id)).length;
  const hrefOf = (chosen: readonly Choice[]) => {
    if (walk) return walk.choiceHref(content, lang, trail, question, chosen, log);
    const next = findNode(content, chosen[0]?.next ?? question.unsure.next) ?? question;
    return authoredHref(lang, trail, question, chosen, next, log);
  };
  const choices = choicesOf(question).map((c) => ({ choice: c, href: hrefOf([c]) }));
  const suggested = walk?.logSuggestion(content, question, log.evidence) ?? null;
  // What the next click may open (a question, or a cause): ready before the click.
  usePrefetchNext(lang, choices.map((c) => c.choice.next));
  useNumberKeys(question.multiple ? [] : choices.map((c) => c.href));
  useStepAnnouncement(`q:${question.id}:${trail.length}`, t.announce.question(n, title), heading);

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter}>
      <title>{`${title} — ${t.appName}`}</title>
      {direct ? <DirectNotice /> : null}
      <Progress label={t.question.progress(n, trail.length + left.min, trail.length + left.max + more)} done={trail.length} total={trail.length + left.max + more} />
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {title}
      </h1>
      {question.help ? <p className="mt-3 text-lg text-slate-800 dark:text-slate-200">{tx(question.help)}</p> : null}

      {question.multiple ? (
        <SeveralAnswers question={question} hrefOf={hrefOf} title={title} ready={walk !== null} />
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
      {trail.length > 0 ? <TrailList items={trailItems(lang, trail, log, walk ? (s) => walk.isLogAnswer(content, s, log.evidence) : undefined)} /> : null}
    </div>
  );
}

function HowToFind({ question }: { question: Question }) {
  const t = useStrings();
  const tx = useTx();
  return (
    <div className="mb-3 rounded-lg bg-slate-100 p-4 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <p className="font-semibold">{t.question.howToFind}</p>
      <p className="mt-1 break-words">{tx(question.unsure.how)}</p>
    </div>
  );
}

function AnswerText({ choice, suggested }: { choice: Choice; suggested: boolean }) {
  const t = useStrings();
  const tx = useTx();
  return (
    <span className="min-w-0 flex-1">
      {suggested ? (
        <span className="mb-1 inline-block rounded bg-emerald-100 px-2 py-0.5 text-sm font-semibold text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          {t.log.suggested}
        </span>
      ) : null}
      <span className="block font-semibold">{choice.label ? tx(choice.label) : t.question.unsure}</span>
      {choice.hint || choice.unsure ? (
        <span className="mt-0.5 block text-base text-slate-700 dark:text-slate-300">{choice.hint ? tx(choice.hint) : t.question.unsureHint}</span>
      ) : null}
    </span>
  );
}

/** A question where several answers can be true: tick them, then go on (or say "not sure"). */
function SeveralAnswers({ question, hrefOf, title, ready }: { question: Question; hrefOf: (chosen: readonly Choice[]) => string; title: string; ready: boolean }) {
  const t = useStrings();
  const hydrated = useHydrated();
  const [picked, setPicked] = useState<readonly string[]>([]);
  const options = choicesOf(question);
  const authored = options.filter((c) => !c.unsure);
  const unsure = options.filter((c) => c.unsure);
  const chosen = authored.filter((c) => picked.includes(c.id));
  return (
    <div className="mt-6" data-walk={ready ? 'ready' : 'authored'}>
      <fieldset>
        <legend className="sr-only">{title}</legend>
        <ul className="space-y-3">
          {authored.map((choice) => (
            <li key={choice.id}>
              <label className={`${answerClass(false, false)} cursor-pointer has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-slate-900`}>
                <input
                  type="checkbox"
                  disabled={!hydrated}
                  checked={picked.includes(choice.id)}
                  onChange={(e) => setPicked((p) => (e.target.checked ? [...p, choice.id] : p.filter((id) => id !== choice.id)))}
                  data-answer={choice.id}
                  className="h-6 w-6 shrink-0 accent-blue-800 dark:accent-blue-400"
                />
                <AnswerText choice={choice} suggested={false} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p className="mt-4">
        <Link
          to={hrefOf(chosen)}
          aria-disabled={chosen.length === 0}
          onClick={(e) => {
            if (chosen.length === 0) e.preventDefault();
          }}
          className="inline-flex min-h-12 items-center rounded-lg bg-blue-800 px-6 py-2 text-lg font-bold text-white hover:bg-blue-900 aria-disabled:cursor-not-allowed aria-disabled:opacity-60 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400"
          data-action="continue"
        >
          {t.question.next}
        </Link>
      </p>
      {unsure.map((choice) => (
        <div key={choice.id} className="mt-6">
          <HowToFind question={question} />
          <Link to={hrefOf([choice])} data-answer={choice.id} className={answerClass(false, true)}>
            <AnswerText choice={choice} suggested={false} />
          </Link>
        </div>
      ))}
    </div>
  );
}
