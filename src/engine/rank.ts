/**
 * Ranking every cause after every answer, with reasons.
 *
 * A cause's score is the sum of the evidence from each answer given so far:
 * - where the answer leads: on a question whose answers lead to different
 *   causes ("Which message is closest?"), the answer counts +2 for every cause
 *   it leads to and −3 for every cause the question could have led to instead;
 * - what the author wrote: an answer's `evidence` list adds its weight to a
 *   whole family or to one cause, wherever they sit in the tree ("errors grow
 *   with traffic" points to resource exhaustion);
 * - the log: the cause a pasted log points to gets +3, its family +1.
 * "I'm not sure" adds nothing. Confidence is the softmax of the scores, so it
 * always sums to 1 over all causes. Ties keep the tree's order (the order the
 * author wrote the answers in), so the ranking is the same for the same URL.
 */
import { treeOrder } from './tree-order.ts';
import { choicesOf, type Choice } from './choices.ts';
import type { TrailStep } from './resolve.ts';
import { lookup } from './result.ts';
import { reachableCauses } from './suggest.ts';
import type { CauseCore, ContentCore, NodeId, Question } from './types.ts';

export const TOWARD = 2;
export const AWAY = -3;
export const LOG_CAUSE = 3;
export const LOG_FAMILY = 1;

export type Reason =
  | { readonly kind: 'answer'; readonly question: Question; readonly choice: Choice; readonly weight: number }
  | { readonly kind: 'log'; readonly weight: number };

export interface CauseRank {
  readonly cause: CauseCore;
  readonly score: number;
  /** Share of the evidence, 0…1; sums to 1 over every cause. */
  readonly confidence: number;
  /** Reasons that point to it (weight > 0), strongest first. */
  readonly for: readonly Reason[];
  /** Reasons that point away from it (weight < 0), strongest first. */
  readonly against: readonly Reason[];
}

export interface RankOptions {
  /** The cause id a pasted log points to (the `log` URL value), if any. */
  readonly log?: string | null | undefined;
}

/** The weight one answer gives one cause: where it leads plus what the author wrote. */
function answerWeight(content: ContentCore, step: TrailStep, cause: CauseCore): number {
  if (step.choice.unsure) return 0;
  let w = 0;
  const fromQuestion = reachableCauses(content, step.question.id);
  const fromAnswer = reachableCauses(content, step.choice.next);
  if (fromAnswer.size < fromQuestion.size && fromQuestion.has(cause.id)) w += fromAnswer.has(cause.id) ? TOWARD : AWAY;
  const answer = step.question.answers.find((a) => a.id === step.choice.id);
  for (const e of answer?.evidence ?? []) if (e.target === cause.id || e.target === cause.family) w += e.weight;
  return w;
}

const byStrength = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight);

export function rankCauses(content: ContentCore, trail: readonly TrailStep[], options: RankOptions = {}): CauseRank[] {
  const order = treeOrder(content);
  const logCause = options.log ? lookup(content.causes, options.log) : undefined;
  const scored = Object.values(content.causes).map((cause) => {
    const reasons: Reason[] = [];
    for (const step of trail) {
      const weight = answerWeight(content, step, cause);
      if (weight !== 0) reasons.push({ kind: 'answer', question: step.question, choice: step.choice, weight });
    }
    if (logCause) {
      const weight = (logCause.id === cause.id ? LOG_CAUSE : 0) + (logCause.family === cause.family ? LOG_FAMILY : 0);
      if (weight !== 0) reasons.push({ kind: 'log', weight });
    }
    const score = Math.round(reasons.reduce((sum, r) => sum + r.weight, 0) * 1000) / 1000;
    return { cause, score, reasons };
  });
  scored.sort((a, b) => b.score - a.score || (order.get(a.cause.id) ?? 0) - (order.get(b.cause.id) ?? 0));
  const top = scored[0]?.score ?? 0;
  const total = scored.reduce((sum, s) => sum + Math.exp(s.score - top), 0);
  return scored.map(({ cause, score, reasons }) => ({
    cause,
    score,
    confidence: Math.exp(score - top) / total,
    for: reasons.filter((r) => r.weight > 0).sort(byStrength),
    against: reasons.filter((r) => r.weight < 0).sort(byStrength),
  }));
}

/**
 * Where "I'm not sure" leads. To a question: wherever the author sent it (the
 * most useful next question). To a cause: the best-ranked cause this question
 * could have led to, given the answers so far; the author's choice wins ties.
 */
export function unsureNext(content: ContentCore, trail: readonly TrailStep[], question: Question, options: RankOptions = {}): NodeId {
  const authored = question.unsure.next;
  if (!lookup(content.causes, authored)) return authored;
  const candidates = reachableCauses(content, question.id);
  const ranked = rankCauses(content, trail, options).filter((r) => candidates.has(r.cause.id));
  const best = ranked[0];
  if (!best) return authored;
  const tiedWithAuthored = ranked.some((r) => r.cause.id === authored && r.score === best.score);
  return tiedWithAuthored ? authored : best.cause.id;
}

/** The choices of a question with "I'm not sure" pointing where `unsureNext` says. */
export function rankedChoices(content: ContentCore, trail: readonly TrailStep[], question: Question, options: RankOptions = {}): readonly Choice[] {
  const next = unsureNext(content, trail, question, options);
  return choicesOf(question).map((c) => (c.unsure ? { ...c, next } : c));
}

/**
 * True when a walk that ended on `reached` may be shown as `cause`: the same
 * cause, or, when the last answer was "I'm not sure", any cause that question
 * could lead to (the ranking picks among them; see `unsureNext`).
 */
export function landsOn(content: ContentCore, trail: readonly TrailStep[], reached: string, cause: string): boolean {
  if (reached === cause) return true;
  const last = trail[trail.length - 1];
  if (!last?.choice.unsure || !lookup(content.causes, reached)) return false;
  return reachableCauses(content, last.question.id).has(cause);
}

/**
 * True when the ranking, not an answer, chose where the walk ended: the last
 * answer was "I'm not sure" on a question whose "not sure" leads to a cause
 * (see `unsureNext`). The result page says so.
 */
export function endedByRanking(content: ContentCore, trail: readonly TrailStep[]): boolean {
  const last = trail[trail.length - 1];
  return last?.choice.unsure === true && lookup(content.causes, last.question.unsure.next) !== undefined;
}
