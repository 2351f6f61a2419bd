/**
 * A hostile frame: sandbox="allow-scripts" only (opaque origin, no storage at
 * all). The app served by `npm start` still walks to a result, remembers
 * preferences in memory, and the host script still sizes the frame. And
 * sandbox="allow-scripts allow-same-origin" on another site, where Chromium
 * blocks third-party storage: ticks and preferences work from memory.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { useServedApp } from './serve-app.ts';

const served = useServedApp();
const browser = useBrowser();
let wiki: Server;
let host = '';

const sameOriginPage = (app = served.origin) => `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Wiki</title></head><body>
<iframe data-triage500 sandbox="allow-scripts allow-same-origin" src="${app}/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk&embed=1" title="Triage500" style="width:380px;height:600px;border:0"></iframe>
<script src="${app}/embed.js"></script></body></html>`;

const hostPage = (app = served.origin) => `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Wiki</title></head><body>
<iframe data-triage500 sandbox="allow-scripts" src="${app}/ko/q/after-change/?embed=1&theme=dark" title="Triage500" style="width:380px;height:600px;border:0"></iframe>
<script src="${app}/embed.js"></script></body></html>`;

beforeAll(async () => {
  // A wiki page on an origin of its own (another loopback port).
  wiki = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(req.url === '/same-origin.html' ? sameOriginPage() : hostPage()));
  await new Promise<void>((ok) => wiki.listen(0, '127.0.0.1', ok));
  const address = wiki.address();
  host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/runbook.html`;
});
afterAll(() => {
  wiki?.close();
});

describe('in a sandboxed frame without storage', () => {
  it('walks to a result and the frame follows the content', async () => {
    const page = await coldPage(browser());
    await page.goto(host);
    const frame = page.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toContain('배포');
    expect(await frame.locator('html').getAttribute('class')).toContain('dark');
    await frame.getByRole('link', { name: /^아니요/ }).click();
    await frame.getByRole('link', { name: /^항상/ }).click();
    await frame.getByRole('link', { name: /^모든 페이지/ }).click();
    await frame.locator('a[data-answer="resource"]').click();
    await frame.locator('a[data-answer="disk"]').click();
    await expect.poll(() => frame.locator('h1').innerText()).toBe('디스크가 가득 참');
    // Preferences work without storage (kept in memory): pick a stack, commands follow.
    await frame.getByRole('button', { name: 'nginx', exact: true }).click();
    expect(await frame.getByText('docker system prune -f').isVisible()).toBe(false);
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBeGreaterThan(1000);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('with allow-same-origin on another site (third-party storage blocked): ticks and preferences live in memory', async () => {
    const page = await coldPage(browser());
    // "localhost" and "127.0.0.1" are different sites: Chromium refuses the frame its storage.
    await page.goto(host.replace('127.0.0.1', 'localhost').replace('/runbook.html', '/same-origin.html'));
    const frame = page.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toBe('The disk is full');
    const storage = await frame.locator('html').evaluate(() => {
      try {
        localStorage.setItem('probe', '1');
        return 'available';
      } catch {
        return 'blocked';
      }
    });
    expect(storage).toBe('blocked');
    const first = frame.getByRole('checkbox').first();
    await first.check();
    expect(await first.isChecked()).toBe(true);
    await expect.poll(() => frame.getByTestId('steps-done').innerText()).toMatch(/^1 /);
    await frame.getByRole('button', { name: 'nginx', exact: true }).click();
    expect(await frame.getByText('docker system prune -f').isVisible()).toBe(false);
    await frame.getByRole('link', { name: 'No, still failing' }).click();
    await expect.poll(() => frame.locator('h1').innerText()).not.toBe('The disk is full');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
