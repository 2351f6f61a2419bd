/**
 * Serves the production build the way a static host would: `python3 -m http.server`
 * over dist/ (no rewrite rules), once at the root and once under a sub-path.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    subPathURL: string;
    /** A wiki-like host page on another origin, framing the app. */
    hostURL: string;
  }
}

const dist = resolve(import.meta.dirname, '../../dist');

export async function serve(dir: string): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/`);
      if (res.status < 500) return { url, proc };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`python3 -m http.server did not start on ${port}`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const root = await serve(dist);
  const parent = mkdtempSync(join(tmpdir(), 'triage500-subpath-'));
  mkdirSync(join(parent, 'wiki'));
  symlinkSync(dist, join(parent, 'wiki', 'triage500'));
  const sub = await serve(parent);
  project.provide('baseURL', root.url);
  project.provide('subPathURL', `${sub.url}/wiki/triage500`);
  // The documented plain-HTML snippet, on a page of a different origin than the app.
  writeFileSync(
    join(parent, 'host.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Runbook</title></head><body>
<h1>Runbook: HTTP 500</h1>
<iframe data-triage500 src="${root.url}/en/?embed=1" title="Triage500" style="width:100%;max-width:400px;height:600px;border:0"></iframe>
<script src="${root.url}/embed.js"></script>
</body></html>`,
  );
  project.provide('hostURL', `${sub.url}/host.html`);
  return () => {
    root.proc.kill();
    sub.proc.kill();
    rmSync(parent, { recursive: true, force: true });
  };
}
