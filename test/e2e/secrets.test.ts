/**
 * Secrets in every format the masking covers, pasted into the log page in real
 * Chromium (a keyboard paste): none is on the screen, in the downloaded or the
 * copied Markdown, or in the escalation report of the cause the log leads to.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { secretsLog, survivor } from '../helpers/secrets.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';

const base = inject('baseURL');
const browser = useBrowser();

const { samples: SAMPLES, log: LOG } = secretsLog();

function expectNoSecret(where: string, text: string) {
  expect(text.length, where).toBeGreaterThan(0);
  for (const s of SAMPLES) for (const secret of s.secrets) expect(survivor(text, secret), `${s.format} in ${where}`).toBeNull();
}

/** What the page shows, without the field the person pasted into. */
const screenText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const field of body.querySelectorAll('textarea')) field.remove();
    return `${body.textContent ?? ''}\n${document.body.innerText}`;
  });

async function downloaded(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFile(await download.path(), 'utf8');
}

describe('secrets in a pasted log', () => {
  it('are masked on the screen, in the downloaded and copied Markdown, and in the escalation report', async () => {
    const page = await coldPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/en/log/`);
    const field = page.getByLabel('Log lines');
    await expect.poll(() => field.isEnabled()).toBe(true);
    await page.evaluate((text) => navigator.clipboard.writeText(text), LOG);
    await field.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    const results = page.locator('section[aria-labelledby="log-results"][data-results="ranked"]');
    await results.waitFor();

    // Every line with a secret is shown, masked; the rest of each line stays readable.
    const evidence = await results.locator('[data-evidence]').allInnerTexts();
    const masked = new Set(evidence.filter((t) => t.includes('•••')).map((t) => /^line (\d+)/.exec(t)?.[1]));
    expect(masked.size).toBeGreaterThanOrEqual(SAMPLES.length);
    expect(evidence.join('\n')).toContain('password authentication failed for user "app"');
    expectNoSecret('the screen', await screenText(page));

    const md = await downloaded(page, page.getByRole('link', { name: 'Download results (.md)' }));
    expect(md).toMatch(/^# HTTP 500 log analysis/);
    expect(md).toContain('•••');
    expectNoSecret('the downloaded Markdown', md);
    await page.getByRole('button', { name: 'Copy results (Markdown)' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(md);
    expectNoSecret('the copied Markdown', copied);

    // The cause the log leads to, then expert help: the report quotes the masked lines.
    await page.getByRole('link', { name: /^Open the most likely cause/ }).click();
    await page.waitForURL(/\/en\/cause\/[^/]+\/\?log=/);
    for (let i = 0; i < 8 && !page.url().includes('help=1'); i++) {
      const before = page.url();
      await page.getByRole('link', { name: 'No, still failing' }).click();
      await page.waitForURL((u) => u.toString() !== before);
    }
    // The report as shown (a readable preview) and as Markdown (folded away under it).
    const preview = page.locator('[data-report-preview]');
    await expect.poll(() => preview.innerText()).toContain('Log evidence (secrets masked)');
    const shownReport = await preview.innerText();
    expect(shownReport).toContain('•••');
    expectNoSecret('the escalation report', shownReport);
    expectNoSecret('the escalation report as Markdown', (await page.locator('[data-report]').textContent()) ?? '');
    expectNoSecret('the downloaded escalation report', await downloaded(page, page.getByRole('link', { name: 'Download report (.md)' })));
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    expectNoSecret('the copied escalation report', await page.evaluate(() => navigator.clipboard.readText()));
    expectNoSecret('the cause page', await screenText(page));
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
