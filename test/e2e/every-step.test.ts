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

  for (const lang of LANGS) {
    it(`cold-opens every step in ${lang} to its heading, with no script errors`, async () => {
      const page = await coldPage(browser());
      for (const step of steps) {
        await page.goto(`${base}/${lang}/${step.path}/`);
        await expect.poll(() => page.locator('h1').innerText(), { timeout: 5000 }).toBe(step.title[lang]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      }
      expect(jsErrors(page)).toEqual([]);
      await page.context().close();
    }, 240_000);

    it(`(${lang}) every question opened on its own can be answered: the next page is a question or a cause, never a broken link`, async () => {
      const page = await coldPage(browser());
      const broken = lang === 'en' ? "This link doesn't match the current questions" : '이 링크는 현재 질문과 맞지 않습니다';
      const questions = Object.values(content.questions);
      for (const [i, question] of questions.entries()) {
        await page.goto(`${base}/${lang}/q/${question.id}/`);
        await page.locator('[data-walk="ready"]').waitFor({ state: 'attached' });
        // A different answer on each question, so that every kind of answer is clicked somewhere.
        const answers = page.locator('a[data-answer]');
        const n = await answers.count();
        expect(n, question.id).toBeGreaterThan(0);
        const answer = answers.nth(i % n);
        const id = await answer.getAttribute('data-answer');
        await answer.click();
        await page.locator(`[data-question="${question.id}"]`).waitFor({ state: 'detached' });
        await page.locator('[data-question], [data-cause]').first().waitFor();
        expect(new URL(page.url()).pathname, `${question.id}.${id}`).toMatch(new RegExp(`^/${lang}/(q|cause)/[a-z0-9-]+/$`));
        expect(new URL(page.url()).searchParams.get('a'), `${question.id}.${id}`).toContain(`${question.id}.${id}`);
        expect(await page.locator('h1').innerText(), `${question.id}.${id}`).not.toBe(broken);
      }
      expect(jsErrors(page)).toEqual([]);
      await page.context().close();
    }, 240_000);
  }
});
