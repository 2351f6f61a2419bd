/**
 * npm run screenshots: photographs the production build (run `npm run build`
 * first) in Chromium — start, question and result pages, in Korean and English,
 * light and dark — into docs/screenshots/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { freshPage, launchChromium } from './chromium.ts';

const out = resolve('docs/screenshots');
mkdirSync(out, { recursive: true });
const port = 4900 + Math.floor(Math.random() * 90);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
const base = `http://127.0.0.1:${port}`;

const shots = [
  { name: 'start', path: '/LANG/' },
  { name: 'question', path: '/LANG/q/log-everything/?a=after-change.no~pattern.every-time~scope.every-page' },
  {
    name: 'result',
    path: '/LANG/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk',
  },
];

try {
  await new Promise((r) => setTimeout(r, 800));
  const browser = await launchChromium();
  for (const lang of ['en', 'ko']) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await freshPage(browser, lang === 'ko' ? 'ko-KR' : 'en-US');
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize({ width: 1100, height: 1300 });
      for (const shot of shots) {
        await page.goto(base + shot.path.replace('LANG', lang));
        // The app has taken over (the prerendered step has no answers from the link yet).
        await page.waitForFunction(() => (document.querySelector('[data-testid="announcer"]')?.textContent ?? '') !== '');
        const file = `${out}/${shot.name}-${lang}-${theme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await page.context().close();
    }
  }
  const mobile = await freshPage(browser, 'ko-KR');
  await mobile.setViewportSize({ width: 360, height: 780 });
  await mobile.goto(`${base}${shots[1]!.path.replace('LANG', 'ko')}`);
  await mobile.waitForFunction(() => (document.querySelector('[data-testid="announcer"]')?.textContent ?? '') !== '');
  await mobile.screenshot({ path: `${out}/question-ko-320.png` });
  await browser.close();
} finally {
  server.kill();
}
