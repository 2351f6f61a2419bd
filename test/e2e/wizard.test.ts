/**
 * Real Chromium against the production build on a plain static server:
 * walk to a cause by mouse and by keyboard, cold-open every step's link,
 * recover from tampered links, in English and Korean, at the root and under a sub-path.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { coldPage, jsErrors, useBrowser, settled, appReady } from './browser.ts';
import underLoad from '../../content/questions/under-load.json';
import { choicesOf } from '../../src/engine/choices.ts';
import { realContent } from '../helpers/load.ts';
import { answerAsAsked, expectedWalk, READ_ONLY, READ_ONLY_FACTS, type Facts } from './walks.ts';

const base = inject('baseURL');
const subPath = inject('subPathURL');
const browser = useBrowser();
const content = realContent();

const h1 = (page: Page) => page.locator('h1').innerText();

async function screenOf(page: Page) {
  return {
    heading: await h1(page),
    answers: await page.locator('#trail-heading + ol li').allInnerTexts(),
  };
}

/** Waits until the list of answers so far (a chunk of its own) shows `n` answers. */
async function answersShown(page: Page, n: number) {
  await expect.poll(() => page.locator('#trail-heading + ol li').count()).toBe(n);
}

/** Opens `url` in a brand-new context and checks it shows what `expected` showed. */
async function expectColdOpenSame(url: string, expected: { heading: string; answers: string[] }, locale = 'en-US') {
  const page = await coldPage(browser(), { locale });
  await page.goto(url);
  // The prerendered step shows first (without the answers in the query); the app then takes over.
  await appReady(page);
  // The answers list is a chunk of its own: it may show a moment after the app has taken over.
  await expect.poll(() => screenOf(page), { message: url, timeout: 10_000 }).toEqual(expected);
  expect(jsErrors(page)).toEqual([]);
  await page.context().close();
}

