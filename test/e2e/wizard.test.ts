/**
 * Real Chromium against the production build on a plain static server:
 * walk to a cause by mouse and by keyboard, cold-open every step's link,
 * recover from tampered links, in English and Korean, at the root and under a sub-path.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { coldPage, jsErrors, useBrowser, settled, appReady } from './browser.ts';
import missingPackage from '../../content/causes/missing-package.json';
import underLoad from '../../content/questions/under-load.json';
import { walkToReadOnly } from './walks.ts';

const base = inject('baseURL');
const subPath = inject('subPathURL');
const browser = useBrowser();

const h1 = (page: Page) => page.locator('h1').innerText();

async function screenOf(page: Page) {
  return {
    heading: await h1(page),
    answers: await page.locator('#trail-heading + ol li').allInnerTexts(),
  };
}

/** Opens `url` in a brand-new context and checks it shows what `expected` showed. */
async function expectColdOpenSame(url: string, expected: { heading: string; answers: string[] }, locale = 'en-US') {
  const page = await coldPage(browser(), { locale });
  await page.goto(url);
  // The prerendered step shows first (without the answers in the query); the app then takes over.
  await appReady(page);
  expect(await screenOf(page), url).toEqual(expected);
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

    const visited: { url: string; screen: Awaited<ReturnType<typeof screenOf>> }[] = [];
    // A click routes in the page; the next step shows once its code and texts are there.
    let shown = 'HTTP 500 Internal Server Error';
    const answer = async (name: RegExp) => {
      await expect.poll(() => h1(page)).not.toBe(shown);
      shown = await h1(page);
      visited.push({ url: page.url(), screen: await screenOf(page) });
      await page.getByRole('link', { name }).first().click();
    };
    await answer(/^Yes/);
    await answer(/^Class, module, package or extension not found/);
    await answer(/^Cannot find module/);
    await page.waitForURL(/\/en\/cause\/missing-package\//);
    await expect.poll(() => h1(page)).toBe(missingPackage.title.en);
    visited.push({ url: page.url(), screen: await screenOf(page) });
    expect(page.url()).toBe(`${base}/en/cause/missing-package/?a=after-change.yes~log-after-change.not-found~deploy-which.package`);
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
    const press = async (key: string, step: number) => {
      await page.keyboard.press(key);
      await expect.poll(() => page.getByTestId('announcer').innerText()).toContain(`질문 ${step}:`);
    };
    await press('2', 2); // 아니요
    expect(page.url()).toMatch(/\/ko\/q\/pattern\//);
    await press('2', 3); // 가끔
    expect(page.url()).toMatch(/\/ko\/q\/under-load\//);
    await press('1', 4); // 예, 트래픽이 몰릴 때
    expect(page.url()).toMatch(/\/ko\/q\/restart-helps\//);
    await press('3', 5); // 잘 모르겠어요
    expect(page.url()).toMatch(/\/ko\/q\/log-load\//);
    // Tab from the focused heading to the second answer and press Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-answer'))).toBe('resource');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ko\/q\/resource-which\//);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain('질문 6:');
    await page.keyboard.press('1');
    await page.waitForURL(/\/ko\/cause\/memory-limit\//);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain('가장 가능성 높은 원인');
    const heading = await h1(page);
    expect(heading).toMatch(/[\uac00-\ud7a3]/);
    const answers = await page.locator('#trail-heading + ol li').allInnerTexts();
    expect(answers).toHaveLength(6);
    expect(answers[3]).toContain('모름');
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
    await walkToReadOnly(page);
    await page.waitForURL(`${subPath}/en/cause/read-only-filesystem/?a=after-change.no~pattern.every-time~scope.every-page~log-everything.permission~perm-which.read-only`);
    await expect.poll(() => page.getByTestId('announcer').innerText()).toContain('Likely cause');
    const screen = await screenOf(page);
    expect(screen.answers).toHaveLength(5);
    // Language switch keeps the step and the answers.
    await page.getByRole('link', { name: '한국어 — 이 페이지를 한국어로 보기' }).click();
    await page.waitForURL(/\/wiki\/triage500\/ko\/cause\/read-only-filesystem\/\?a=/);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
    await expectColdOpenSame(`${subPath}/en/cause/read-only-filesystem/?a=after-change.no~pattern.every-time~scope.every-page~log-everything.permission~perm-which.read-only`, screen);
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
    expect(await screenOf(page)).toMatchObject({ answers: [expect.stringContaining('No'), expect.stringContaining('Only sometimes')] });
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
    });
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
});
