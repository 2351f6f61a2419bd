/**
 * The commands that guard the house rules fail when a rule is broken:
 * `npm run lint` on a lint error (React hooks and React Compiler rules,
 * jsx-a11y, typescript-eslint, type-aware too), an import cycle (also one
 * through import()), an import against the folder direction and a file over
 * 300 lines; `npm run format:check` on a file that is not formatted. Each
 * fixture (test/fixtures/lint/) is copied into a temporary project with this
 * project's package.json, configs and node_modules, and the command runs there.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const CONFIGS = ['package.json', 'tsconfig.json', '.oxlintrc.json', '.prettierrc.json', 'scripts/import-cycles.ts'];
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function project(fixture: string, extra: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `triage500-${fixture}-`));
  made.push(dir);
  const files = { ...Object.fromEntries(CONFIGS.map((f) => [f, null])), ...extra };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    if (text === null) cpSync(join(root, file), join(dir, file));
    else writeFileSync(join(dir, file), text);
  }
  cpSync(join(root, 'test/fixtures/lint', fixture), dir, { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function run(dir: string, script: 'lint' | 'format:check') {
  // CI may force colours (FORCE_COLOR); the assertions read plain text either way.
  const { FORCE_COLOR: _forced, ...env } = process.env;
  const r = spawnSync('npm', ['run', '--silent', script], { cwd: dir, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 120_000 });
  return { status: r.status, output: stripVTControlCharacters(`${r.stdout}${r.stderr}`) };
}

describe('npm run lint', () => {
  it('passes on code that keeps the rules', () => {
    const r = run(project('clean'), 'lint');
    expect(r.status, r.output).toBe(0);
  });

  it('fails on React hooks, React Compiler, jsx-a11y and typescript-eslint errors', () => {
    const r = run(project('rules'), 'lint');
    expect(r.status).not.toBe(0);
    for (const rule of ['rules-of-hooks', 'exhaustive-deps', 'purity', 'alt-text', 'click-events-have-key-events', 'no-explicit-any', 'no-floating-promises']) {
      expect(r.output, rule).toContain(rule);
    }
  });

  it('fails on an import cycle', () => {
    const r = run(project('cycle'), 'lint');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('no-cycle');
  });

  it('fails on an import cycle through import()', () => {
    const r = run(project('dynamic-cycle'), 'lint');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('import cycle through import(): src/routes/pages.ts → src/routes/question-page.ts → src/routes/pages.ts');
  });

  it('fails on imports against the folder direction', () => {
    const r = run(project('upward'), 'lint');
    expect(r.status).not.toBe(0);
    for (const [file, target] of [
      ['src/ui/frame.tsx', '../routes/hrefs.ts'],
      ['src/engine/pure.ts', 'react'],
      ['bench/part.ts', '../scripts/tool.ts'],
      ['scripts/shot.ts', '../test/helper.ts'],
    ]) {
      expect(r.output, file).toContain(`'${target}' import is restricted`);
      expect(r.output, file).toContain(`[${file}:1:1]`);
    }
  });

  it('fails on a file of src/ or scripts/ over 300 lines', () => {
    const long = Array.from({ length: 301 }, (_, i) => `export const line${i} = ${i};`).join('\n');
    const r = run(project('clean', { 'src/engine/long.ts': `${long}\n` }), 'lint');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('max-lines');
  });
});

describe('npm run format:check', () => {
  it('fails on a file that is not formatted, naming it', () => {
    const r = run(project('format'), 'format:check');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('bad.ts');
    expect(r.output).not.toContain('good.ts');
  });

  it('passes once it is formatted', () => {
    const dir = project('format');
    rmSync(join(dir, 'bad.ts'));
    const r = run(dir, 'format:check');
    expect(r.status, r.output).toBe(0);
  });
});
