/** Starts the server behind `npm start` (scripts/serve.ts) for one test file. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

export function useServedApp(port: number, env: Record<string, string> = {}) {
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    const root = resolve(import.meta.dirname, '../..');
    server = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), ...env },
      stdio: 'ignore',
    });
    const base = env['BASE_PATH'] ?? '/';
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(`http://127.0.0.1:${port}${base}`);
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    throw new Error(`scripts/serve.ts did not start on port ${port}`);
  });
  afterAll(() => {
    server?.kill();
  });
}
