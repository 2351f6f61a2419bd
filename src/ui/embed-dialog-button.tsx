/**
 * The "Embed" button on each step. The dialog's code is its own chunk, loaded
 * the first time someone opens it. Not shown inside an embed.
 */
import { lazy, Suspense, useRef, useState } from 'react';
import { useHref, useLocation } from 'react-router-dom';
import { isEmbedded } from '../embed/embed-mode.ts';
import { Needs } from '../content/needs.tsx';
import { useLang, useStrings } from '../i18n/lang-context.tsx';

const EmbedDialog = lazy(() => import('./embed-dialog.tsx').then((m) => ({ default: m.EmbedDialog })));

export function EmbedDialogButton({ className }: { className: string }) {
  const t = useStrings();
  const lang = useLang();
  const location = useLocation();
  const rootHref = useHref('/');
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  if (isEmbedded()) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" aria-label={t.embedDialog.openLabel} onClick={() => setOpen(true)} className={className}>
        {t.embedDialog.open}
      </button>
      {open ? (
        <Needs page="dialog" fallback={null}>
          <Suspense fallback={null}>
            <EmbedDialog appRoot={new URL(rootHref, window.location.href).href} step={location.pathname + location.search} lang={lang} onClose={close} />
          </Suspense>
        </Needs>
      ) : null}
    </>
  );
}
