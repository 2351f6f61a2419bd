import { Navigate } from 'react-router-dom';
import { usePreferences } from '../store/preferences.ts';
import { preferredLang, startHref } from './hrefs.ts';

/** The bare root opens the start page in the remembered or the browser's language. */
export function RootRedirect() {
  const remembered = usePreferences((s) => s.lang);
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return <Navigate to={startHref(preferredLang(remembered, browser))} replace />;
}
