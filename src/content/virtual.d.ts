/** The validated content (without log signatures), produced at build time by scripts/vite-content-plugin.ts. */
declare module 'virtual:triage500/content' {
  const content: import('../engine/types.ts').Content;
  export default content;
}

/** The log signatures, split from the content so only the log page loads them. */
declare module 'virtual:triage500/signatures' {
  const signatures: readonly import('../engine/types.ts').Signature[];
  export default signatures;
}

/** Loaders for one language's tree and for one cause's details (chunks loaded on demand). */
declare module 'virtual:triage500/loaders' {
  type Loader<T> = () => Promise<{ default: T }>;
  /** The tree without its texts (families and site settings in full): see src/content/parts.ts. */
  export const core: Readonly<Record<import('../engine/types.ts').Lang, Loader<import('../engine/types.ts').ContentCore>>>;
  /** The text parts, merged into the tree when loaded. */
  export const parts: Readonly<
    Record<import('../engine/types.ts').Lang, Readonly<Record<import('./parts.ts').ContentPart, Loader<unknown>>>>
  >;
  export const details: Readonly<
    Record<import('../engine/types.ts').Lang, Readonly<Record<string, Loader<import('../engine/types.ts').CauseDetails>>>>
  >;
}

/** The search index: questions and causes with their texts in both languages (the search page loads it). */
declare module 'virtual:triage500/search-index' {
  const index: import('../engine/search.ts').SearchIndex;
  export default index;
}