describe('a new user walks to a cause', () => {
  it('in English, by mouse, and every step URL cold-opens to the same screen', async () => {
    const page = await coldPage(browser(), { locale: 'en-US' });
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/en/`);
    await expect.poll(() => h1(page)).toBe('HTTP 500 Internal Server Error');
    await page.getByRole('link', { name: 'Start diagnosis' }).click();

    // After a deploy, "Cannot find module" in the log: a broken deploy, whatever else the walk asks.
    const facts: Facts = {
      'after-change': 'yes',
      'what-changed': ['code', 'dependencies'],
      'log-after-change': 'not-found',
      'deploy-which': 'package',
      pattern: 'every-time',
      scope: 'every-page',
      'under-load': 'no',
      'restart-helps': 'no',
    };
    const expected = expectedWalk(content, facts);
    expect(expected.cause).toBe('missing-package');
    const visited: { url: string; screen: Awaited<ReturnType<typeof screenOf>> }[] = [];
    const { asked, cause } = await answerAsAsked(page, facts, async () => {
      await answersShown(page, visited.length);
      visited.push({ url: page.url(), screen: await screenOf(page) });
    });
    expect(asked).toEqual(expected.asked);
    expect(asked).toContain('what-changed');
    expect(cause).toBe('missing-package');
    await page.waitForURL(`${base}${expected.path}`);
    await expect.poll(() => h1(page)).toBe(content.causes['missing-package']!.title.en);
    await answersShown(page, asked.length);
    visited.push({ url: page.url(), screen: await screenOf(page) });
    expect(await page.getByText('Broken deploy', { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: /^Copy command/ }).count()).toBeGreaterThan(2);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();

    for (const step of visited) await expectColdOpenSame(step.url, step.screen);
  });

  it('in Korean, by keyboard only, with focus and announcements following each step', async () => {
    const page = await coldPage(browser(), { locale: 'ko-KR' });
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/ko/`);
    await page.locator('h1').waitFor();
    // Tab to the start button and press Enter.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => (document.activeElement?.tagName === 'A' ? document.activeElement.textContent : ''));
      if (focused?.includes('진단 시작하기')) break;
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ko\/q\/after-change\//);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain('질문 1');

    // Each key press answers the question on screen; wait for the next one to be announced, as a listener would.
    // Not sure whether it started after a change or whether a restart helps; sometimes, under load, a resource error, memory.
    const facts: Facts = {
      'after-change': 'no',
      pattern: 'sometimes',
      'under-load': 'yes',
      'log-load': 'resource',
      'log-intermittent': 'resource',
      'log-everything': 'resource',
      'resource-which': 'memory',
    };
    const expected = expectedWalk(content, facts, 'ko');
    for (let step = 1; step <= expected.asked.length; step++) {
      await page.locator('[data-walk="ready"]').waitFor({ state: 'attached' });
      const question = (await page.locator('[data-question]').getAttribute('data-question'))!;
      expect(question).toBe(expected.asked[step - 1]);
      const index = choicesOf(content.questions[question]!).findIndex((c) => c.id === (facts[question] ?? 'unsure'));
      if (question.startsWith('log-')) {
        // Tab from the focused heading to the answer and press Enter.
        for (let i = 0; i <= index; i++) await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('data-answer'))).toBe(facts[question]);
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(String(index + 1));
      }
      if (step < expected.asked.length) await expect.poll(() => page.getByTestId('announcer').innerText()).toContain(`질문 ${step + 1}:`);
    }
    await page.waitForURL(`${base}${expected.path}`);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain(content.causes[expected.cause]!.title.ko);
    const heading = await h1(page);
    expect(heading).toMatch(/[\uac00-\ud7a3]/);
    await answersShown(page, expected.asked.length);
    const answers = await page.locator('#trail-heading + ol li').allInnerTexts();
    expect(answers.some((a) => a.includes('모름'))).toBe(expected.asked.some((q) => !(q in facts)));
    const screen = await screenOf(page);
    const url = page.url();
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
    await expectColdOpenSame(url, screen, 'en-US');
  });

  it('works the same from a sub-path of a static host', async () => {
    const page = await coldPage(browser());
    await page.goto(`${subPath}/en/`);
    await page.getByRole('link', { name: 'Start diagnosis' }).click();
    await page.waitForURL(`${subPath}/en/q/after-change/`);
    const expected = expectedWalk(content, READ_ONLY_FACTS);
    expect(expected.cause).toBe(READ_ONLY.id);
    await answerAsAsked(page, READ_ONLY_FACTS);
    await page.waitForURL(`${subPath}${expected.path}`);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain(READ_ONLY.title);
    await answersShown(page, expected.asked.length);
    const screen = await screenOf(page);
    // Language switch keeps the step and the answers.
    await page.getByRole('link', { name: '한국어 — 이 페이지를 한국어로 보기' }).click();
    await page.waitForURL(/\/wiki\/triage500\/ko\/cause\/read-only-filesystem\/\?a=/);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
    await expectColdOpenSame(`${subPath}${expected.path}`, screen);
  });
});

describe('bad links recover', () => {
  it('a tampered answer shows a clear message and continues from the last valid step', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.maybe`);
    await expect.poll(() => h1(page)).toBe("This link doesn't match the current questions");
    await page.getByRole('link', { name: /^Continue from: Do the errors grow when traffic is high/ }).click();
    await page.waitForURL(`${base}/en/q/under-load/?a=after-change.no~pattern.sometimes`);
    await expect.poll(() => h1(page)).toBe(underLoad.title.en);
    await expect.poll(() => screenOf(page)).toMatchObject({ answers: [expect.stringContaining('No'), expect.stringContaining('Only sometimes')] });
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('script in a link is shown as nothing but text, never run', async () => {
    const page = await coldPage(browser());
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}/ko/q/scope/?a=${encodeURIComponent('"><img src=x onerror=alert(1)><script>alert(2)</script>')}`);
    await expect.poll(() => h1(page)).toBe('이 링크는 현재 질문과 맞지 않습니다');
    expect(await page.locator('main img, main script').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.getByRole('link', { name: '처음부터 다시' }).click();
    await page.waitForURL(`${base}/ko/`);
    await page.context().close();
  });
});

