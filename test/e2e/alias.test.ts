/**
 * Links that never rot: a step renamed in content/ (an alias in meta.json)
 * still opens from its old URL, cold, on a plain static host, and lands on the
 * replacement with a short notice, in both languages, with or without answers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shortestPaths } from '../../src/engine/graph.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { LANGS } from '../../src/engine/types.ts';
import { strings } from '../../src/i18n/all-strings.ts';
import { realContent } from '../helpers/load.ts';
import { coldPage, jsErrors, useBrowser, appReady } from './browser.ts';

const base = inject('baseURL');
const content = realContent();
const browser = useBrowser();
const meta = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/meta.json'), 'utf8')) as { aliases?: Record<string, string> };
const aliases = Object.entries(meta.aliases ?? {});
const released = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/released.json'), 'utf8')) as { ids: string[] };
const h1 = (page: Page) => page.locator('h1').innerText();

describe('an old id in a shared link', () => {
  it('is an id that shipped, renamed with an alias', () => {
    expect(aliases.length).toBeGreaterThan(0);
    for (const [old, id] of aliases) {
      expect(released.ids).toContain(old);
      expect(content.questions[old] ?? content.causes[old]).toBeUndefined();
      expect(content.questions[id] ?? content.causes[id]).toBeDefined();
    }
  });

  for (const lang of LANGS) {
    it(`opens the replacement with a notice (${lang})`, async () => {
      const page = await coldPage(browser());
      for (const [old, id] of aliases) {
        const node = content.questions[id] ?? content.causes[id]!;
        const segment = node.kind === 'question' ? 'q' : 'cause';
        const pairs = shortestPaths(content).get(id) ?? [];
        for (const query of ['', `?a=${encodePath(pairs)}`]) {
          await page.goto(`${base}/${lang}/${segment}/${old}/${query}`);
          await expect.poll(() => h1(page)).toBe(node.title[lang]);
          await appReady(page);
          expect(await page.getByRole('status').filter({ hasText: strings[lang].movedNotice }).isVisible()).toBe(true);
          expect(await page.locator('#trail-heading + ol li').count()).toBe(query ? pairs.length : 0);
        }
      }
      expect(jsErrors(page)).toEqual([]);
      await page.context().close();
    });
  }
});
