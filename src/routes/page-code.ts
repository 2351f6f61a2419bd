/**
 * Each kind of page's code, in a chunk of its own: the start page does not
 * carry the question screen, nor a question the start page, the cause page,
 * the log reader, search or the map. src/main.tsx loads the opened page's code
 * before the first render (its HTML preloads it), pages load the code of the
 * pages a click away when the browser is idle (./prefetch.ts, given this table
 * by src/app.tsx through ./page-code-context.ts), and a page
 * reached before its code arrived waits in a Suspense fallback.
 */
import { causePage } from './cause-view.tsx';
import { lazyPage } from './lazy-page.tsx';
import { notFoundPage } from './not-found.tsx';
import type { PageCode } from './page-code-context.ts';

export { notFoundPage };
export const startPage = lazyPage(() => import('./start-page.tsx').then((m) => m.StartPage));
export const questionPage = lazyPage(() => import('./question-view.tsx').then((m) => m.QuestionView));
// The log analyzer, search (and its index) and the map of the whole tree.
export const logPage = lazyPage(() => import('./log-page.tsx').then((m) => m.LogPage));
export const searchPage = lazyPage(() => import('./search-page.tsx').then((m) => m.SearchPage));
export const mapPage = lazyPage(() => import('./map-page.tsx').then((m) => m.MapPage));

export const PAGE_CODE: PageCode = {
  start: startPage,
  question: questionPage,
  cause: causePage,
  log: logPage,
  search: searchPage,
  map: mapPage,
};

/** Every page's code: for the prerenderer and tests, which render any page at once. */
export const preloadAllPages = () => Promise.all([...Object.values(PAGE_CODE), notFoundPage].map((p) => p.preload()));
