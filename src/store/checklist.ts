/**
 * Ticked remedy steps, per cause, for the current content version (a new
 * version starts clean, since steps may have changed). Persisted where the
 * browser allows storage, kept in memory where it does not.
 */
import { persisted } from './persisted.ts';

interface Checklist {
  version: string;
  ticks: Record<string, string[]>;
}

export const useChecklist = persisted<Checklist>('triage500:checklist', { version: '', ticks: {} }, (stored, current) => {
  const p = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<Record<keyof Checklist, unknown>>;
  const ticks: Record<string, string[]> = {};
  if (typeof p.ticks === 'object' && p.ticks !== null) {
    for (const [cause, keys] of Object.entries(p.ticks)) {
      if (Array.isArray(keys)) ticks[cause] = keys.filter((k): k is string => typeof k === 'string').slice(0, 100);
    }
  }
  return { ...current, version: typeof p.version === 'string' ? p.version : '', ticks };
});

const NONE: readonly string[] = [];

/** The ticked step keys of a cause, for this content version (a stable empty list when none). */
export function tickedSteps(state: Checklist, version: string, cause: string): readonly string[] {
  return state.version === version ? (state.ticks[cause] ?? NONE) : NONE;
}

export function toggleStep(version: string, cause: string, key: string) {
  useChecklist.setState((s) => {
    const ticks = s.version === version ? { ...s.ticks } : {};
    const current = ticks[cause] ?? [];
    ticks[cause] = current.includes(key) ? current.filter((k) => k !== key) : [...current, key];
    return { version, ticks };
  });
}
