/**
 * An honest diagnosis in real Chromium: every result names other families to
 * check (or says the evidence rules them out), a tie is never dressed as a
 * likely cause, the first question from "Start diagnosis" is not "opened
 * directly", and the log's evidence travels to the cause page or, when the log
 * matched nothing, a real link leads on to the questions.
 */
import { describe, expect, inject, it } from 'vitest';
import { realContent } from '../helpers/load.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { expectedWalk, type Facts } from './walks.ts';

const base = inject('baseURL');
const browser = useBrowser();
const content = realContent();

const EXCLUDED_NOTE = 'The evidence all but rules out the other families';

/** People with more or less to go on: from nothing known to a clear log message. */
const PEOPLE: Facts[] = [
  {},
  { 'after-change': 'yes' },
  { 'after-change': 'no', pattern: 'sometimes' },
  { 'after-change': 'no', pattern: 'sometimes', 'under-load': 'yes', 'restart-helps': 'yes' },
  { 'after-change': 'yes', 'what-changed': ['config'], pattern: 'every-time', scope: 'every-page' },
  { 'after-change': 'no', pattern: 'every-time', scope: 'some-pages' },
  { 'after-change': 'no', pattern: 'every-time', scope: 'every-page', 'log-everything': 'permission', 'perm-which': 'read-only' },
  { 'after-change': 'yes', 'what-changed': ['code', 'dependencies'], 'log-after-change': 'not-found', 'deploy-which': 'package' },
];

describe('every result is honest about what else it could be', () => {
  it('names at least three families or says the others are ruled out, and says "several fit" instead of "most likely" over a tie', async () => {
    const page = await coldPage(browser());
    const seen = new Set<string>();
    for (const facts of PEOPLE) {
      const walk = expectedWalk(content, facts);
      await page.goto(`${base}${walk.path}`);
      const article = page.locator(`[data-cause="${walk.cause}"]`);
      await article.waitFor();
      // The ranking shows once the answers' evidence has arrived (a part loaded after the first paint).
      await page.getByRole('region', { name: 'Why we think so' }).waitFor();
      const label = walk.path;
      const topFamily = content.causes[walk.cause]!.family;
      const others = page.getByRole('region', { name: 'Other causes to check' });
      const several = page.getByText(/^(Several causes fit|Not enough to go on yet)/);
      const families = new Set<string>([topFamily]);
      const tie = walk.band === 'several' || walk.band === 'unknown';
      expect(await several.count(), `${label}: ${walk.band}`).toBe(tie ? 1 : 0);
      if (tie) {
        seen.add('several');
        // A tie: the candidates side by side, and no "most likely" over them.
        expect(await page.getByText('Most likely cause', { exact: true }).count(), label).toBe(0);
        for (const f of await page.locator('[data-candidate]').evaluateAll((els) => els.map((e) => e.getAttribute('data-family')))) if (f) families.add(f);
      } else {
        seen.add('sure');
      }
      for (const f of await others.locator('li[data-other]').evaluateAll((els) => els.map((e) => e.getAttribute('data-family')))) if (f) families.add(f);
      if (families.size < 3) expect(await others.getByText(EXCLUDED_NOTE).count(), `${label}: families ${[...families].join(', ')}`).toBe(1);
    }
    // The people above meet both kinds of result.
    expect([...seen].sort()).toEqual(['several', 'sure']);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('the first question reached from "Start diagnosis" does not say it was opened directly', async () => {
    for (const lang of ['en', 'ko'] as const) {
      const page = await coldPage(browser());
      await page.goto(`${base}/${lang}/`);
      await page.locator('a[href$="/q/after-change/"]').first().click();
      await page.locator(`[data-question="${content.root}"]`).waitFor();
      expect(await page.getByText(lang === 'en' ? 'Opened without earlier answers.' : '이전 답변 없이 열었습니다.').count()).toBe(0);
      await page.context().close();
    }
  });
});

describe('the log travels with the person', () => {
  it('"Open the most likely cause" shows how sure and the other causes to check', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/en/log/`);
    await page.getByLabel('Log lines').fill('2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device: /var/lib/app/sessions/abc');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await page.getByRole('link', { name: /^Open the most likely cause/ }).click();
    await page.waitForURL(/\/en\/cause\/[a-z-]+\/\?log=/);
    const why = page.getByRole('region', { name: 'Why we think so' });
    await why.waitFor();
    expect(await why.locator('[data-confidence]').count()).toBeGreaterThan(0);
    expect(await why.innerText()).toContain('Your pasted log');
    expect(await page.getByRole('region', { name: 'Other causes to check' }).locator('li[data-other]').count()).toBeGreaterThan(1);
    expect(await page.getByText(/Opened without answers or a log/).count()).toBe(0);
    expect(await page.getByText('Opened without earlier answers.').count()).toBe(0);
    await page.context().close();
  });

  it('a log that matched nothing leads on to the questions with a real link', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/en/log/`);
    await page.getByLabel('Log lines').fill('GET /healthz 200 OK\nall good here');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await page.getByRole('heading', { name: 'No error found in this text' }).waitFor();
    await page.getByRole('link', { name: 'Answer the questions instead' }).click();
    await page.locator('[data-question]').waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/en\/q\/[a-z-]+\/$/);
    await page.context().close();
  });
});
