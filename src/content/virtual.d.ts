/** The validated content (without log signatures), produced at build time by scripts/vite-content-plugin.ts. */
declare module 'virtual:triage500/content' {
  const content: import('../engine/types.ts').Content;
  export default content;
}

/** The log signatures and knowledge tables, split from the content so only the log page loads them. */
declare module 'virtual:triage500/signatures' {
  const analyzer: import('../engine/log-analyzer.ts').AnalyzerContent;
  export default analyzer;
}

/** One loader per language, for that language's loaders (below). */
declare module 'virtual:triage500/loaders' {
  export const loaders: Readonly<Record<import('../engine/types.ts').Lang, () => Promise<typeof import('virtual:triage500/loaders/en')>>>;
}

/** One language's pieces, each a chunk loaded on demand (see src/content/parts.ts). */
declare module 'virtual:triage500/loaders/*' {
  type Loader<T> = () => Promise<{ default: T }>;
  /** The tree without its texts (families and site settings in full). */
  export const core: Loader<import('../engine/types.ts').ContentCore>;
  /** The text parts, merged into the tree when loaded. */
  export const parts: Readonly<Record<import('./parts.ts').ContentPart, Loader<unknown>>>;
  /** One question's texts each. */
  export const questions: Readonly<Record<string, Loader<unknown>>>;
  /** One cause's details each. */
  export const details: Readonly<Record<string, Loader<import('../engine/types.ts').CauseDetails>>>;
}

/** The search index: questions and causes with their texts in both languages (the search page loads it). */
declare module 'virtual:triage500/search-index' {
  const index: import('../engine/search.ts').SearchIndex;
  export default index;
}
