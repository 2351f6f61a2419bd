/** The validated content, produced at build time by scripts/vite-content-plugin.ts. */
declare module 'virtual:triage500/content' {
  const content: import('../engine/types.ts').Content;
  export default content;
}
