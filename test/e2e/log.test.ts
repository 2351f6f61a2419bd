/**
 * Paste a log in real Chromium: the analyzer runs in a worker on the built app,
 * the matched line is highlighted, secrets are masked, the wizard continues
 * with the log's suggestion, and no request leaves the page's own server.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { coldPage, jsErrors, useBrowser, settled } from './browser.ts';
import { answerAsAsked } from './walks.ts';
import storage from '../../content/causes/unwritable-storage.json';

const base = inject('baseURL');
const browser = useBrowser();

const LOG = `2025-03-12 10:00:00 INFO worker 412 booted, DB_PASSWORD=s3cr3t-value, token for alice@example.com
2025/03/12 10:00:01 [crit] 1234#1234: *99 open() "/var/www/app/storage/logs/laravel.log" failed (13: Permission denied), client: 10.0.0.4
2025-03-12 10:00:02 ERROR request failed <script>alert(1)</script>`;

describe('paste a log', () => {
  it('finds the cause, highlights the line, masks secrets, and continues into the wizard with a suggestion', async () => {
    const page = await coldPage(browser());
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}/en/`);
    await page.getByRole('link', { name: 'Have the error log? Paste it' }).click();
    await page.waitForURL(`${base}/en/log/`);
    await page.getByLabel('Log lines').fill(LOG);
    await page.getByRole('button', { name: 'Find the cause' }).click();

    const first = page.locator('[data-cause]').first();
    await first.waitFor();
    expect(await first.getAttribute('data-cause')).toBe('unwritable-storage');
    expect(await first.locator('mark').first().innerText()).toMatch(/Permission denied/);
    expect(await first.innerText()).toContain('line 2');
    const results = await page.locator('section[aria-labelledby="log-results"]').innerText();
    expect(results).not.toContain('s3cr3t-value');
    expect(results).not.toContain('alice@example.com');
    expect(await page.locator('main script').count()).toBe(0);
    await settled(page);
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    // The export carries the masked lines, never the secrets.
    const md = decodeURIComponent((await page.getByRole('link', { name: 'Download results (.md)' }).getAttribute('href'))!.split(',').slice(1).join(','));
    expect(md).toContain('Permission denied');
    expect(md).not.toContain('s3cr3t-value');

    await page.getByRole('link', { name: 'Go on to the questions: the log answers what it can' }).click();
    await page.waitForURL(/\/en\/q\/after-change\/\?log=permissions\.\d+~unwritable-storage\.\d+/);
    // The person answers the symptoms the walk asks; the log answers the rest.
    const { asked, cause } = await answerAsAsked(page, {
      'after-change': 'no',
      pattern: 'every-time',
      scope: 'every-page',
      'under-load': 'no',
      'restart-helps': 'no',
    });
    expect(asked.filter((q) => q.startsWith('log-') || q.endsWith('-which'))).toEqual([]);
    expect(cause).toBe('unwritable-storage');
    // The questions the log answers are answered: marked as such.
    await page.waitForURL(
      /\/en\/cause\/unwritable-storage\/\?a=.*log-everything\.permission~perm-which\.write-denied.*&log=permissions\.\d+~unwritable-storage\.\d+/,
    );
    await page.getByRole('heading', { level: 1, name: storage.title.en }).waitFor();
    expect(await page.locator('[data-from-log]').count()).toBe(2);
    // Changing a log-answered step shows the log's suggestion there.
    await page.getByRole('link', { name: 'Change your answer to: Which permission error is closest?' }).click();
    await page.waitForURL(/\/en\/q\/perm-which\//);
    expect(await page.locator('a[data-answer="write-denied"]').innerText()).toContain('Suggested by your log');

    // Nothing left the page's own server, and nothing but page loads was sent.
    const foreign = requests.filter((r) => !r.url().startsWith(base) || r.method() !== 'GET');
    expect(foreign.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(requests.some((r) => r.url().includes('s3cr3t'))).toBe(false);
    expect(dialogs).toBe(0);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
