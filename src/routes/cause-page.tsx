/**
 * A diagnosis: the likely cause, why, the answers that led here, and the remedy
 * in order. Its own chunk (with the outcome, ranking and reports): loaded by
 * cause pages and prefetched by questions that can lead to a cause.
 */
import { content } from '../content/content.ts';
import { commandsFor, diagnose, inferStack, otherCommands, PHASES, stacksOf, standingOf, type Cause, type CauseCore, type TrailStep } from '../engine/index.ts';
import type { StackId } from '../engine/types.ts';
import { useState } from 'react';
import { evidenceFor, useLogEvidence } from '../store/log-evidence.ts';
import { StackPicker } from '../ui/stack-picker.tsx';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { tickedSteps, toggleStep, useChecklist } from '../store/checklist.ts';
import { setStack, usePreferences } from '../store/preferences.ts';
import { useHeadingRef, useStepAnnouncement, useStepEnter } from '../ui/announcer.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { Link } from 'react-router-dom';
import { logHref } from './hrefs.ts';
import { CommandBlock, OtherStacks } from '../ui/command-block.tsx';
import { InlineCode } from '../ui/inline-code.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { TrailList } from '../ui/trail-list.tsx';
import { StepNav } from './step-nav.tsx';
import { trailItems } from './trail-items.ts';
import { Outcome, TriedBanner } from './outcome.tsx';
import { ConfidenceLine, OtherCauses, SeveralFit, WhyThisCause } from './ranking.tsx';
import type { LogParam } from './log-context.ts';
import { evidenceOf } from './log-evidence.ts';
import { useWalk } from './use-walk.ts';

/** One empty list, so the store's selector returns the same value each render. */
const NO_LINES: readonly string[] = [];

export interface CauseViewProps {
  readonly cause: CauseCore;
  readonly trail: readonly TrailStep[];
  readonly direct: boolean;
  /** The pasted log's evidence from the URL. */
  readonly log: LogParam;
  /** Causes tried before this one without success (from the URL). */
  readonly tried: readonly string[];
  readonly fixed: boolean;
  readonly help: boolean;
}

