/**
 * The not-found page, in its own chunk: few people ever see it. On a path no
 * route knows, src/main.tsx loads it before the first render.
 */
import { Suspense } from 'react';
import { lazyPage } from './lazy-page.tsx';

export const notFoundPage = lazyPage(() => import('./not-found-page.tsx').then((m) => m.NotFoundPage));

export function NotFound() {
  return (
    <Suspense fallback={<p aria-busy="true" className="py-8" />}>
      <notFoundPage.Page />
    </Suspense>
  );
}
