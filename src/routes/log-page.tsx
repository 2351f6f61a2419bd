/**
 * Paste a log: the analyzer ranks likely causes, shows the lines that point to
 * each (secrets masked, matched words highlighted, never HTML), and offers the
 * cause page or the wizard with the log's suggestions. The pasted text stays in
 * this component's memory: it is not put in the URL, stored or sent.
 */
import { useId, useRef, useState, type ChangeEvent, type DragEvent } from 'react';
import { Link } from 'react-router-dom';
import signatures from 'virtual:triage500/signatures';
import { content } from '../content/content.ts';
import { logAnalysisReport, matchSegments, type Analysis, type RankedCause } from '../engine/index.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { analyzeText } from '../log/run-analysis.ts';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { rememberLogEvidence } from '../store/log-evidence.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { stepHref } from './hrefs.ts';
import { firstUnansweredHref } from './trail-items.ts';
import { StepNav } from './step-nav.tsx';

type State = { status: 'idle' } | { status: 'running' } | { status: 'done'; analysis: Analysis };

const signatureById = new Map(signatures.map((s) => [s.id, s]));
// Read when a log is analyzed, not when this module loads (the content may still be on its way then).
const analyzerInput = () => ({ signatures, causes: content.causes });

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
    void analyzeText(analyzerInput(), value).then((analysis) => {
      if (ticket !== run.current) return;
      setState({ status: 'done', analysis });
      // The masked lines, for the escalation report in this tab (memory only).
      rememberLogEvidence(Object.fromEntries(analysis.ranked.map((r) => [r.cause, r.evidence.map((e) => `${t.log.lineNo(e.line)}: ${e.text}`)])));
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
        {state.status === 'done' ? <Results analysis={state.analysis} /> : null}
      </div>

      <StepNav trail={[]} showLog={false} />
    </div>
  );
}

function strength(score: number): 'strong' | 'likely' | 'weak' {
  return score >= 0.8 ? 'strong' : score >= 0.5 ? 'likely' : 'weak';
}

function Results({ analysis }: { analysis: Analysis }) {
  const t = usePageStrings();
  const tx = useTx();
  const lang = useLang();
  if (analysis.ranked.length === 0) return <p className="rounded-lg bg-slate-100 p-4 dark:bg-slate-900">{t.log.none}</p>;
  const top = analysis.ranked[0]!;
  const shown = analysis.ranked.slice(0, 5);
  const report = logAnalysisReport({
    labels: { title: t.log.reportTitle, note: t.log.reportNote, line: t.log.lineNo },
    causes: shown.flatMap((r) => {
      const cause = content.causes[r.cause];
      if (!cause) return [];
      const evidence = r.evidence.map((e) => {
        const sig = signatureById.get(e.signature);
        return { line: e.line, text: e.text, explain: sig ? tx(sig.explain) : '' };
      });
      return [{ title: tx(cause.title), family: tx(content.families[cause.family].title), score: r.score, evidence }];
    }),
  });
  return (
    <section aria-labelledby="log-results">
      <h2 id="log-results" className="text-xl font-bold">
        {t.log.found(analysis.ranked.length)}
      </h2>
      {analysis.truncated ? <p className="mt-1 text-sm">{t.log.truncated(analysis.linesRead)}</p> : null}
      <p className="mt-3">
        <Link
          to={firstUnansweredHref(content, lang, top.cause)}
          className="inline-flex min-h-12 items-center rounded-lg border-2 border-emerald-700 px-5 font-bold text-emerald-900 hover:bg-emerald-50 dark:border-emerald-500 dark:text-emerald-100 dark:hover:bg-emerald-950"
        >
          {t.log.continue}
        </Link>
      </p>
      <ol className="mt-4 space-y-4">
        {shown.map((r, i) => (
          <ResultItem key={r.cause} result={r} rank={i + 1} />
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <CopyButton text={report} label={t.log.copyReport} copiedLabel={t.log.copiedReport} failedLabel={t.command.copyFailed} />
        <a
          href={`data:text/markdown;charset=utf-8,${encodeURIComponent(report)}`}
          download={`triage500-log-${lang}.md`}
          className="font-semibold text-blue-800 underline dark:text-blue-300"
        >
          {t.log.downloadReport}
        </a>
      </div>
    </section>
  );
}

function ResultItem({ result, rank }: { result: RankedCause; rank: number }) {
  const t = usePageStrings();
  const tx = useTx();
  const lang = useLang();
  const cause = content.causes[result.cause];
  if (!cause) return null;
  return (
    <li className="rounded-xl border-2 border-slate-300 p-4 dark:border-slate-700" data-cause={cause.id}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-lg font-bold">
          {rank}. {tx(cause.title)}
        </span>
        <FamilyBadge family={cause.family} label={tx(content.families[cause.family].title)} />
        <span className="text-sm font-semibold text-slate-700 dark:text-slate-300">
          {t.log.strength[strength(result.score)]} · {Math.round(result.score * 100)}%
        </span>
      </div>
      <h3 className="mt-3 text-sm font-semibold">{t.log.evidence}</h3>
      <ul className="mt-1 space-y-2">
        {result.evidence.map((e) => {
          const sig = signatureById.get(e.signature);
          return (
            <li key={`${e.line}:${e.signature}`}>
              <pre tabIndex={0} className="overflow-x-auto rounded-md bg-slate-100 p-2 text-sm whitespace-pre-wrap break-all dark:bg-slate-900" data-evidence>
                <code className="font-mono">
                  <span className="text-slate-600 select-none dark:text-slate-400">{t.log.lineNo(e.line)}: </span>
                  {(sig ? matchSegments(sig, e.text) : [{ text: e.text, match: false }]).map((seg, i) =>
                    seg.match ? (
                      <mark key={i} className="rounded bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-400">
                        {seg.text}
                      </mark>
                    ) : (
                      <span key={i}>{seg.text}</span>
                    ),
                  )}
                </code>
              </pre>
              {sig ? <p className="mt-1 text-sm">{tx(sig.explain)}</p> : null}
            </li>
          );
        })}
      </ul>
      <p className="mt-3">
        <Link to={stepHref(lang, cause, [])} className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
          {t.log.open}
        </Link>
      </p>
    </li>
  );
}
