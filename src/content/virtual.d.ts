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
