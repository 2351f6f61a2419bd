/**
 * Measures of a ranking against labelled incidents: top-1, top-3, macro-F1 and
 * calibration (the share right at each confidence band). Pure functions.
 */
import { FAMILY_IDS } from '../../src/engine/types.ts';

export interface Scored {
  readonly id: string;
  readonly label: string;
  /** Families best first. */
  readonly ranked: readonly string[];
  /** Probability of the first family. */
  readonly confidence: number;
  /** False when nothing at all was recognised (the ranking is only the prior). */
  readonly recognised: boolean;
}

/** Confidence bands, as the app words them (belief.ts): [low, high). */
const CALIBRATION_BANDS: readonly (readonly [number, number])[] = [
  [0.85, 1.01],
  [0.6, 0.85],
  [0.35, 0.6],
  [0, 0.35],
];

export interface Report {
  readonly n: number;
  readonly top1: number;
  readonly top3: number;
  readonly macroF1: number;
  readonly coverage: number;
  readonly calibration: readonly {
    readonly band: string;
    readonly n: number;
    readonly right: number;
    readonly share: number;
    readonly meanConfidence: number;
  }[];
  /** Accuracy of the first family when its confidence is at least 0.8. */
  readonly sureRight: { readonly n: number; readonly share: number };
}

const ratio = (x: number, n: number) => (n === 0 ? 0 : Math.round((x / n) * 1000) / 1000);

export function report(items: readonly Scored[]): Report {
  const n = items.length;
  const top1 = items.filter((s) => s.ranked[0] === s.label).length;
  const top3 = items.filter((s) => s.ranked.slice(0, 3).includes(s.label)).length;
  const f1s = FAMILY_IDS.map((f) => {
    const tp = items.filter((s) => s.ranked[0] === f && s.label === f).length;
    const fp = items.filter((s) => s.ranked[0] === f && s.label !== f).length;
    const fn = items.filter((s) => s.ranked[0] !== f && s.label === f).length;
    return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  });
  const present = FAMILY_IDS.filter((f) => items.some((s) => s.label === f));
  const macroF1 = present.length === 0 ? 0 : f1s.filter((_, i) => present.includes(FAMILY_IDS[i]!)).reduce((a, b) => a + b, 0) / present.length;
  const calibration = CALIBRATION_BANDS.map(([lo, hi]) => {
    const inBand = items.filter((s) => s.confidence >= lo && s.confidence < hi);
    const right = inBand.filter((s) => s.ranked[0] === s.label).length;
    const mean = inBand.reduce((a, s) => a + s.confidence, 0) / (inBand.length || 1);
    return {
      band: `${lo.toFixed(2)}–${Math.min(hi, 1).toFixed(2)}`,
      n: inBand.length,
      right,
      share: ratio(right, inBand.length),
      meanConfidence: Math.round(mean * 1000) / 1000,
    };
  });
  const sure = items.filter((s) => s.confidence >= 0.8);
  return {
    n,
    top1: ratio(top1, n),
    top3: ratio(top3, n),
    macroF1: Math.round(macroF1 * 1000) / 1000,
    coverage: ratio(items.filter((s) => s.recognised).length, n),
    calibration,
    sureRight: { n: sure.length, share: ratio(sure.filter((s) => s.ranked[0] === s.label).length, sure.length) },
  };
}
