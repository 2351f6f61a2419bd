/**
 * The wizard replayed on each case as the app would walk it: the case's facts
 * answer the symptom questions ("not sure" where the fact is unknown), and, for
 * facts + log, the pasted log answers what it can and counts as evidence.
 * Families are scored as the result page shows them: the result's family
 * first, then the other families by probability.
 */
import { replay } from '../../src/engine/alternatives.ts';
import { analyzeLog, type AnalyzerContent } from '../../src/engine/log-analyzer.ts';
import type { ContentCore, Question } from '../../src/engine/types.ts';
import type { Case, Fact } from './cases.ts';
import type { Scored } from './metrics.ts';

export interface ReplayScored extends Scored {
  readonly asked: number;
  readonly cause: string;
}

/** The case's facts as answers to the symptom questions. */
function factAnswerer(c: Case): (q: Question) => string | null {
  const f = c.facts;
  const yesNo = (v: Fact | undefined) => (v === 'yes' ? 'yes' : v === 'no' ? 'no' : null);
  return (q) => {
    switch (q.base ?? q.id) {
      case 'after-change':
        return yesNo(f.after_deploy_or_change);
      case 'pattern':
        return f.intermittent === 'yes' ? 'sometimes' : f.intermittent === 'no' || f.all_requests === 'yes' ? 'every-time' : null;
      case 'scope':
        return f.single_route === 'yes' ? 'some-pages' : f.single_route === 'no' || f.all_requests === 'yes' ? 'every-page' : null;
      case 'under-load':
        return yesNo(f.under_load);
      case 'restart-helps':
        return yesNo(f.restart_helps);
      default:
        return null;
    }
  };
}

export function scoreReplays(content: ContentCore & AnalyzerContent, cases: readonly Case[], useLog: boolean): ReplayScored[] {
  return cases.map((c) => {
    const analysis = useLog && c.log.trim() !== '' ? analyzeLog(content, c.log) : null;
    const log = analysis && analysis.clues.length > 0 ? analysis.evidence : null;
    const r = replay(content, factAnswerer(c), log);
    const first = r.cause.family;
    const ranked = [first, ...r.diagnosis.families.map((f) => f.family).filter((f) => f !== first)];
    return {
      id: c.id,
      label: c.family,
      ranked,
      confidence: r.diagnosis.families.find((f) => f.family === first)?.p ?? 0,
      recognised: log !== null,
      asked: r.asked,
      cause: r.cause.id,
    };
  });
}

export const median = (xs: readonly number[]) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
