/**
 * The two calibration parameters, swept: the log scale (how far one unit of log
 * evidence moves the odds) against the log reader's mean log-likelihood of the
 * confirmed family, and the symptom scale (how much a symptom answer weighs)
 * against the replayed wizard's top-1 and top-3. The app's values are chosen
 * from this table by hand, with room left for incidents not in the sets.
 */
import { setSymptomScale } from '../../src/engine/answer-model.ts';
import { LOG_SCALE } from '../../src/engine/belief.ts';
import type { AnalyzerContent } from '../../src/engine/log-analyzer.ts';
import type { ContentCore } from '../../src/engine/types.ts';
import type { Case } from './cases.ts';
import { scoreLogs } from './log-eval.ts';
import { scoreReplays } from './replay-eval.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);

export function scanScales(content: ContentCore & AnalyzerContent, cases: readonly Case[]): void {
  console.log(`log scale (app: ${LOG_SCALE})   mean log-likelihood of the confirmed family   top-1`);
  for (const scale of [2, 2.6, 3, 3.5, 4, 5]) {
    const scored = scoreLogs(content, cases, scale);
    const ll = scored.reduce((a, s) => a + Math.log(Math.max(1e-6, s.probabilities[s.label] ?? 0)), 0) / Math.max(1, scored.length);
    console.log(
      `  ${String(scale).padEnd(5)} ${ll.toFixed(3).padStart(8)}   ${pct(scored.filter((s) => s.ranked[0] === s.label).length / Math.max(1, scored.length))}`,
    );
  }
  const appScale = setSymptomScale(0.4);
  setSymptomScale(appScale);
  console.log(`\nsymptom scale (app: ${appScale})   facts top-1 top-3   facts + log top-1 top-3`);
  for (const scale of [0.2, 0.3, 0.4, 0.5, 0.6, 0.8]) {
    setSymptomScale(scale);
    const row = [false, true].map((withLog) => {
      const r = scoreReplays(content, cases, withLog);
      const n = Math.max(1, r.length);
      return `${pct(r.filter((s) => s.ranked[0] === s.label).length / n)} ${pct(r.filter((s) => s.ranked.slice(0, 3).includes(s.label)).length / n)}`;
    });
    console.log(`  ${String(scale).padEnd(5)}         ${row[0]}             ${row[1]}`);
  }
  setSymptomScale(appScale);
}
