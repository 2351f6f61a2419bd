/**
 * A page in its own chunk. Unlike React.lazy, a page whose chunk is already
 * loaded renders at once: src/main.tsx preloads the page it opens on before the
 * first render, so a prerendered page is taken over without a flash of the
 * loading state, and a link with answers does not blank the page it replaces.
 */
import { lazy, useState, type ComponentType } from 'react';

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  const Later = lazy(() => preload().then((component) => ({ default: component })));
  function LazyPage(props: P) {
    // Chosen once per mount, so the page is never remounted when its chunk arrives.
    const [Page] = useState<ComponentType<P>>(() => loaded ?? Later);
    return <Page {...props} />;
  }
  return { Page: LazyPage, preload };
}
