/** The answers so far as text rows for a report: each question with its answers (several joined by "; "). */
import { chosenOf, type TrailStep } from '../engine/trail.ts';
import type { LocalizedText } from '../engine/types.ts';

export function answerRows(trail: readonly TrailStep[], tx: (text: LocalizedText) => string, unsure: string): { question: string; answer: string }[] {
  return trail.map((s) => ({
    question: tx(s.question.title),
    answer: chosenOf(s)
      .map((c) => (c.label ? tx(c.label) : unsure))
      .join('; '),
  }));
}
