/**
 * "Did this fix it?": yes → the prevention checklist; no → the next most
 * likely cause, keeping what was tried in the URL; when the likely causes are
 * exhausted → expert help with an escalation report to copy or download.
 */
import { useEffect, useState, type ReactNode, type RefObject } from 'react';
import { Link, useHref, useLocation } from 'react-router-dom';
import { content, detailsLoaded, useContentVersion, usePrefetchDetails } from '../content/content.ts';
import {
  afterNotFixed,
  escalationReport,
  familyShare,
  lookup,
  PHASES,
  trailPairs,
  tryOrder,
  type Cause,
  type CauseCore,
  type Diagnosis,
  type TrailStep,
} from '../engine/index.ts';
import { diagnosisMarkdown } from '../engine/diagnosis-markdown.ts';
import { answerRows } from './answer-rows.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { tickedSteps, useChecklist } from '../store/checklist.ts';
import { evidenceFor, useLogEvidence } from '../store/log-evidence.ts';
import { CopyButton } from '../ui/copy-button.tsx';
import { MarkdownPreview } from '../ui/markdown-preview.tsx';
import { sendOutcome } from './beacon.ts';
import { causeHref } from './hrefs.ts';
import type { LogParam } from './log-context.ts';
import { evidenceOf } from './log-evidence.ts';
import { confidenceText } from './ranking.tsx';

interface Props {
  readonly cause: Cause;
  readonly trail: readonly TrailStep[];
  readonly tried: readonly string[];
  readonly log: LogParam;
  readonly fixed: boolean;
  readonly help: boolean;
  /** The diagnosis from the answers and the log (null when opened without either). */
  readonly diagnosis: Diagnosis | null;
  /** The help panel's heading: a help=1 link opens there. */
  readonly helpHeading: RefObject<HTMLHeadingElement | null>;
}

/** One empty list, so the store's selector returns the same value each render. */
const NO_LINES: readonly string[] = [];

const choice = 'inline-flex min-h-12 items-center py-2 rounded-lg border-2 px-5 font-bold hover:bg-slate-100 dark:hover:bg-slate-900';

