/**
 * Offline after the first visit: the service worker keeps the whole build, so
 * with the network off the start page reloads and a deep link to any step
 * opens cold, at the root and under a sub-path. A new build is announced with
 * an update notice, and embeds never register a worker.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { coldPage, jsErrors, settled, useBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { realContent } from '../helpers/load.ts';
import { strings } from '../../src/i18n/all-strings.ts';

const content = realContent();
const browser = useBrowser();
const h1 = (page: Page) => page.locator('h1').innerText();

/** Waits until the service worker has installed everything and controls the page. */
async function untilControlled(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, undefined, {
    timeout: 15_000,
  });
}

const swVersion = (page: Page) => page.evaluate(async () => (await caches.keys()).map((k) => k.split(' ').pop() ?? '').sort());

describe('with the network off after one visit', () => {
  for (const where of ['root', 'sub-path'] as const) {
    it(`reloads the start page and cold-opens deep links (${where})`, async () => {
      const base = where === 'root' ? inject('baseURL') : inject('subPathURL');
      const page = await coldPage(browser());
      await page.goto(`${base}/en/`);
      await expect.poll(() => h1(page)).toBe(strings.en.start.heading);
      await untilControlled(page);

      await page.context().setOffline(true);
      // The network really is off: a file that is not part of the build cannot be fetched.
      expect(
        await page.evaluate(
          async (url) =>
            fetch(url).then(
              () => 'online',
              () => 'offline',
            ),
          `${base}/embed.js?probe`,
        ),
      ).toBe('offline');

      await page.reload();
      await expect.poll(() => h1(page)).toBe(strings.en.start.heading);

      const scope = content.questions['scope']!;
      await page.goto(`${base}/ko/q/scope/?a=after-change.no~pattern.every-time`);
      await expect.poll(() => h1(page)).toBe(scope.title.ko);
      // The prerendered step shows first; the app then adds the answers from the link (their texts from the cache too).
      await expect.poll(() => page.locator('#trail-heading + ol li').count()).toBe(2);

      // A folder link without its slash is redirected, as the server would, and still finds its assets.
      await page.goto(`${base}/en/q/scope?a=after-change.no~pattern.every-time`);
      await expect.poll(() => h1(page)).toBe(scope.title.en);
      expect(page.url()).toBe(`${base}/en/q/scope/?a=after-change.no~pattern.every-time`);

      const disk = content.causes['disk-full']!;
      await page.goto(`${base}/en/cause/disk-full/`);
      await expect.poll(() => h1(page)).toBe(disk.title.en);

      // The map is a lazy chunk: it was never opened online, and still opens offline.
      // From the cache its code can arrive before the content it reads: it must still draw the way there.
      await page.goto(`${base}/en/map/?at=scope&a=after-change.no~pattern.every-time`);
      await expect.poll(() => page.locator('[data-node]').count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByText(strings.en.map.here, { exact: true }).count()).toBeGreaterThan(0);
      // And the log analyzer (a lazy chunk and a worker) still reads a log offline.
      await page.goto(`${base}/en/log/`);
      await page.getByLabel(strings.en.log.label).fill('open() "/var/www/index.php" failed (13: Permission denied)');
      await page.getByRole('button', { name: strings.en.log.analyze }).click();
      await expect.poll(() => page.getByText(strings.en.log.allFamilies).count()).toBeGreaterThan(0);
      expect(jsErrors(page).filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
      await page.context().close();
    });
  }
});

describe('opened at the bare root address', () => {
  it("installs the app's service worker although the page has moved on to a language", async () => {
    const base = inject('baseURL');
    const page = await coldPage(browser());
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/en/`);
    await untilControlled(page);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${base}/sw.js`);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('when a new build ships', () => {
  let dir = '';
  let server: ChildProcess | undefined;
  let base = '';
  beforeAll(async () => {
    // A copy of the build on a server of its own, so this test can "deploy" a new one.
    dir = mkdtempSync(join(tmpdir(), 'triage500-update-'));
    cpSync(resolve(import.meta.dirname, '../../dist'), dir, { recursive: true });
    const served = await serve(dir);
    server = served.proc;
    base = served.url;
  });
  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says so (role=status, in the page language) and reloads into it on request', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/ko/q/scope/`);
    await untilControlled(page);
    const [before] = await swVersion(page);
    expect(await page.locator('[data-update-notice]').count()).toBe(0);

    // Deploy: the next build's service worker carries another version.
    const swFile = join(dir, 'sw.js');
    const sw = readFileSync(swFile, 'utf8');
    const next = 'f'.repeat(before!.length);
    writeFileSync(swFile, sw.replace(`"version":"${before}"`, `"version":"${next}"`));

    await page.reload();
    const status = page.getByRole('status').filter({ hasText: strings.ko.update.available });
    await expect.poll(() => status.count(), { timeout: 15_000 }).toBe(1);
    await settled(page);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: strings.ko.update.reload }).click();
    await expect.poll(() => swVersion(page), { timeout: 15_000 }).toEqual([next]);
    await expect.poll(() => h1(page)).toBe(content.questions['scope']!.title.ko);
    expect(await page.locator('[data-update-notice]').count()).toBe(0);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('in an embed', () => {
  it('does not register a service worker', async () => {
    const base = inject('baseURL');
    const page = await coldPage(browser());
    await page.goto(`${base}/en/q/scope/?embed=1`);
    await page.waitForLoadState('load');
    await expect.poll(() => h1(page)).toBe(content.questions['scope']!.title.en);
    // Give a registration (which the app starts on "load") every chance to show up.
    await page.waitForTimeout(500);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.context().close();
  });
});
