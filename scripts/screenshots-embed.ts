/**
 * npm run screenshots:embed: after a build, photographs the real embeds for
 * docs/embedding.md — the wizard inside a MediaWiki page (Debian's package,
 * set up as the e2e test does), and the embed dialog in English and Korean.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { snippet } from '../src/embed/snippets.ts';
import { freshPage, launchChromium } from './chromium.ts';
import { startMediaWiki } from './mediawiki.ts';

const out = resolve('docs/screenshots');
mkdirSync(out, { recursive: true });
const port = 4990 + Math.floor(Math.random() * 9);
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', 'dist'], { stdio: 'ignore' });
const app = `http://127.0.0.1:${port}`;
const A = 'after-change.no~pattern.every-time~scope.every-page~log-everything.permission';

await new Promise((r) => setTimeout(r, 800));
const embed = snippet('mediawiki', { appRoot: `${app}/`, step: `/en/q/perm-which/?a=${A}`, lang: 'en', theme: 'light', height: 500 });
if (embed.status !== 'ok') throw new Error(embed.reason);
const wiki = await startMediaWiki({
  appRoot: `${app}/`,
  title: 'HTTP 500 runbook',
  wikitext: [
    'When the shop answers 500, first check the status page, then walk through the questions below.',
    '',
    '== Find the cause ==',
    embed.text,
    '',
    '== Escalate ==',
    'Page the on-call engineer if nothing helped.',
  ].join('\n'),
});
const browser = await launchChromium();
try {
  const page = await freshPage(browser);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(wiki.pageURL);
  const frame = page.frameLocator('iframe[data-triage500]');
  await frame.locator('h1').waitFor();
  await page.waitForFunction(() => (document.querySelector('iframe')?.getBoundingClientRect().height ?? 500) !== 500);
  await page.screenshot({ path: `${out}/embed-mediawiki.png` });
  console.log(`${out}/embed-mediawiki.png`);

  for (const lang of ['en', 'ko'] as const) {
    const p = await freshPage(browser, lang === 'ko' ? 'ko-KR' : 'en-US');
    await p.setViewportSize({ width: 1000, height: 1100 });
    await p.goto(`${app}/${lang}/q/perm-which/?a=${A}`);
    await p.locator('h1').waitFor();
    await p.getByRole('button', { name: lang === 'en' ? 'Embed this step in a wiki page' : '이 단계를 위키 페이지에 임베드' }).click();
    await p.getByRole('dialog').waitFor();
    await p.waitForTimeout(300);
    await p.screenshot({ path: `${out}/embed-dialog-${lang}.png` });
    console.log(`${out}/embed-dialog-${lang}.png`);
    await p.context().close();
  }
} finally {
  await browser.close();
  wiki.stop();
  server.kill();
}
