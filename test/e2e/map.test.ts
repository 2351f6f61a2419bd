/**
 * The map in real Chromium against the static build: every question and cause
 * is on it once, each opens its step cold, the way someone came is marked in
 * words, it passes axe, and it prints on at most two pages.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shortestPaths } from '../../src/engine/graph.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { LANGS } from '../../src/engine/types.ts';
import { strings } from '../../src/i18n/all-strings.ts';
import { realContent } from '../helpers/load.ts';
import { coldPage, jsErrors, settled, useBrowser, appReady } from './browser.ts';

const base = inject('baseURL');
const subPath = inject('subPathURL');
const content = realContent();
const browser = useBrowser();
const shortest = shortestPaths(content);
const nodes = [...Object.values(content.questions), ...Object.values(content.causes)];
const h1 = (page: Page) => page.locator('h1').innerText();

/** The deep link a node should have: its page, with the shortest answers from the root. */
function deepLink(id: string, lang: string): string {
  const node = nodes.find((n) => n.id === id)!;
  const pairs = shortest.get(id) ?? [];
  return `/${lang}/${node.kind === 'question' ? 'q' : 'cause'}/${id}/${pairs.length > 0 ? `?a=${encodePath(pairs)}` : ''}`;
}

describe('the map of every step', () => {
  for (const lang of LANGS) {
    it(`shows every question and cause once, each linking to its deep link (${lang})`, async () => {
      const page = await coldPage(browser());
      await page.goto(`${base}/${lang}/map/`);
      await expect.poll(() => h1(page)).toBe(strings[lang].map.title);
      const ids = await page.locator('[data-node]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node')));
      expect(ids).toHaveLength(Object.keys(content.questions).length + Object.keys(content.causes).length);
      expect(new Set(ids)).toEqual(new Set(nodes.map((n) => n.id)));
      for (const node of nodes) {
        const link = page.locator(`[data-node="${node.id}"] .map-node-link`).first();
        expect(await link.innerText()).toBe(node.title[lang]);
        const url = new URL((await link.getAttribute('href')) ?? '', page.url());
        expect(url.pathname + url.search).toBe(deepLink(node.id, lang));
      }
      // Causes carry their family as an icon and a label, not only a colour.
      const cause = page.locator('[data-node="disk-full"]');
      expect(await cause.locator('[data-family="resource-exhaustion"] svg').count()).toBe(1);
      expect(await cause.innerText()).toContain(content.families['resource-exhaustion'].title[lang]);
      expect(jsErrors(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('opens the step a node names, with the answers that lead there (at the root and under a sub-path)', async () => {
    const page = await coldPage(browser());
    const deepest = Object.values(content.questions).sort((a, b) => (shortest.get(b.id)?.length ?? 0) - (shortest.get(a.id)?.length ?? 0))[0]!;
    const picks = [
      { where: base, node: deepest, lang: 'en' as const },
      { where: subPath, node: content.causes['selinux-apparmor']!, lang: 'ko' as const },
      { where: base, node: content.questions[content.root]!, lang: 'ko' as const },
    ];
    for (const { where, node, lang } of picks) {
      await page.goto(`${where}/${lang}/map/`);
      await page.locator(`[data-node="${node.id}"] .map-node-link`).first().click();
      await expect.poll(() => h1(page)).toBe(node.title[lang]);
      await appReady(page);
      expect(page.url()).toBe(`${where}${deepLink(node.id, lang)}`);
      expect(await page.locator('#trail-heading + ol li').count()).toBe(shortest.get(node.id)?.length ?? 0);
    }
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('marks the way there in words when opened from a step', async () => {
    const page = await coldPage(browser());
    const answers = 'after-change.no~pattern.every-time~scope.every-page~log-everything.resource~resource-which.disk';
    await page.goto(`${base}/en/cause/disk-full/?a=${answers}`);
    // The app has taken over the step (the prerendered one has no answers in its links).
    await appReady(page);
    await page.getByRole('link', { name: strings.en.map.linkLabel }).click();
    await expect.poll(() => h1(page)).toBe(strings.en.map.title);
    expect(new URL(page.url()).searchParams.get('at')).toBe('disk-full');

    const here = page.locator('[aria-current="step"]');
    await expect.poll(() => here.count()).toBe(1);
    expect(await here.innerText()).toBe(content.causes['disk-full']!.title.en);
    expect(await page.locator('[data-node="disk-full"]').innerText()).toContain(strings.en.map.here);
    // Five answers given: each marked "Your answer", each question marked "On your path".
    const chosen = await page.locator('[data-chosen]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    expect(chosen).toHaveLength(5);
    for (const c of chosen) expect(c).toContain(strings.en.map.yourAnswer);
    for (const q of ['after-change', 'pattern', 'scope', 'log-everything', 'resource-which']) {
      expect(await page.locator(`[data-node="${q}"] > h2`).innerText()).toContain(strings.en.map.onPath);
    }
    expect(await page.locator('[data-node="perm-which"] > h2').innerText()).not.toContain(strings.en.map.onPath);
    // And back to where they were.
    await page.getByRole('link', { name: strings.en.map.backToStep }).click();
    await page.waitForURL(`${base}/en/cause/disk-full/?a=${answers}`);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violations (${theme})`, async () => {
      const page = await coldPage(browser());
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(`${base}/ko/map/?at=scope&a=after-change.no~pattern.every-time`);
      await appReady(page);
      await settled(page);
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await page.context().close();
    });
  }

  it('opens when its code arrives before the content (as from a warm cache)', async () => {
    const page = await coldPage(browser());
    // Hold back the tree and the interface strings (en-*.js, ko-*.js) so the map's own code comes first.
    await page.route(/\/assets\/(en|ko)-[\w-]+\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 400));
      await route.continue();
    });
    await page.goto(`${base}/en/map/?at=scope&a=after-change.no~pattern.every-time`);
    await appReady(page);
    await expect.poll(() => page.getByText(strings.en.map.here, { exact: true }).count()).toBeGreaterThan(0);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('prints as a runbook of at most two A4 pages, without the site header or navigation', async () => {
    const page = await coldPage(browser());
    for (const lang of LANGS) {
      await page.goto(`${base}/${lang}/map/?at=scope&a=after-change.no~pattern.every-time`);
      await page.locator('[data-node]').first().waitFor();
      await appReady(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: strings[lang].map.print }).isVisible()).toBe(false);
      expect(await page.locator(`[data-node="${content.root}"]`).isVisible()).toBe(true);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
      expect(pages, lang).toBeGreaterThan(0);
      expect(pages, lang).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.context().close();
  });
});
