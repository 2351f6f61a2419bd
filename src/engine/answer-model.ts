/**
 * What an answer says about each cause, as a probability: how likely a person
 * whose server fails for cause c would give answer a. Two kinds of question:
 * - symptom questions carry authored `evidence` weights (−3…3) per family or
 *   cause; for each cause the weights of the answers become probabilities by
 *   softmax ("errors grow with traffic" is e² ≈ 7 times likelier to be said of
 *   resource exhaustion than an answer with weight 0);
 * - questions whose answers lead to different causes ("What does the error log
 *   say?", "Which message is closest?") say where the answer leads: a person
 *   picks an answer that reaches the right cause with probability 1 − ε.
 * "I'm not sure" says nothing. Pure; memoised per content.
 */
import type { Choice } from './choices.ts';
import { reachableCauses } from './reach.ts';
import type { CauseCore, ContentCore, Question } from './types.ts';

/** How often a person picks an answer that does not lead to the true cause. */
const NAVIGATION_ERROR = 0.15;

/**
 * Authored weights are scores, one per answer; the likelihood ratio between two
 * answers is e^(SYMPTOM_SCALE × the difference of their weights). Calibrated on
 * the development incidents (symptoms as people report them are weak evidence).
 */
let SYMPTOM_SCALE = 0.4;
/** For calibration only (`npm run eval:cases -- --scan`); the app never changes it. */
export function setSymptomScale(x: number): number {
  const was = SYMPTOM_SCALE;
  SYMPTOM_SCALE = x;
  memo = new WeakMap();
  return was;
}

type Table = ReadonlyMap<string, ReadonlyMap<string, number>>; // answer id → cause id → log P(answer | cause)

let memo = new WeakMap<ContentCore, Map<string, Table>>();

/** log P(answer | cause) for every authored answer of a question and every cause. */
export function answerTable(content: ContentCore, question: Question): Table {
  let perContent = memo.get(content);
  if (!perContent) {
    perContent = new Map();
    memo.set(content, perContent);
  }
  const cached = perContent.get(question.id);
  if (cached) return cached;
  const table = question.answers.some((a) => (a.evidence?.length ?? 0) > 0) ? symptomTable(content, question) : navigationTable(content, question);
  perContent.set(question.id, table);
  return table;
}

function symptomTable(content: ContentCore, question: Question): Table {
  const causes = Object.values(content.causes);
  const out = new Map<string, Map<string, number>>(question.answers.map((a) => [a.id, new Map()]));
  for (const c of causes) {
    const logits = question.answers.map(
      (a) => SYMPTOM_SCALE * (a.evidence ?? []).reduce((w, e) => (e.target === c.id || e.target === c.family ? w + e.weight : w), 0),
    );
    const max = Math.max(...logits);
    const logZ = max + Math.log(logits.reduce((s, l) => s + Math.exp(l - max), 0));
    question.answers.forEach((a, i) => out.get(a.id)!.set(c.id, logits[i]! - logZ));
  }
  return out;
}

function navigationTable(content: ContentCore, question: Question): Table {
  const n = question.answers.length;
  const reach = question.answers.map((a) => reachableCauses(content, a.next));
  const out = new Map<string, Map<string, number>>(question.answers.map((a) => [a.id, new Map()]));
  for (const c of Object.values(content.causes)) {
    const k = reach.filter((r) => r.has(c.id)).length;
    question.answers.forEach((a, i) => {
      const p = k === 0 || k === n ? 1 / n : reach[i]!.has(c.id) ? (1 - NAVIGATION_ERROR) / k : NAVIGATION_ERROR / (n - k);
      out.get(a.id)!.set(c.id, Math.log(p));
    });
  }
  return out;
}

/** log P(these answers | cause) for a step: each chosen answer counts ("I'm not sure" counts nothing). */
export function stepLogLikelihood(content: ContentCore, question: Question, chosen: readonly Choice[], cause: CauseCore): number {
  const table = answerTable(content, question);
  let sum = 0;
  for (const c of chosen) if (!c.unsure) sum += table.get(c.id)?.get(cause.id) ?? 0;
  return sum;
}
