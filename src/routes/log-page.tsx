/**
 * Paste a log: the analyzer ranks likely causes, shows the lines that point to
 * each (secrets masked, matched words highlighted, never HTML), and offers the
 * cause page or the wizard with the log's suggestions. The pasted text stays in
 * this component's memory: it is not put in the URL, stored or sent.
 *
 * No native form submission, ever (a sandboxed frame refuses it): there is no
 * <form>, and "Find the cause" is a plain button, disabled with a loading label
 * until the app has taken over the prerendered page. A big paste or file is
 * kept out of the text box (../log/big-input.ts): a preview and its size show.
 */
import { useId, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import analyzerData from 'virtual:triage500/signatures';
import type { Analysis } from '../engine/index.ts';
import { useLang, usePageStrings } from '../i18n/lang-context.tsx';
import { BIG_INPUT, bigInput, formatSize, readTextInChunks, type BigInput } from '../log/big-input.ts';
import { analyzeText } from '../log/run-analysis.ts';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { rememberLogEvidence } from '../store/log-evidence.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { LogResults } from './log-results.tsx';
import { StepNav } from './step-nav.tsx';

type State = { status: 'idle' } | { status: 'running' } | { status: 'blank' } | { status: 'done'; analysis: Analysis };

const button = 'inline-flex min-h-12 items-center rounded-lg px-5 font-bold disabled:opacity-60';
const primary = `${button} bg-blue-800 text-white hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400`;
const secondary = `${button} border-2 border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900`;
const box = 'mt-2 w-full rounded-lg border-2 border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900';

export function LogPage() {
  const lang = useLang();
  const t = usePageStrings();
  const heading = useHeadingRef();
  const [text, setText] = useState('');
  // A big input's text lives here, never in state or the DOM; `big` describes it.
  const held = useRef('');
  const [big, setBig] = useState<BigInput | null>(null);
  const [state, setState] = useState<State>({ status: 'idle' });
  const [file, setFile] = useState<'idle' | 'reading' | 'error'>('idle');
  const run = useRef(0);
  const fieldId = useId();
  const ready = useHydrated();
  useStepAnnouncement(`log:${lang}`, t.log.title, heading);

  const analyze = (value: string) => {
    const ticket = ++run.current;
    if (!/\S/.test(value)) {
      setState({ status: 'blank' });
      return;
    }
    setState({ status: 'running' });
    void analyzeText(analyzerData, value).then((analysis) => {
      if (ticket !== run.current) return;
      setState({ status: 'done', analysis });
      // The masked lines, for the escalation report in this tab (memory only).
      rememberLogEvidence([...new Map(analysis.clues.map((c) => [c.line, `${t.log.lineNo(c.line)}: ${c.text}`])).values()]);
    });
  };

  /** Takes new input: small text into the text box, big text aside with a preview. */
  const take = (value: string, bytes?: number) => {
    run.current++;
    setState({ status: 'idle' });
    if (value.length <= BIG_INPUT) {
      held.current = '';
      setBig(null);
      setText(value);
      return;
    }
    const summary = bigInput(value, bytes);
    held.current = value;
    setText('');
    setBig(summary);
    if (summary.blank) setState({ status: 'blank' });
  };

  const readFile = (chosen: File | undefined) => {
    if (!chosen) return;
    setFile('reading');
    readTextInChunks(chosen).then(
      (value) => {
        setFile('idle');
        take(value, chosen.size);
        analyze(value);
      },
      () => setFile('error'),
    );
  };

  // A paste that would make the text big never reaches the text box. (Reading the
  // clipboard, getData, is the browser's own synchronous step: done once.)
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    const field = e.currentTarget;
    if (field.value.length + pasted.length <= BIG_INPUT) return;
    e.preventDefault();
    take(field.value === '' ? pasted : field.value.slice(0, field.selectionStart) + pasted + field.value.slice(field.selectionEnd));
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    readFile(e.dataTransfer.files[0]);
  };

  const clear = () => {
    run.current++;
    held.current = '';
    setBig(null);
    setText('');
    setState({ status: 'idle' });
  };

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter}>
      <title>{`${t.log.title} — ${t.appName}`}</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {t.log.title}
      </h1>
      <p className="mt-3 max-w-prose">{t.log.intro}</p>
      <noscript className="mt-3 block rounded-md bg-amber-100 px-3 py-2 font-semibold text-amber-950">{t.log.needsScript}</noscript>

      <div className="mt-6" onDragOver={(e: DragEvent) => e.preventDefault()} onDrop={onDrop}>
        {big ? (
          <div role="group" aria-labelledby={`${fieldId}-label ${fieldId}-size`} data-big-input>
            <p id={`${fieldId}-label`} className="font-semibold">
              {t.log.label}
            </p>
            <p id={`${fieldId}-size`} className="mt-2 text-sm font-semibold" data-input-size>
              {t.log.bigInput(formatSize(big.bytes, lang), big.lines, big.previewLines)}
            </p>
            <pre tabIndex={0} className={`${box} max-h-80 overflow-auto whitespace-pre-wrap break-all`}>
              {big.preview}
            </pre>
          </div>
        ) : (
          <>
            <label htmlFor={fieldId} className="block font-semibold">
              {t.log.label}
            </label>
            <textarea
              id={fieldId}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                if (state.status === 'blank') setState({ status: 'idle' });
              }}
              onPaste={onPaste}
              rows={10}
              disabled={!ready}
              spellCheck={false}
              autoComplete="off"
              className={box}
            />
          </>
        )}
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button
            type="button"
            className={primary}
            disabled={!ready || state.status === 'running' || file === 'reading'}
            onClick={() => analyze(big ? held.current : text)}
          >
            {!ready ? t.log.loading : state.status === 'running' || file === 'reading' ? t.log.analyzing : t.log.analyze}
          </button>
          <button type="button" className={secondary} disabled={!ready} onClick={clear}>
            {t.log.clear}
          </button>
          {/* The browser's own file button speaks the browser's language; this one speaks the page's. */}
          <label className={`${secondary} cursor-pointer focus-within:ring-2 focus-within:ring-blue-700`}>
            {t.log.file}
            <input type="file" disabled={!ready} accept=".log,.txt,text/*" onChange={(e) => readFile(e.target.files?.[0])} className="sr-only" />
          </label>
        </div>
        {file === 'error' ? <p className="mt-2 text-rose-800 dark:text-rose-300">{t.log.fileError}</p> : null}
        {state.status === 'blank' ? (
          <p role="alert" className="mt-3 font-semibold text-rose-800 dark:text-rose-300" data-blank-input>
            {t.log.blank}
          </p>
        ) : null}
      </div>

      <div aria-live="polite" className="mt-8">
        {state.status === 'done' ? <LogResults analysis={state.analysis} /> : null}
      </div>

      <StepNav trail={[]} showLog={false} />
    </div>
  );
}
