/**
 * The diagnosis on a result page, on the one confidence scale (engine/belief.ts):
 * how sure, in words; when several causes fit, the checks that tell them apart
 * side by side; why (the answers and the log that point to the top family or
 * away from it); and the other causes to check, the best of each other family first.
 */
import { Link } from 'react-router-dom';
import { content, useCauseDetails } from '../content/content.ts';
import {
  commandsFor,
  confidenceLevel,
  familyShare,
  plausibleFamilies,
  trailPairs,
  tryOrder,
  type CauseBelief,
  type CauseCore,
  type Diagnosis,
  type Reason,
  type TrailStep,
} from '../engine/index.ts';
import type { PageStrings } from '../i18n/en-pages.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { usePreferences } from '../store/preferences.ts';
import { CommandBlock } from '../ui/command-block.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { causeHref } from './hrefs.ts';
import type { LogParam } from './log-context.ts';

/** How many other causes to list. */
const OTHERS = 4;

/** "Likely · about 7 in 10" as plain text, for copied reports. */
export const confidenceText = (rank: PageStrings['rank'], p: number) => `${rank.levels[confidenceLevel(p)]} · ${rank.about(Math.round(p * 10))}`;

/** "Likely · about 7 in 10": how probable a cause's family is, in words. */
export function ConfidenceWords({ p }: { p: number }) {
  const t = usePageStrings();
  const level = confidenceLevel(p);
  return (
    <span className="text-sm font-semibold text-slate-700 dark:text-slate-300" data-confidence={level}>
      {t.rank.levels[level]}
      {'\u00a0· '}
      {t.rank.about(Math.round(p * 10))}
    </span>
  );
}

const familyP = (diagnosis: Diagnosis, cause: CauseCore) => familyShare(diagnosis, cause.family);

/** One line under the cause's title: how likely its family is, with a link to the reasons further down. */
export function ConfidenceLine({ diagnosis, cause }: { diagnosis: Diagnosis; cause: CauseCore }) {
  const t = usePageStrings();
  return (
    <p className="mt-3 flex flex-wrap items-baseline gap-x-3">
      <ConfidenceWords p={familyP(diagnosis, cause)} />
      <a href="#rank-heading" className="text-sm font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
        {t.rank.heading}
      </a>
    </p>
  );
}

function useReasonText() {
  const t = usePageStrings();
  const tx = useTx();
  return (r: Reason) =>
    r.kind === 'log' ? t.rank.log : t.rank.answer(tx(r.question.title), r.choices.map((c) => (c.label ? tx(c.label) : t.trail.unsure)).join(', '));
}

