/**
 * Runs `vite build` in a child process with NODE_ENV=production, so React's
 * production build is bundled even when called from a test runner (which
 * sets NODE_ENV=test). Used by `npm run bench` and the byte-budget test.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const viteBin = resolve(root, 'node_modules', 'vite', 'bin', 'vite.js');

export interface BuildOptions {
  /** Vite config file; the root vite.config.ts (the app) when omitted. */
  readonly config?: string;
  /** Output folder instead of the config's. */
  readonly outDir?: string;
  /** Write .vite/manifest.json too. */
  readonly manifest?: boolean;
}

/** Builds and returns the time it took in ms; throws with Vite's output when the build fails. */
export function viteBuild(options: BuildOptions = {}): number {
  const args = [viteBin, 'build', '--logLevel', 'warn'];
  if (options.config) args.push('--config', options.config);
  if (options.outDir) args.push('--outDir', options.outDir, '--emptyOutDir');
  if (options.manifest) args.push('--manifest');
  const t0 = performance.now();
  const run = spawnSync(process.execPath, args, {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) {
    throw new Error(`vite build ${options.config ?? ''} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
  return performance.now() - t0;
}
