import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { detectBasename } from './routes/basename.ts';
import { detectEmbed, setEmbedded, startResizeReports } from './embed/embed.ts';
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

const container = document.getElementById('root');
if (container) {
  startResizeReports(container);
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter basename={detectBasename(document, import.meta.env.DEV)}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  );
}
