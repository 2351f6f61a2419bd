/** The validated content, built from content/ at build time (see scripts/vite-content-plugin.ts). */
import content from 'virtual:triage500/content';

export { content };
