/**
 * The ranking on a result page: why this cause (the answers that point to it
 * and away from it), and the runners-up, each with its own reasons.
 */
import { Link } from 'react-router-dom';
import { content } from '../content/content.ts';
import { formatShare, trailPairs, type CauseRank, type Reason, type TrailStep } from '../engine/index.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { causeHref } from './hrefs.ts';

/** How many runners-up to show. */
const RUNNERS_UP = 3;

function confidenceLevel(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.5 ? 'high' : confidence >= 0.15 ? 'medium' : 'low';
}

function useReasonText() {
  const t = usePageStrings();
  const tx = useTx();
  return (r: Reason) =>
    r.kind === 'log' ? t.rank.log : t.rank.answer(tx(r.question.title), r.choice.label ? tx(r.choice.label) : t.trail.unsure);
}

function Confidence({ rank }: { rank: CauseRank }) {
  const t = usePageStrings();
  const level = confidenceLevel(rank.confidence);
  return (
    <span className="text-sm font-semibold text-slate-700 dark:text-slate-300" data-confidence={level}>
      {t.rank.share(t.rank.confidence[level], formatShare(rank.confidence))}
    </span>
  );
}

function Reasons({ rank, level }: { rank: CauseRank; level: 3 | 4 }) {
  const t = usePageStrings();
  if (rank.for.length === 0 && rank.against.length === 0) return <p className="mt-2">{t.rank.noEvidence}</p>;
  return (
    <div className={`mt-2 grid gap-3 ${rank.for.length > 0 && rank.against.length > 0 ? 'sm:grid-cols-2' : ''}`}>
      <ReasonList heading={t.rank.pointsTo} reasons={rank.for} level={level} sign="+" tone="text-emerald-800 dark:text-emerald-300" kind="for" />
      <ReasonList heading={t.rank.pointsAway} reasons={rank.against} level={level} sign="−" tone="text-rose-800 dark:text-rose-300" kind="against" />
    </div>
  );
}

function ReasonList(props: { heading: string; reasons: readonly Reason[]; level: 3 | 4; sign: string; tone: string; kind: 'for' | 'against' }) {
  const text = useReasonText();
  if (props.reasons.length === 0) return null;
  const H = props.level === 3 ? 'h3' : 'h4';
  return (
    <div>
      <H className="font-semibold">{props.heading}</H>
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

/** One line under the cause's title: how likely, with a link to the reasons further down. */
export function ConfidenceLine({ rank }: { rank: CauseRank }) {
  const t = usePageStrings();
  return (
    <p className="mt-3">
      <Confidence rank={rank} />{' '}
      <a href="#rank-heading" className="text-sm font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
        {t.rank.heading}
      </a>
    </p>
  );
}

/** Why this cause: its confidence and the reasons for and against it. */
export function WhyThisCause({ rank, unsureLanding }: { rank: CauseRank; unsureLanding: boolean }) {
  const t = usePageStrings();
  return (
    <section aria-labelledby="rank-heading" className="mt-10 rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-rank={rank.cause.id}>
      <h2 id="rank-heading" className="text-lg font-bold">
        {t.rank.heading}
      </h2>
      <p className="mt-1">
        <Confidence rank={rank} />
      </p>
      {unsureLanding ? <p className="mt-2 text-sm">{t.rank.unsureLanding}</p> : null}
      <Reasons rank={rank} level={3} />
    </section>
  );
}

/** The next best-ranked causes, each linked with the same answers. */
export function OtherCauses({
  ranking,
  current,
  anchor,
  trail,
  tried,
  hint,
}: {
  ranking: readonly CauseRank[];
  tried: readonly string[];
  current: string;
  /** The cause the answers lead to (the page a runner-up is opened from). */
  anchor: string;
  trail: readonly TrailStep[];
  hint: string | null;
}) {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const others = ranking.filter((r) => r.cause.id !== current && r.cause.id !== anchor).slice(0, RUNNERS_UP);
  if (others.length === 0) return null;
  const pairs = trailPairs(trail);
  return (
    <section aria-labelledby="others-heading" className="mt-10">
      <h2 id="others-heading" className="text-xl font-bold">
        {t.rank.others}
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{t.rank.othersBody}</p>
      <ol className="mt-4 space-y-4">
        {others.map((r) => (
          <li key={r.cause.id} className="rounded-lg border border-slate-300 p-4 dark:border-slate-700" data-other={r.cause.id}>
            <h3 className="text-lg font-bold">
              <Link
                to={causeHref(lang, r.cause.id, pairs, { hint, via: anchor, tried })}
                className="text-blue-800 underline underline-offset-2 dark:text-blue-300"
              >
                {tx(r.cause.title)}
              </Link>
            </h3>
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <FamilyBadge family={r.cause.family} label={tx(content.families[r.cause.family].title)} />
              <Confidence rank={r} />
            </div>
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold">{t.rank.why}</summary>
              <Reasons rank={r} level={4} />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
