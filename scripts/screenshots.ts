/**
 * npm run screenshots: photographs the production build (run `npm run build`
 * first) in Chromium — every page kind (start, question, a sure result, a
 * result where several causes fit, the log page with its ranking, the cause it
 * opens, the escalation help, search, the map, a broken link), in Korean and
 * English, light and dark, on a desktop (1280×900) and a phone (320×700) —
 * into docs/screenshots/<kind>-<lang>-<theme>-<desktop|phone>.png.
 * The two results are found by the engine's own walk, not written here.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { loadContentDir } from '../src/content/load-files.ts';
import { replay } from '../src/engine/alternatives.ts';
import { encodePath } from '../src/engine/path-codec.ts';
import { trailPairs } from '../src/engine/resolve.ts';
import { freshPage, launchChromium } from './chromium.ts';

const loaded = loadContentDir(resolve('content'));
if (!loaded.ok) throw new Error('content does not load: run npm run content:check');
const content = loaded.value;

/** The result page a person with these facts reaches (question id → answer id). */
function resultPath(facts: Readonly<Record<string, string>>): string {
  const r = replay(content, (q) => facts[q.id] ?? null);
  return `/LANG/cause/${r.cause.id}/?a=${encodePath(trailPairs(r.trail))}`;
}

const sure = resultPath({
  'after-change': 'no',
  pattern: 'sometimes',
  'under-load': 'yes',
  'restart-helps': 'yes',
  'log-load': 'resource',
  'resource-which': 'disk',
});
const several = resultPath({ 'after-change': 'yes', 'what-changed': 'config', pattern: 'every-time', scope: 'every-page' });
const LOG = '2025-03-12 10:00:02 ERROR OSError: [Errno 28] No space left on device: /var/lib/app/sessions/abc';

interface Shot {
  readonly name: string;
  readonly path: string;
  /** After the page is up: what a person does before the picture. */
  readonly act?: (page: Page) => Promise<void>;
}

async function analyse(page: Page) {
  await page.locator('textarea').fill(LOG);
  await page.getByRole('button', { name: /^(Find the cause|원인 찾기)$/ }).click();
  await page.locator('li[data-family]').first().waitFor();
}

const shots: Shot[] = [
  { name: 'start', path: '/LANG/' },
  { name: 'question', path: '/LANG/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page' },
  { name: 'result-sure', path: sure },
  { name: 'result-several', path: several },
  { name: 'log', path: '/LANG/log/', act: analyse },
  {
    name: 'log-cause',
    path: '/LANG/log/',
    act: async (page) => {
      await analyse(page);
      await page.locator('a[href*="/cause/"][href*="log="]').first().click();
      await page.locator('[data-cause]').waitFor();
      await page.locator('#others-heading').waitFor();
    },
  },
  { name: 'help', path: `${sure}&help=1` },
  { name: 'search', path: '/LANG/search/?q=SEARCH' },
  { name: 'map', path: '/LANG/map/?at=scope&a=after-change.no~pattern.every-time' },
  { name: 'broken-link', path: '/LANG/q/scope/?a=after-change.maybe' },
];

const SIZES = { desktop: { width: 1280, height: 900 }, phone: { width: 320, height: 700 } } as const;

const out = resolve('docs/screenshots');
mkdirSync(out, { recursive: true });
const port = 4900 + Math.floor(Math.random() * 90);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;

try {
  await new Promise((r) => setTimeout(r, 800));
  const browser = await launchChromium();
  for (const lang of ['en', 'ko'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      for (const [size, viewport] of Object.entries(SIZES)) {
        const page = await freshPage(browser, lang === 'ko' ? 'ko-KR' : 'en-US');
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize(viewport);
        for (const shot of shots) {
          await page.goto(base + shot.path.replace('LANG', lang).replace('SEARCH', encodeURIComponent(lang === 'ko' ? '디스크' : 'disk')));
          // The app has taken over (the prerendered step has no answers from the link yet).
          await page.waitForFunction(() => (document.querySelector('[data-testid="announcer"]')?.textContent ?? '') !== '');
          await shot.act?.(page);
          await page.waitForTimeout(300);
          const file = `${out}/${shot.name}-${lang}-${theme}-${size}.png`;
          await page.screenshot({ path: file });
          console.log(file);
        }
        await page.context().close();
      }
    }
  }
  await browser.close();
} finally {
  server.kill();
}
