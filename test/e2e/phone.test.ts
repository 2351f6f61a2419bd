/**
 * Every page kind on a phone (320×700) and a wide screen (1280×900), in both
 * languages: nothing wider than the screen, every command and log line on a
 * cause page readable in full (wrapped, not clipped), "Start diagnosis" on the
 * first screen, a help=1 link opening at the help panel; and axe finds nothing
 * on any of them, light and dark.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { shortestPaths } from '../../src/engine/graph.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { LANGS, type Lang } from '../../src/engine/types.ts';
import { strings } from '../../src/i18n/all-strings.ts';
import { realContent } from '../helpers/load.ts';
import { appReady, coldPage, jsErrors, settled, useBrowser } from './browser.ts';

const base = inject('baseURL');
const content = realContent();
const browser = useBrowser();
const shortest = shortestPaths(content);

/** A cause with many long commands in every stack, reached by its shortest answers. */
const CAUSE = 'connection-pool-exhausted';
const causeUrl = (lang: Lang, extra = '') => `/${lang}/cause/${CAUSE}/?a=${encodePath(shortest.get(CAUSE) ?? [])}${extra}`;

const pageKinds = (lang: Lang): Record<string, string> => ({
  start: `/${lang}/`,
  question: `/${lang}/q/${content.root}/`,
  cause: causeUrl(lang),
  help: causeUrl(lang, '&help=1'),
  log: `/${lang}/log/`,
  map: `/${lang}/map/?a=after-change.no~pattern.every-time&at=scope`,
  search: `/${lang}/search/?q=${encodeURIComponent(lang === 'ko' ? '디스크' : 'disk')}`,
  // A stale link: answers that no longer fit the tree.
  'broken link': `/${lang}/cause/disk-full/?a=no-such.answer`,
});

const SIZES = [
  { name: 'phone', width: 320, height: 700 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

async function open(page: Page, path: string) {
  await page.goto(`${base}${path}`);
  await appReady(page);
  await settled(page);
}

/** How far the page is wider than the screen (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The <pre> and <code> elements whose text is cut off (wider than their box). */
const clipped = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main pre, main code')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
      .map((el) => (el.textContent ?? '').slice(0, 60)),
  );

describe('phone and wide screen', () => {
  for (const lang of LANGS) {
    for (const size of SIZES) {
      it(`no page is wider than a ${size.width}px screen, and commands wrap instead of being cut (${lang})`, async () => {
        const page = await coldPage(browser());
        await page.setViewportSize({ width: size.width, height: size.height });
        for (const [kind, path] of Object.entries(pageKinds(lang))) {
          await open(page, path);
          expect(await overflow(page), `${kind} (${path}) is wider than the screen`).toBeLessThanOrEqual(0);
        }
        await open(page, causeUrl(lang));
        expect(await page.locator('main figure pre').count()).toBeGreaterThan(5);
        expect(await clipped(page)).toEqual([]);
        // The Copy button stays on the caption's row.
        const rows = await page.locator('main figure figcaption').evaluateAll((caps) =>
          caps.map((cap) => {
            const button = cap.querySelector('button')!.getBoundingClientRect();
            const first = cap.firstElementChild!.getBoundingClientRect();
            return button.top < first.bottom && first.top < button.bottom;
          }),
        );
        expect(rows.every(Boolean)).toBe(true);
        expect(jsErrors(page)).toEqual([]);
        await page.context().close();
      });
    }

    it(`"${strings[lang].start.button}" is on the first screen of a 320×700 phone`, async () => {
      const page = await coldPage(browser());
      await page.setViewportSize({ width: 320, height: 700 });
      await open(page, `/${lang}/`);
      const box = await page.getByRole('link', { name: strings[lang].start.button }).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(700);
      await page.context().close();
    });

    for (const size of SIZES) {
      it(`a help=1 link opens at the help panel (${lang}, ${size.name})`, async () => {
        const page = await coldPage(browser());
        await page.setViewportSize({ width: size.width, height: size.height });
        await open(page, causeUrl(lang, '&help=1'));
        const heading = page.getByRole('heading', { level: 2, name: strings[lang].outcome.helpHeading });
        await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
        const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
        expect(top).toBeLessThan(size.height / 2);
        // Leaving the page runs the panel's clean-up too, without an error.
        await page.locator('header a').first().click();
        await page.getByRole('heading', { level: 1, name: strings[lang].start.heading }).waitFor();
        expect(jsErrors(page)).toEqual([]);
        await page.context().close();
      });
    }

    for (const scheme of ['light', 'dark'] as const) {
      for (const [kind, path] of Object.entries(pageKinds(lang))) {
        it(`axe finds nothing on the ${kind} page (${lang}, ${scheme})`, async () => {
          const page = await coldPage(browser());
          await page.emulateMedia({ colorScheme: scheme });
          await open(page, path);
          expect(await page.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(scheme === 'dark');
          const axe = await new AxeBuilder({ page }).analyze();
          expect(axe.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
          await page.context().close();
        }, 90_000);
      }
    }
  }
});
