/**
 * The wizard inside a wiki-like page on another origin: walked to a result in
 * the frame, the frame's height follows the content up and down through the
 * host script, and messages from anywhere but the frame are ignored.
 */
import { createServer } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { answerAsAsked, READ_ONLY, READ_ONLY_FACTS } from './walks.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';

const host = inject('hostURL');
const app = inject('baseURL');
const browser = useBrowser();

const frameHeight = (page: Page) => page.locator('iframe[data-triage500]').evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

describe('embedded in a wiki page', () => {
  it('walks to a result inside the frame while the frame height follows the content', async () => {
    const page = await coldPage(browser());
    await page.setViewportSize({ width: 1000, height: 800 });
    const steps: string[] = [];
    await page.exposeFunction('recordStep', (url: string) => steps.push(url));
    await page.goto(host);
    await page
      .locator('iframe[data-triage500]')
      .evaluate((f) =>
        f.addEventListener('triage500:step', (e) =>
          (window as unknown as { recordStep: (u: string) => void }).recordStep((e as CustomEvent<{ url: string }>).detail.url),
        ),
      );
    const frame = page.frameLocator('iframe[data-triage500]');
    await frame.locator('h1').waitFor();
    // No site header or footer in the frame; a link to the full page instead.
    expect(await frame.locator('header, footer').count()).toBe(0);
    expect(await frame.getByRole('link', { name: /Open full page/ }).getAttribute('href')).not.toContain('embed');

    await expect.poll(() => frameHeight(page)).toBeGreaterThan(1200); // the long start page
    const startHeight = await frameHeight(page);

    await frame.getByRole('link', { name: 'Start diagnosis' }).click();
    await expect.poll(() => frame.locator('h1').innerText()).toContain('Did the errors start');
    await expect.poll(() => frameHeight(page)).toBeLessThan(startHeight); // shrinks
    const questionHeight = await frameHeight(page);

    await answerAsAsked(frame, READ_ONLY_FACTS);
    await expect.poll(() => frame.locator('h1').innerText()).toBe(READ_ONLY.title);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(questionHeight); // grows
    await expect.poll(() => steps.at(-1) ?? '').toContain('/en/cause/read-only-filesystem/?a=');

    // A message from the host page itself (not the frame) is ignored.
    const before = await frameHeight(page);
    await page.evaluate(() => window.postMessage({ type: 'triage500:resize', height: 37 }, '*'));
    await page.waitForTimeout(200);
    expect(await frameHeight(page)).toBe(before);
    expect(jsErrors(page), JSON.stringify(jsErrors(page))).toEqual([]);
    await page.context().close();
  });

  it('sizes the frame even when the host script arrives after the frame has reported', async () => {
    const wiki = createServer((_req, res) =>
      res.writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Wiki</title></head><body>
<iframe data-triage500 src="${app}/en/q/scope/?embed=1" title="Triage500" style="width:400px;height:600px;border:0"></iframe></body></html>`),
    );
    await new Promise<void>((ok) => wiki.listen(0, '127.0.0.1', ok));
    const address = wiki.address();
    const page = await coldPage(browser());
    await page.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    const frame = page.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toContain('Does it fail on every page');
    await page.waitForTimeout(300); // the frame has reported its height to nobody
    expect(await frameHeight(page)).toBe(600);
    await page.evaluate((src) => {
      const script = document.createElement('script');
      script.src = src;
      document.body.append(script);
    }, `${app}/embed.js`);
    await expect.poll(() => frameHeight(page)).not.toBe(600);
    const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
    expect(Math.abs((await frameHeight(page)) - inner)).toBeLessThanOrEqual(1);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
    wiki.close();
  });
});
