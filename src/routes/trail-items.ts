import { content as builtContent } from '../content/content.ts';
import { autoAnswer, findNode, suggestedAnswer, trailPairs, type ContentCore, type Lang, type TrailStep } from '../engine/index.ts';
import type { TrailItem } from '../ui/trail-list.tsx';
import { startHref, stepHref } from './hrefs.ts';

/** Each answer so far, with the link that reopens its question with only the answers before it. */
export function trailItems(lang: Lang, trail: readonly TrailStep[], hint: string | null = null): TrailItem[] {
  const pairs = trailPairs(trail);
  return trail.map((step, i) => ({
    step,
    changeHref: stepHref(lang, step.question, pairs.slice(0, i), hint),
    fromLog: hint !== null && step.question.fromLog === true && suggestedAnswer(builtContent, step.question.id, hint) === step.choice.id,
  }));
}

/**
 * Where the choices of the current question lead. After a log was pasted
 * (`hint`), the questions the log answers are answered on the way, so the
 * link lands on the next question left for the person, or on the cause.
 */
export function choiceHref(
  content: ContentCore,
  lang: Lang,
  trail: readonly TrailStep[],
  questionId: string,
  choice: { id: string; next: string },
  hint: string | null = null,
): string | null {
  const answered = autoAnswer(content, [...trailPairs(trail), { question: questionId, answer: choice.id }], choice.next, hint);
  const next = findNode(content, answered.at);
  if (!next) return null;
  return stepHref(lang, next, answered.pairs, hint);
}

/** Where to begin after a log was pasted: the first question the log cannot answer. */
export function firstUnansweredHref(content: ContentCore, lang: Lang, hint: string): string {
  const answered = autoAnswer(content, [], content.root, hint);
  const node = findNode(content, answered.at) ?? { kind: 'question' as const, id: content.root };
  return stepHref(lang, node, answered.pairs, hint);
}

/** One answer back: the previous question with the answers before it, or the start page. */
export function backHref(lang: Lang, trail: readonly TrailStep[], hint: string | null = null): string {
  const previous = trail[trail.length - 1];
  return previous ? stepHref(lang, previous.question, trailPairs(trail).slice(0, -1), hint) : startHref(lang);
}
