/**
 * The walk engine (which question is worth asking next, what the log answers)
 * in a chunk of its own, loaded right after a question page renders: it is not
 * part of the first load. Until it arrives, answers link where the tree's
 * author sent them — a valid step too; the engine then goes on from there.
 */
import { useSyncExternalStore } from 'react';

type WalkLinks = typeof import('./walk-links.ts');

let loaded: WalkLinks | null = null;
let pending: Promise<WalkLinks> | null = null;
const listeners = new Set<() => void>();

export function loadWalk(): Promise<WalkLinks> {
  pending ??= import('./walk-links.ts').then((m) => {
    loaded = m;
    for (const l of listeners) l();
    return m;
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  if (!loaded) void loadWalk().catch(() => undefined);
  return () => listeners.delete(l);
};

/** The walk links once loaded (null in the prerendered page and until the chunk arrives). */
export function useWalk(): WalkLinks | null {
  return useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
}
