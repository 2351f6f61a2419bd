/** Number keys 1–9 follow the matching answer link. Ignored while typing or with modifiers. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';

export function useNumberKeys(hrefs: readonly string[]) {
  const navigate = useNavigate();
  const latest = useRef(hrefs);
  useLayoutEffect(() => {
    latest.current = hrefs;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const target = e.target;
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      if (!/^[1-9]$/.test(e.key)) return;
      const href = latest.current[Number(e.key) - 1];
      if (href === undefined) return;
      e.preventDefault();
      void navigate(href);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
