/**
 * "Didn't fix it": the causes to try next, in the order the diagnosis gives
 * (belief.ts `tryOrder`: the best cause of each plausible family before the
 * siblings of the first), and replaying a walk from answers (the CLI, eval).
 */
import { tryOrder } from './belief.ts';
import { choicesOf } from './choices.ts';
import { diagnose, type Diagnosis } from './diagnosis.ts';
import type { LogEvidence } from './log-analyzer.ts';
import type { TrailStep } from './trail.ts';
import type { CauseCore, ContentCore, Question } from './types.ts';
import { nextStep } from './walk.ts';

/** How many causes to try before recommending expert help. */
export const LIKELY_LIMIT = 3;

/** Causes to try, best first, without those already tried. */
export function nextLikely(content: ContentCore, trail: readonly TrailStep[], tried: readonly string[], log: LogEvidence | null): CauseCore[] {
  const seen = new Set(tried);
  return tryOrder(diagnose(content, { trail, log }))
    .map((c) => c.cause)
    .filter((c) => !seen.has(c.id));
}

export { decodeTried } from './tried.ts';

export interface Replay {
  readonly trail: TrailStep[];
  /** Where the walk ended. */
  readonly cause: CauseCore;
  readonly diagnosis: Diagnosis;
  /** Questions the person answered (not those the log answered). */
  readonly asked: number;
}

/**
 * Walks as the app would, answering each question with `answerOf` ("I'm not
 * sure" when it returns null or an answer the question lacks; several ids for
 * a question that takes several).
 */
export function replay(content: ContentCore, answerOf: (question: Question) => string | readonly string[] | null, log: LogEvidence | null = null): Replay {
  const trail: TrailStep[] = [];
  let asked = 0;
  for (let i = 0; i < 64; i++) {
    const next = nextStep(content, trail, log);
    trail.push(...next.logAnswered);
    if (next.kind === 'cause') return { trail, cause: next.cause, diagnosis: diagnose(content, { trail, log }), asked };
    const q = next.question;
    const wanted = answerOf(q);
    const ids = wanted === null ? [] : typeof wanted === 'string' ? [wanted] : [...wanted];
    const options = choicesOf(q);
    const chosen = ids.flatMap((id) => options.filter((c) => c.id === id && !c.unsure)).slice(0, q.multiple ? 8 : 1);
    const [first, ...more] = chosen.length > 0 ? chosen : options.filter((c) => c.unsure);
    trail.push(more.length > 0 ? { question: q, choice: first!, more } : { question: q, choice: first! });
    asked++;
  }
  const diagnosis = diagnose(content, { trail, log });
  return { trail, cause: diagnosis.top?.cause ?? Object.values(content.causes)[0]!, diagnosis, asked };
}

export type AfterNotFixed = { readonly kind: 'next'; readonly cause: CauseCore } | { readonly kind: 'expert' };

/**
 * What "No, still failing" leads to: the next cause to try while fewer than
 * LIKELY_LIMIT have been tried, otherwise expert help (the article's advice
 * when an error keeps coming back).
 */
export function afterNotFixed(
  content: ContentCore,
  trail: readonly TrailStep[],
  tried: readonly string[],
  current: string,
  log: LogEvidence | null,
): AfterNotFixed {
  const triedNow = [...tried, current];
  if ((trail.length === 0 && !log) || triedNow.length >= LIKELY_LIMIT) return { kind: 'expert' };
  const next = nextLikely(content, trail, triedNow, log)[0];
  return next ? { kind: 'next', cause: next } : { kind: 'expert' };
}
