/**
 * A zustand store kept in storage (localStorage, or memory where the browser
 * blocks it: see safe-storage.ts), in the shape zustand's `persist` middleware
 * wrote, `{"state":{…},"version":1}`, so saved settings carry over.
 *
 * Read once, synchronously, at creation; every change is written back. What is
 * read goes through `sanitize` (stored values are user-editable input). The
 * initial state (`getInitialState`, React's server snapshot) stays `initial`, so
 * hydrating a prerendered page renders what the server rendered, then the
 * stored values.
 */
import { create } from 'zustand';
import { safeStorage } from './safe-storage.ts';

const VERSION = 1;

export function persisted<T extends object>(name: string, initial: T, sanitize: (stored: unknown, current: T) => T) {
  const storage = safeStorage();
  let stored: unknown;
  try {
    const saved: unknown = JSON.parse(storage.getItem(name) ?? 'null');
    // As persist did: a state saved under another version number is ignored.
    const otherVersion = typeof saved === 'object' && saved !== null && 'version' in saved && typeof saved.version === 'number' && saved.version !== VERSION;
    if (typeof saved === 'object' && saved !== null && 'state' in saved && !otherVersion) stored = saved.state;
  } catch {
    /* not JSON: start from the initial state */
  }
  const store = create<T>()(() => initial);
  store.setState(sanitize(stored, initial), true);
  store.subscribe((state) => storage.setItem(name, JSON.stringify({ state, version: VERSION })));
  return store;
}
