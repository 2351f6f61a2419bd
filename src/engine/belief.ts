/**
 * How sure we are: evidence in, a probability for each cause family and, within
 * each family, for each of its causes. The one confidence scale of the app: the
 * log page, the cause page, the map, the Markdown report and the CLI all call
 * `believe`, so the same evidence reads the same everywhere.
 *
 * Evidence is in log-odds units (natural log): +1 makes a family e ≈ 2.7 times
 * as likely against the rest. Families start equal. A family's probability is
 * the softmax of its evidence; a cause's share within its family is the softmax
 * of its own evidence (ties keep the tree's order).
 *
 * The words (`Band`) were calibrated on the development incidents (see
 * `npm run eval:cases`, which prints the share right at each band): "very
 * likely" is said only where that share is about nine in ten.
 */
import type { LogEvidence } from './log-analyzer.ts';
import { lookup } from './result.ts';
import { treeOrder } from './tree-order.ts';
import { FAMILY_IDS, type CauseCore, type ContentCore, type FamilyId } from './types.ts';

/** Evidence in log-odds: per family, and per cause (which orders causes within their family). */
export interface Scores {
  readonly families: Readonly<Partial<Record<FamilyId, number>>>;
  readonly causes: Readonly<Record<string, number>>;
}

const NO_SCORES: Scores = { families: {}, causes: {} };

/**
 * How much one unit of log evidence (a decisive rule on the first error line,
 * weight ≈ 0.9) moves the odds: e^(0.9 × 3) ≈ 15 to 1 against each other family.
 * One parameter for every rule, set on the development incidents: their likelihood
 * keeps rising past 3 only because the reader is right on most of them, so we stop
 * at 3, where the 0.6–0.85 band is still right more often than it claims, and leave
 * room for incidents the tables have not seen.
 */
export const LOG_SCALE = 3;
/** Within a family, the log's cause evidence orders the causes. */
export const LOG_CAUSE_SCALE = 3;

export const BANDS = ['very-likely', 'likely', 'several', 'unknown'] as const;
export type Band = (typeof BANDS)[number];

/** Thresholds of the words, on the top family's probability. */
export const VERY_LIKELY = 0.85;
const LIKELY = 0.6;
/** Below this a family is as good as excluded by the evidence. */
export const EXCLUDED = 0.01;

export interface CauseBelief {
  readonly cause: CauseCore;
  /** Share within its family, 0…1. */
  readonly share: number;
  /** Probability overall: the family's times the share. */
  readonly p: number;
}

export interface FamilyBelief {
  readonly family: FamilyId;
  readonly p: number;
  /** Its causes, most likely first. */
  readonly causes: readonly CauseBelief[];
}

export interface Belief {
  /** Every family, most likely first. */
  readonly families: readonly FamilyBelief[];
  readonly band: Band;
  /** The most likely cause of the most likely family. */
  readonly top: CauseBelief | null;
}

const softmax = (xs: readonly number[]): number[] => {
  const max = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
};

/** The log's evidence as scores on the shared scale. */
export function logScores(evidence: LogEvidence | null | undefined): Scores {
  if (!evidence) return NO_SCORES;
  const families: Partial<Record<FamilyId, number>> = {};
  for (const f of FAMILY_IDS) {
    const v = lookup(evidence.families, f);
    if (typeof v === 'number' && Number.isFinite(v)) families[f] = v * LOG_SCALE;
  }
  const causes: Record<string, number> = {};
  for (const [c, v] of Object.entries(evidence.causes)) if (Number.isFinite(v)) causes[c] = v * LOG_CAUSE_SCALE;
  return { families, causes };
}

/** True when the scores say nothing at all. */
const isEmpty = (s: Scores) => Object.values(s.families).every((v) => !v) && Object.values(s.causes).every((v) => !v);

/**
 * The belief for some evidence. `order` ranks causes that tie (the tree's
 * order: the author's most common cause first); families that tie keep
 * FAMILY_IDS order.
 */
