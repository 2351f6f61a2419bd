/**
 * A real MediaWiki for the embed test (test/e2e/mediawiki.test.ts) and its
 * screenshots (scripts/screenshots-embed.ts): Debian's `mediawiki` package, installed
 * with SQLite into a temporary directory by its own maintenance/install.php,
 * with docs/mediawiki/Triage500.php enabled the way the docs tell a wiki
 * administrator to, a page saved by maintenance/edit.php, and served on
 * loopback by PHP's built-in web server. Nothing outside the temp dir changes.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port.ts';

const run = promisify(execFile);
const MEDIAWIKI = process.env.MEDIAWIKI_DIR ?? '/usr/share/mediawiki';
const EXTENSION = resolve(import.meta.dirname, '../docs/mediawiki/Triage500.php');

export interface Wiki {
  /** The saved page, as a reader opens it. */
  readonly pageURL: string;
  readonly stop: () => void;
}

/** Fails loudly (never skips) when the machine lacks what the test needs. */
async function checkPrerequisites(): Promise<void> {
  const missing = 'MediaWiki is required for this test: `apt-get install -y mediawiki php-sqlite3` (.ci/run installs it).';
  if (!existsSync(join(MEDIAWIKI, 'maintenance/install.php'))) throw new Error(`${missing} Not found: ${MEDIAWIKI}`);
  try {
    const { stdout } = await run('php', ['-m']);
    if (!/^pdo_sqlite$/m.test(stdout)) throw new Error('php has no pdo_sqlite');
  } catch (e) {
    throw new Error(`${missing} (${e instanceof Error ? e.message : String(e)})`);
  }
}

export async function startMediaWiki(options: { appRoot: string; title: string; wikitext: string }): Promise<Wiki> {
  await checkPrerequisites();
  const dir = mkdtempSync(join(tmpdir(), 'triage500-mediawiki-'));
  const port = await freePort();
  const server = `http://127.0.0.1:${port}`;
  const conf = join(dir, 'LocalSettings.php');
  const env = { ...process.env, MW_CONFIG_FILE: conf };
  let proc: ChildProcess | undefined;
  const stop = () => {
    proc?.kill();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await run(
      'php',
      [
        'maintenance/install.php',
        '--dbtype=sqlite',
        `--dbpath=${join(dir, 'db')}`,
        '--dbname=wiki',
        `--server=${server}`,
        '--scriptpath=',
        '--lang=en',
        '--skins=Vector',
        '--pass=triage500-test-admin',
        `--confpath=${dir}`,
        'Runbooks',
        'Admin',
      ],
      { cwd: MEDIAWIKI, env },
    );
    // What docs/embedding.md tells the wiki administrator to add.
    // (The test wiki has no /favicon.ico; an inline icon keeps the browser console clean. Its logo: the app's icon.)
    const logo = JSON.stringify(new URL('favicon.svg', options.appRoot).href);
    appendFileSync(
      conf,
      `\n$wgFavicon = 'data:,';\n$wgLogos = ['1x' => ${logo}, 'icon' => ${logo}];\n$wgTriage500Url = ${JSON.stringify(options.appRoot)};\nrequire_once ${JSON.stringify(EXTENSION)};\n`,
    );
    const edit = run('php', ['maintenance/edit.php', '--conf', conf, '-u', 'Admin', '-s', 'Runbook with Triage500', options.title], { cwd: MEDIAWIKI, env });
    edit.child.stdin?.end(options.wikitext);
    await edit;

    proc = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', MEDIAWIKI], { cwd: dir, env, stdio: 'ignore' });
    const pageURL = `${server}/index.php?title=${encodeURIComponent(options.title.replace(/ /g, '_'))}`;
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(pageURL);
        if (res.ok) return { pageURL, stop };
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`MediaWiki did not answer on ${server}`);
  } catch (e) {
    stop();
    throw e;
  }
}
