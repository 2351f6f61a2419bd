/**
 * Diagnosis under doubt, in real Chromium on the built app: two "I'm not sure"
 * answers still reach a ranked result; "didn't fix it" twice walks the
 * ranking; the escalation report is copied with what was tried and done;
 * ticks survive a reload; no request leaves the page without a beacon, and
 * with one exactly the documented payload is sent.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { realContent } from '../helpers/load.ts';
import { coldPage, jsErrors, useBrowser } from './browser.ts';
import { serve } from './global-setup.ts';
import { answerAsAsked, expectedWalk, type Facts } from './walks.ts';

const base = inject('baseURL');
const browser = useBrowser();
const content = realContent();

/**
 * What this person knows: not whether it started after a change, and not what
 * ran out; errors come sometimes, grow with traffic, a restart helps, the log
 * shows a resource error. Any other question the walk asks gets "not sure" too.
 */
const KNOWN: Facts = {
  pattern: 'sometimes',
  'under-load': 'yes',
  'restart-helps': 'yes',
  'log-load': 'resource',
  'log-intermittent': 'resource',
  'log-everything': 'resource',
};

/** Where the walk lands and what it asks, by the engine's own walk (not a literal). */
const expected = expectedWalk(content, KNOWN);

const title = (id: string) => content.causes[id]!.title.en;