describe('accessibility', () => {
  const pages = [
    '/en/',
    '/ko/',
    '/en/q/after-change/',
    '/ko/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page',
    '/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk',
    '/ko/cause/selinux-apparmor/',
    '/en/q/scope/?a=bogus',
    '/ko/log/',
    '/en/search/?q=Permission%20denied',
    '/en/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page&log=disk-full',
    '/ko/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk&help=1',
    '/en/map/',
  ];
  for (const theme of ['light', 'dark'] as const) {
    it(`axe finds no violations (${theme})`, async () => {
      const page = await coldPage(browser());
      await page.emulateMedia({ colorScheme: theme });
      const found: string[] = [];
      for (const path of pages) {
        await page.goto(`${base}${path}`);
        await appReady(page);
        await settled(page);
        const result = await new AxeBuilder({ page }).analyze();
        for (const v of result.violations) found.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      }
      expect(found).toEqual([]);
      await page.context().close();
    }, 180_000);
  }

  it('is readable at 320 px without sideways scrolling', async () => {
    const page = await coldPage(browser());
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/ko/', '/en/q/log-everything/', '/ko/cause/web-server-config/']) {
      await page.goto(`${base}${path}`);
      await page.locator('h1').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.context().close();
  });
});

describe('remedy checklist', () => {
  it('survives a reload', async () => {
    const page = await coldPage(browser());
    await page.goto(`${base}/ko/cause/memory-limit/`);
    const box = page.getByRole('checkbox').first();
    // Prerendered, the box is disabled until the app has started: check() waits for that.
    await box.check();
    await page.reload();
    await page.locator('h1').waitFor();
    // The page is prerendered: the tick comes back once the app has started.
    await expect.poll(() => page.getByRole('checkbox').first().isChecked()).toBe(true);
    expect(await page.getByTestId('steps-done').innerText()).toMatch(/1단계 완료$/);
    await page.context().close();
  });
});

describe('search', () => {
  it('"/" opens search; "Permission denied" finds the permissions causes in both languages', async () => {
    const page = await coldPage(browser());
    for (const lang of ['en', 'ko'] as const) {
      await page.goto(`${base}/${lang}/q/scope/`);
      await appReady(page);
      await page.keyboard.press('/');
      await page.waitForURL(`${base}/${lang}/search/`);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-input');
      await page.keyboard.type('Permission denied');
      await expect.poll(() => page.url()).toContain('?q=Permission');
      const first = page.locator('[data-hit]').first();
      expect(await first.locator('[data-family]').getAttribute('data-family')).toBe('permissions');
      expect(await page.locator('[data-hit="unwritable-storage"]').count()).toBe(1);
    }
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });

  it('a question found by search can be answered: the next page is a question or a cause, never a broken link', async () => {
    const page = await coldPage(browser());
    for (const [lang, words, broken] of [
      ['en', 'traffic', "This link doesn't match the current questions"],
      ['ko', '트래픽', '이 링크는 현재 질문과 맞지 않습니다'],
    ] as const) {
      await page.goto(`${base}/${lang}/search/?q=${encodeURIComponent(words)}`);
      const hit = page.locator('[data-hit] a[href*="/q/"]').first();
      await hit.waitFor();
      await hit.click();
      const question = page.locator('[data-question]');
      await question.waitFor();
      const id = (await question.getAttribute('data-question'))!;
      await page.locator('[data-walk="ready"]').waitFor({ state: 'attached' });
      await page.locator('a[data-answer]').first().click();
      await page.locator(`[data-question="${id}"]`).waitFor({ state: 'detached' });
      await page.locator('[data-question], [data-cause]').first().waitFor();
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${lang}/(q|cause)/[a-z0-9-]+/$`));
      expect(await h1(page)).not.toBe(broken);
    }
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});
