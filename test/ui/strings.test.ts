import { describe, expect, it } from 'vitest';
import { strings } from '../../src/i18n/all-strings.ts';

type Tree = { [key: string]: unknown };

function leaves(obj: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'object' && v !== null) for (const [kk, vv] of leaves(v as Tree, key)) out.set(kk, vv);
    else out.set(key, v);
  }
  return out;
}

const sample = (v: unknown) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)(3, 4, 5)) : String(v));

describe('interface strings', () => {
  const en = leaves(strings.en);
  const ko = leaves(strings.ko);

  it('exist in both languages with the same keys', () => {
    expect([...ko.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('are never empty, and the Korean is translated', () => {
    const same: string[] = [];
    for (const [key, value] of en) {
      const e = sample(value);
      const k = sample(ko.get(key));
      expect(e.trim(), key).not.toBe('');
      expect(k.trim(), key).not.toBe('');
      if (e === k && /[a-z]{4,}/.test(e) && !/^(Triage500|nginx|Apache|Node\.js|AWS|PHP|Python|Java|IIS|Docker)/.test(e)) same.push(key);
    }
    expect(same).toEqual([]);
  });
});
