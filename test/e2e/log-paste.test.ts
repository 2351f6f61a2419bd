/**
 * A big paste in real Chromium (a keyboard paste: the text put on the
 * clipboard, then Control+V in the log field): it never goes into the text box;
 * its size and first lines show, all of it is read, and whitespace alone is
 * said to be nothing to read. Timings are `npm run bench:paste`, not this test.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { appReady, coldPage, jsErrors, useBrowser } from './browser.ts';

const base = inject('baseURL');
const browser = useBrowser();

/** Opens the log page with clipboard access and pastes `text` (made in the page from a JS expression) with Control+V. */
async function pasteInto(expression: string): Promise<Page> {
  const page = await coldPage(browser());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.goto(`${base}/en/log/`);
  await appReady(page);
  await page.evaluate(`navigator.clipboard.writeText(${expression})`);
  await page.getByLabel('Log lines').focus();
  await page.keyboard.press('Control+V');
  return page;
}

describe('a big paste', () => {
  it('shows its size and first lines instead of filling the text box, and all of it is read', async () => {
    const page = await pasteInto(
      `"2025-03-12 10:00:00 INFO GET /api/orders 200 12ms\\n".repeat(40000) + "2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device\\n"`,
    );
    const group = page.locator('[data-big-input]');
    await group.waitFor();
    expect(await group.locator('[data-input-size]').innerText()).toBe('2 MB, 40,001 lines — showing the first 200.');
    expect(await page.locator('textarea').count()).toBe(0);
    expect((await group.locator('pre').innerText()).trim().split('\n')).toHaveLength(200);
    await page.getByRole('button', { name: 'Find the cause' }).click();
    const first = page.locator('section[data-results="ranked"] [data-cause]').first();
    await first.waitFor({ timeout: 20_000 });
    expect(await first.getAttribute('data-cause')).toBe('disk-full');
    expect(await first.innerText()).toContain('line 40001');
    // Clear gives the empty text box back.
    await page.getByRole('button', { name: 'Clear' }).click();
    expect(await page.getByLabel('Log lines').inputValue()).toBe('');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('of whitespace only says there is nothing to read', async () => {
    const page = await pasteInto(`" \\t \\n".repeat(300000)`);
    await page.getByRole('alert').filter({ hasText: 'There is no text to read' }).waitFor();
    expect(await page.locator('[data-input-size]').innerText()).toBe('1.2 MB, 300,000 lines — showing the first 200.');
    expect(await page.locator('section[data-results]').count()).toBe(0);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('the log page says the log reader needs it, and has nothing that could be submitted', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/en/log/`);
    expect(await page.locator('main').innerText()).toContain('The log reader needs JavaScript, which is off or blocked here.');
    expect(await page.getByRole('button', { name: 'Loading the log reader…' }).isDisabled()).toBe(true);
    expect(await page.locator('form').count()).toBe(0);
    await context.close();
  });
});
