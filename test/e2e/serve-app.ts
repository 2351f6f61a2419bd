/** Starts the server behind `npm start` (scripts/serve.ts) for one test file, on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';

/** `served.origin` is set once the server answers (in beforeAll). */
export function useServedApp(env: Record<string, string> = {}): { origin: string } {
  const served = { origin: '' };
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    const root = resolve(import.meta.dirname, '../..');
    // The OS picks the port: no clash with a busy one, nor with fetch's "bad ports" (5060, 6000, …).
    const port = await freePort();
    server = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), ...env },
      stdio: 'ignore',
    });
    const origin = `http://127.0.0.1:${port}`;
    const base = env['BASE_PATH'] ?? '/';
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && server.exitCode === null) {
      if (
        await fetch(`${origin}${base}`).then(
          () => true,
          () => false,
        )
      ) {
        served.origin = origin;
        return;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`scripts/serve.ts did not start on port ${port} (exit code ${server.exitCode})`);
  }, 70_000);
  afterAll(() => {
    server?.kill();
  });
  return served;
}
