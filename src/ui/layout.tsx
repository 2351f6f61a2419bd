/** Page frame: skip link, header with language and theme, the step, a short footer. Its links come from the route (src/routes/hrefs.ts). */
import { useEffect, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { content } from '../content/content.ts';
import type { Lang } from '../engine/types.ts';
import { strings } from '../i18n/strings.ts';
import { rememberLang, setTheme, THEMES, usePreferences, type Theme } from '../store/preferences.ts';
import { isEmbedded, reportStep } from '../embed/embed-mode.ts';
import { AnnouncerProvider } from './announcer.tsx';
import { UpdateStatus } from './update-status.tsx';
import { isTyping } from './is-typing.ts';
import { useApplyTheme } from './use-theme.ts';
import { useHydrated } from './use-hydrated.ts';

export interface LayoutLinks {
  readonly start: string;
  readonly search: string;
  /** This page in the other language. */
  readonly otherLang: string;
}

export function Layout({ lang, links, children }: { lang: Lang; links: LayoutLinks; children: ReactNode }) {
  const t = strings[lang];
  const other: Lang = lang === 'en' ? 'ko' : 'en';
  const location = useLocation();
  const theme = usePreferences((s) => s.theme);
  const ready = useHydrated();
  useApplyTheme(theme);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    reportStep(location.pathname, window.location.href);
  }, [location.pathname, location.search]);
  // "/" opens search from anywhere, unless the person is typing.
  const navigate = useNavigate();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || isTyping(e)) return;
      e.preventDefault();
      const input = document.getElementById('search-input');
      if (input) input.focus();
      else void navigate(links.search);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [links.search, navigate]);
  const langLink = (
    <Link
      to={links.otherLang}
      lang={other}
      hrefLang={other}
      aria-label={strings[lang].switchLangLabel}
      onClick={() => rememberLang(other)}
      className="inline-flex min-h-10 items-center py-2 rounded-md border border-slate-400 px-3 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
    >
      {t.switchLang}
    </Link>
  );

  if (isEmbedded()) {
    const full = new URL(window.location.href);
    full.searchParams.delete('embed');
    return (
      <AnnouncerProvider>
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-300 px-3 py-2 text-sm dark:border-slate-800">
          <a
            href={full.href}
            target="_blank"
            rel="noopener"
            data-open-full
            className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300"
          >
            {t.embed.openFull} ↗
          </a>
          {langLink}
        </div>
        <main id="main" tabIndex={-1} className="px-3 pt-4 pb-6 outline-none" data-embed>
          {children}
        </main>
      </AnnouncerProvider>
    );
  }

  return (
    <AnnouncerProvider>
      <a
        href="#main"
        className="sr-only rounded bg-blue-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10"
      >
        {t.skipToContent}
      </a>
      <header className="border-b border-slate-300 bg-slate-50 dark:border-slate-800 dark:bg-slate-900">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
          <Link to={links.start} className="flex items-center gap-2 text-lg font-bold no-underline">
            <span aria-hidden="true" className="rounded bg-red-700 px-1.5 py-0.5 text-sm font-bold text-white">
              500
            </span>
            {t.appName}
          </Link>
          <div className="flex items-center gap-3">
            <Link
              to={links.search}
              aria-label={t.search.linkLabel}
              className="inline-flex min-h-10 items-center py-2 rounded-md px-3 font-semibold underline underline-offset-2 hover:bg-slate-100 dark:hover:bg-slate-800"
            >
              {t.search.link}
            </Link>
            {langLink}
            <label className="flex items-center gap-2 text-sm">
              <span className="sr-only">{t.themeLabel}</span>
              <select
                disabled={!ready}
                value={theme}
                onChange={(e) => setTheme(THEMES.find((x) => x === e.target.value) ?? 'system')}
                className="min-h-10 rounded-md border border-slate-400 bg-white px-2 text-sm dark:border-slate-600 dark:bg-slate-900"
              >
                {THEMES.map((x: Theme) => (
                  <option key={x} value={x}>
                    {t.themes[x]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 pt-6 pb-16 outline-none">
        {children}
      </main>
      <footer className="border-t border-slate-300 py-6 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300">
        <div className="mx-auto max-w-3xl space-y-1 px-4">
          <p>{t.footer.license}</p>
          <p>{t.footer.version(content.version)}</p>
        </div>
      </footer>
      <UpdateStatus lang={lang} />
    </AnnouncerProvider>
  );
}
