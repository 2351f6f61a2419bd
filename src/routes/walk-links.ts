/**
 * Links that need the walk engine (src/engine/walk.ts): where an answer leads
 * — the next question worth asking, with what the log answered on the way, or
 * the result. A chunk of its own (./use-walk.ts), loaded after the first render.
 */
import { isLogAnswer, logSuggestion, nextStep, trailPairs, type Choice, type ContentCore, type Lang, type Question, type TrailStep } from '../engine/index.ts';
import { stepHref } from './hrefs.ts';
import { NO_LOG, type LogParam } from './log-context.ts';
import { evidenceOf } from './log-evidence.ts';

/** Whether a step's answer is the one the log gave. */
export const isLogAnswered = (content: ContentCore, step: TrailStep, log: LogParam) => isLogAnswer(content, step, evidenceOf(content, log));
/** The answer the log suggests for a question, if any. */
export const logSuggested = (content: ContentCore, question: Question, log: LogParam) => logSuggestion(content, question, evidenceOf(content, log));

export { isLogAnswer, logSuggestion };

/** Where the walk goes after these answers: the next question left for the person, or the result (with what the log answered on the way). */
export function nextHref(content: ContentCore, lang: Lang, trail: readonly TrailStep[], log: LogParam = NO_LOG): string {
  const next = nextStep(content, trail, evidenceOf(content, log));
  const node = next.kind === 'question' ? next.question : next.cause;
  return stepHref(lang, node, trailPairs([...trail, ...next.logAnswered]), log.raw);
}

/** Where choosing these answers on `question` leads. */
export function choiceHref(
  content: ContentCore,
  lang: Lang,
  trail: readonly TrailStep[],
  question: Question,
  chosen: readonly Choice[],
  log: LogParam = NO_LOG,
): string {
  const [choice, ...more] = chosen;
  if (!choice) return nextHref(content, lang, trail, log);
  return nextHref(content, lang, [...trail, more.length > 0 ? { question, choice, more } : { question, choice }], log);
}

/** Where to begin: the first question the log cannot answer (or the result, when it answers them all). */
export function firstUnansweredHref(content: ContentCore, lang: Lang, log: LogParam): string {
  return nextHref(content, lang, [], log);
}

/** The next question still worth asking after these answers, if the walk has one (null when it would end). */
export function nextQuestionLink(
  content: ContentCore,
  lang: Lang,
  trail: readonly TrailStep[],
  log: LogParam = NO_LOG,
): { question: Question; href: string } | null {
  const next = nextStep(content, trail, evidenceOf(content, log));
  if (next.kind !== 'question') return null;
  return { question: next.question, href: stepHref(lang, next.question, trailPairs([...trail, ...next.logAnswered]), log.raw) };
}