function ReasonList(props: { heading: string; reasons: readonly Reason[]; sign: string; tone: string; kind: 'for' | 'against' }) {
  const text = useReasonText();
  if (props.reasons.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold">{props.heading}</h3>
      <ul className="mt-1 space-y-1" data-reasons={props.kind}>
        {props.reasons.map((r, i) => (
          <li key={i} className="flex gap-2">
            <span aria-hidden="true" className={`font-bold ${props.tone}`}>
              {props.sign}
            </span>
            <span className="min-w-0 break-words">{text(r)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Why the top family: the answers and the log that point to it and away from it. */
export function WhyThisCause({ diagnosis, byRanking }: { diagnosis: Diagnosis; byRanking: boolean }) {
  const t = usePageStrings();
  const tx = useTx();
  const top = diagnosis.families[0];
  if (!top) return null;
  const { for: pro, against } = diagnosis.reasons;
  return (
    <section aria-labelledby="rank-heading" className="mt-10 rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-rank={top.family}>
      <h2 id="rank-heading" className="text-lg font-bold">
        {t.rank.heading}
      </h2>
      <p className="mt-1">{t.rank.topFamily(tx(content.families[top.family].title))}</p>
      <p className="mt-1">
        <ConfidenceWords p={top.p} />
      </p>
      {byRanking ? <p className="mt-2 text-sm">{t.rank.byRanking}</p> : null}
      {pro.length === 0 && against.length === 0 ? (
        <p className="mt-2">{t.rank.noEvidence}</p>
      ) : (
        <div className={`mt-2 grid gap-3 ${pro.length > 0 && against.length > 0 ? 'sm:grid-cols-2' : ''}`}>
          <ReasonList heading={t.rank.pointsTo} reasons={pro} sign="+" tone="text-emerald-800 dark:text-emerald-300" kind="for" />
          <ReasonList heading={t.rank.pointsAway} reasons={against} sign="−" tone="text-rose-800 dark:text-rose-300" kind="against" />
        </div>
      )}
    </section>
  );
}

interface LinkContext {
  readonly trail: readonly TrailStep[];
  readonly log: LogParam;
  readonly tried: readonly string[];
}

/** "Several causes fit": the first check of each candidate side by side, so a person can tell them apart. */
export function SeveralFit({ diagnosis, current, ...ctx }: LinkContext & { diagnosis: Diagnosis; current: string }) {
  const t = usePageStrings();
  const candidates = tryOrder(diagnosis)
    .filter((c) => !ctx.tried.includes(c.cause.id))
    .filter((c, i, all) => all.findIndex((o) => o.cause.family === c.cause.family) === i)
    .slice(0, 3);
  if (candidates.length < 2) return null;
  return (
    <section aria-labelledby="several-heading" className="mb-8 rounded-xl border-2 border-amber-700 p-4 dark:border-amber-500" data-several>
      <h2 id="several-heading" className="text-xl font-bold">
        {diagnosis.band === 'unknown' ? t.rank.unknownHeading : t.rank.severalHeading}
      </h2>
      <p className="mt-1">{t.rank.severalBody}</p>
      <ol className="mt-4 grid gap-4 md:grid-cols-3">
        {candidates.map((c) => (
          <Candidate key={c.cause.id} candidate={c} p={familyP(diagnosis, c.cause)} current={c.cause.id === current} {...ctx} />
        ))}
      </ol>
    </section>
  );
}

function Candidate({ candidate, p, current, trail, log, tried }: LinkContext & { candidate: CauseBelief; p: number; current: boolean }) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const { cause } = candidate;
  const details = useCauseDetails(lang, cause.id);
  const stack = usePreferences((s) => s.stack);
  const check = details?.remedy.confirm[0];
  const command = check ? commandsFor(check.commands, stack)[0] : undefined;
  return (
    <li className="min-w-0 rounded-lg border border-slate-300 p-3 dark:border-slate-700" data-candidate={cause.id} data-family={cause.family}>
      <FamilyBadge family={cause.family} label={tx(content.families[cause.family].title)} />
      <h3 className="mt-2 text-lg font-bold">
        {current ? (
          <span>{tx(cause.title)}</span>
        ) : (
          <Link
            to={causeHref(lang, cause.id, trailPairs(trail), { log: log.raw, tried })}
            className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
          >
            {tx(cause.title)}
          </Link>
        )}
      </h3>
      <p className="mt-1">
        <ConfidenceWords p={p} />
      </p>
      {current ? <p className="mt-1 text-sm font-semibold">{t.rank.shownBelow}</p> : null}
      <h4 className="mt-3 text-sm font-semibold">{t.rank.check}</h4>
      {check ? <p className="mt-1 text-sm">{tx(check.text)}</p> : <p aria-busy="true" className="mt-1 h-10 rounded bg-slate-100 dark:bg-slate-900" />}
      {command ? <CommandBlock command={command} /> : null}
    </li>
  );
}

/** The other causes to check: the best of each other plausible family, then the siblings. */
export function OtherCauses({ diagnosis, current, ...ctx }: LinkContext & { diagnosis: Diagnosis; current: string }) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const others = tryOrder(diagnosis)
    .filter((c) => c.cause.id !== current && !ctx.tried.includes(c.cause.id))
    .slice(0, OTHERS);
  if (others.length === 0) return null;
  const excluded = plausibleFamilies(diagnosis).length < 3;
  return (
    <section aria-labelledby="others-heading" className="mt-10">
      <h2 id="others-heading" className="text-xl font-bold">
        {t.rank.others}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{excluded ? t.rank.othersExcluded : t.rank.othersBody}</p>
      <ol className="mt-4 space-y-3">
        {others.map((c) => (
          <li key={c.cause.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-other={c.cause.id} data-family={c.cause.family}>
            <h3 className="text-lg font-bold">
              <Link
                to={causeHref(lang, c.cause.id, trailPairs(ctx.trail), { log: ctx.log.raw, tried: ctx.tried })}
                className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                {tx(c.cause.title)}
              </Link>
            </h3>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <FamilyBadge family={c.cause.family} label={tx(content.families[c.cause.family].title)} />
              <ConfidenceWords p={familyP(diagnosis, c.cause)} />
            </div>
            <p className="mt-2 text-sm">{tx(c.cause.summary)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
