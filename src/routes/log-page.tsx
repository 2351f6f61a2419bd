/**
 * Paste a log: the analyzer ranks likely causes, shows the lines that point to
 * each (secrets masked, matched words highlighted, never HTML), and offers the
 * cause page or the wizard with the log's suggestions. The pasted text stays in
 * this component's memory: it is not put in the URL, stored or sent.
 */
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import analyzerData from 'virtual:triage500/signatures';
import type { Analysis } from '../engine/index.ts';
import { useLang, usePageStrings } from '../i18n/lang-context.tsx';
import { analyzeText } from '../log/run-analysis.ts';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { rememberLogEvidence } from '../store/log-evidence.ts';
import { useHydrated } from '../ui/use-hydrated.ts';
import { LogResults } from './log-results.tsx';
import { StepNav } from './step-nav.tsx';

type State = { status: 'idle' } | { status: 'running' } | { status: 'done'; analysis: Analysis };


const button =
  'inline-flex min-h-12 items-center rounded-lg px-5 font-bold disabled:opacity-60';
const primary = `${button} bg-blue-800 text-white hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400`;
const secondary = `${button} border-2 border-slate-400 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900`;

export function LogPage() {
  const lang = useLang();
  const t = usePageStrings();
  const heading = useHeadingRef();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const [fileError, setFileError] = useState(false);
  const run = useRef(0);
  const fieldId = useId();
  const ready = useHydrated();
  useStepAnnouncement(`log:${lang}`, t.log.title, heading);

  const analyze = (value: string) => {
    const ticket = ++run.current;
    setState({ status: 'running' });
    void analyzeText(analyzerData, value).then((analysis) => {
      if (ticket !== run.current) return;
      setState({ status: 'done', analysis });
      // The masked lines, for the escalation report in this tab (memory only).
      rememberLogEvidence([...new Map(analysis.clues.map((c) => [c.line, `${t.log.lineNo(c.line)}: ${c.text}`])).values()]);
    });
  };

  const readFile = (file: File | undefined) => {
    if (!file) return;
    setFileError(false);
    file.text().then(
      (value) => {
        setText(value.length > 200_000 ? `${value.slice(0, 200_000)}\n…` : value);
        analyze(value);
      },
      () => setFileError(true),
    );
  };

  const stepEnter = useStepEnter();
  return (
    <div className={stepEnter}>
      <title>{`${t.log.title} — ${t.appName}`}</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {t.log.title}
      </h1>
      <p className="mt-3 max-w-prose">{t.log.intro}</p>

      <form
        className="mt-6"
        onSubmit={(e) => {
          e.preventDefault();
          analyze(text);
        }}
      >
        <label htmlFor={fieldId} className="block font-semibold">
          {t.log.label}
        </label>
        <textarea
          id={fieldId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onDragOver={(e: DragEvent) => e.preventDefault()}
          onDrop={(e: DragEvent) => {
            e.preventDefault();
            readFile(e.dataTransfer.files[0]);
          }}
          rows={10}
          disabled={!ready}
          spellCheck={false}
          autoComplete="off"
          className="mt-2 w-full rounded-lg border-2 border-slate-400 bg-white p-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className={primary} disabled={!ready || text.trim() === '' || state.status === 'running'}>
            {state.status === 'running' ? t.log.analyzing : t.log.analyze}
          </button>
          <button
            type="button"
            className={secondary}
            onClick={() => {
              run.current++;
              setText('');
              setState({ status: 'idle' });
            }}
          >
            {t.log.clear}
          </button>
          <label className="text-sm">
            <span className="mr-2 font-semibold">{t.log.file}</span>
            <input
              type="file"
              disabled={!ready}
              accept=".log,.txt,text/*"
              onChange={(e: ChangeEvent<HTMLInputElement>) => readFile(e.target.files?.[0])}
              className="text-sm"
            />
          </label>
        </div>
        {fileError ? <p className="mt-2 text-rose-800 dark:text-rose-300">{t.log.fileError}</p> : null}
      </form>

      <div aria-live="polite" className="mt-8">
        {state.status === 'done' ? <LogResults analysis={state.analysis} /> : null}
      </div>

      <StepNav trail={[]} showLog={false} />
    </div>
  );
}
