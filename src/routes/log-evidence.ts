/** The evidence a page's `log` value carries, decoded once per value (pages that rank import this). */
import { decodeLogParam, encodeLogParam } from '../engine/log-param.ts';
import type { LogEvidence } from '../engine/log-analyzer.ts';
import type { ContentCore } from '../engine/types.ts';
import type { LogParam } from './log-context.ts';

const memo = new Map<string, LogEvidence | null>();

export function evidenceOf(content: ContentCore, log: LogParam): LogEvidence | null {
  if (log.raw === null) return null;
  let e = memo.get(log.raw);
  if (e === undefined) {
    e = decodeLogParam(content, log.raw);
    if (memo.size > 64) memo.clear();
    memo.set(log.raw, e);
  }
  return e;
}

/** The log parameter for an analysis' evidence. */
export const logParamOf = (evidence: LogEvidence): LogParam => ({ raw: encodeLogParam(evidence) || null });
