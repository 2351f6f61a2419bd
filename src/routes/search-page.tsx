/** Search, keyboard-first: "/" anywhere opens it; results link to the step or cause. */
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { content } from '../content/content.ts';
import { highlight, lookup, search, type SearchIndex } from '../engine/index.ts';
import { useLang, usePageStrings, useTx } from '../i18n/lang-context.tsx';
import { useHeadingRef, useStepAnnouncement } from '../ui/announcer.tsx';
import { FamilyBadge } from '../ui/family-badge.tsx';
import { useHydrated } from '../ui/use-hydrated.ts';
import { stepHref } from './hrefs.ts';

// The index (every text in both languages) is its own chunk, loaded when search opens.
let loadedIndex: SearchIndex | null = null;
const loadIndex = () =>
  import('virtual:triage500/search-index').then((m) => {
    loadedIndex = m.default;
    return loadedIndex;
  });

function useSearchIndex(): SearchIndex | null {
  const [index, setIndex] = useState(loadedIndex);
  useEffect(() => {
    if (index) return undefined;
    let live = true;
    void loadIndex().then((i) => {
      if (live) setIndex(i);
    });
    return () => {
      live = false;
    };
  }, [index]);
  return index;
}

/** The query's words marked in a text: <mark> elements, never HTML. */
function Marked({ text, words }: { text: string; words: readonly string[] }) {
  return highlight(text, words).map((p, i) =>
    p.mark ? (
      <mark key={i} className="rounded-sm bg-amber-200 text-inherit dark:bg-amber-700/60">
        {p.text}
      </mark>
    ) : (
      p.text
    ),
  );
}

export function SearchPage() {
  const lang = useLang();
  const t = usePageStrings();
  const tx = useTx();
  const heading = useHeadingRef();
  const [params, setParams] = useSearchParams();
  // The field keeps its own value while typing (router updates are deferred and
  // would drop keystrokes); the URL follows it so a search can be shared.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const index = useSearchIndex();
  const ready = useHydrated();
  const hits = index ? search(index, query) : [];
  // Arriving here (e.g. by pressing "/") puts the cursor in the field, not on the heading.
  const input = useRef<HTMLInputElement>(null);
  useStepAnnouncement(`search:${lang}`, t.search.title, input);
  // Opened cold, the field is enabled only once the app has started: put the cursor there then.
  useEffect(() => {
    if (ready && (document.activeElement === document.body || document.activeElement === null)) input.current?.focus();
  }, [ready]);

  return (
    <div>
      <title>{`${t.search.title} — ${t.appName}`}</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight">
        {t.search.title}
      </h1>
      <form role="search" className="mt-4" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="search-input" className="block font-semibold">
          {t.search.label}
        </label>
        <input
          id="search-input"
          type="search"
          disabled={!ready}
          value={query}
          ref={input}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setParams(e.target.value ? { q: e.target.value } : {}, { replace: true });
          }}
          className="mt-2 min-h-12 w-full rounded-lg border-2 border-slate-400 bg-white px-3 text-lg dark:border-slate-600 dark:bg-slate-900"
        />
      </form>
      <div aria-live="polite" className="mt-6">
        {query.trim() === '' ? null : !index ? (
          <p aria-busy="true" className="py-4" />
        ) : hits.length === 0 ? (
          <p>{t.search.none}</p>
        ) : (
          <>
            <p className="text-sm text-slate-700 dark:text-slate-300">{t.search.results(hits.length)}</p>
            <ul className="mt-2 space-y-3">
              {hits.map((hit) => {
                const cause = hit.kind === 'cause' ? lookup(content.causes, hit.id) : undefined;
                const question = hit.kind === 'question' ? lookup(content.questions, hit.id) : undefined;
                const node = cause ?? question;
                if (!node) return null;
                return (
                  <li key={`${hit.kind}:${hit.id}`} className="rounded-lg border border-slate-300 p-3 dark:border-slate-700" data-hit={hit.id}>
                    <Link to={stepHref(lang, node, [])} className="text-lg font-semibold text-blue-800 underline underline-offset-2 dark:text-blue-300">
                      <Marked text={tx(node.title)} words={hit.words} />
                    </Link>
                    <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                      {cause ? <FamilyBadge family={cause.family} label={tx(content.families[cause.family].title)} /> : <span>{t.search.question}</span>}
                      {cause ? (
                        <span>
                          <Marked text={tx(cause.summary)} words={hit.words} />
                        </span>
                      ) : null}
                    </div>
                    {hit.excerpt ? (
                      <p className="mt-1 text-sm wrap-anywhere text-slate-700 dark:text-slate-300" data-excerpt>
                        <Marked text={hit.excerpt} words={hit.words} />
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
