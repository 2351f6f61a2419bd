/**
 * The whole tree on one page, drawn with HTML lists (no diagram library):
 * numbered questions with their answers; each cause under the first answer
 * that leads to it, with its family's colour, icon and label. Every node links
 * to its deep link (shortest answers from the root), so it opens cold. Opened
 * from a step (`?at=<id>&a=<answers>`), the way there is marked in words too.
 * Prints as a compact runbook (map-page.css).
 */
import { Link, useSearchParams } from 'react-router-dom';
import { content } from '../content/content.ts';
import { FAMILY_IDS, type CauseCore, type Lang, type PathPair, type TreeNode } from '../engine/index.ts';
import { mapPosition, treeMap, type MapPosition, type MapQuestion } from '../engine/map.ts';
import { chosenOf } from '../engine/trail.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement } from '../ui/announcer.tsx';
import { FamilyBadge, familyStyles } from '../ui/family-badge.tsx';
import { stepHref } from './hrefs.ts';
import './map-page.css';

// Built at the first render, not when this module loads: the content may still be on its way then.
let built: { map: ReturnType<typeof treeMap>; numberOf: Map<string, number> } | null = null;
function tree(): { map: ReturnType<typeof treeMap>; numberOf: Map<string, number> } {
  if (!built) {
    const map = treeMap(content);
    built = { map, numberOf: new Map(map.questions.map((q) => [q.question.id, q.number])) };
  }
  return built;
}
const anchor = (id: string) => `map-${id}`;
const linkClass = 'font-semibold text-blue-800 underline underline-offset-2 hover:no-underline dark:text-blue-300';

function Marker({ children }: { children: string }) {
  return <span className="map-marker ml-2 inline-block rounded border-2 border-current px-1.5 text-xs font-bold">{children}</span>;
}

function CauseNode({ cause, lang, pairs, position }: { cause: CauseCore; lang: Lang; pairs: readonly PathPair[]; position: MapPosition }) {
  const t = usePageStrings();
  const tx = useTx();
  const here = position.current?.id === cause.id;
  return (
    <div
      id={anchor(cause.id)}
      data-node={cause.id}
      data-kind="cause"
      className={`map-node mt-1 rounded-lg p-2 ring-1 ${familyStyles[cause.family]} ${here ? 'map-on-path ring-4' : ''}`}
    >
      <FamilyBadge family={cause.family} label={tx(content.families[cause.family].title)} />{' '}
      <Link to={stepHref(lang, cause, pairs)} aria-current={here ? 'step' : undefined} className="map-node-link font-bold underline underline-offset-2">
        {tx(cause.title)}
      </Link>
      {here ? <Marker>{t.map.here}</Marker> : null}
    </div>
  );
}

function Reference({ node }: { node: TreeNode }) {
  const t = usePageStrings();
  const tx = useTx();
  if (node.kind === 'cause') {
    return (
      <a href={`#${anchor(node.id)}`} className="underline underline-offset-2">
        <FamilyBadge family={node.family} label={tx(content.families[node.family].title)} /> {tx(node.title)}
      </a>
    );
  }
  return (
    <a href={`#${anchor(node.id)}`} className="underline underline-offset-2">
      <span className="font-bold tabular-nums">{t.map.questionNo(tree().numberOf.get(node.id) ?? 0)}</span> {tx(node.title)}
    </a>
  );
}

