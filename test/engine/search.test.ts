import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../src/engine/search.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const index = buildSearchIndex(content);
const causes = (q: string) => search(index, q).filter((h) => h.kind === 'cause').map((h) => h.id);

describe('search', () => {
  it('finds the permissions causes for a log message, first', () => {
    const found = causes('Permission denied');
    expect(found.length).toBeGreaterThan(0);
    expect(content.causes[found[0]!]?.family).toBe('permissions');
    expect(found).toContain('unwritable-storage');
  });

  it('finds the same causes from Korean words', () => {
    const found = causes('권한');
    expect(found.some((id) => content.causes[id]?.family === 'permissions')).toBe(true);
    expect(causes('디스크')).toContain('disk-full');
  });

  it('requires every word and ranks titles first', () => {
    expect(causes('no space left')).toContain('disk-full');
    expect(causes('no space left zzzqqq')).toEqual([]);
    expect(causes('disk')[0]).toBe('disk-full');
  });

  it('finds questions and commands too', () => {
    expect(search(index, 'restarting').some((h) => h.kind === 'question' && h.id === 'restart-helps')).toBe(true);
    expect(causes('df -h')).toContain('disk-full');
  });

  it('is total on odd input', () => {
    for (const q of ['', '   ', '<script>', 'a'.repeat(100_000), '\u0000', '__proto__']) expect(() => search(index, q)).not.toThrow();
    expect(search(index, 42)).toEqual([]);
  });
});
