/** The log reader alone on each case whose log holds a clue: families best first, with the app's confidence. */
import { believe, LOG_SCALE, logScores } from '../../src/engine/belief.ts';
import { analyzeLog, type AnalyzerContent } from '../../src/engine/log-analyzer.ts';
import type { ContentCore } from '../../src/engine/types.ts';
import type { Case } from './cases.ts';
import type { Scored } from './metrics.ts';

export interface LogScored extends Scored {
  readonly probabilities: Readonly<Record<string, number>>;
  readonly rules: readonly string[];
}

export function scoreLogs(content: ContentCore & AnalyzerContent, cases: readonly Case[], scale?: number): LogScored[] {
  return cases
    .filter((c) => c.logDiagnostic && c.log.trim() !== '')
    .map((c) => {
      const analysis = analyzeLog(content, c.log);
      const scores = logScores(analysis.evidence);
      const scaled =
        scale === undefined
          ? scores
          : { ...scores, families: Object.fromEntries(Object.entries(scores.families).map(([f, v]) => [f, (v / LOG_SCALE) * scale])) };
      const belief = believe(content, scaled);
      return {
        id: c.id,
        label: c.family,
        ranked: belief.families.map((f) => f.family),
        confidence: belief.families[0]?.p ?? 0,
        recognised: analysis.clues.length > 0,
        probabilities: Object.fromEntries(belief.families.map((f) => [f.family, f.p])),
        rules: [...new Set(analysis.clues.map((k) => k.rule))],
      };
    });
}
