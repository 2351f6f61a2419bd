/**
 * The runtime engine: pure TypeScript, no React, router, store or DOM.
 * Validation (which needs zod) lives in ./validate.ts and runs at build time.
 */
export * from './types.ts';
export * from './result.ts';
export * from './path-codec.ts';
export * from './resolve.ts';
export * from './graph.ts';
export * from './content-issues.ts';
export * from './commands.ts';
export * from './log-analyzer.ts';
export * from './mask.ts';
export * from './reach.ts';
export * from './alternatives.ts';
export * from './report.ts';
export * from './search.ts';
export * from './beacon.ts';
export * from './belief.ts';
export * from './diagnosis.ts';
export * from './walk.ts';
export * from './log-param.ts';
export * from './log-suggest.ts';
export * from './trail.ts';
export * from './tree-order.ts';
export * from './tried.ts';
