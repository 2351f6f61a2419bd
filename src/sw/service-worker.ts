/**
 * The service worker (built to `sw.js` at the app root by
 * scripts/vite-content-plugin.ts, which replaces `__TRIAGE500_SW__` with the
 * build's file list and a hash of every file as the version).
 *
 * Contract: once installed, every page of the build (each language x step,
 * search, log, map) and every asset is answered from a cache holding exactly
 * one build, so the app works with the network off and a page never mixes two
 * builds. A new build means a new sw.js: it installs beside the old one and
 * waits; the page shows "New content is available" and activates it on request.
 *
 * Why cache-first for pages (not network-first): this is an incident tool. The
 * network may be the very thing that is failing (VPN down, captive Wi-Fi, the
 * host on the broken cluster); network-first would make each page wait for a
 * timeout before falling back. Cache-first answers at once and always from one
 * consistent build; freshness comes from the browser re-checking sw.js on every
 * page load (registered with updateViaCache: 'none') plus the update notice.
 *
 * No imports: this file must build to a plain classic script.
 */

interface SwManifest {
  /** Hash of every precached file: changes whenever anything in the build does. */
  readonly version: string;
  /** Paths relative to the app root ("./", "en/q/scope/", "assets/index-….js"). */
  readonly files: readonly string[];
}
declare const __TRIAGE500_SW__: SwManifest;

// The few service-worker types used here (the project's lib is DOM, not WebWorker).
interface ExtendableEvt extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvt extends ExtendableEvt {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface MessageEvt extends ExtendableEvt {
  readonly data: unknown;
}
interface SwScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (e: ExtendableEvt) => void): void;
  addEventListener(type: 'fetch', listener: (e: FetchEvt) => void): void;
  addEventListener(type: 'message', listener: (e: MessageEvt) => void): void;
}

const sw = self as unknown as SwScope;
const manifest = __TRIAGE500_SW__;
/** The app root: sw.js lives there, whatever sub-path the build is served from. */
const root = new URL('./', sw.location.href);
// Several builds may share an origin at different sub-paths: caches are named per root.
const prefix = `triage500 ${root.pathname} `;
const cacheName = prefix + manifest.version;
const precached = new Set(manifest.files.map((f) => new URL(f, root).href));

/** The cache key for a page: its folder URL, without query or hash ("…/q/scope/?a=…" → "…/q/scope/"). */
function pageKey(url: URL): string {
  let path = url.pathname.replace(/\/index\.html$/, '/');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return url.origin + path;
}

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(cacheName).then((cache) =>
      // 'no-cache' revalidates with the server, so a stale HTTP cache cannot slip an old page in.
      cache.addAll([...precached].map((url) => new Request(url, { cache: 'no-cache' }))),
    ),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (event) => {
  const data = event.data;
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === 'triage500:skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return;
  const key = request.mode === 'navigate' ? pageKey(url) : url.href;
  if (!precached.has(key)) return; // not part of the build (e.g. embed.js, 404s): the network as usual
  // A folder without its slash: redirect as the server would, or the page's relative URLs would miss.
  if (request.mode === 'navigate' && key !== url.origin + url.pathname.replace(/\/index\.html$/, '/')) {
    event.respondWith(Promise.resolve(Response.redirect(key + url.search, 301)));
    return;
  }
  event.respondWith(
    caches
      .open(cacheName)
      .then((cache) => cache.match(key))
      .then((hit) => hit ?? fetch(request)),
  );
});
