/**
 * The embed dialog (loaded on demand): choose where the embedded wizard starts,
 * its language, theme and height, and copy a snippet for plain HTML,
 * Confluence, MediaWiki or Notion. Snippets come from src/embed/snippets.ts.
 * A modal <dialog>: focus stays inside, Esc or Close closes it, and the
 * opener gets focus back (EmbedDialogButton).
 */
import { useEffect, useId, useRef, useState } from 'react';
import {
  clampHeight,
  DEFAULT_HEIGHT,
  embedUrl,
  MAX_HEIGHT,
  MIN_HEIGHT,
  snippet,
  SNIPPET_FORMATS,
  type EmbedTheme,
  type SnippetFormat,
} from '../embed/snippets.ts';
import { LANGS, type Lang } from '../engine/types.ts';
import { usePageStrings } from '../i18n/lang-context.tsx';
import { LANG_NAMES } from '../i18n/lang-names.ts';
import { THEMES } from '../store/preferences.ts';
import { CopyButton } from './copy-button.tsx';

export interface EmbedDialogProps {
  /** Absolute URL of the app root. */
  readonly appRoot: string;
  /** The current step as the router sees it: pathname + search. */
  readonly step: string;
  readonly lang: Lang;
  readonly onClose: () => void;
}

/** Product names: the same in every language. */
const PRODUCT: Record<Exclude<SnippetFormat, 'html'>, string> = { confluence: 'Confluence', mediawiki: 'MediaWiki', notion: 'Notion' };

