import { findNode, trailPairs, type Content, type Lang, type TrailStep } from '../engine/index.ts';
import type { TrailItem } from '../ui/trail-list.tsx';
import { startHref, stepHref } from './hrefs.ts';

/** Each answer so far, with the link that reopens its question with only the answers before it. */
export function trailItems(lang: Lang, trail: readonly TrailStep[], hint: string | null = null): TrailItem[] {
  const pairs = trailPairs(trail);
  return trail.map((step, i) => ({ step, changeHref: stepHref(lang, step.question, pairs.slice(0, i), hint) }));
}

/** Where the choices of the current question lead. */
export function choiceHref(
  content: Content,
  lang: Lang,
  trail: readonly TrailStep[],
  questionId: string,
  choice: { id: string; next: string },
  hint: string | null = null,
): string | null {
  const next = findNode(content, choice.next);
  if (!next) return null;
  return stepHref(lang, next, [...trailPairs(trail), { question: questionId, answer: choice.id }], hint);
}

/** One answer back: the previous question with the answers before it, or the start page. */
export function backHref(lang: Lang, trail: readonly TrailStep[], hint: string | null = null): string {
  const previous = trail[trail.length - 1];
  return previous ? stepHref(lang, previous.question, trailPairs(trail).slice(0, -1), hint) : startHref(lang);
}