function QuestionNode({ entry, lang, position }: { entry: MapQuestion; lang: Lang; position: MapPosition }) {
  const t = usePageStrings();
  const tx = useTx();
  const { question, number, pairs, choices, from } = entry;
  const here = position.current?.id === question.id;
  const onPath = position.onPath.has(question.id);
  return (
    <li
      id={anchor(question.id)}
      data-node={question.id}
      data-kind="question"
      className={`map-node rounded-lg border-2 p-3 ${onPath ? 'map-on-path border-blue-800 dark:border-blue-300' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <h2 className="text-lg leading-snug font-bold">
        <span className="mr-2 tabular-nums">{t.map.questionNo(number)}</span>
        <Link to={stepHref(lang, question, pairs)} aria-current={here ? 'step' : undefined} className={`map-node-link ${linkClass}`}>
          {tx(question.title)}
        </Link>
        {here ? <Marker>{t.map.here}</Marker> : onPath ? <Marker>{t.map.onPath}</Marker> : null}
      </h2>
      {from.length > 0 ? (
        <p className="map-from text-sm text-slate-700 dark:text-slate-300">
          {t.map.from}{' '}
          {from.map((q, i) => (
            <span key={q.id}>
              {i > 0 ? ', ' : null}
              <a href={`#${anchor(q.id)}`} className="underline underline-offset-2">
                {t.map.questionNo(tree().numberOf.get(q.id) ?? 0)}
              </a>
            </span>
          ))}
        </p>
      ) : null}
      <ul className="mt-2 space-y-1.5 pl-1">
        {choices.map(({ choice, target, drawsCause }) => {
          const chosen = position.chosen.has(`${question.id}.${choice.id}`);
          return (
            <li key={choice.id} className={`map-choice ${chosen ? 'font-semibold' : ''}`} data-chosen={chosen || undefined}>
              <span className={choice.unsure ? 'italic' : ''}>{choice.label ? tx(choice.label) : t.question.unsure}</span>
              {chosen ? <Marker>{t.map.yourAnswer}</Marker> : null}
              <span aria-hidden="true"> → </span>
              {target === undefined ? null : drawsCause && target.kind === 'cause' ? (
                <CauseNode cause={target} lang={lang} pairs={tree().map.pairsOf.get(target.id) ?? []} position={position} />
              ) : (
                <Reference node={target} />
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}

/** Opened from a step: the answers that led there, each a jump to its place on the map, and the way back. */
function WayHere({ position, current, lang }: { position: MapPosition; current: TreeNode; lang: Lang }) {
  const t = usePageStrings();
  const tx = useTx();
  const number = (id: string) => tree().numberOf.get(id);
  return (
    <section aria-labelledby="map-way" className="map-screen-only mt-4 rounded-lg border-2 border-blue-800 p-3 dark:border-blue-300" data-way-here>
      <h2 id="map-way" className="text-lg font-bold">
        {t.map.wayHere}
      </h2>
      <ol className="mt-2 space-y-1">
        {position.trail.map((s) => (
          <li key={s.question.id}>
            <a href={`#${anchor(s.question.id)}`} className="underline underline-offset-2">
              {number(s.question.id) ? <span className="font-bold tabular-nums">{t.map.questionNo(number(s.question.id) ?? 0)} </span> : null}
              {tx(s.question.title)}
            </a>
            {'\u00a0— '}
            <span className="font-semibold">
              {chosenOf(s)
                .map((c) => (c.label ? tx(c.label) : t.question.unsure))
                .join('; ')}
            </span>
          </li>
        ))}
        <li>
          <a href={`#${anchor(current.id)}`} className="font-bold underline underline-offset-2">
            {tx(current.title)}
          </a>
          <Marker>{t.map.here}</Marker>
        </li>
      </ol>
      <p className="mt-2 text-sm">
        {t.map.pathNote}{' '}
        <Link to={stepHref(lang, current, position.pairs)} className={linkClass}>
          {t.map.backToStep}
        </Link>
      </p>
    </section>
  );
}

export function MapPage() {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const [search] = useSearchParams();
  const position = mapPosition(content, search.get('at'), search.get('a'));
  useStepAnnouncement(`map:${lang}`, t.map.title, heading);
  const { current } = position;

  return (
    <div className="map-page" data-map>
      <title>{`${t.map.title} — ${t.appName}`}</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight sm:text-3xl">
        {t.map.title}
      </h1>
      <p className="mt-2 max-w-prose">
        {t.map.intro} {t.map.questions(tree().map.questions.length, Object.keys(content.causes).length)}
      </p>
      {current ? <WayHere position={position} current={current} lang={lang} /> : null}
      <div className="map-screen-only mt-3">
        <button
          type="button"
          onClick={() => window.print()}
          className="inline-flex min-h-11 items-center py-2 rounded-md border-2 border-slate-400 px-4 font-semibold hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-900"
        >
          {t.map.print}
        </button>
      </div>
      <section aria-labelledby="map-legend" className="mt-4">
        <h2 id="map-legend" className="text-sm font-bold">
          {t.map.legend}
        </h2>
        <ul className="mt-1 flex flex-wrap gap-2">
          {FAMILY_IDS.map((f) => (
            <li key={f}>
              <FamilyBadge family={f} label={tx(content.families[f].title)} />
            </li>
          ))}
        </ul>
      </section>
      <ol className="map-tree mt-6 space-y-4" aria-label={t.map.title}>
        {tree().map.questions.map((entry) => (
          <QuestionNode key={entry.question.id} entry={entry} lang={lang} position={position} />
        ))}
      </ol>
      {tree().map.orphanCauses.length > 0 ? (
        <section className="mt-6">
          <h2 className="font-bold">{t.map.unreached}</h2>
          {tree().map.orphanCauses.map((c) => (
            <CauseNode key={c.id} cause={c} lang={lang} pairs={[]} position={position} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