const field = 'mt-1 min-h-10 w-full rounded-md border border-slate-400 bg-white px-2 font-normal dark:border-slate-600 dark:bg-slate-900';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: focus never leaves the dialog. */
function wrapFocus(root: HTMLElement, e: { shiftKey: boolean; preventDefault: () => void }) {
  const all = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked));
  const first = all[0];
  const last = all.at(-1);
  const active = document.activeElement;
  if (!first || !last) return;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function EmbedDialog({ appRoot, step, lang, onClose }: EmbedDialogProps) {
  const t = usePageStrings();
  const d = t.embedDialog;
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [from, setFrom] = useState<'here' | 'start'>('here');
  const [embedLang, setEmbedLang] = useState<Lang>(lang);
  const [theme, setTheme] = useState<EmbedTheme>('system');
  const [heightText, setHeightText] = useState(String(DEFAULT_HEIGHT));

  useEffect(() => {
    const el = dialog.current;
    if (!el) return undefined;
    if (typeof el.showModal === 'function') {
      if (!el.open) el.showModal();
    } else {
      el.setAttribute('open', ''); // environments without modal dialogs (jsdom)
    }
    return () => {
      if (el.open && typeof el.close === 'function') el.close();
    };
  }, []);

  const options = {
    appRoot,
    step: from === 'here' ? step : '/',
    lang: embedLang,
    theme,
    height: heightText.trim() === '' ? DEFAULT_HEIGHT : clampHeight(Number(heightText)),
  };
  const preview = embedUrl(options);
  // Leave the modal state first, so the page is no longer inert when the opener takes focus back.
  const close = () => {
    if (dialog.current?.open && typeof dialog.current.close === 'function') dialog.current.close();
    onClose();
  };
  const name = (f: SnippetFormat) => (f === 'html' ? d.plainHtml : PRODUCT[f]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-heading`}
      onCancel={(e) => {
        e.preventDefault(); // Esc: close through React so the opener gets focus back
        close();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) close(); // a click on the backdrop
      }}
      onKeyDown={(e) => {
        if (e.key === 'Tab' && dialog.current) wrapFocus(dialog.current, e);
      }}
      className="m-auto max-h-[90vh] w-[calc(100%-1.5rem)] max-w-2xl overflow-auto rounded-xl border border-slate-400 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100"
    >
      <div className="p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${id}-heading`} className="text-xl font-bold">
            {d.heading}
          </h2>
          <button
            type="button"
            onClick={close}
            className="inline-flex min-h-10 items-center py-2 rounded-md border border-slate-400 px-3 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {d.close}
          </button>
        </div>
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{d.intro}</p>

        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <fieldset>
            <legend className="text-sm font-semibold">{d.start}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {(['here', 'start'] as const).map((value) => (
                <label key={value} className="inline-flex min-h-10 cursor-pointer items-center gap-2">
                  <input
                    type="radio"
                    name={`${id}-from`}
                    value={value}
                    checked={from === value}
                    onChange={() => setFrom(value)}
                    className="h-4 w-4 accent-blue-800 dark:accent-blue-400"
                  />
                  {value === 'here' ? d.startHere : d.startBeginning}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="text-sm font-semibold">
            {d.lang}
            <select value={embedLang} onChange={(e) => setEmbedLang(LANGS.find((l) => l === e.target.value) ?? lang)} className={field}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANG_NAMES[l].name}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-semibold">
            {d.theme}
            <select value={theme} onChange={(e) => setTheme(THEMES.find((x) => x === e.target.value) ?? 'system')} className={field}>
              {THEMES.map((x) => (
                <option key={x} value={x}>
                  {t.themes[x]}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-semibold">
            {d.height}
            <input
              type="number"
              inputMode="numeric"
              min={MIN_HEIGHT}
              max={MAX_HEIGHT}
              step={10}
              value={heightText}
              onChange={(e) => setHeightText(e.target.value)}
              aria-describedby={`${id}-height-hint`}
              className={field}
            />
            <span id={`${id}-height-hint`} className="mt-1 block font-normal text-slate-700 dark:text-slate-300">
              {d.heightHint(MIN_HEIGHT, MAX_HEIGHT)}
            </span>
          </label>
        </div>
        {preview ? (
          <p className="mt-3 text-sm">
            <a href={preview} target="_blank" rel="noopener" className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
              {d.preview} ↗
            </a>
          </p>
        ) : null}

        {SNIPPET_FORMATS.map((format) => {
          const s = snippet(format, options);
          return (
            <section key={format} aria-labelledby={`${id}-${format}`} className="mt-6 border-t border-slate-300 pt-4 dark:border-slate-700">
              <h3 id={`${id}-${format}`} className="text-lg font-bold">
                {name(format)}
              </h3>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{d.notes[format]}</p>
              {s.status === 'ok' ? (
                <>
                  <pre
                    tabIndex={0}
                    aria-label={name(format)}
                    className="mt-2 overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm whitespace-pre-wrap break-all dark:bg-slate-900"
                  >
                    <code className="font-mono" data-snippet={format}>
                      {s.text}
                    </code>
                  </pre>
                  <div className="mt-2">
                    <CopyButton
                      text={s.text}
                      label={d.copy}
                      accessibleLabel={d.copyLabel(name(format))}
                      copiedLabel={d.copied}
                      failedLabel={t.command.copyFailed}
                    />
                  </div>
                </>
              ) : (
                <p
                  className="mt-2 rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100"
                  data-snippet-unavailable={format}
                >
                  {s.reason === 'needs-https' ? d.needsHttps : d.badRoot}
                </p>
              )}
            </section>
          );
        })}
        <section aria-labelledby={`${id}-sandbox`} className="mt-6 border-t border-slate-300 pt-4 text-sm dark:border-slate-700" data-sandbox-tokens>
          <h3 id={`${id}-sandbox`} className="text-lg font-bold">
            {d.sandbox.heading}
          </h3>
          <p className="mt-1">{d.sandbox.intro}</p>
          <dl className="mt-2">
            {Object.entries(d.sandbox.tokens).map(([tokens, what]) => (
              <div key={tokens} className="mt-2">
                <dt>
                  <code className="font-mono font-semibold">{tokens}</code>
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-2">{d.sandbox.notNeeded}</p>
        </section>
      </div>
    </dialog>
  );
}
