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

/** The rest of `npm run build` after `vite build`: the server bundle and the prerendered pages. */
export function prerenderApp(): number {
  const t0 = performance.now();
  const env = { ...process.env, NODE_ENV: 'production' };
  const ssr = spawnSync(process.execPath, [viteBin, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', 'build-ssr', '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (ssr.status !== 0) throw new Error(`vite build --ssr failed:\n${ssr.stdout}\n${ssr.stderr}`);
  const tsx = resolve(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const pre = spawnSync(process.execPath, [tsx, 'scripts/prerender.ts'], { cwd: root, env, encoding: 'utf8' });
  if (pre.status !== 0) throw new Error(`prerender failed:\n${pre.stdout}\n${pre.stderr}`);
  return performance.now() - t0;
}