describe('a diagnosis under doubt', () => {
  it('two "not sure" answers, "didn\'t fix it" twice, the escalation report copied; ticks survive a reload; nothing sent', async () => {
    const page = await coldPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const requests: Request[] = [];
    page.on('request', (r) => requests.push(r));
    await page.goto(`${base}/en/q/after-change/`);
    const { asked } = await answerAsAsked(page, KNOWN);
    expect(asked).toEqual(expected.asked);
    expect(asked.filter((q) => !(q in KNOWN)).length).toBeGreaterThanOrEqual(2);

    const first = expected.cause;
    await page.waitForURL(new RegExp(`/en/cause/${first}/`));
    await page.getByRole('heading', { level: 1, name: title(first) }).waitFor();
    const causeUrl = page.url();
    expect(asked).toContain('under-load');
    const why = page.getByRole('region', { name: 'Why we think so' });
    expect(await why.innerText()).toContain('Do the errors grow when traffic is high?');
    // The other causes to check leave the top family: at least two other families, or a note that the evidence rules the rest out.
    const others = page.getByRole('region', { name: 'Other causes to check' });
    const families = await others.locator('li[data-other]').evaluateAll((els) => els.map((e) => e.getAttribute('data-family')));
    const otherFamilies = new Set(families.filter((f) => f !== content.causes[first]!.family));
    expect(otherFamilies.size).toBeGreaterThanOrEqual(1);
    if (otherFamilies.size < 2) expect(await others.getByText('The evidence all but rules out the other families').count()).toBe(1);

    // Tick the first step, then "No, still failing" → the next most likely cause.
    const tick = page.getByRole('region', { name: 'What to do, in this order' }).getByRole('checkbox').first();
    await tick.check();
    const tickedText = (await tick.locator('xpath=..').innerText()).trim();
    const noLink = page.getByRole('link', { name: 'No, still failing' });
    const second = (await noLink.getAttribute('data-next'))!;
    await noLink.click();
    await page.getByRole('heading', { level: 1, name: title(second) }).waitFor();
    expect(page.url()).toContain(`tried=${first}`);
    expect(await page.getByText('Next to try').count()).toBe(1);
    expect(await page.getByText(`Already tried without success: ${title(first)}`).count()).toBe(1);

    const third = (await page.getByRole('link', { name: 'No, still failing' }).getAttribute('data-next'))!;
    await page.getByRole('link', { name: 'No, still failing' }).click();
    await page.getByRole('heading', { level: 1, name: title(third) }).waitFor();
    expect(page.url()).toContain(`tried=${first}~${second}`);
    expect(new Set([first, second, third]).size).toBe(3);

    // The likely causes are exhausted: "still failing" now leads to expert help.
    const last = page.getByRole('link', { name: 'No, still failing' });
    expect(await last.getAttribute('data-next')).toBe('expert-help');
    await last.click();
    await page.waitForURL(/help=1/);
    const report = page.locator('[data-report]');
    const text = (await report.textContent()) ?? '';
    expect(text).toContain('# HTTP 500 escalation report');
    expect(text).toContain(`- ${title(first)}`);
    expect(text).toContain(`- ${title(second)}`);
    expect(text).toContain('## Causes considered, best-ranked first');
    expect(text).toContain(`[x] ${tickedText}`);
    expect(text).toContain('Do the errors grow when traffic is high? — **Yes');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByRole('button', { name: 'Report copied.' }).waitFor();
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(text.trim());

    // Reload: the ticked step is still ticked, and still in the report.
    await page.reload();
    await page.locator('[data-report]').waitFor({ state: 'attached' });
    expect(await page.locator('[data-report]').textContent()).toContain(`[x] ${tickedText}`);
    await page.goto(causeUrl);
    await page.getByRole('heading', { level: 1, name: title(first) }).waitFor();
    // The ticks are read from this browser's storage once the page has started: wait for them, up to 5 s.
    const firstBox = page.getByRole('region', { name: 'What to do, in this order' }).getByRole('checkbox').first();
    for (let i = 0; i < 50 && !(await firstBox.isChecked()); i++) await page.waitForTimeout(100);
    expect(await firstBox.isChecked()).toBe(true);

    // No beacon configured: nothing but page loads from the app's own server.
    const foreign = requests.filter((r) => !r.url().startsWith(base) || r.method() !== 'GET');
    expect(foreign.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(jsErrors(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the outcome beacon, when a site sets one', () => {
  let dir = '';
  let server: { url: string; proc: ChildProcess } | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'triage500-beacon-'));
    const site = join(dir, 'site.json');
    writeFileSync(
      site,
      JSON.stringify({
        schemaVersion: 1,
        escalation: {
          team: { en: 'Platform on-call', ko: '플랫폼 당직' },
          contacts: [{ kind: 'chat', label: { en: '#incident-500', ko: '#incident-500' }, url: 'https://chat.example/incident-500' }],
        },
        beacon: '/collect',
      }),
    );
    const root = resolve(import.meta.dirname, '../..');
    const built = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', join(dir, 'dist'), '--emptyOutDir', '--logLevel', 'error'], {
      cwd: root,
      env: { ...process.env, TRIAGE500_SITE: site },
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`build with a beacon failed:\n${built.stderr}`);
  }, 300_000);
  beforeAll(async () => {
    server = await serve(join(dir, 'dist'));
  });
  afterAll(() => {
    server?.proc.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('"Did this fix it?" sends only the content version, the step ids, the cause id and yes/no', async () => {
    const url = server!.url;
    const page = await coldPage(browser());
    const pairs = 'after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk';
    await page.goto(`${url}/en/cause/disk-full/?a=${pairs}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const beacons: Request[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') beacons.push(r);
    });
    const sent = page.waitForRequest((r) => r.method() === 'POST');
    await page.getByRole('link', { name: 'No, still failing' }).click();
    const request = await sent;
    expect(request.url()).toBe(`${url}/collect`);
    expect(JSON.parse(request.postData() ?? '')).toEqual({ version: content.version, steps: pairs.split('~'), cause: 'disk-full', fixed: false });

    const fixed = page.waitForRequest((r) => r.method() === 'POST');
    await page.getByRole('link', { name: 'Yes, it is fixed' }).click();
    const yes = JSON.parse((await fixed).postData() ?? '') as { cause: string; fixed: boolean };
    expect(yes.fixed).toBe(true);
    expect(Object.keys(yes).sort()).toEqual(['cause', 'fixed', 'steps', 'version']);
    expect(beacons).toHaveLength(2);
    await page.context().close();
  });

  it('"Get expert help" names the team and its links, in the page and in the report', async () => {
    const page = await coldPage(browser());
    await page.goto(
      `${server!.url}/en/cause/disk-full/?a=after-change.no~pattern.sometimes~under-load.yes~restart-helps.yes~log-load.resource~resource-which.disk&help=1`,
    );
    await page.locator('[data-report]').waitFor({ state: 'attached' });
    const link = page.getByRole('link', { name: 'Chat: #incident-500' });
    expect(await link.getAttribute('href')).toBe('https://chat.example/incident-500');
    const report = (await page.locator('[data-report]').textContent()) ?? '';
    expect(report).toContain('## Escalate to\n\nPlatform on-call\n\n- \\#incident-500: <https://chat.example/incident-500>');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await page.context().close();
  });
});