export function CauseDetailsView({ cause, trail, log, tried, fixed, help }: CauseViewProps & { cause: Cause }) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const title = tx(cause.title);
  const stacks = stacksOf(cause);
  // The stack: the one tapped here, else the one the pasted log names, else the one chosen before, else all.
  const preferred = usePreferences((s) => s.stack);
  const [picked, setPicked] = useState<StackId | 'all' | null>(null);
  const inferred = inferStack(
    useLogEvidence((s) => (log.raw ? evidenceFor(s) : NO_LINES)),
    stacks,
  );
  const stack = picked ?? inferred ?? (preferred !== 'all' && stacks.includes(preferred) ? preferred : 'all');
  const ticked = useChecklist((s) => tickedSteps(s, content.version, cause.id));
  // Ticks and the stack choice are the app's: in the prerendered page they wait for it.
  const ready = useHydrated();
  const totalSteps = PHASES.reduce((n, p) => n + cause.remedy[p].length, 0);
  const helpHeading = useHeadingRef();
  // A help=1 link moves focus to the help panel, not to the title.
  useStepAnnouncement(`c:${cause.id}:${trail.length}:${help}`, t.announce.cause(title), help ? helpHeading : heading);
  // The diagnosis from the answers and the log evidence in the URL: the same URL, the same ranking.
  const logEvidence = evidenceOf(content, log);
  const diagnosis = trail.length > 0 || logEvidence !== null ? diagnose(content, { trail, log: logEvidence }) : null;
  const standing = standingOf(diagnosis, cause.id, tried);
  const several = standing === 'candidate';
  const label = { reference: t.cause.reference, likely: t.cause.likely, candidate: t.cause.candidate, next: t.cause.nextLikely, another: t.cause.another }[
    standing
  ];
  // Where the walk would go from here: a question still worth asking (shown as a hint), or this very page.
  const walk = useWalk();
  const stillAsk = walk && diagnosis && tried.length === 0 ? walk.nextQuestionLink(content, lang, trail, log) : null;

  const stepEnter = useStepEnter();
  return (
    <article className={stepEnter} data-cause={cause.id}>
      <title>{`${title} — ${t.appName}`}</title>
      {/* Opened on its own: the note under the title says so (with no answers and no log, there is no ranking). */}
      <TriedBanner tried={tried} />
      {several && diagnosis ? <SeveralFit diagnosis={diagnosis} current={cause.id} trail={trail} log={log} tried={tried} /> : null}
      <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-300" data-label>
        {label}
      </p>
      <h1 ref={heading} tabIndex={-1} className="mt-1 text-2xl font-extrabold tracking-tight sm:text-3xl">
        {title}
      </h1>
      <p className="mt-3">
        <span className="sr-only">{t.cause.family}: </span>
        <FamilyBadge family={cause.family} label={tx(content.families[cause.family].title)} />
      </p>
      <p className="mt-4 text-lg">{tx(cause.summary)}</p>
      {diagnosis ? <ConfidenceLine diagnosis={diagnosis} cause={cause} /> : <NoEvidence />}
      {stillAsk ? (
        <p className="mt-3 rounded-md bg-sky-100 px-3 py-2 text-sky-950 dark:bg-sky-950 dark:text-sky-100" data-still-ask>
          {t.cause.stillAsk}{' '}
          <Link to={stillAsk.href} className="font-semibold underline underline-offset-2">
            {tx(stillAsk.question.title)}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="remedy-heading" className="mt-8">
        <div>
          <h2 id="remedy-heading" className="text-xl font-bold">
            {t.cause.remedy}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="steps-done">
            {t.cause.stepsDone(ticked.length, totalSteps)}
          </p>
        </div>
        {stacks.length > 1 ? (
          <StackPicker
            label={t.cause.stackPicker}
            hint={inferred !== null && stack === inferred && picked === null ? t.cause.fromLog : null}
            options={[{ id: 'all', label: t.cause.allStacks }, ...stacks.map((s) => ({ id: s, label: t.stacks[s] }))]}
            value={stack}
            disabled={!ready}
            onChange={(s) => {
              setPicked(s);
              setStack(s);
            }}
          />
        ) : null}
        <ol className="mt-4 space-y-8">
          {PHASES.map((phase, i) => (
            <li key={phase} aria-labelledby={`phase-${phase}`}>
              <h3 id={`phase-${phase}`} className="flex items-center gap-3 text-lg font-bold">
                <span
                  aria-hidden="true"
                  className="flex h-8 w-8 items-center justify-center rounded-full bg-blue-800 text-white dark:bg-blue-400 dark:text-slate-950"
                >
                  {i + 1}
                </span>
                {t.cause.phases[phase]}
              </h3>
              <ul className="mt-2 space-y-4 border-l-2 border-slate-300 pl-3 sm:pl-5 dark:border-slate-700">
                {cause.remedy[phase].map((step, j) => (
                  <li key={j}>
                    <label className="flex cursor-pointer items-start gap-2 sm:gap-3">
                      <input
                        type="checkbox"
                        disabled={!ready}
                        checked={ticked.includes(`${phase}:${j}`)}
                        onChange={() => toggleStep(content.version, cause.id, `${phase}:${j}`)}
                        className="mt-1 h-5 w-5 shrink-0 accent-blue-800 dark:scheme-light dark:accent-blue-400"
                      />
                      <span className={`min-w-0 ${ticked.includes(`${phase}:${j}`) ? 'text-slate-600 line-through dark:text-slate-400' : ''}`}>
                        <InlineCode text={tx(step.text)} />
                      </span>
                    </label>
                    {commandsFor(step.commands, stack).map((c) => (
                      <CommandBlock key={`${c.stack}:${c.code}`} command={c} />
                    ))}
                    <OtherStacks commands={otherCommands(step.commands, stack)} label={t.cause.otherStacks} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="why-heading" className="mt-10">
        <h2 id="why-heading" className="text-xl font-bold">
          {t.cause.why}
        </h2>
        <p className="mt-2">{tx(cause.why)}</p>
      </section>

      <Outcome cause={cause} trail={trail} tried={tried} log={log} fixed={fixed} help={help} diagnosis={diagnosis} helpHeading={helpHeading} />
      {diagnosis ? <WhyThisCause diagnosis={diagnosis} byRanking={standing === 'another'} /> : null}
      {diagnosis && !fixed && !help ? <OtherCauses diagnosis={diagnosis} current={cause.id} trail={trail} log={log} tried={tried} /> : null}

      <section aria-labelledby="symptoms-heading" className="mt-10">
        <h2 id="symptoms-heading" className="text-xl font-bold">
          {t.cause.symptoms}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {cause.symptoms.map((s, i) => (
            <li key={i}>{tx(s)}</li>
          ))}
        </ul>
        {cause.logLines.length > 0 ? (
          <>
            <h3 className="mt-4 font-bold">{t.cause.logLines}</h3>
            <pre tabIndex={0} className="mt-2 rounded-lg bg-slate-100 p-3 text-sm whitespace-pre-wrap wrap-anywhere dark:bg-slate-800">
              <code className="font-mono">{cause.logLines.join('\n')}</code>
            </pre>
          </>
        ) : null}
      </section>

      {trail.length > 0 ? <TrailList items={trailItems(lang, trail, log, walk ? (s) => walk.isLogAnswered(content, s, log) : undefined)} /> : null}

      <section aria-labelledby="prevention-heading" className="mt-10">
        <h2 id="prevention-heading" className="text-xl font-bold">
          {t.cause.prevention}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {content.guide.prevention.items.map((item, i) => (
            <li key={i}>{tx(item)}</li>
          ))}
        </ul>
      </section>

      <StepNav trail={trail} log={log} />
    </article>
  );
}

/** A cause page opened on its own: no answers or log to rank it with; offer the ways to find out. */
function NoEvidence() {
  const lang = useLang();
  const t = usePageStrings();
  return (
    <p className="mt-3 rounded-md bg-slate-100 px-3 py-2 dark:bg-slate-900" data-no-evidence>
      {t.cause.noEvidence}{' '}
      <Link to={`/${lang}/q/${content.root}/`} className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
        {t.cause.startDiagnosis}
      </Link>
      {'\u00a0· '}
      <Link to={logHref(lang)} className="font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
        {t.cause.pasteLog}
      </Link>
    </p>
  );
}
