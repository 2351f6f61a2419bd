/** Applies the theme preference to <html> (class "dark"), following the OS when set to "system". */
import { useEffect } from 'react';
import type { Theme } from '../store/preferences.ts';

const darkQuery = () => (typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null);

export function applyTheme(theme: Theme) {
  const dark = theme === 'dark' || (theme === 'system' && darkQuery()?.matches === true);
  document.documentElement.classList.toggle('dark', dark);
}

export function useApplyTheme(theme: Theme) {
  useEffect(() => {
    const media = darkQuery();
    const apply = () => applyTheme(theme);
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);
}
