/** One answered question on the way to a step. */
import type { Choice } from './choices.ts';
import type { Question } from './types.ts';

export interface TrailStep {
  readonly question: Question;
  /** The answer (the first, on a question that takes several). */
  readonly choice: Choice;
  /** Further answers, on a question that takes several. */
  readonly more?: readonly Choice[] | undefined;
}

/** The question a step answers, counting repeats of one question as one ("extends"). */
/** Every answer of a step: the first, then the others on a question that takes several. */
export const chosenOf = (step: TrailStep): readonly Choice[] => [step.choice, ...(step.more ?? [])];

export const baseOf = (question: Question): string => question.base ?? question.id;
