/** Pieces of a question's answer list, shared by the one-answer and the several-answers views. */
import type { Choice } from '../engine/choices.ts';
import type { Question } from '../engine/types.ts';
import { useStrings, useTx } from '../i18n/lang-context.tsx';

export const answerClass = (marked: boolean, unsure: boolean) =>
  `group flex min-h-14 w-full items-center gap-4 rounded-xl border-2 px-4 py-3 text-left text-lg hover:border-blue-700 hover:bg-blue-50 dark:hover:border-blue-400 dark:hover:bg-slate-900 ${
    marked
      ? 'border-emerald-700 bg-emerald-50/50 dark:border-emerald-500 dark:bg-emerald-950/30'
      : unsure
        ? 'border-dashed border-slate-400 dark:border-slate-600'
        : 'border-slate-400 dark:border-slate-600'
  }`;

export function HowToFind({ question }: { question: Question }) {
  const t = useStrings();
  const tx = useTx();
  return (
    <div className="mb-3 rounded-lg bg-slate-100 p-4 text-slate-900 dark:bg-slate-900 dark:text-slate-100">
      <p className="font-semibold">{t.question.howToFind}</p>
      <p className="mt-1 break-words">{tx(question.unsure.how)}</p>
    </div>
  );
}

export function AnswerText({ choice, suggested }: { choice: Choice; suggested: boolean }) {
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
