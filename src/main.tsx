import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AppRoutes } from './app.tsx';
import { detectBasename } from './routes/basename.ts';
import { usePreferences } from './store/preferences.ts';
import { applyTheme } from './ui/use-theme.ts';
import './styles.css';

// Before the first paint: the theme (no flash of the wrong colours), and
// absolute icon URLs (relative ones would break once the path depth changes).
applyTheme(usePreferences.getState().theme);
for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')) link.setAttribute('href', link.href);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter basename={detectBasename(document, import.meta.env.DEV)}>
        <AppRoutes />
      </BrowserRouter>
    </StrictMode>,
  );
}
