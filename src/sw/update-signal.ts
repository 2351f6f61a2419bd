/**
 * The new build's service worker once it is installed and waiting for a
 * reload: reported by register.ts (loaded after the page), read by
 * ui/update-status.tsx. Apart from the registration so that pages carry only
 * this up front.
 */

type Listener = () => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

export function setWaiting(worker: ServiceWorker) {
  waiting = worker;
  for (const l of listeners) l();
}

/** For useSyncExternalStore. */
export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const waitingWorker = (): ServiceWorker | null => waiting;
