/**
 * The headers of docs/hosting.md, for real: the build served under a sub-path
 * with the documented Content-Security-Policy (read from the nginx example),
 * cache and CORS headers. Framed by the allowed wiki origin, the wizard walks to
 * a result with no CSP violation; the log analyzer's worker runs under the same
 * policy; a page on any other origin cannot frame it.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { answerAsAsked, READ_ONLY, READ_ONLY_FACTS } from './walks.ts';

const dist = resolve(import.meta.dirname, '../../dist');
const hosting = readFileSync(resolve(import.meta.dirname, '../../docs/hosting.md'), 'utf8');
const browser = useBrowser();

/** The policy from the nginx example, and every other place the doc spells it out. */
const nginxCsp = /add_header Content-Security-Policy "([^"]+)" always;/.exec(hosting)?.[1] ?? '';
const allCsp = [...hosting.matchAll(/default-src 'self';[^"\n`]*/g)].map((m) => m[0]);

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const servers: Server[] = [];

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Wiki</title></head><body>${body}</body></html>`;

let app = '';
let wiki = '';
let other = '';

beforeAll(async () => {
  // Two wiki-like pages on their own origins; only the first is allowed to frame the app.
  const frameHtml = () =>
    page(
      `<iframe data-triage500 src="${app}/triage500/en/?embed=1" title="Triage500" style="width:420px;height:600px;border:0"></iframe><script src="${app}/triage500/embed.js"></script>`,
    );
  wiki = await listen(createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(frameHtml())));
  other = await listen(createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(frameHtml())));
  const csp = nginxCsp.replace('https://wiki.example.com', wiki);
  // dist/ under /triage500/, with the headers of the nginx example.
  app = await listen(
    createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const rel = path.startsWith('/triage500/') ? decodeURIComponent(path.slice('/triage500/'.length)) : null;
      let file = rel === null ? null : normalize(join(dist, rel));
      if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!file || !file.startsWith(dist + sep) || !existsSync(file)) return void res.writeHead(404).end();
      const asset = rel?.startsWith('assets/') ?? false;
      res.writeHead(200, {
        'Content-Type': types[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        ...(asset
          ? { 'Cache-Control': 'public, max-age=31536000, immutable', 'Access-Control-Allow-Origin': '*' }
          : rel === 'embed.js'
            ? { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' }
            : { 'Cache-Control': 'no-cache', 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer' }),
      });
      createReadStream(file).pipe(res);
    }),
  );
});
afterAll(() => {
  for (const s of servers) s.close();
});

/** Reports every CSP violation in any frame as a console error (which jsErrors collects). */
async function watchCsp(p: Awaited<ReturnType<typeof coldPage>>) {
  await p.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
}

describe('served with the headers of docs/hosting.md', () => {
  it('the doc spells out one and the same policy everywhere, with frame-ancestors', () => {
    expect(nginxCsp).toContain("frame-ancestors 'self' https://wiki.example.com");
    expect(allCsp.length).toBeGreaterThanOrEqual(3);
    expect(new Set(allCsp)).toEqual(new Set([nginxCsp]));
  });

  it('the allowed wiki frames it and walks to a result with no CSP violation', async () => {
    const p = await coldPage(browser());
    await watchCsp(p);
    await p.goto(`${wiki}/`);
    const frame = p.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toBe('HTTP 500 Internal Server Error');
    await frame.getByRole('link', { name: 'Start diagnosis' }).click();
    await answerAsAsked(frame, READ_ONLY_FACTS);
    await expect.poll(() => frame.locator('h1').innerText()).toBe(READ_ONLY.title);
    await expect.poll(() => p.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1000);
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });

  it('the log analyzer (a worker) runs under the policy', async () => {
    const p = await coldPage(browser());
    await watchCsp(p);
    await p.goto(`${app}/triage500/en/log/`);
    await p
      .getByLabel('Log lines')
      .fill('2025/03/12 10:00:01 [crit] 1234#1234: *99 open() "/var/www/app/storage/logs/laravel.log" failed (13: Permission denied)');
    await p.getByRole('button', { name: 'Find the cause' }).click();
    await expect.poll(() => p.locator('[data-cause]').first().getAttribute('data-cause')).toBe('unwritable-storage');
    expect(jsErrors(p)).toEqual([]);
    await p.context().close();
  });

  it('a page on any other origin cannot frame it', async () => {
    const p = await coldPage(browser());
    await p.goto(`${other}/`);
    await expect.poll(() => jsErrors(p).join('\n')).toMatch(/frame-ancestors/);
    expect(await p.frameLocator('iframe[data-triage500]').locator('#root').count()).toBe(0);
    await p.context().close();
  });
});