export function Outcome({ cause, trail, tried, log, fixed, help, diagnosis, helpHeading }: Props) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const pairs = trailPairs(trail);
  const base = { log: log.raw, tried };
  if (fixed) return <Fixed cause={cause} />;
  if (help) return <ExpertHelp cause={cause} trail={trail} tried={tried} log={log} diagnosis={diagnosis} heading={helpHeading} />;

  const after = afterNotFixed(content, trail, tried, cause.id, evidenceOf(content, log));
  const next = after.kind === 'next' ? after.cause : undefined;
  return (
    <Panel id="outcome" heading={t.outcome.heading} tone="border-blue-800 dark:border-blue-400">
      <div className="mt-4 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        <Link
          to={causeHref(lang, cause.id, pairs, { ...base, fixed: true })}
          onClick={() => sendOutcome(content, trail, cause.id, true)}
          className={`${choice} border-emerald-700 dark:border-emerald-500`}
        >
          {t.outcome.yes}
        </Link>
        <Link
          to={next ? causeHref(lang, next.id, pairs, { log: log.raw, tried: [...tried, cause.id] }) : causeHref(lang, cause.id, pairs, { ...base, help: true })}
          onClick={() => sendOutcome(content, trail, cause.id, false)}
          className={`${choice} border-slate-500`}
          data-next={next?.id ?? 'expert-help'}
        >
          {t.outcome.no}
        </Link>
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{next ? t.outcome.noNext(tx(next.title)) : t.outcome.helpHeading}</p>
      {next ? (
        <p className="mt-3">
          <Link to={causeHref(lang, cause.id, pairs, { ...base, help: true })} className="text-sm font-semibold text-blue-800 underline dark:text-blue-300">
            {t.outcome.helpNow}
          </Link>
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-start gap-3">
        <CopyButton
          text={typeof window === 'undefined' ? '' : window.location.href}
          label={t.cause.share}
          copiedLabel={t.cause.shared}
          failedLabel={t.command.copyFailed}
        />
        <DiagnosisCopy cause={cause} trail={trail} tried={tried} diagnosis={diagnosis} />
      </div>
    </Panel>
  );
}

/** "Copy diagnosis as Markdown": the cause, how sure, the answers, the remedy (as ticked), other causes to check and the link, for a ticket or chat. */
function DiagnosisCopy({
  cause,
  trail,
  tried,
  diagnosis,
}: {
  cause: Cause;
  trail: readonly TrailStep[];
  tried: readonly string[];
  diagnosis: Diagnosis | null;
}) {
  const t = usePageStrings();
  const tx = useTx();
  const ticked = useChecklist((s) => tickedSteps(s, content.version, cause.id));
  const words = (p: number) => confidenceText(t.rank, p);
  const here = useLocation();
  const href = useHref(here.pathname + here.search);
  const markdown = diagnosisMarkdown({
    labels: t.diagnosisMarkdown,
    url: typeof window === 'undefined' ? href : new URL(href, window.location.href).href,
    version: content.version,
    cause: { title: tx(cause.title), family: tx(content.families[cause.family].title), summary: tx(cause.summary), why: tx(cause.why) },
    confidence: diagnosis ? words(familyShare(diagnosis, cause.family)) : undefined,
    others: diagnosis
      ? tryOrder(diagnosis)
          .filter((c) => c.cause.id !== cause.id && !tried.includes(c.cause.id))
          .slice(0, 3)
          .map((c) => ({
            title: tx(c.cause.title),
            family: tx(content.families[c.cause.family].title),
            confidence: words(familyShare(diagnosis, c.cause.family)),
          }))
      : [],
    answers: answerRows(trail, tx, t.trail.unsure),
    remedy: PHASES.map((phase) => ({
      heading: t.cause.phases[phase],
      steps: cause.remedy[phase].map((step, j) => ({ text: tx(step.text), done: ticked.includes(`${phase}:${j}`) })),
    })),
    tried: tried.flatMap((id) => {
      const c = lookup(content.causes, id);
      return c ? [tx(c.title)] : [];
    }),
  });
  return <CopyButton text={markdown} label={t.diagnosisMarkdown.copy} copiedLabel={t.diagnosisMarkdown.copied} failedLabel={t.command.copyFailed} />;
}

/** A bordered section with a heading and an intro line. */
function Panel(props: { id: string; heading: string; body?: string; tone: string; children: ReactNode; headingRef?: RefObject<HTMLHeadingElement | null> }) {
  const { id, heading, body, tone, children, headingRef } = props;
  return (
    <section aria-labelledby={`${id}-heading`} className={`mt-10 scroll-mt-4 rounded-xl border-2 p-5 ${tone}`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="text-xl font-bold">
        {heading}
      </h2>
      {body ? <p className="mt-2">{body}</p> : null}
      {children}
    </section>
  );
}

export function TriedBanner({ tried }: { tried: readonly string[] }) {
  const t = usePageStrings();
  const tx = useTx();
  const titles = tried.flatMap((id) => {
    const c = lookup(content.causes, id);
    return c ? [tx(c.title)] : [];
  });
  if (titles.length === 0) return null;
  return (
    <p className="mb-4 rounded-md bg-amber-100 px-3 py-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100">{t.outcome.triedBanner(titles.join(', '))}</p>
  );
}

function Fixed({ cause }: { cause: Cause }) {
  const t = usePageStrings();
  const tx = useTx();
  return (
    <Panel id="fixed" heading={t.outcome.fixedHeading} body={t.outcome.fixedBody} tone="border-emerald-700 dark:border-emerald-500">
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {cause.remedy.prevent.map((s, i) => (
          <li key={`p${i}`}>{tx(s.text)}</li>
        ))}
        {[...content.guide.prevention.items, ...content.guide.practices.items].map((item, i) => (
          <li key={`g${i}`}>{tx(item)}</li>
        ))}
      </ul>
    </Panel>
  );
}

function ExpertHelp({ cause, trail, tried, log, diagnosis, heading }: Omit<Props, 'fixed' | 'help' | 'helpHeading'> & { heading: Props['helpHeading'] }) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const checklist = useChecklist();
  const logLines = useLogEvidence((s) => (log.raw ? evidenceFor(s) : NO_LINES));
  const words = (p: number) => confidenceText(t.rank, p);
  const family = (c: CauseCore) => tx(content.families[c.family].title);
  const triedCauses = tried.flatMap((id) => {
    const c = lookup(content.causes, id);
    return c ? [c] : [];
  });
  // The steps ticked on causes tried earlier need their remedy texts: load them.
  usePrefetchDetails(lang, tried);
  useContentVersion();
  // The report lists the steps ticked on causes tried before: show it (and let it be copied) only once their texts are here.
  const complete = tried.every((id) => !lookup(content.causes, id) || detailsLoaded(lang, id) !== null);
  const doneSteps = (c: CauseCore) => {
    const ticked = tickedSteps(checklist, content.version, c.id);
    const remedy = c.id === cause.id ? cause.remedy : detailsLoaded(lang, c.id)?.remedy;
    if (!remedy) return [];
    return PHASES.flatMap((phase) => remedy[phase].flatMap((step, j) => (ticked.includes(`${phase}:${j}`) ? [tx(step.text)] : [])));
  };
  const { team, contacts } = content.site.escalation;
  // When help was asked for: the report reads the same on every render.
  const [generatedAt] = useState(() => new Date().toISOString());
  const report = escalationReport({
    labels: t.outcome.report,
    url: typeof window === 'undefined' ? '' : window.location.href,
    generatedAt,
    version: content.version,
    answers: answerRows(trail, tx, t.trail.unsure),
    tried: triedCauses.map((c) => ({ title: tx(c.title), family: family(c) })),
    current: { title: tx(cause.title), family: family(cause) },
    considered: diagnosis
      ? tryOrder(diagnosis)
          .slice(0, 5)
          .map((c) => ({
            title: tx(c.cause.title),
            family: family(c.cause),
            confidence: words(familyShare(diagnosis, c.cause.family)),
          }))
      : [],
    stepsDone: [...triedCauses, cause].map((c) => ({ cause: tx(c.title), steps: doneSteps(c) })),
    logEvidence: logLines,
    escalateTo: { team: team ? tx(team) : null, contacts: contacts.map((c) => ({ label: tx(c.label), url: c.url })) },
  });
  // Opened by a help=1 link: start at the panel, not at the top of the remedy.
  // (A block body: scrollIntoView may return a promise, which an effect must not return.)
  useEffect(() => {
    heading.current?.closest('section')?.scrollIntoView?.({ block: 'start' });
  }, [heading]);
  const download = `data:text/markdown;charset=utf-8,${encodeURIComponent(report)}`;
  return (
    <Panel id="help" heading={t.outcome.helpHeading} body={t.outcome.helpBody} headingRef={heading} tone="border-amber-700 dark:border-amber-500">
      {team || contacts.length > 0 ? (
        <div className="mt-4" data-contacts>
          <h3 className="font-bold">{t.outcome.contactsHeading}</h3>
          {team ? <p className="mt-1">{tx(team)}</p> : null}
          <ul className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
            {contacts.map((c) => (
              <li key={c.url}>
                <a
                  href={c.url}
                  target="_blank"
                  rel="noopener noreferrer"
                  className="inline-flex min-h-12 items-center py-2 rounded-lg border-2 border-amber-700 px-4 font-bold hover:bg-amber-50 dark:border-amber-500 dark:hover:bg-amber-950"
                >
                  <span className="sr-only">{t.outcome.contactKinds[c.kind]}: </span>
                  {tx(c.label)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {complete ? (
        <>
          <div className="mt-4 flex flex-wrap items-center gap-3">
            <CopyButton text={report} label={t.outcome.copyReport} copiedLabel={t.outcome.copiedReport} failedLabel={t.command.copyFailed} primary />
            <a href={download} download={`triage500-report-${lang}.md`} className="font-semibold text-blue-800 underline dark:text-blue-300">
              {t.outcome.download}
            </a>
          </div>
          <div
            role="group"
            aria-label={t.outcome.preview}
            className="mt-4 rounded-lg border border-slate-300 p-4 wrap-anywhere dark:border-slate-700"
            data-report-preview
          >
            <MarkdownPreview markdown={report} headingLevel={3} />
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer font-semibold">{t.outcome.showMarkdown}</summary>
            <pre tabIndex={0} className="mt-2 rounded-lg bg-slate-100 p-3 text-sm whitespace-pre-wrap wrap-anywhere dark:bg-slate-900" data-report>
              <code className="font-mono">{report}</code>
            </pre>
          </details>
        </>
      ) : (
        <p aria-busy="true" className="mt-3 h-24 rounded-lg bg-slate-100 dark:bg-slate-900" />
      )}
    </Panel>
  );
}
