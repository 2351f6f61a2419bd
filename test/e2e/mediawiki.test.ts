/**
 * A real wiki: Debian's MediaWiki with the documented <triage500> tag
 * (docs/mediawiki/Triage500.php), the snippet the embed dialog produces saved
 * on a page, and the wizard walked to a result inside that page in Chromium
 * while the frame follows the content's height. The app is served on another
 * loopback port, so the frame is cross-origin as it would be in production.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { snippet } from '../../src/embed/snippets.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { startMediaWiki, type Wiki } from '../../scripts/mediawiki.ts';
import { answerAsAsked, READ_ONLY, READ_ONLY_FACTS } from './walks.ts';

const app = inject('baseURL');
const browser = useBrowser();
let wiki: Wiki | undefined;

const embed = snippet('mediawiki', { appRoot: `${app}/`, step: '/', lang: 'en', theme: 'light', height: 500 });

beforeAll(async () => {
  if (embed.status !== 'ok') throw new Error(`no MediaWiki snippet: ${embed.reason}`);
  wiki = await startMediaWiki({
    appRoot: `${app}/`,
    title: 'HTTP 500 runbook',
    wikitext: [
      '== When the site answers 500 ==',
      'Walk through the questions below.',
      '',
      embed.text,
      '',
      '== Not allowed ==',
      '<triage500 src="https://elsewhere.example/en/" />',
    ].join('\n'),
  });
}, 60_000);
afterAll(() => wiki?.stop());

const frameHeight = (page: Page) => page.locator('iframe[data-triage500]').evaluate((f) => Math.round(f.getBoundingClientRect().height));

describe('embedded in a MediaWiki page', () => {
  it('loads the wizard in the page, walks to a result, and the frame resizes both ways', async () => {
    const page = await coldPage(browser());
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(wiki?.pageURL ?? '');
    await expect.poll(() => page.locator('#firstHeading').innerText()).toBe('HTTP 500 runbook');
    // The tag framed only the allowed URL; the other one is an error, not a frame.
    expect(await page.locator('iframe').count()).toBe(1);
    expect(await page.locator('.mw-parser-output .error').innerText()).toContain('triage500: src must be a URL under');
    const iframe = page.locator('iframe[data-triage500]');
    expect(await iframe.getAttribute('src')).toBe(`${app}/en/?embed=1&theme=light`);

    const frame = page.frameLocator('iframe[data-triage500]');
    await expect.poll(() => frame.locator('h1').innerText()).toBe('HTTP 500 Internal Server Error');
    expect(await frame.locator('header, footer').count()).toBe(0);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(1200); // grew from 500 to the long start page
    const startHeight = await frameHeight(page);

    await frame.getByRole('link', { name: 'Start diagnosis' }).click();
    await expect.poll(() => frame.locator('h1').innerText()).toContain('Did the errors start');
    await expect.poll(() => frameHeight(page)).toBeLessThan(startHeight); // shrinks
    const questionHeight = await frameHeight(page);

    await answerAsAsked(frame, READ_ONLY_FACTS);
    await expect.poll(() => frame.locator('h1').innerText()).toBe(READ_ONLY.title);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(questionHeight); // grows again
    // The frame shows all of the result: no scroll bar inside it.
    const inner = await frame.locator('html').evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight }));
    expect(inner.scroll - inner.client).toBeLessThanOrEqual(1);
    // The wiki page around it is still there.
    expect(await page.locator('#mw-content-text').innerText()).toContain('Walk through the questions below.');
    expect(jsErrors(page), JSON.stringify(jsErrors(page))).toEqual([]);
    await page.context().close();
  });
});
