/**
 * `npm run content:check` itself (scripts/content-check.ts), on a copy of the
 * real content: a released id that disappears without an alias fails the check
 * with a message that names the id and says how to fix it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
let copy = '';

function contentCopy(): string {
  copy = mkdtempSync(join(tmpdir(), 'triage500-content-'));
  cpSync(join(repo, 'content'), copy, { recursive: true });
  return copy;
}

function contentCheck(dir: string) {
  const r = spawnSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'scripts/content-check.ts'), dir], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = '';
});

describe('content:check and released ids', () => {
  it('passes on the content as it is', () => {
    const r = contentCheck(contentCopy());
    expect(r.out).toContain('content:check: OK');
    expect(r.status).toBe(0);
  }, 30_000);

  it('fails, naming the id, when a renamed step loses its alias', () => {
    const dir = contentCopy();
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { aliases?: Record<string, string> };
    const [old] = Object.keys(meta.aliases ?? {});
    expect(old).toBeDefined();
    delete meta.aliases?.[old!];
    writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta));
    const r = contentCheck(dir);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`meta.json: REMOVED_WITHOUT_ALIAS at aliases: "${old}" shipped in`);
    expect(r.out).toContain(`add "aliases": { "${old}": "<replacement id>" }`);
  }, 30_000);

  it('fails when a released cause is deleted outright', () => {
    const dir = contentCopy();
    // Remove a leaf and point the one answer that led to it elsewhere, so only the lost id is wrong.
    rmSync(join(dir, 'causes/search-down.json'));
    const file = join(dir, 'questions/dependency-which.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"next": "search-down"', '"next": "upstream-api-failing"'));
    // Signatures and knowledge tables that named it point to its neighbour instead.
    for (const sub of ['signatures', 'knowledge']) {
      for (const name of readdirSync(join(dir, sub))) {
        const path = join(dir, sub, name);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll('"cause": "search-down"', '"cause": "upstream-api-failing"'));
      }
    }
    const released = (JSON.parse(readFileSync(join(dir, 'released.json'), 'utf8')) as { version: string }).version;
    const r = contentCheck(dir);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`REMOVED_WITHOUT_ALIAS at aliases: "search-down" shipped in ${released} but no longer exists`);
    expect(r.out).toContain('content:check: 1 problem(s)');
  }, 30_000);
});
