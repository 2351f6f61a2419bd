/**
 * What a pasted log says, on the app's one confidence scale (engine/belief.ts,
 * through `diagnose`, the same as the result page): every family ranked with
 * how likely it is in words, the lines that point to each (masked, the matched
 * words highlighted, never HTML) with the rule that fired, what to look for
 * when a line only says *that* something failed, and links that carry the
 * log's evidence (ids and numbers, never text) to the cause page and the questions.
 */
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { diagnose, isUnsure, logAnalysisReport, matchSegments, type Analysis, type Clue, type Diagnosis, type FamilyBelief } from '../engine/index.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { CopyButton } from '../ui/copy-button.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { causeHref } from './hrefs.ts';
import { NO_LOG, type LogParam } from './log-context.ts';
import { evidenceOf, logParamOf } from './log-evidence.ts';
import { ConfidenceWords, confidenceText } from './ranking.tsx';
import { firstUnansweredHref } from './walk-links.ts';

const primary =
  'inline-flex min-h-12 items-center rounded-lg bg-blue-800 px-5 py-2 font-bold text-white hover:bg-blue-900 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400';
const secondary =
  'inline-flex min-h-12 items-center rounded-lg border-2 border-emerald-700 px-5 py-2 font-bold text-emerald-900 hover:bg-emerald-50 dark:border-emerald-500 dark:text-emerald-100 dark:hover:bg-emerald-950';

/** The log's evidence as the URL carries it, and the diagnosis it gives. */
function logOutcome(analysis: Analysis): { log: LogParam; diagnosis: Diagnosis } {
  const log = analysis.clues.length > 0 ? logParamOf(analysis.evidence) : NO_LOG;
  return { log, diagnosis: diagnose(content, { trail: [], log: evidenceOf(content, log) }) };
}

/** Unique "what to look for" texts of the wrapper lines, in line order. */
const looksOf = (clues: readonly Clue[]) => clues.flatMap((c) => (c.look ? [c.look] : [])).filter((l, i, all) => all.findIndex((o) => o.en === l.en) === i);

export function LogResults({ analysis }: { analysis: Analysis }) {
  const t = usePageStrings();
  const tx = useTx();
  const lang = useLang();
  const { log, diagnosis } = logOutcome(analysis);
  const questions = firstUnansweredHref(content, lang, log);
  const truncated = analysis.truncated ? (
    <p className="mt-2 text-sm" data-truncated>
      {t.log.truncated(analysis.linesRead)}
    </p>
  ) : null;

  if (analysis.clues.length === 0) {
    return (
      <section aria-labelledby="log-results" tabIndex={-1} data-results="none">
        <h2 id="log-results" className="text-xl font-bold">
          {analysis.errorLike ? t.log.unrecognised : t.log.none}
        </h2>
        <p className="mt-2">{analysis.errorLike ? t.log.unrecognisedBody : t.log.noneBody}</p>
        {truncated}
        <p className="mt-4">
          <Link to={questions} className={primary} data-action="questions">
            {t.log.toQuestions}
          </Link>
        </p>
      </section>
    );
  }

  const top = diagnosis.families[0]!;
  const topCause = top.causes[0]!.cause;
  const looks = looksOf(analysis.clues);
  const report = logAnalysisReport({
    labels: { title: t.log.reportTitle, note: t.log.reportNote, line: t.log.lineNo, look: t.log.lookHeading, rule: t.log.rule },
    families: diagnosis.families
      .filter((f) => f.p >= 0.01 || analysis.clues.some((c) => c.family === f.family))
      .map((f) => ({
        family: tx(content.families[f.family].title),
        cause: tx(f.causes[0]!.cause.title),
        confidence: confidenceText(t.rank, f.p),
        evidence: analysis.clues.filter((c) => c.family === f.family).map((c) => ({ line: c.line, text: c.text, explain: tx(c.explain), rule: c.rule })),
      })),
    look: looks.map((l) => tx(l)),
  });

  return (
    <section aria-labelledby="log-results" tabIndex={-1} data-results="ranked" data-band={diagnosis.band}>
      <h2 id="log-results" className="text-xl font-bold">
        {!isUnsure(diagnosis) ? t.log.headline(tx(content.families[top.family].title)) : t.log.weakHeadline}
      </h2>
      <p className="mt-1">
        <ConfidenceWords p={top.p} />
      </p>
      {isUnsure(diagnosis) ? <p className="mt-2">{t.log.weakBody}</p> : null}
      {truncated}
      {looks.length > 0 ? (
        <div className="mt-4 rounded-lg border-2 border-amber-700 p-4 dark:border-amber-500" data-look>
          <h3 className="font-bold">{t.log.lookHeading}</h3>
          <ul className="mt-1 list-disc space-y-1 pl-6">
            {looks.map((l) => (
              <li key={l.en}>{tx(l)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Link to={causeHref(lang, topCause.id, [], { log: log.raw })} className={primary} data-action="open-top">
          {t.log.openTop(tx(topCause.title))}
        </Link>
        <Link to={questions} className={secondary} data-action="questions">
          {t.log.continue}
        </Link>
      </div>
      <h3 className="mt-8 text-lg font-bold">{t.log.allFamilies}</h3>
      <ol className="mt-3 space-y-4">
        {diagnosis.families.map((f, i) => (
          <FamilyResult key={f.family} rank={i + 1} belief={f} clues={analysis.clues.filter((c) => c.family === f.family)} log={log} />
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

function FamilyResult({ rank, belief, clues, log }: { rank: number; belief: FamilyBelief; clues: readonly Clue[]; log: LogParam }) {
  const t = usePageStrings();
  const tx = useTx();
  const lang = useLang();
  const cause = belief.causes[0]!.cause;
  return (
    <li className="rounded-xl border-2 border-slate-300 p-4 dark:border-slate-700" data-family={belief.family} data-cause={cause.id}>
      <div className="flex flex-wrap items-center gap-3">
        <span className="text-lg font-bold">{rank}.</span>
        <FamilyBadge family={belief.family} label={tx(content.families[belief.family].title)} />
        <ConfidenceWords p={belief.p} />
      </div>
      <p className="mt-2">
        {t.log.bestCause}{' '}
        <Link to={causeHref(lang, cause.id, [], { log: log.raw })} className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
          {tx(cause.title)}
        </Link>
      </p>
      {clues.length > 0 ? (
        <>
          <h4 className="mt-3 text-sm font-semibold">{t.log.evidence}</h4>
          <ul className="mt-1 space-y-3">
            {clues.map((c) => (
              <li key={`${c.line}:${c.rule}`}>
                <pre
                  tabIndex={0}
                  className="overflow-x-auto rounded-md bg-slate-100 p-2 text-sm whitespace-pre-wrap break-words dark:bg-slate-900"
                  data-evidence
                >
                  <code className="font-mono">
                    <span className="text-slate-600 select-none dark:text-slate-400">{t.log.lineNo(c.line)}: </span>
                    {matchSegments(c.matched, c.text).map((seg, i) =>
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
                <p className="mt-1 text-sm">
                  {tx(c.explain)}{' '}
                  <span className="text-slate-600 dark:text-slate-400" data-rule={c.rule}>
                    ({t.log.rule}: <code className="font-mono">{c.rule}</code>)
                  </span>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t.log.noLines}</p>
      )}
    </li>
  );
}
