/** Number keys 1–9 follow the matching answer link. Ignored while typing or with modifiers. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { isTyping } from './is-typing.ts';

export function useNumberKeys(hrefs: readonly string[]) {
  const navigate = useNavigate();
  const latest = useRef(hrefs);
  useLayoutEffect(() => {
    latest.current = hrefs;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat || isTyping(e)) return;
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
