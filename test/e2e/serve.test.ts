/** The server behind `npm start`: plain static files, like any static host, at the root or a sub-path. */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { useServedApp } from './serve-app.ts';

const served = useServedApp({ BASE_PATH: '/tools/triage500/' });
const base = () => `${served.origin}/tools/triage500`;
// 404.html names the root it was built for: "/" here.
const atRoot = useServedApp();
const browser = useBrowser();

describe('npm start server', () => {
  it('serves each step as its own page under the sub-path', async () => {
    const res = await fetch(`${base()}/ko/q/scope/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('<html lang="ko">');
  });

  it('redirects a folder without its slash, 404s unknown paths with the app page, refuses traversal', async () => {
    const redirect = await fetch(`${base()}/en/q/scope?a=x`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tools/triage500/en/q/scope/?a=x');
    const missing = await fetch(`${base()}/en/q/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('triage500-root');
    expect((await fetch(`${base()}/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${served.origin}/en/`)).status).toBe(404);
  });

  it('caches hashed assets for a year and pages not at all', async () => {
    const html = await (await fetch(`${base()}/en/`)).text();
    const asset = /src="\.\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const res = await fetch(`${base()}/${asset}`);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base()}/en/`)).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('an unknown address', () => {
  it('shows "Page not found", with the way to the start in either language', async () => {
    const page = await coldPage(browser());
    const h1 = () => page.locator('h1').innerText();
    // The page itself answers 404 (the browser logs that); nothing it loads may.
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() !== 'document') missing.push(r.url());
    });
    // Shown at once: never a loading placeholder first.
    await page.addInitScript(() => {
      new MutationObserver(() => {
        if (document.querySelector('[aria-busy="true"]')) document.documentElement.dataset['sawBusy'] = '1';
      }).observe(document, { childList: true, subtree: true });
    });
    for (const path of ['/en/nope/', '/fr/q/scope/']) {
      const res = await page.goto(`${atRoot.origin}${path}`);
      expect(res?.status()).toBe(404);
      await expect.poll(h1).toBe('Page not found');
      expect(await page.title()).toBe('Page not found — Triage500');
      expect(await page.locator('html').getAttribute('data-saw-busy')).toBeNull();
    }
    await page.getByRole('link', { name: /진단 시작하기/ }).click();
    await page.waitForURL(`${atRoot.origin}/ko/`);
    await expect.poll(h1).not.toBe('Page not found');
    expect(missing).toEqual([]);
    expect(jsErrors(page).filter((e) => !e.includes('status of 404'))).toEqual([]);
    await page.context().close();
  });
});

describe('stopping the server', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`prints one line with where the app is, and on ${signal} exits and stops listening`, async () => {
      const root = resolve(import.meta.dirname, '../..');
      const port = await freePort();
      const server = spawn(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/serve.ts'], {
        cwd: root,
        env: { ...process.env, PORT: String(port) },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      server.stdout.on('data', (d: Buffer) => (out += d.toString()));
      await expect.poll(() => out, { timeout: 30_000 }).toContain('\n');
      expect(out).toBe(`Triage500 is being served at http://127.0.0.1:${port}/\n`);
      expect((await fetch(`http://127.0.0.1:${port}/en/`)).status).toBe(200);
      const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
      server.kill(signal);
      expect(await exited).toBe(0);
      expect(
        await fetch(`http://127.0.0.1:${port}/en/`).then(
          () => 'listening',
          () => 'closed',
        ),
      ).toBe('closed');
    }, 40_000);
  }
});
