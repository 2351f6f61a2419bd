/**
 * The content the interface reads, loaded in pieces (see scripts/vite-content-plugin.ts):
 * - `content`: the tree, and the text parts loaded so far (src/content/parts.ts),
 *   in the languages loaded so far. The app loads the page's language and the
 *   parts its page needs before its first render (src/main.tsx); a page
 *   reached later waits for its parts behind a `Needs` gate (./needs.tsx).
 *   Parts and languages merge into the same objects, so `text[lang]` is there
 *   for every loaded language.
 * - cause details (why, symptoms, log lines, remedy): per cause and language,
 *   when a cause page opens; `useCauseDetails` re-renders when they arrive.
 * Tests and the prerenderer call `setFullContent` with everything at once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { loaders } from 'virtual:triage500/loaders';
import { lookup } from '../engine/result.ts';
import { LANGS, type CauseDetails, type Content, type ContentCore, type Lang } from '../engine/types.ts';
import { arePageStringsLoaded, loadPageStrings } from '../i18n/strings.ts';
import { CONTENT_PARTS, mergeInto, type Part } from './parts.ts';

// Assigned by loadLanguage/useFullContent before anything renders.
export let content: ContentCore = undefined as unknown as ContentCore;

const languages = new Set<Lang>();
/** Text parts loaded, as "lang:part", and single questions' texts, as "lang:question id". */
const parts = new Set<string>();
const questionTexts = new Set<string>();

type LangLoaders = Awaited<ReturnType<(typeof loaders)['en']>>;
const langLoaders = new Map<Lang, Promise<LangLoaders>>();
/** The map of one language's chunks (each page preloads its language's). */
function loadersOf(lang: Lang): Promise<LangLoaders> {
  let pending = langLoaders.get(lang);
  if (!pending) {
    pending = loaders[lang]();
    pending.catch(() => langLoaders.delete(lang));
    langLoaders.set(lang, pending);
  }
  return pending;
}
const details = new Map<string, CauseDetails>();
const detailLangs = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed() {
  version++;
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const snapshot = () => version;

export function setFullContent(full: Content): void {
  const { signatures: _signatures, knowledge: _knowledge, ...rest } = full;
  content = rest;
  for (const c of Object.values(full.causes)) {
    details.set(c.id, { why: c.why, symptoms: c.symptoms, logLines: c.logLines, remedy: c.remedy });
    detailLangs.add(`en:${c.id}`).add(`ko:${c.id}`);
  }
  for (const lang of LANGS) {
    languages.add(lang);
    for (const part of CONTENT_PARTS) parts.add(`${lang}:${part}`);
  }
  changed();
}

export const isLanguageLoaded = (lang: Lang) => languages.has(lang);

/** Something else the page waits for arrived (e.g. interface strings): render again. */
export const notifyLoaded = () => changed();

export async function loadLanguage(lang: Lang): Promise<void> {
  if (languages.has(lang)) return;
  const loaded = (await (await loadersOf(lang)).core()).default;
  if (languages.has(lang)) return;
  content = content === undefined ? loaded : (mergeInto(content, loaded) as ContentCore);
  languages.add(lang);
  changed();
}

const partLoaded = (lang: Lang, part: Part) => (part === 'pageStrings' ? arePageStringsLoaded(lang) : parts.has(`${lang}:${part}`));

/** The tree and these text parts are there in this language. */
export const arePartsLoaded = (lang: Lang, list: readonly Part[]) => languages.has(lang) && list.every((p) => partLoaded(lang, p));

async function loadPart(lang: Lang, part: Part): Promise<void> {
  if (partLoaded(lang, part)) return;
  if (part === 'pageStrings') {
    await loadPageStrings(lang);
  } else {
    // Fetched side by side with the tree; merged after it, since texts join the tree's objects.
    const [, loaded] = await Promise.all([loadLanguage(lang), loadersOf(lang).then((l) => l.parts[part]())]);
    const key = `${lang}:${part}`;
    if (parts.has(key)) return;
    content = mergeInto(content, loaded.default) as ContentCore;
    parts.add(key);
  }
  changed();
}

const questionLoaded = (lang: Lang, id: string) => parts.has(`${lang}:questions`) || questionTexts.has(`${lang}:${id}`);

/** The texts of these questions are there (alone, or with all the others). */
export const areQuestionsLoaded = (lang: Lang, ids: readonly string[]) => languages.has(lang) && ids.every((id) => questionLoaded(lang, id));

/**
 * Loads the texts of these questions, one chunk each: a question page needs its
 * own and those of the answers that lead there. Ids may be old (an alias) or
 * unknown (a tampered link): those resolve or are skipped.
 */
export async function loadQuestions(lang: Lang, ids: readonly string[]): Promise<void> {
  const [l] = await Promise.all([loadersOf(lang), loadLanguage(lang)]);
  const wanted = ids.map((id) => lookup(content.aliases, id) ?? id).filter((id) => lookup(content.questions, id) && !questionLoaded(lang, id));
  if (wanted.length === 0) return;
  const loaded = await Promise.all(wanted.map((id) => lookup(l.questions, id)?.() ?? Promise.resolve(null)));
  wanted.forEach((id, i) => {
    const mod = loaded[i];
    if (!mod || questionLoaded(lang, id)) return;
    content = mergeInto(content, mod.default) as ContentCore;
    questionTexts.add(`${lang}:${id}`);
  });
  changed();
}

/** Loads the tree and these text parts of one language (each once). */
export async function loadParts(lang: Lang, list: readonly Part[]): Promise<void> {
  await Promise.all([loadLanguage(lang), ...list.map((p) => loadPart(lang, p))]);
}

export function detailsLoaded(lang: Lang, id: string): CauseDetails | null {
  return detailLangs.has(`${lang}:${id}`) ? (details.get(id) ?? null) : null;
}

export async function loadDetails(lang: Lang, id: string): Promise<CauseDetails | null> {
  const have = detailsLoaded(lang, id);
  if (have) return have;
  const loader = lookup((await loadersOf(lang)).details, id);
  if (!loader) return null;
  const loaded = (await loader()).default;
  const existing = details.get(id);
  details.set(id, existing ? (mergeInto(existing, loaded) as CauseDetails) : loaded);
  detailLangs.add(`${lang}:${id}`);
  changed();
  return details.get(id) ?? null;
}

/** Re-renders when languages or details arrive. */
export function useContentVersion(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}

/** A cause's details in this language: null until loaded (and loading starts). */
export function useCauseDetails(lang: Lang, id: string): CauseDetails | null {
  useContentVersion();
  const have = detailsLoaded(lang, id);
  useEffect(() => {
    if (!have) void loadDetails(lang, id).catch(() => undefined);
  }, [have, lang, id]);
  return have;
}

/** Loads the details of causes the next click may open, so they show at once. */
export function usePrefetchDetails(lang: Lang, ids: readonly string[]): void {
  const key = ids.join('~');
  useEffect(() => {
    for (const id of key.split('~')) if (id && lookup(content.causes, id)) void loadDetails(lang, id).catch(() => undefined);
  }, [lang, key]);
}
