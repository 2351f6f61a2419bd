import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { content, loadDetails, loadLanguage, loadParts, loadQuestions } from './content/content.ts';
import { PAGE_PARTS, pageKindOf } from './content/parts.ts';
import { decodePath } from './engine/path-codec.ts';
import { lookup } from './engine/result.ts';
import { notFoundPage, PAGE_CODE } from './routes/page-code.ts';
import { loadStrings } from './i18n/strings.ts';
import { detectBasename } from './routes/basename.ts';
import { isLang, preferredLang } from './routes/hrefs.ts';
import { detectEmbed, isEmbedded, setEmbedded, setStepReporter } from './embed/embed-mode.ts';
import { setWaiting } from './sw/update-signal.ts';
import { setTheme, THEMES, usePreferences } from './store/preferences.ts';
import { applyTheme } from './ui/use-theme.ts';
import './styles.css';

// Before the first paint: the theme (no flash of the wrong colours), and
// absolute icon URLs (relative ones would break once the path depth changes).
// Embed mode and a theme asked for by the URL (e.g. from a wiki snippet).
setEmbedded(detectEmbed(window.location.search));
const urlTheme = THEMES.find((t) => t === new URLSearchParams(window.location.search).get('theme'));
if (urlTheme) setTheme(urlTheme);
applyTheme(usePreferences.getState().theme);
for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) link.setAttribute('href', link.href);

const basename = detectBasename(document, import.meta.env.DEV);
const path = window.location.pathname.startsWith(basename) ? window.location.pathname.slice(basename.length) : window.location.pathname;
const segments = path.split('/').filter(Boolean);
// A hand-edited link may hold a broken escape ("%E0%A4"): the page then says the step is unknown, it does not break.
const decodeSegment = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};
const first = segments[0];
const lang = isLang(first) ? first : preferredLang(usePreferences.getState().lang, navigator.languages);

// The page's language and the texts its kind of page needs (src/content/parts.ts),
// and on a cause page that cause's details, before the first render: each page
// preloads exactly these chunks, so this is not a second round trip.
// An unknown path shows the English "not found" frame: load English as well there.
const extra = isLang(first) || lang === 'en' ? [] : [loadLanguage('en'), loadStrings('en')];
// The bare root redirects to the start page in the reader's language: get that ready.
const isRoot = segments.length === 0 || (segments.length === 1 && first === 'index.html');
const kind = isLang(first) ? pageKindOf(segments) : isRoot ? 'start' : 'other';
// In embed mode, the messages to the host page too (without them the frame still works).
const embedMessages = isEmbedded() ? import('./embed/embed.ts').catch(() => null) : null;
// A question page shows its own question's texts and those of the answers in the link;
// a cause page that cause's details (an old id from a shared link resolves through its alias).
const id = decodeSegment(segments[2] ?? '');
const questions = kind === 'question' ? [id, ...decodePath(new URLSearchParams(window.location.search).get('a')).pairs.map((p) => p.question)] : [];
const details = kind === 'cause' ? loadLanguage(lang).then(() => loadDetails(lang, lookup(content.aliases, id) ?? id)) : null;
// The not-found page, on a path no route of AppRoutes matches.
const known = kind !== 'other';
// The page's own code (src/routes/page-code.ts) too. A failure here does not stop the app:
// the page then waits for what it lacks and loads it again, or its error boundary says so.
const settled = (p: Promise<unknown> | null) => p?.catch(() => null);
await Promise.all([
  settled(loadParts(lang, PAGE_PARTS[kind])),
  settled(loadQuestions(lang, questions)),
  settled(loadStrings(lang)),
  ...extra.map(settled),
  settled(details),
  // (its chunk is preloaded by the page; evaluated once the tree is there, which pages may read)
  settled(loadLanguage(lang).then(() => PAGE_CODE[kind]?.preload())),
  settled(known ? null : notFoundPage.preload()),
]);

const app = (
  <StrictMode>
    <BrowserRouter basename={basename}>
      <AppRoutes />
    </BrowserRouter>
  </StrictMode>
);
const container = document.getElementById('root');
const embed = await embedMessages;
if (embed) setStepReporter(embed.reportStep);
if (container) {
  embed?.startResizeReports(container);
  embed?.startOpenFullFallback();
  // A prerendered page opened as built (no answers, no embed) is hydrated: its
  // text and links were there before this script ran. Anything else (answers in
  // the URL, embed mode) renders fresh over the prerendered step.
  if (container.firstElementChild && window.location.search === '') hydrateRoot(container, app);
  else createRoot(container).render(app);
}

// Offline after the first visit (see src/sw/service-worker.ts). Not in a frame:
// an embed lives inside a wiki page that needs the network anyway, a frame has
// no room for an update notice, and a sandboxed one cannot register at all.
if (!import.meta.env.DEV && !isEmbedded()) {
  // Resolved now: by the time the worker registers, the router may have moved the
  // page (e.g. / → /en/), and a relative root would then point elsewhere.
  const root = new URL(document.querySelector('meta[name="triage500-root"]')?.getAttribute('content') ?? './', document.baseURI).href;
  // Its own chunk, fetched after the page: a chunk that fails to load leaves the app online-only.
  const register = () =>
    void import('./sw/register.ts').then(
      (sw) => sw.registerServiceWorker(root, setWaiting),
      () => {},
    );
  // The content load above is awaited, so the page may have finished loading already.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
