/**
 * Every question and cause, in both languages, opened cold from its static
 * file: the right page title before any script runs, then the right heading.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/engine/types.ts';
import { realContent } from '../helpers/load.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';

const base = inject('baseURL');
const content = realContent();
const browser = useBrowser();

describe('every step has its own page', () => {
  const steps = [
    ...Object.values(content.questions).map((q) => ({ path: `q/${q.id}`, title: q.title })),
    ...Object.values(content.causes).map((c) => ({ path: `cause/${c.id}`, title: c.title })),
  ];

  it('writes one static HTML file per language and step, titled and in that language', () => {
    for (const lang of LANGS) {
      for (const step of steps) {
        const html = readFileSync(resolve(import.meta.dirname, `../../dist/${lang}/${step.path}/index.html`), 'utf8');
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain('<meta name="triage500-root" content="../../../">');
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        expect(title.replace(/&amp;/g, '&').replace(/&quot;/g, '"')).toContain(step.title[lang]);
      }
    }
  });

  it('cold-opens every step in both languages to its heading, with no script errors', async () => {
    const page = await coldPage(browser());
    for (const lang of LANGS) {
      for (const step of steps) {
        await page.goto(`${base}/${lang}/${step.path}/`);
        await expect.poll(() => page.locator('h1').innerText(), { timeout: 3000 }).toBe(step.title[lang]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      }
    }
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
