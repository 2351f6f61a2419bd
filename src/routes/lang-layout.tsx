/** Validates the language segment of the URL and frames every page of that language. */
import { useEffect } from 'react';
import { Outlet, useLocation, useParams } from 'react-router-dom';
import { isLanguageLoaded, loadLanguage, notifyLoaded, useContentVersion } from '../content/content.ts';
import type { Lang } from '../engine/types.ts';
import { LangContext } from '../i18n/lang-context.tsx';
import { areStringsLoaded, loadStrings, strings } from '../i18n/strings.ts';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { Layout, type LayoutLinks } from '../ui/layout.tsx';
import { isLang, langHref, searchHref, startHref } from './hrefs.ts';
import { NotFound } from './not-found.tsx';

export function LangLayout() {
  const { lang } = useParams();
  const location = useLocation();
  // A page in a language not loaded yet (e.g. after switching language): load its texts first.
  useContentVersion();
  const ready = isLang(lang) && isLanguageLoaded(lang) && areStringsLoaded(lang);
  useEffect(() => {
    if (isLang(lang) && !ready) void Promise.all([loadLanguage(lang), loadStrings(lang)]).then(notifyLoaded, () => undefined);
  }, [lang, ready]);
  if (!isLang(lang)) return <FallbackLayout />;
  if (!ready) return <p aria-busy="true" className="py-8" />;
  const t = strings[lang];
  return (
    <LangContext.Provider value={lang}>
      <Layout lang={lang} links={layoutLinks(lang, location)}>
        <ErrorBoundary
          key={location.pathname}
          fallback={() => (
            <div role="alert">
              <h1 className="text-2xl font-extrabold">{t.invalid.heading}</h1>
              <p className="mt-3">{t.invalid.body}</p>
              <a href={startHref(lang)} className="mt-4 inline-block font-semibold text-blue-800 underline dark:text-blue-300">
                {t.invalid.startOver}
              </a>
            </div>
          )}
        >
          <Outlet />
        </ErrorBoundary>
      </Layout>
    </LangContext.Provider>
  );
}

/** Unknown language or path: English frame, links to both languages. */
export function FallbackLayout() {
  const location = useLocation();
  return (
    <LangContext.Provider value="en">
      <Layout lang="en" links={layoutLinks('en', location)}>
        <NotFound />
      </Layout>
    </LangContext.Provider>
  );
}

function layoutLinks(lang: Lang, { pathname, search }: { pathname: string; search: string }): LayoutLinks {
  return { start: startHref(lang), search: searchHref(lang), otherLang: langHref(pathname, search, lang === 'en' ? 'ko' : 'en') };
}
