/**
 * The log reader in frames sandboxed as docs/embedding.md describes, served by
 * `npm start` (which sends the CORS header the docs require for assets/):
 * sandbox="allow-scripts" with and without allow-same-origin, on another origin.
 * A log pasted at once and "Find the cause" clicked as soon as it can be is
 * analysed and ranked; nothing is ever submitted as a form (no "Blocked form
 * submission"); "Open full page" without allow-popups opens the full page in
 * the frame instead of doing nothing.
 */
import { createServer, type Server } from 'node:http';
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coldPage, useBrowser } from './browser.ts';
import { useServedApp } from './serve-app.ts';

const served = useServedApp();
const browser = useBrowser();
let wiki: Server;
let host = '';

const LOG = `2025-03-12 10:00:00 INFO worker booted
2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device: '/var/lib/app/sessions/abc'`;

const SANDBOXES = ['allow-scripts', 'allow-scripts allow-same-origin'];

beforeAll(async () => {
  wiki = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const sandbox = url.searchParams.get('sandbox') ?? 'allow-scripts';
    const path = url.searchParams.get('path') ?? '/en/log/';
    res.writeHead(200, { 'Content-Type': 'text/html' })
      .end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Wiki</title></head><body>
<iframe data-triage500 sandbox="${sandbox}" src="${served.origin}${path}?embed=1" title="Triage500" style="width:600px;height:900px;border:0"></iframe></body></html>`);
  });
  await new Promise<void>((ok) => wiki.listen(0, '127.0.0.1', ok));
  const address = wiki.address();
  host = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/runbook.html`;
});
afterAll(() => {
  wiki?.close();
});

/** Every console error and page error, from the host page and its frame. */
function problems(page: Page): string[] {
  const seen: string[] = [];
  page.on('pageerror', (e) => seen.push(e.message));
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || /blocked form submission/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

describe.each(SANDBOXES)('the log reader in a frame with sandbox="%s"', (sandbox) => {
  it('analyses a pasted log and ranks the causes, "Find the cause" clicked at once', async () => {
    const page = await coldPage(browser());
    const seen = problems(page);
    await page.goto(`${host}?sandbox=${encodeURIComponent(sandbox)}`, { waitUntil: 'commit' });
    const frame = page.frameLocator('iframe[data-triage500]');
    // As soon as the field takes text: type, then click straight away.
    await frame.getByLabel('Log lines').fill(LOG, { timeout: 15_000 });
    await frame.getByRole('button', { name: 'Find the cause' }).click();
    const results = frame.locator('section[data-results="ranked"]');
    await results.waitFor({ timeout: 15_000 });
    expect(await results.locator('[data-cause]').first().getAttribute('data-cause')).toBe('disk-full');
    expect(await results.getByRole('heading', { level: 2 }).first().innerText()).toBe('Most likely: Resource shortage');
    expect(seen).toEqual([]);
    await page.context().close();
  });

  it('clicked the moment the page is there, the button never submits the page; then it works', async () => {
    const page = await coldPage(browser());
    const seen = problems(page);
    await page.goto(`${host}?sandbox=${encodeURIComponent(sandbox)}`, { waitUntil: 'commit' });
    const frame = page.frameLocator('iframe[data-triage500]');
    // Before the app has taken over: the prerendered button says it is loading, and a click does nothing.
    const button = frame.locator('main button').first();
    await button.waitFor({ timeout: 15_000 });
    await button.click({ force: true, noWaitAfter: true }).catch(() => undefined);
    await frame.getByRole('button', { name: 'Find the cause' }).waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'Find the cause' }).click();
    // Nothing typed yet: it says so rather than doing nothing.
    await expect.poll(() => frame.getByRole('alert').innerText()).toContain('There is no text to read');
    await frame.getByLabel('Log lines').fill(LOG);
    await frame.getByRole('button', { name: 'Find the cause' }).click();
    await frame.locator('section[data-results="ranked"]').waitFor({ timeout: 15_000 });
    expect(await frame.locator('form').count()).toBe(0);
    expect(seen).toEqual([]);
    await page.context().close();
  });
});

describe('"Open full page" in a frame that may not open a new tab', () => {
  it('opens the full page in the frame itself', async () => {
    const page = await coldPage(browser());
    await page.goto(`${host}?sandbox=allow-scripts&path=/en/q/scope/`);
    const frame = page.frameLocator('iframe[data-triage500]');
    await frame.locator('h1').waitFor();
    await frame.getByRole('link', { name: /Open full page/ }).click();
    // The full page (site header, no embed) in the frame.
    await frame.locator('header').waitFor({ timeout: 10_000 });
    expect(await frame.locator('h1').innerText()).toContain('every page');
    expect(page.context().pages()).toHaveLength(1);
    await page.context().close();
  });

  it('with allow-popups, opens it in a new tab', async () => {
    const page = await coldPage(browser());
    await page.goto(`${host}?sandbox=${encodeURIComponent('allow-scripts allow-popups allow-popups-to-escape-sandbox')}&path=/en/q/scope/`);
    const frame = page.frameLocator('iframe[data-triage500]');
    await frame.locator('h1').waitFor();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByRole('link', { name: /Open full page/ }).click()]);
    await tab.waitForURL(/\/en\/q\/scope\/$/);
    expect(await frame.locator('header').count()).toBe(0);
    await page.context().close();
  });
});
