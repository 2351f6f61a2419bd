import { describe, expect, it } from 'vitest';
import { buildSearchIndex, highlight, matchQuality, search } from '../../src/engine/search.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const index = buildSearchIndex(content);
const causes = (q: string) =>
  search(index, q)
    .filter((h) => h.kind === 'cause')
    .map((h) => h.id);

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

  it('ranks a whole word or a word start before the same letters inside a longer word (Korean)', () => {
    expect(matchQuality('디스크가 가득 참', '디스크')).toBe(1);
    expect(matchQuality('파일 디스크립터 한도', '디스크')).toBe(0.6);
    expect(matchQuality('하드디스크', '디스크')).toBe(0.25);
    const found = causes('디스크');
    expect(found[0]).toBe('disk-full');
    // "파일 디스크립터" (file descriptor) has the letters too, inside a longer word: found, but after the disk.
    expect(found.indexOf('too-many-open-files')).toBeGreaterThan(found.indexOf('disk-full'));
  });

  it('ranks a whole word or a word start before the same letters inside a longer word (English)', () => {
    expect(matchQuality('the disk is full', 'disk')).toBe(1);
    expect(matchQuality('diskless nodes', 'disk')).toBe(0.6);
    expect(matchQuality('a ramdisk', 'disk')).toBe(0.25);
    expect(matchQuality('nothing here', 'disk')).toBe(0);
    expect(causes('memory')[0]).toBe('memory-limit');
  });

  it('says which words matched and, when not in the title, the line they matched in', () => {
    const hit = search(index, 'No space left on device').find((h) => h.id === 'disk-full');
    expect(hit?.words).toEqual(['no', 'space', 'left', 'on', 'device']);
    const byLog = search(index, 'ENOSPC').find((h) => h.id === 'disk-full');
    expect(byLog?.excerpt).toMatch(/ENOSPC/);
    expect(search(index, '디스크').find((h) => h.id === 'disk-full')?.excerpt).toBeNull();
  });

  it('marks the matched words in a text, in either language, as pieces (never HTML)', () => {
    expect(highlight('The Disk is full', ['disk'])).toEqual([
      { text: 'The ', mark: false },
      { text: 'Disk', mark: true },
      { text: ' is full', mark: false },
    ]);
    expect(highlight('디스크가 가득 참', ['디스크', '참'])).toEqual([
      { text: '디스크', mark: true },
      { text: '가 가득 ', mark: false },
      { text: '참', mark: true },
    ]);
    expect(highlight('<b>x</b>', ['b'])).toEqual([
      { text: '<', mark: false },
      { text: 'b', mark: true },
      { text: '>x</', mark: false },
      { text: 'b', mark: true },
      { text: '>', mark: false },
    ]);
  });
});
