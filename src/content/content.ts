/**
 * The content the interface reads, loaded in pieces (see scripts/vite-content-plugin.ts):
 * - `content`: the tree and its texts, in the languages loaded so far. The app
 *   loads the page's language before its first render (src/main.tsx), and
 *   another one before showing a page in it (LangLayout). Languages merge into
 *   the same objects, so `text[lang]` is there for every loaded language.
 * - cause details (why, symptoms, log lines, remedy): per cause and language,
 *   when a cause page opens; `useCauseDetails` re-renders when they arrive.
 * Tests and the prerenderer call `setFullContent` with everything at once.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { core as coreLoaders, details as detailLoaders } from 'virtual:triage500/loaders';
import { lookup } from '../engine/result.ts';
import type { CauseDetails, Content, ContentCore, Lang } from '../engine/types.ts';

// Assigned by loadLanguage/useFullContent before anything renders.
export let content: ContentCore = undefined as unknown as ContentCore;

const languages = new Set<Lang>();
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

/** Adds one language's texts into `into`: every `{ lang: text }` joins the object at the same place. */
function merge(into: unknown, from: unknown): unknown {
  if (Array.isArray(into) && Array.isArray(from)) return into.map((v, i) => merge(v, from[i]));
  if (typeof into !== 'object' || into === null || typeof from !== 'object' || from === null) return into;
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (!(k in target)) target[k] = v;
    else if (typeof v === 'object' && v !== null) target[k] = merge(target[k], v);
  }
  return target;
}

export function setFullContent(full: Content): void {
  const { signatures: _signatures, ...rest } = full;
  content = rest;
  for (const c of Object.values(full.causes)) {
    details.set(c.id, { why: c.why, symptoms: c.symptoms, logLines: c.logLines, remedy: c.remedy });
    detailLangs.add(`en:${c.id}`).add(`ko:${c.id}`);
  }
  languages.add('en').add('ko');
  changed();
}

export const isLanguageLoaded = (lang: Lang) => languages.has(lang);

/** Something else the page waits for arrived (e.g. interface strings): render again. */
export const notifyLoaded = () => changed();

export async function loadLanguage(lang: Lang): Promise<void> {
  if (languages.has(lang)) return;
  const loaded = (await coreLoaders[lang]()).default as ContentCore;
  if (languages.has(lang)) return;
  content = content === undefined ? loaded : (merge(content, loaded) as ContentCore);
  languages.add(lang);
  changed();
}

export function detailsLoaded(lang: Lang, id: string): CauseDetails | null {
  return detailLangs.has(`${lang}:${id}`) ? (details.get(id) ?? null) : null;
}

export async function loadDetails(lang: Lang, id: string): Promise<CauseDetails | null> {
  const have = detailsLoaded(lang, id);
  if (have) return have;
  const loader = lookup(detailLoaders[lang], id);
  if (!loader) return null;
  const loaded = (await loader()).default as CauseDetails;
  const existing = details.get(id);
  details.set(id, existing ? (merge(existing, loaded) as CauseDetails) : loaded);
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