export function believe(content: ContentCore, scores: Scores, order: ReadonlyMap<string, number> = treeOrder(content)): Belief {
  const causesByFamily = new Map<FamilyId, CauseCore[]>(FAMILY_IDS.map((f) => [f, []]));
  for (const c of Object.values(content.causes)) causesByFamily.get(c.family)?.push(c);
  const present = FAMILY_IDS.filter((f) => (causesByFamily.get(f)?.length ?? 0) > 0);
  const familyP = softmax(present.map((f) => lookup(scores.families, f) ?? 0));
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  const families: FamilyBelief[] = present.map((family, i) => {
    const list = [...(causesByFamily.get(family) ?? [])].sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
    const shares = softmax(list.map((c) => lookup(scores.causes, c.id) ?? 0));
    const p = familyP[i]!;
    const causes = list
      .map((cause, j) => ({ cause, share: shares[j]!, p: p * shares[j]! }))
      .sort((a, b) => b.share - a.share || rank(a.cause.id) - rank(b.cause.id));
    return { family, p, causes };
  });
  families.sort((a, b) => b.p - a.p || FAMILY_IDS.indexOf(a.family) - FAMILY_IDS.indexOf(b.family));
  const top = families[0]?.causes[0] ?? null;
  return { families, band: bandOf(families, isEmpty(scores)), top };
}

function bandOf(families: readonly FamilyBelief[], empty: boolean): Band {
  if (empty) return 'unknown';
  const p1 = families[0]?.p ?? 0;
  const p2 = families[1]?.p ?? 0;
  if (p1 >= VERY_LIKELY) return 'very-likely';
  if (p1 >= LIKELY && p1 - p2 >= 0.25) return 'likely';
  return 'several';
}

/**
 * The causes in the order a person should try them: the most likely cause,
 * then the best cause of each other family the evidence leaves plausible (at
 * least two, unless the evidence excludes them), then the rest of the top
 * family, then everything else by probability.
 */
export function tryOrder(belief: Belief): CauseBelief[] {
  const [first, ...others] = belief.families;
  if (!first) return [];
  const out: CauseBelief[] = [];
  const add = (c: CauseBelief | undefined) => {
    if (c && !out.includes(c)) out.push(c);
  };
  add(first.causes[0]);
  others.forEach((f, i) => {
    if (f.p >= EXCLUDED && (i < 2 || f.p >= 0.1)) add(f.causes[0]);
  });
  for (const c of first.causes) add(c);
  const rest = belief.families.flatMap((f) => f.causes).sort((a, b) => b.p - a.p);
  for (const c of rest) add(c);
  return out;
}

export const CONFIDENCE_LEVELS = ['very-likely', 'likely', 'possible', 'less-likely', 'unlikely'] as const;
export type ConfidenceLevel = (typeof CONFIDENCE_LEVELS)[number];

/** The words for a probability, the same on every page and in every report. */
export function confidenceLevel(p: number): ConfidenceLevel {
  if (p >= VERY_LIKELY) return 'very-likely';
  if (p >= LIKELY) return 'likely';
  if (p >= 0.35) return 'possible';
  if (p >= 0.1) return 'less-likely';
  return 'unlikely';
}

/** How probable a cause family is (0 when the belief does not rank it). */
export const familyShare = (belief: Belief, family: FamilyId): number => belief.families.find((f) => f.family === family)?.p ?? 0;

/** The belief's families that the evidence leaves plausible (p ≥ EXCLUDED). */
export const plausibleFamilies = (belief: Belief) => belief.families.filter((f) => f.p >= EXCLUDED);

/** True when the evidence does not single out one family: the page says several causes fit. */
export const isUnsure = (belief: Belief) => belief.band === 'several' || belief.band === 'unknown';

/**
 * How a result page presents a cause: `reference` without any evidence; the
 * first untried cause of the ranking is `likely`, or `candidate` when several
 * fit, or `next` once others were tried; any other cause is `another`.
 */
export type Standing = 'reference' | 'likely' | 'candidate' | 'next' | 'another';

export function standingOf(belief: Belief | null, causeId: string, tried: readonly string[]): Standing {
  if (!belief) return 'reference';
  const first = tryOrder(belief).find((c) => !tried.includes(c.cause.id));
  if (first?.cause.id !== causeId) return 'another';
  if (tried.length > 0) return 'next';
  return isUnsure(belief) ? 'candidate' : 'likely';
}
