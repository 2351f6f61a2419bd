/**
 * Registers the service worker (sw.js at the app root, see service-worker.ts)
 * and tells subscribers when a new build is installed and waiting.
 *
 * Never throws and never logs: where service workers are unavailable (old
 * browsers, http:// on a non-local host, sandboxed frames where merely reading
 * `navigator.serviceWorker` throws, storage blocked), the app simply stays
 * online-only, as it was before.
 */

type Listener = () => void;
let waiting: ServiceWorker | null = null;
const listeners = new Set<Listener>();

function setWaiting(worker: ServiceWorker | null) {
  waiting = worker;
  for (const l of listeners) l();
}

/** For useSyncExternalStore: is a new build installed and waiting for a reload? */
export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export const updateWaiting = (): boolean => waiting !== null;

function containerOf(nav: Navigator): ServiceWorkerContainer | null {
  try {
    return 'serviceWorker' in nav ? nav.serviceWorker : null;
  } catch {
    return null; // sandboxed frame without allow-same-origin: SecurityError
  }
}

/**
 * `root` is the app root relative to this page (the triage500-root meta, e.g.
 * "../../"), so registration works from any page at any sub-path.
 */
export async function registerServiceWorker(root: string, nav: Navigator = navigator): Promise<void> {
  const container = containerOf(nav);
  if (!container) return;
  try {
    const registration = await container.register(`${root}sw.js`, { scope: root, updateViaCache: 'none' });
    // A first install is not an update: only a worker replacing one that controls this page is.
    const watch = (worker: ServiceWorker | null) => {
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) setWaiting(worker);
      });
    };
    if (registration.waiting && container.controller) setWaiting(registration.waiting);
    watch(registration.installing);
    registration.addEventListener('updatefound', () => watch(registration.installing));
    // A tab left open through a long incident still hears of new content when it comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  } catch {
    /* registration refused (storage blocked, insecure context…): online-only */
  }
}

/** Activates the waiting build and reloads once it controls the page. */
export function applyUpdate(nav: Navigator = navigator): void {
  const container = containerOf(nav);
  if (!container || !waiting) return;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'triage500:skip-waiting' });
}
