/**
 * First question before JavaScript: every step is prerendered into its page.
 * With JavaScript off the text and the answer links work; each page has its own
 * title, description, language and Open Graph tags; the strict CSP in every page
 * holds (no inline style, no inline script but the boot script its hash allows,
 * no violation while the app runs).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { BOOT_SCRIPT_HASH, BOOT_SCRIPT_TAG } from '../../scripts/content-plugin/boot-script.ts';
import { realContent } from '../helpers/load.ts';
import { appReady, coldPage, jsErrors, useBrowser } from './browser.ts';

const base = inject('baseURL');
const subPath = inject('subPathURL');
const browser = useBrowser();
const content = realContent();
const dist = resolve(import.meta.dirname, '../../dist');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}

describe('prerendered pages', () => {
  it('with JavaScript off, the bare root links to the start page in each language (at the root and under a sub-path)', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const origin of [base, subPath]) {
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: '한국어로 된 Triage500' }).click();
      await page.waitForURL(`${origin}/ko/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ko');
      await page.goto(`${origin}/`);
      await page.getByRole('link', { name: 'Triage500 in English' }).click();
      await page.waitForURL(`${origin}/en/`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    }
    await context.close();
  });

  it('with JavaScript off, the start page and a deep-linked question show their text, and answers are links that work', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${subPath}/en/`);
    expect(await page.locator('h1').innerText()).toBe('HTTP 500 Internal Server Error');
    expect(await page.getByText(content.guide.mitigate.title.en).count()).toBeGreaterThan(0);

    const q = content.questions['scope']!;
    await page.goto(`${subPath}/ko/q/${q.id}/`);
    expect(await page.locator('h1').innerText()).toBe(q.title.ko);
    for (const a of q.answers) expect(await page.locator(`a[data-answer="${a.id}"]`).innerText()).toContain(a.label.ko);
    // An answer is a plain link: it opens the next step, still without JavaScript, under the sub-path.
    await page.locator(`a[data-answer="${q.answers[0]!.id}"]`).click();
    await page.waitForURL(`${subPath}/ko/q/${q.answers[0]!.next}/?a=${q.id}.${q.answers[0]!.id}`);
    expect(await page.locator('h1').innerText()).toBe(content.questions[q.answers[0]!.next]!.title.ko);

    const cause = content.causes['disk-full']!;
    await page.goto(`${base}/en/cause/${cause.id}/`);
    expect(await page.locator('h1').innerText()).toBe(cause.title.en);
    expect(await page.locator('main').innerText()).toContain(cause.remedy.mitigate[0]!.text.en);
    await context.close();
  });

  it('each page has its own title, description, language and Open Graph tags, for link previews', async () => {
    const page = await coldPage(browser());
    for (const lang of ['en', 'ko'] as const) {
      const q = content.questions['under-load']!;
      await page.goto(`${base}/${lang}/q/${q.id}/`);
      expect(await page.title()).toBe(`${q.title[lang]} — Triage500`);
      const meta = (sel: string) => page.locator(sel).getAttribute('content');
      expect(await meta('meta[property="og:title"]')).toBe(`${q.title[lang]} — Triage500`);
      expect(await meta('meta[name="description"]')).toBe(await meta('meta[property="og:description"]'));
      expect(await meta('meta[property="og:locale"]')).toBe(lang === 'en' ? 'en_US' : 'ko_KR');
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);
      const cause = content.causes['memory-limit']!;
      await page.goto(`${base}/${lang}/cause/${cause.id}/`);
      expect(await meta('meta[property="og:title"]')).toBe(`${cause.title[lang]} — Triage500`);
      expect(await meta('meta[property="og:description"]')).toBe(cause.summary[lang]);
    }
    await page.context().close();
  });

  it('a returning visitor gets their saved settings and ticks on a prerendered page, with no error taking it over', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/en/`);
    // Settings as every version so far has saved them.
    await page.evaluate(() =>
      localStorage.setItem('triage500:preferences', JSON.stringify({ state: { theme: 'dark', stack: 'nginx', lang: 'en' }, version: 1 })),
    );
    await page.goto(`${base}/en/cause/disk-full/`);
    await appReady(page);
    await expect.poll(() => page.locator('html').getAttribute('class')).toContain('dark');
    await expect.poll(() => page.getByLabel('Colour theme').inputValue()).toBe('dark');
    expect(await page.getByRole('button', { name: 'nginx', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText('docker system prune -f').isVisible()).toBe(false);
    await page.getByRole('checkbox').first().check();
    await expect.poll(() => page.getByTestId('steps-done').innerText()).toMatch(/^1 /);

    await page.reload();
    await appReady(page);
    await expect.poll(() => page.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await page.getByTestId('steps-done').innerText()).toMatch(/^1 /);
    expect(await page.getByRole('button', { name: 'nginx', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('no page carries inline style or inline script but the boot script, and every page states the strict policy first', () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(100);
    const hosting = readFileSync(resolve(import.meta.dirname, '../../docs/hosting.md'), 'utf8');
    // The headers a host copies from the docs allow the same boot script.
    expect([...hosting.matchAll(/script-src 'self'[^;]*;/g)].map((m) => m[0])).toEqual(Array(3).fill(`script-src 'self' ${BOOT_SCRIPT_HASH};`));
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      expect(html.split(BOOT_SCRIPT_TAG).length, file).toBe(2);
      expect(html.replace(BOOT_SCRIPT_TAG, ''), file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/\sstyle="/i);
      expect(html, file).not.toMatch(/\son[a-z]+="/i);
      const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(policy, file).toContain(`script-src 'self' ${BOOT_SCRIPT_HASH};`);
      expect(policy, file).toContain("style-src 'self'");
      expect(policy, file).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(html.indexOf('Content-Security-Policy'), file).toBeLessThan(html.indexOf('<script'));
    }
  });

  it('the app runs under that policy with no violation: start, a walk to a cause, the log reader, search, the map', async () => {
    const page = await coldPage(browser());
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(`${base}/en/`);
    await page.getByRole('link', { name: 'Start diagnosis' }).click();
    await page.waitForURL(/\/en\/q\/after-change\//);
    await page.locator('a[data-answer="no"]').click();
    await page.locator('a[data-answer="sometimes"]').click();
    await page.locator('a[data-answer="yes"]').click();
    await page.waitForURL(/restart-helps/);
    await page.goto(`${base}/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk`);
    await page.getByRole('region', { name: 'Why we think so' }).waitFor();
    await page.goto(`${base}/en/log/`);
    await page.getByLabel('Log lines').fill('OSError: [Errno 28] No space left on device');
    await page.getByRole('button', { name: 'Find the cause' }).click();
    await page.locator('[data-cause="disk-full"]').waitFor();
    await page.goto(`${base}/en/search/?q=disk`);
    await page.getByRole('link', { name: 'The disk is full' }).first().waitFor();
    await page.goto(`${base}/en/map/`);
    await page.locator('[data-node="disk-full"]').first().waitFor();
    expect(violations).toEqual([]);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
