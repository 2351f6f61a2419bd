/** The route table. Works under any router (browser in the app, memory in tests). */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { FallbackLayout, LangLayout } from './routes/lang-layout.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RootRedirect } from './routes/root-redirect.tsx';
import { StartPage } from './routes/start-page.tsx';
import { StepPage } from './routes/step-page.tsx';

// The log analyzer is loaded only when someone opens it.
const LogPage = lazy(() => import('./routes/log-page.tsx').then((m) => ({ default: m.LogPage })));
// So are search (and its index) and the map of the whole tree.
const SearchPage = lazy(() => import('./routes/search-page.tsx').then((m) => ({ default: m.SearchPage })));
const MapPage = lazy(() => import('./routes/map-page.tsx').then((m) => ({ default: m.MapPage })));

/** While a page's own chunk loads: an empty, busy main area (the header and footer stay). */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p aria-busy="true" className="py-8" />}>{children}</Suspense>;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route index element={<RootRedirect />} />
      <Route path="index.html" element={<RootRedirect />} />
      <Route path=":lang" element={<LangLayout />}>
        <Route index element={<StartPage />} />
        <Route path="q/:id" element={<StepPage kind="question" />} />
        <Route path="cause/:id" element={<StepPage kind="cause" />} />
        <Route path="search" element={<Loading><SearchPage /></Loading>} />
        <Route path="log" element={<Loading><LogPage /></Loading>} />
        <Route path="map" element={<Loading><MapPage /></Loading>} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<FallbackLayout />} />
    </Routes>
  );
}
