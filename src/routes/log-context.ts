/** The `log` URL value, read once per page: the raw value (for links) and the evidence it carries (for the ranking). */
import { decodeLogParam, encodeLogParam, type ContentCore, type LogEvidence } from '../engine/index.ts';

export interface LogParam {
  /** The value to put in links: re-encoded, so only what the engine understood travels on. */
  readonly raw: string | null;
  readonly evidence: LogEvidence | null;
}

export const NO_LOG: LogParam = { raw: null, evidence: null };

export function readLogParam(content: ContentCore, value: string | null): LogParam {
  const evidence = decodeLogParam(content, value);
  return evidence ? { raw: encodeLogParam(evidence), evidence } : NO_LOG;
}
