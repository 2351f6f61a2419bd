/** A question where several answers can be true ("What changed?"): tick them, then go on, or say "not sure". */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { choicesOf, type Choice } from '../engine/choices.ts';
import type { Question } from '../engine/types.ts';
import { useStrings } from '../i18n/lang-context.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { AnswerText, answerClass, HowToFind } from './answer-parts.tsx';

/** A question where several answers can be true: tick them, then go on (or say "not sure"). */
export function SeveralAnswers({
  question,
  hrefOf,
  title,
  ready,
}: {
  question: Question;
  hrefOf: (chosen: readonly Choice[]) => string;
  title: string;
  ready: boolean;
}) {
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
              <label
                className={`${answerClass(false, false)} cursor-pointer has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50 dark:has-[:checked]:border-blue-400 dark:has-[:checked]:bg-slate-900`}
              >
                <input
                  type="checkbox"
                  disabled={!hydrated}
                  checked={picked.includes(choice.id)}
                  onChange={(e) => setPicked((p) => (e.target.checked ? [...p, choice.id] : p.filter((id) => id !== choice.id)))}
                  data-answer={choice.id}
                  className="h-6 w-6 shrink-0 accent-blue-800 dark:scheme-light dark:accent-blue-400"
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
