/** The route table. Works under any router (browser in the app, memory in tests). */
import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Needs } from './content/needs.tsx';
import { FallbackLayout, LangLayout } from './routes/lang-layout.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RootRedirect } from './routes/root-redirect.tsx';
import { logPage, mapPage, PAGE_CODE, searchPage, startPage } from './routes/page-code.ts';
import { PageCodeContext } from './routes/page-code-context.ts';
import { StepPage } from './routes/step-page.tsx';

/** While a page's own chunk loads: an empty, busy main area (the header and footer stay). */
function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p aria-busy="true" className="py-8" />}>{children}</Suspense>;
}

export function AppRoutes() {
  // Pages prefetch the code of the pages a click away from this table (src/routes/prefetch.ts).
  return (
    <PageCodeContext.Provider value={PAGE_CODE}>
      <Routes>
        <Route index element={<RootRedirect />} />
        <Route path="index.html" element={<RootRedirect />} />
        <Route path=":lang" element={<LangLayout />}>
          <Route
            index
            element={
              <Needs page="start">
                <Loading>
                  <startPage.Page />
                </Loading>
              </Needs>
            }
          />
          <Route path="q/:id" element={<StepPage kind="question" />} />
          <Route path="cause/:id" element={<StepPage kind="cause" />} />
          <Route
            path="search"
            element={
              <Needs page="search">
                <Loading>
                  <searchPage.Page />
                </Loading>
              </Needs>
            }
          />
          <Route
            path="log"
            element={
              <Needs page="log">
                <Loading>
                  <logPage.Page />
                </Loading>
              </Needs>
            }
          />
          <Route
            path="map"
            element={
              <Needs page="map">
                <Loading>
                  <mapPage.Page />
                </Loading>
              </Needs>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Route>
        <Route path="*" element={<FallbackLayout />} />
      </Routes>
    </PageCodeContext.Provider>
  );
}
