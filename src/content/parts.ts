/**
 * Which texts each kind of page needs. The tree (questions and causes without
 * their texts, families, aliases, site settings) comes with every page; texts
 * come in parts, per language, so the first question does not carry the
 * causes, nor the start page the questions:
 *   - questions: question titles, help, answer labels and hints, "how to find out"
 *     (all of them; a question page loads only its own and its trail's, one
 *     small chunk per question, see loadQuestions in ./content.ts);
 *   - causes: cause titles and summaries;
 *   - guide: the article's guide (mitigation, first fixes, status codes,
 *     prevention), on the start page and at the end of a diagnosis;
 *   - evidence: what answers say about causes (authored weights): the pages that
 *     rank (cause, log, a broken link) and the walk engine (src/routes/use-walk.ts);
 *   - pageStrings: the interface strings of the heavier pages (src/i18n/<lang>-pages.ts).
 * Cause details (why, symptoms, remedy) stay per cause. Shared by the build
 * (which preloads each page's parts, scripts/vite-content-plugin.ts), src/main.tsx
 * (which loads them before the first render) and `Needs` (src/content/needs.tsx).
 */
import type { ContentCore } from '../engine/types.ts';

export const CONTENT_PARTS = ['questions', 'causes', 'guide', 'evidence'] as const;
export type ContentPart = (typeof CONTENT_PARTS)[number];
export type Part = ContentPart | 'pageStrings';

/** Pages, and the embed dialog (its strings are in the second part). */
export type PageKind = 'start' | 'question' | 'cause' | 'log' | 'search' | 'map' | 'invalid' | 'dialog' | 'other';

export const PAGE_PARTS: Readonly<Record<PageKind, readonly Part[]>> = {
  start: ['guide'],
  question: [],
  cause: ['questions', 'causes', 'guide', 'evidence', 'pageStrings'],
  log: ['causes', 'evidence', 'pageStrings'],
  search: ['questions', 'causes', 'pageStrings'],
  map: ['questions', 'causes', 'pageStrings'],
  invalid: ['questions', 'causes', 'evidence', 'pageStrings'],
  dialog: ['pageStrings'],
  other: [],
};

/** The kind of page a path shows, from its segments after the app root: [lang, "q", id], … */
export function pageKindOf(segments: readonly string[]): PageKind {
  const [, kind, id] = segments;
  if (kind === undefined) return 'start';
  if (kind === 'q' && id && segments.length === 3) return 'question';
  if (kind === 'cause' && id && segments.length === 3) return 'cause';
  if ((kind === 'log' || kind === 'search' || kind === 'map') && segments.length === 2) return kind;
  return 'other';
}

/** Splits the content (texts in any number of languages) into the tree and the text parts. */
export function splitContent(content: ContentCore): { tree: unknown; parts: Record<ContentPart, unknown> } {
  const { guide, questions, causes } = content;
  const tree = {
    schemaVersion: content.schemaVersion,
    version: content.version,
    root: content.root,
    families: content.families,
    aliases: content.aliases,
    site: content.site,
    questions: Object.fromEntries(
      Object.values(questions).map((q) => [
        q.id,
        {
          kind: q.kind,
          id: q.id,
          ...(q.fromLog ? { fromLog: true } : {}),
          ...(q.multiple ? { multiple: true } : {}),
          ...(q.askedAfter ? { askedAfter: q.askedAfter } : {}),
          ...(q.base ? { base: q.base } : {}),
          ...(q.symptom ? { symptom: true } : {}),
          answers: q.answers.map((a) => ({ id: a.id, next: a.next })),
          unsure: { next: q.unsure.next },
        },
      ]),
    ),
    causes: Object.fromEntries(Object.values(causes).map((c) => [c.id, { kind: c.kind, id: c.id, family: c.family }])),
  };
  return {
    tree,
    parts: {
      questions: {
        questions: Object.fromEntries(
          Object.values(questions).map((q) => [
            q.id,
            {
              title: q.title,
              ...(q.help ? { help: q.help } : {}),
              answers: q.answers.map((a) => ({ label: a.label, ...(a.hint ? { hint: a.hint } : {}) })),
              unsure: { how: q.unsure.how },
            },
          ]),
        ),
      },
      causes: {
        causes: Object.fromEntries(Object.values(causes).map((c) => [c.id, { title: c.title, summary: c.summary }])),
      },
      guide: { guide },
      // What answers say about causes: only the pages that rank need it (the walk engine loads it too).
      evidence: {
        questions: Object.fromEntries(
          Object.values(questions)
            .filter((q) => q.answers.some((a) => a.evidence))
            .map((q) => [q.id, { answers: q.answers.map((a) => (a.evidence ? { evidence: a.evidence } : {})) }]),
        ),
      },
    },
  };
}

/**
 * Adds `from` into `into`, in place where it can: keys `into` lacks are added,
 * objects are merged key by key and arrays item by item. Used to put the parts
 * and the languages back together into one content object.
 */
export function mergeInto(into: unknown, from: unknown): unknown {
  if (Array.isArray(into) && Array.isArray(from)) return into.map((v, i) => mergeInto(v, from[i]));
  if (typeof into !== 'object' || into === null || typeof from !== 'object' || from === null) return into;
  const target = into as Record<string, unknown>;
  for (const [k, v] of Object.entries(from)) {
    if (!(k in target)) target[k] = v;
    else if (typeof v === 'object' && v !== null) target[k] = mergeInto(target[k], v);
  }
  return target;
}
