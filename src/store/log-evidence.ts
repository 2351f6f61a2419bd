/**
 * The lines of the last pasted log that pointed to each cause, already masked,
 * kept in this tab's memory only (never persisted, never sent) so that the
 * escalation report can quote them. Gone on reload.
 */
import { create } from 'zustand';

interface LogEvidence {
  /** cause id → "line N: text" lines, secrets masked. */
  readonly byCause: Readonly<Record<string, readonly string[]>>;
}

export const useLogEvidence = create<LogEvidence>()(() => ({ byCause: {} }));

const NONE: readonly string[] = [];

export function rememberLogEvidence(byCause: Record<string, readonly string[]>) {
  useLogEvidence.setState({ byCause });
}

export const evidenceFor = (state: LogEvidence, cause: string | null): readonly string[] =>
  (cause !== null && Object.hasOwn(state.byCause, cause) ? state.byCause[cause] : undefined) ?? NONE;
