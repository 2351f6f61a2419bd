import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../../src/engine');

describe('src/engine is pure', () => {
  it('imports nothing from React, the router, the store or the DOM', () => {
    const offenders: string[] = [];
    for (const name of readdirSync(dir)) {
      const text = readFileSync(join(dir, name), 'utf8');
      for (const [i, line] of text.split('\n').entries()) {
        if (/from ['"](react|react-dom|react-router|react-router-dom|zustand)(\/[^'"]*)?['"]/.test(line)) offenders.push(`${name}:${i + 1}`);
        if (/from ['"]\.\.\/(ui|routes|store|content|i18n)\//.test(line)) offenders.push(`${name}:${i + 1}`);
        if (/\b(window|document|localStorage|navigator|HTMLElement)\b/.test(line) && !line.trim().startsWith('*') && !line.trim().startsWith('//'))
          offenders.push(`${name}:${i + 1}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
