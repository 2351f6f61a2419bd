/** What the log page shows of a big input (src/log/big-input.ts): size, lines, a preview, blank or not. */
import { describe, expect, it } from 'vitest';
import { bigInput, countLines, formatSize, readTextInChunks } from '../../src/log/big-input.ts';

describe('a big input', () => {
  it('counts lines as a reader does: a final line break starts no new line', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('a')).toBe(1);
    expect(countLines('a\n')).toBe(1);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('\n\n')).toBe(2);
    expect(countLines('a\r\nb\r\n')).toBe(2);
  });

  it('previews the first 200 lines, and cuts inside one huge line', () => {
    const many = bigInput('x\n'.repeat(1000));
    expect(many.lines).toBe(1000);
    expect(many.previewLines).toBe(200);
    expect(many.preview).toBe('x\n'.repeat(200));
    const one = bigInput('y'.repeat(1_000_000));
    expect(one.lines).toBe(1);
    expect(one.preview.length).toBe(20_000);
  });

  it('is blank when it holds only whitespace', () => {
    expect(bigInput(' \t\r\n'.repeat(10)).blank).toBe(true);
    expect(bigInput(`${' '.repeat(1000)}x`).blank).toBe(false);
  });

  it("gives the size in KB or MB, in the reader's language", () => {
    expect(formatSize(1, 'en')).toBe('1 KB');
    expect(formatSize(209_700, 'en')).toBe('210 KB');
    expect(formatSize(5_200_000, 'en')).toBe('5.2 MB');
    expect(formatSize(52_000_000, 'ko')).toBe('52 MB');
    expect(bigInput('abc', 7_340_032).bytes).toBe(7_340_032);
  });

  it('reads a file in chunks, a character split across chunks included', async () => {
    const text = `${'가'.repeat(100_000)}\nend`;
    expect(await readTextInChunks(new Blob([text]))).toBe(text);
  });
});
