import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { detectBasename } from './routes/basename.ts';
import { detectEmbed, isEmbedded, setEmbedded, startResizeReports } from './embed/embed.ts';
import { registerServiceWorker } from './sw/register.ts';
import { setTheme, THEMES, usePreferences } from './store/preferences.ts';
import { applyTheme } from './ui/use-theme.ts';
import { UpdateNoticeHere } from './ui/update-notice.tsx';
import './styles.css';

// Before the first paint: the theme (no flash of the wrong colours), and
// absolute icon URLs (relative ones would break once the path depth changes).
// Embed mode and a theme asked for by the URL (e.g. from a wiki snippet).
setEmbedded(detectEmbed(window.location.search));
const urlTheme = THEMES.find((t) => t === new URLSearchParams(window.location.search).get('theme'));
if (urlTheme) setTheme(urlTheme);
applyTheme(usePreferences.getState().theme);
for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) link.setAttribute('href', link.href);

const container = document.getElementById('root');
if (container) {
  startResizeReports(container);
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter basename={detectBasename(document, import.meta.env.DEV)}>
        <AppRoutes />
        {isEmbedded() ? null : <UpdateNoticeHere />}
      </BrowserRouter>
    </StrictMode>,
  );
}

// Offline after the first visit (see src/sw/service-worker.ts). Not in a frame:
// an embed lives inside a wiki page that needs the network anyway, a frame has
// no room for an update notice, and a sandboxed one cannot register at all.
if (!import.meta.env.DEV && !isEmbedded()) {
  const root = document.querySelector('meta[name="triage500-root"]')?.getAttribute('content') ?? './';
  window.addEventListener('load', () => void registerServiceWorker(root), { once: true });
}
