/**
 * The embed dialog in a real browser: its code arrives only when opened,
 * keyboard-only use (focus stays inside, Esc closes, focus returns), axe finds
 * nothing, and the snippet it gives works when pasted into a page.
 */
import AxeBuilder from '@axe-core/playwright';
import { createServer } from 'node:http';
import { describe, expect, inject, it } from 'vitest';
import { coldPage, jsErrors, settled, useBrowser, appReady } from './browser.ts';

const base = inject('baseURL');
const subPath = inject('subPathURL');
const browser = useBrowser();

describe('the embed dialog', () => {
  it('loads on demand, works by keyboard alone, passes axe, and its HTML snippet frames the same step', async () => {
    const page = await coldPage(browser());
    await page.setViewportSize({ width: 1000, height: 900 });
    const chunks: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/embed-dialog-[^/]+\.js$/.test(r.url())) chunks.push(r.url());
    });
    await page.goto(`${base}/en/q/scope/?a=after-change.no~pattern.every-time`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('Does it fail on every page');
    await appReady(page);
    expect(chunks).toEqual([]); // not part of the first load

    const opener = page.getByRole('button', { name: 'Embed this step in a wiki page' });
    await opener.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Embed in a wiki page' });
    await dialog.waitFor();
    expect(chunks).toHaveLength(1);

    // Focus is inside the dialog and stays there however far one tabs.
    const focusInDialog = () => page.evaluate(() => Boolean(document.activeElement?.closest('dialog[open]')));
    expect(await focusInDialog()).toBe(true);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(), `after ${i + 1} Tab presses`).toBe(true);
    }

    await settled(page);
    const axe = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // Choices by keyboard: dark theme, then the snippet.
    await dialog.getByLabel('Theme').selectOption('dark');
    const html = await dialog.locator('[data-snippet="html"]').innerText();
    expect(html).toContain('/en/q/scope/?a=after-change.no~pattern.every-time&amp;embed=1&amp;theme=dark"');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);

    // The snippet, pasted into a page of another origin, shows the same step in the frame.
    const wiki = createServer((_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end(`<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>Wiki</title></head><body>${html}</body></html>`),
    );
    await new Promise<void>((ok) => wiki.listen(0, '127.0.0.1', ok));
    const address = wiki.address();
    const host = await browser().newContext();
    const hostPage = await host.newPage();
    await hostPage.goto(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/page`);
    const frame = hostPage.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toContain('Does it fail on every page');
    expect(await frame.locator('html').getAttribute('class')).toContain('dark');
    await expect.poll(() => hostPage.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(600);
    await host.close();
    wiki.close();

    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('under a sub-path, the snippets point at that sub-path', async () => {
    const page = await coldPage(browser(), { locale: 'ko-KR' });
    await page.goto(
      `${subPath}/ko/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk`,
    );
    await expect.poll(() => page.locator('h1').innerText()).toBe('디스크가 가득 참');
    await page.getByRole('button', { name: '이 단계를 위키 페이지에 임베드' }).click();
    const dialog = page.getByRole('dialog', { name: '위키 페이지에 임베드' });
    const html = await dialog.locator('[data-snippet="html"]').innerText();
    expect(html).toContain(`src="${subPath}/ko/cause/disk-full/?a=after-change.no~`);
    expect(html).toContain(`<script src="${subPath}/embed.js" async></script>`);
    expect(await dialog.locator('[data-snippet="mediawiki"]').innerText()).toMatch(
      new RegExp(`^<triage500 src="${subPath.replace(/[.]/g, '\\.')}/ko/cause/disk-full/`),
    );
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
