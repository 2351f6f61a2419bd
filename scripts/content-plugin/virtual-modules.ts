/**
 * The content as virtual modules, each a table entry: an id and how to build
 * its source from the validated content. What the browser loads, and when:
 * - `virtual:triage500/core/<lang>`: the tree without its texts (families and
 *   site settings in one language): loaded before the first render (preloaded by each page);
 * - `virtual:triage500/part/<lang>/<part>`: the texts, in parts (src/content/parts.ts
 *   says which part holds what and which pages need it): a page preloads its own;
 * - `virtual:triage500/question/<lang>/<id>`: one question's texts, for its own page
 *   and the trail that leads there (preloaded by the question's page);
 * - `virtual:triage500/details/<lang>/<cause>`: one cause's why, symptoms, log
 *   lines and remedy: loaded when its page opens (preloaded by that page);
 * - `virtual:triage500/signatures`: log signatures and knowledge tables, only for the log page;
 * - `virtual:triage500/search-index`: only for search.
 * `virtual:triage500/loaders/<lang>` maps one language's pieces to those imports
 * (preloaded by each page of that language); `virtual:triage500/loaders` maps
 * languages to those. `virtual:triage500/content` (everything, both languages)
 * is for tests and prerendering. Their types: src/content/virtual.d.ts.
 */
import { buildSearchIndex } from '../../src/engine/search.ts';
import { LANGS, type Content, type Lang } from '../../src/engine/types.ts';
import { CONTENT_PARTS, splitContent } from '../../src/content/parts.ts';

const CONTENT_ID = 'virtual:triage500/content';
const SIGNATURES_ID = 'virtual:triage500/signatures';
const SEARCH_ID = 'virtual:triage500/search-index';
const LOADERS_ID = 'virtual:triage500/loaders';
export const LOADERS_PREFIX = `${LOADERS_ID}/`;
export const CORE_PREFIX = 'virtual:triage500/core/';
export const PART_PREFIX = 'virtual:triage500/part/';
export const QUESTION_PREFIX = 'virtual:triage500/question/';
export const DETAILS_PREFIX = 'virtual:triage500/details/';

/** Keeps one language of every `{ en, ko }` text. */
function oneLanguage(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => oneLanguage(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value);
  if (keys.length === LANGS.length && LANGS.every((l) => typeof (value as Record<string, unknown>)[l] === 'string')) {
    return { [lang]: (value as Record<string, string>)[lang] };
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, oneLanguage(v, lang)]));
}

function detailsOf(content: Content, lang: Lang, id: string): unknown {
  const c = content.causes[id];
  return c ? oneLanguage({ why: c.why, symptoms: c.symptoms, logLines: c.logLines, remedy: c.remedy }, lang) : null;
}

const jsonModule = (data: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/** An object of lazy imports: `{ "key": () => import("id"), … }`. */
const imports = (entries: [string, string][]) => `{\n  ${entries.map(([k, v]) => `${JSON.stringify(k)}: () => import(${JSON.stringify(v)})`).join(',\n  ')}\n}`;

/** Modules with one id each. */
const MODULES: Readonly<Record<string, (content: Content) => string>> = {
  [CONTENT_ID]: (content) => jsonModule({ ...content, signatures: [], knowledge: [] }),
  /** Log signatures and knowledge tables are only needed by the log analyzer: a module of their own, loaded on demand. */
  [SIGNATURES_ID]: (content) => jsonModule({ signatures: content.signatures, knowledge: content.knowledge }),
  [SEARCH_ID]: (content) => jsonModule(buildSearchIndex(content)),
  [LOADERS_ID]: () => `export const loaders = ${imports(LANGS.map((l) => [l, LOADERS_PREFIX + l]))};\n`,
};

/**
 * Modules per language: `<prefix><lang>`, or `<prefix><lang>/<name>` (`name`
 * is then what the loader gets). A loader returns undefined for a name it does not know.
 */
const PER_LANGUAGE: Readonly<Record<string, (content: Content, lang: Lang, name: string) => string | undefined>> = {
  [LOADERS_PREFIX]: (content, lang, name) =>
    name === ''
      ? [
          `export const core = () => import(${JSON.stringify(CORE_PREFIX + lang)});`,
          `export const parts = ${imports(CONTENT_PARTS.map((p) => [p, `${PART_PREFIX}${lang}/${p}`]))};`,
          `export const questions = ${imports(Object.keys(content.questions).map((q) => [q, `${QUESTION_PREFIX}${lang}/${q}`]))};`,
          `export const details = ${imports(Object.keys(content.causes).map((c) => [c, `${DETAILS_PREFIX}${lang}/${c}`]))};`,
        ].join('\n')
      : undefined,
  [CORE_PREFIX]: (content, lang, name) => (name === '' ? jsonModule(oneLanguage(splitContent(content).tree, lang)) : undefined),
  [PART_PREFIX]: (content, lang, name) => {
    const part = CONTENT_PARTS.find((p) => p === name);
    return part ? jsonModule(oneLanguage(splitContent(content).parts[part], lang)) : undefined;
  },
  [QUESTION_PREFIX]: (content, lang, id) => {
    const texts = (splitContent(content).parts.questions as { questions: Record<string, unknown> }).questions[id];
    return texts ? jsonModule(oneLanguage({ questions: { [id]: texts } }, lang)) : undefined;
  },
  [DETAILS_PREFIX]: (content, lang, id) => jsonModule(detailsOf(content, lang, id)),
};

export const isVirtual = (id: string) => Object.hasOwn(MODULES, id) || Object.keys(PER_LANGUAGE).some((p) => id.startsWith(p));

/** The source of virtual module `id`, or undefined when there is no such module. */
export function loadVirtual(id: string, content: Content): string | undefined {
  const single = Object.hasOwn(MODULES, id) ? MODULES[id] : undefined;
  if (single) return single(content);
  for (const [prefix, load] of Object.entries(PER_LANGUAGE)) {
    if (!id.startsWith(prefix)) continue;
    const [lang, ...name] = id.slice(prefix.length).split('/');
    const known = LANGS.find((l) => l === lang);
    return known ? load(content, known, name.join('/')) : undefined;
  }
  return undefined;
}
