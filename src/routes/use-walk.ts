/**
 * The walk engine (which question is worth asking next, what the log answers)
 * in a chunk of its own, loaded right after a question page renders: it is not
 * part of the first load. Until it arrives, answers link where the tree's
 * author sent them — a valid step too; the engine then goes on from there.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { arePartsLoaded, loadParts, useContentVersion } from '../content/content.ts';
import type { Lang } from '../engine/types.ts';
import { useLang } from '../i18n/lang-context.tsx';

type WalkLinks = typeof import('./walk-links.ts');

let loaded: WalkLinks | null = null;
let pending: Promise<WalkLinks> | null = null;
const listeners = new Set<() => void>();

/** The walk engine's code, and the answers' evidence it weighs (a content part, per language). */
function loadWalk(lang: Lang): Promise<WalkLinks> {
  pending ??= import('./walk-links.ts').then((m) => {
    loaded = m;
    for (const l of listeners) l();
    return m;
  });
  pending.catch(() => {
    pending = null;
  });
  return Promise.all([pending, loadParts(lang, ['evidence'])]).then(([m]) => m);
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

/** The walk links once loaded, with the evidence (null in the prerendered page and until both arrive). */
export function useWalk(): WalkLinks | null {
  const lang = useLang();
  useContentVersion();
  const walk = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  const ready = walk !== null && arePartsLoaded(lang, ['evidence']);
  useEffect(() => {
    if (!ready) void loadWalk(lang).catch(() => undefined);
  }, [ready, lang]);
  return ready ? walk : null;
}
