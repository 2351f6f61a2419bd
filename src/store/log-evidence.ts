/**
 * The lines of the last pasted log that the analyzer counted, already masked,
 * kept in this tab's memory only (never persisted, never sent) so that the
 * escalation report can quote them. Gone on reload.
 */
import { create } from 'zustand';

interface LogEvidence {
  /** "line N: text" lines, secrets masked. */
  readonly lines: readonly string[];
}

export const useLogEvidence = create<LogEvidence>()(() => ({ lines: [] }));

export function rememberLogEvidence(lines: readonly string[]) {
  useLogEvidence.setState({ lines });
}

export const evidenceFor = (state: LogEvidence): readonly string[] => state.lines;
