/**
 * Which question comes next, or the result. The authored tree is the default
 * order, walked from where the person started (the root, or a question opened
 * on its own): answered questions are followed, and
 * - a question the pasted log answers is answered by it (log-suggest.ts);
 * - a symptom question whose answer could not change the ranking is skipped
 *   (its expected information gain is below IG_MIN) — as if "not sure";
 * - before a result, the symptom questions not yet asked that still could
 *   change it are asked, the most telling first;
 * - "I'm not sure" on the log never leads to a question about the log's
 *   messages: it ends at the ranking's best cause (the tree says so: its
 *   "not sure" leads to a cause).
 * Pure and total: any trail gives a question or a cause.
 */
import { answerTable } from './answer-model.ts';
import { choicesOf } from './choices.ts';
import { diagnose, familyEntropy, scoresFrom, answersLogLikelihood } from './diagnosis.ts';
import { believe, tryOrder } from './belief.ts';
import type { LogEvidence } from './log-analyzer.ts';
import { logSuggestion } from './log-suggest.ts';
import { lookup } from './result.ts';
import { treeOrder } from './tree-order.ts';
import { baseOf, type TrailStep } from './trail.ts';
import type { CauseCore, ContentCore, Question } from './types.ts';

/** Expected information gain (nats, on the family) below which a symptom question is not worth asking. */
export const IG_MIN = 0.02;

export type Next = (
  | { readonly kind: 'question'; readonly question: Question; readonly asked: 'tree' | 'gain' }
  | {
      readonly kind: 'cause';
      readonly cause: CauseCore;
      /** True when the ranking chose the cause (the last answer on the way was "I'm not sure" or skipped). */
      readonly byRanking: boolean;
    }
) & {
  /** Questions the log answered on the way (put them in the URL, marked as the log's). */
  readonly logAnswered: readonly TrailStep[];
};

/** A question with authored evidence: its answers describe symptoms, wherever it sits in the tree. */
const isSymptomQuestion = (q: Question) => !q.fromLog && q.symptom === true;

/** Expected reduction of the family entropy if `question` were answered (one answer; "not sure" ignored). */
export function informationGain(content: ContentCore, trail: readonly TrailStep[], log: LogEvidence | null, question: Question): number {
  const base = answersLogLikelihood(content, { trail, log });
  const order = treeOrder(content);
  const prior = believe(content, scoresFrom(content, base, log), order);
  const pCause = new Map(prior.families.flatMap((f) => f.causes.map((c) => [c.cause.id, c.p] as const)));
  const table = answerTable(content, question);
  let expected = 0;
  for (const a of question.answers) {
    const col = table.get(a.id);
    if (!col) continue;
    let pa = 0;
    for (const [id, p] of pCause) pa += p * Math.exp(col.get(id) ?? 0);
    if (pa <= 0) continue;
    const after = new Map<string, number>();
    for (const [id, ll] of base) after.set(id, ll + (col.get(id) ?? 0));
    expected += pa * familyEntropy(believe(content, scoresFrom(content, after, log), order));
  }
  return familyEntropy(prior) - expected;
}

/** A question that presupposes an answer ("What changed?" after "yes, after a change") is asked out of order only after it. */
function askable(q: Question, answered: ReadonlyMap<string, TrailStep>): boolean {
  if (!q.askedAfter) return true;
  const step = answered.get(q.askedAfter.question);
  return step !== undefined && [step.choice, ...(step.more ?? [])].some((c) => q.askedAfter!.answers.includes(c.id));
}

export function nextStep(content: ContentCore, trail: readonly TrailStep[], log: LogEvidence | null): Next {
  const answered = new Map(trail.map((s) => [baseOf(s.question), s] as const));
  const isAnswered = (q: Question) => answered.has(baseOf(q));
  let node: string = trail[0]?.question.id ?? content.root;
  let byRanking = false;
  let leaf: CauseCore | undefined;
  const logAnswered: TrailStep[] = [];
  for (let i = 0; i < 64; i++) {
    const cause = lookup(content.causes, node);
    if (cause) {
      leaf = cause;
      break;
    }
    const q = lookup(content.questions, node);
    if (!q) break;
    const step = answered.get(baseOf(q));
    if (step) {
      byRanking = step.choice.unsure && lookup(content.causes, step.choice.next) !== undefined;
      node = step.choice.next;
      continue;
    }
    const fromLog = logSuggestion(content, q, log);
    const choice = fromLog ? choicesOf(q).find((c) => c.id === fromLog) : undefined;
    if (choice) {
      byRanking = false;
      logAnswered.push({ question: q, choice });
      node = choice.next;
      continue;
    }
    if (isSymptomQuestion(q) && informationGain(content, trail, log, q) < IG_MIN) {
      byRanking = lookup(content.causes, q.unsure.next) !== undefined;
      node = q.unsure.next;
      continue;
    }
    return { kind: 'question', question: q, asked: 'tree', logAnswered };
  }

  // Before ending: the symptom questions not yet asked that still could change the ranking.
  let best: { q: Question; gain: number } | null = null;
  for (const q of Object.values(content.questions)) {
    if (!isSymptomQuestion(q) || isAnswered(q) || !askable(q, answered)) continue;
    const gain = informationGain(content, trail, log, q);
    if (gain >= IG_MIN && (!best || gain > best.gain + 1e-12)) best = { q, gain };
  }
  if (best) return { kind: 'question', question: best.q, asked: 'gain', logAnswered };

  // Where the answers led, if its family is the most likely one; otherwise the ranking's best cause.
  const diagnosis = diagnose(content, { trail: [...trail, ...logAnswered], log });
  const top = tryOrder(diagnosis)[0]?.cause;
  if (leaf && !byRanking && (!top || leaf.family === top.family)) return { kind: 'cause', cause: leaf, byRanking: false, logAnswered };
  return { kind: 'cause', cause: top ?? leaf ?? Object.values(content.causes)[0]!, byRanking: true, logAnswered };
}

/** Where valid answers go on: the next question, or the result (a broken link's page offers it). */
export function resumeAt(content: ContentCore, trail: readonly TrailStep[]): Question | CauseCore {
  const next = nextStep(content, trail, null);
  return next.kind === 'question' ? next.question : next.cause;
}
