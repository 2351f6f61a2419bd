/**
 * A cause page, light: it waits for the cause's details (why, symptoms, remedy)
 * and for the page's code (./cause-page.tsx), both their own chunks, so the
 * start page and the questions do not carry them. Cause pages preload both.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useCauseDetails } from '../content/content.ts';
import { useLang } from '../i18n/lang-context.tsx';
import type { CauseDetailsView as Heavy, CauseViewProps } from './cause-page.tsx';

let view: typeof Heavy | null = null;
let pending: Promise<void> | null = null;
const listeners = new Set<() => void>();

export function loadCausePage(): Promise<void> {
  pending ??= import('./cause-page.tsx').then(
    (m) => {
      view = m.CauseDetailsView;
      for (const l of listeners) l();
    },
    (e: unknown) => {
      pending = null;
      throw e;
    },
  );
  return pending;
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const current = () => view;

export function CauseView(props: CauseViewProps) {
  const lang = useLang();
  const details = useCauseDetails(lang, props.cause.id);
  const View = useSyncExternalStore(subscribe, current, current);
  useEffect(() => {
    if (!View) void loadCausePage().catch(() => undefined);
  }, [View]);
  if (!details || !View) return <p aria-busy="true" className="py-8" />;
  return <View {...props} cause={{ ...props.cause, ...details }} />;
}
