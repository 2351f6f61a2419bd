/**
 * What a pasted log answers by itself. For a question whose answers lead to
 * different causes ("What does the error log say?", "Which message is
 * closest?"), the log suggests the answer that reaches most of the probability
 * the log alone gives — when that is at least half of what the question can
 * reach. Symptom questions ("Does a restart help?") stay the person's.
 * An answer the log suggested adds no evidence of its own (the log already
 * counts); one the person changed counts like any other.
 */
import { believe, logScores } from './belief.ts';
import type { LogEvidence } from './log-analyzer.ts';
import { reachableCauses } from './reach.ts';
import type { TrailStep } from './trail.ts';
import type { AnswerId, ContentCore, Question } from './types.ts';

/** Share of the reachable probability an answer needs to be suggested. */
const SUGGEST_SHARE = 0.5;

const memo = new WeakMap<LogEvidence, Map<string, AnswerId | null>>();

export function logSuggestion(content: ContentCore, question: Question, log: LogEvidence | null): AnswerId | null {
  if (!log || !question.fromLog) return null;
  let perLog = memo.get(log);
  if (!perLog) {
    perLog = new Map();
    memo.set(log, perLog);
  }
  const cached = perLog.get(question.id);
  if (cached !== undefined) return cached;
  const belief = believe(content, logScores(log));
  const p = new Map<string, number>(belief.families.flatMap((f) => f.causes.map((c) => [c.cause.id as string, c.p] as const)));
  const reachable = reachableCauses(content, question.id);
  const total = [...reachable].reduce((s, id) => s + (p.get(id) ?? 0), 0);
  let best: { id: AnswerId; mass: number } | null = null;
  let tie = false;
  for (const a of question.answers) {
    const mass = [...reachableCauses(content, a.next)].reduce((s, id) => s + (p.get(id) ?? 0), 0);
    if (!best || mass > best.mass + 1e-9) {
      best = { id: a.id, mass };
      tie = false;
    } else if (Math.abs(mass - best.mass) <= 1e-9) tie = true;
  }
  const answer = best && !tie && total > 0 && best.mass / total >= SUGGEST_SHARE && belief.band !== 'unknown' ? best.id : null;
  perLog.set(question.id, answer);
  return answer;
}

/** True when a step's answer is the one the log suggested (so it adds nothing of its own). */
export function isLogAnswer(content: ContentCore, step: TrailStep, log: LogEvidence | null): boolean {
  return !step.choice.unsure && (step.more?.length ?? 0) === 0 && logSuggestion(content, step.question, log) === step.choice.id;
}
