/**
 * Registers the service worker (sw.js at the app root, see service-worker.ts)
 * and reports a new build once it is installed and waiting.
 *
 * Never throws and never logs: where service workers are unavailable (old
 * browsers, http:// on a non-local host, sandboxed frames where merely reading
 * `navigator.serviceWorker` throws, storage blocked), the app simply stays
 * online-only, as it was before.
 *
 * Loaded with import() once the page has loaded (see main.tsx): no page needs it
 * up front.
 */

function containerOf(nav: Navigator): ServiceWorkerContainer | null {
  try {
    return 'serviceWorker' in nav ? nav.serviceWorker : null;
  } catch {
    return null; // sandboxed frame without allow-same-origin: SecurityError
  }
}

/**
 * `root` is the app root's URL (from the page's triage500-root meta), so
 * registration works from any page at any sub-path.
 */
export async function registerServiceWorker(root: string, onWaiting: (worker: ServiceWorker) => void, nav: Navigator = navigator): Promise<void> {
  const container = containerOf(nav);
  if (!container) return;
  try {
    const registration = await container.register(`${root}sw.js`, { scope: root, updateViaCache: 'none' });
    // A first install is not an update: only a worker replacing one that controls this page is.
    const watch = (worker: ServiceWorker | null) => {
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) onWaiting(worker);
      });
    };
    if (registration.waiting && container.controller) onWaiting(registration.waiting);
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

/** Activates the waiting build (the worker given to `onWaiting`) and reloads once it controls the page. */
export function applyUpdate(waiting: ServiceWorker, nav: Navigator = navigator): void {
  const container = containerOf(nav);
  if (!container) return;
  container.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'triage500:skip-waiting' });
}
