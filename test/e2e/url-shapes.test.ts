/**
 * Odd but real addresses, cold, on a plain static host (at the root and under a
 * sub-path): an "index.html" suffix, percent-encoded letters or slashes, doubled
 * slashes. Each opens the step it means with its assets, the app takes it over
 * (no hydration error, no failed request), and the address bar shows the tidy path.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realContent } from '../helpers/load.ts';
import { appReady, coldPage, jsErrors, useBrowser } from './browser.ts';

const content = realContent();
const browser = useBrowser();
const scope = content.questions['scope']!;
const start = 'HTTP 500 Internal Server Error';

const SHAPES: { path: string; tidy: string; h1: string }[] = [
  { path: '/en/q/scope/index.html', tidy: '/en/q/scope/', h1: scope.title.en },
  { path: '/ko/q/scope/index.html?a=after-change.no', tidy: '/ko/q/scope/?a=after-change.no', h1: scope.title.ko },
  { path: '/%65n/', tidy: '/en/', h1: start },
  { path: '/%6B%6F/q/scope/', tidy: '/ko/q/scope/', h1: scope.title.ko },
  { path: '/en%2Fq%2Fscope/', tidy: '/en/q/scope/', h1: scope.title.en },
  { path: '/en//q//scope/', tidy: '/en/q/scope/', h1: scope.title.en },
  { path: '//en/q/scope//', tidy: '/en/q/scope/', h1: scope.title.en },
];

async function open(page: Page, url: string): Promise<string[]> {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  await page.goto(url);
  await appReady(page);
  return failed;
}

describe.each([
  ['at the root', inject('baseURL')],
  ['under a sub-path', inject('subPathURL')],
])('odd addresses %s', (_where, base) => {
  it.each(SHAPES)('$path opens "$h1" and the app starts', async ({ path, tidy, h1 }) => {
    const page = await coldPage(browser());
    const failed = await open(page, `${base}${path}`);
    expect(await page.locator('h1').innerText()).toBe(h1);
    expect(page.url()).toBe(`${base}${tidy}`);
    // The stylesheet applied: the page is styled, not bare HTML.
    expect(await page.locator('h1').evaluate((e) => getComputedStyle(e).fontWeight)).toBe('800');
    expect(failed).toEqual([]);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a question opened from an odd address', () => {
  it('takes answers like any other: the next step opens at a tidy address', async () => {
    const page = await coldPage(browser());
    await open(page, `${inject('baseURL')}/en//q//pattern/index.html?a=after-change.no`);
    expect(await page.locator('h1').innerText()).toBe(content.questions['pattern']!.title.en);
    await page.locator('a[data-answer="every-time"]').click();
    await expect.poll(() => page.locator('h1').innerText()).not.toBe(content.questions['pattern']!.title.en);
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/(?:q|cause)\/[a-z-]+\/$/);
    expect(await page.getByText("This link doesn't match").count()).toBe(0);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
