/**
 * The diagnosis for some answers and a log: every family and cause with how
 * likely it is (belief.ts, the one scale), and the reasons — which answers and
 * the log point to the top family or away from it. The same URL gives the same
 * diagnosis everywhere: the result page, the map, the report, the CLI.
 *
 * The model: each cause c starts equal within its family and the families
 * start equal; each answer multiplies by P(answer | c) (answer-model.ts); the
 * log adds its evidence per family (scaled by LOG_SCALE) and orders causes
 * within a family. Answers the log itself suggested (log-suggest.ts) add nothing:
 * the log already counts.
 */
import { stepLogLikelihood } from './answer-model.ts';
import { believe, LOG_CAUSE_SCALE, LOG_SCALE, type Belief, type Scores } from './belief.ts';
import type { Choice } from './choices.ts';
import type { LogEvidence } from './log-analyzer.ts';
import { isLogAnswer } from './log-suggest.ts';
import { lookup } from './result.ts';
import { treeOrder } from './tree-order.ts';
import { chosenOf, type TrailStep } from './trail.ts';
import { FAMILY_IDS, type CauseCore, type ContentCore, type FamilyId, type Question } from './types.ts';

export interface DiagnosisInput {
  readonly trail: readonly TrailStep[];
  readonly log: LogEvidence | null;
}

export type Reason =
  | { readonly kind: 'answer'; readonly question: Question; readonly choices: readonly Choice[]; readonly weight: number }
  | { readonly kind: 'log'; readonly weight: number };

export interface Diagnosis extends Belief {
  /** Reasons for and against the top family, strongest first (|weight| ≥ REASON_MIN). */
  readonly reasons: { readonly for: readonly Reason[]; readonly against: readonly Reason[] };
}

const REASON_MIN = 0.2;

const logMeanExp = (xs: readonly number[]): number => {
  if (xs.length === 0) return 0;
  const max = Math.max(...xs);
  return max + Math.log(xs.reduce((s, x) => s + Math.exp(x - max), 0) / xs.length);
};

/** log P(all answers | cause), per cause id; answers the log suggested count nothing. */
export function answersLogLikelihood(content: ContentCore, input: DiagnosisInput): Map<string, number> {
  const out = new Map<string, number>();
  const counted = input.trail.filter((s) => !isLogAnswer(content, s, input.log));
  for (const c of Object.values(content.causes)) {
    out.set(
      c.id,
      counted.reduce((sum, s) => sum + stepLogLikelihood(content, s.question, chosenOf(s), c), 0),
    );
  }
  return out;
}

function causesByFamily(content: ContentCore): Map<FamilyId, CauseCore[]> {
  const by = new Map<FamilyId, CauseCore[]>(FAMILY_IDS.map((f) => [f, []]));
  for (const c of Object.values(content.causes)) by.get(c.family)?.push(c);
  return by;
}

/** Scores on the shared scale from per-cause answer likelihoods and the log. */
export function scoresFrom(content: ContentCore, answers: ReadonlyMap<string, number>, log: LogEvidence | null): Scores {
  const families: Partial<Record<FamilyId, number>> = {};
  const causes: Record<string, number> = {};
  for (const [family, list] of causesByFamily(content)) {
    if (list.length === 0) continue;
    const ll = list.map((c) => answers.get(c.id) ?? 0);
    const fam = logMeanExp(ll);
    const logCause = list.map((c) => (log ? (lookup(log.causes, c.id) ?? 0) * LOG_CAUSE_SCALE : 0));
    const logCauseNorm = logMeanExp(logCause);
    families[family] = fam + (log ? (lookup(log.families, family) ?? 0) * LOG_SCALE : 0);
    list.forEach((c, i) => {
      causes[c.id] = ll[i]! - fam + logCause[i]! - logCauseNorm;
    });
  }
  return { families, causes };
}

export function diagnose(content: ContentCore, input: DiagnosisInput): Diagnosis {
  const answers = answersLogLikelihood(content, input);
  const belief = believe(content, scoresFrom(content, answers, input.log), treeOrder(content));
  const top = belief.families[0]?.family;
  const reasons: Reason[] = [];
  if (top) {
    const by = causesByFamily(content);
    // A reason's weight: how much it favours the top family over the average of the others (log-odds).
    const favour = (perFamily: (f: FamilyId) => number) => {
      const others = FAMILY_IDS.filter((f) => f !== top && (by.get(f)?.length ?? 0) > 0);
      return perFamily(top) - others.reduce((s, f) => s + perFamily(f), 0) / Math.max(1, others.length);
    };
    for (const step of input.trail) {
      if (step.choice.unsure || isLogAnswer(content, step, input.log)) continue;
      const weight = favour((f) => logMeanExp((by.get(f) ?? []).map((c) => stepLogLikelihood(content, step.question, chosenOf(step), c))));
      reasons.push({ kind: 'answer', question: step.question, choices: chosenOf(step), weight });
    }
    if (input.log) reasons.push({ kind: 'log', weight: favour((f) => (lookup(input.log!.families, f) ?? 0) * LOG_SCALE) });
  }
  const strongest = (a: Reason, b: Reason) => Math.abs(b.weight) - Math.abs(a.weight);
  return {
    ...belief,
    reasons: {
      for: reasons.filter((r) => r.weight >= REASON_MIN).sort(strongest),
      against: reasons.filter((r) => r.weight <= -REASON_MIN).sort(strongest),
    },
  };
}

/** Entropy (nats) of the family distribution. */
export function familyEntropy(belief: Belief): number {
  return -belief.families.reduce((s, f) => (f.p > 0 ? s + f.p * Math.log(f.p) : s), 0);
}
