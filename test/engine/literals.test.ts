import { describe, expect, it } from 'vitest';
import { LiteralMatcher, requiredLiterals } from '../../src/engine/literals.ts';

describe('requiredLiterals', () => {
  it.each([
    ['No space left on device', ['no space left on device']],
    ['Allowed memory size of \\d+ bytes exhausted', ['allowed memory size of ']],
    ['foo|barbaz', ['foo', 'barbaz']],
    ['colou?r spectrum', ['r spectrum']],
    ['(?:a|b)cdef', ['cdef']],
    ["\\bTable '[^']+' doesn't exist", ["' doesn't exist"]],
    ['x{0,3}yz[ab]longer', ['longer']],
  ])('%s → %j', (pattern, expected) => {
    expect(requiredLiterals(pattern)).toEqual(expected);
  });

  it('gives up when a branch has no literal worth filtering on', () => {
    expect(requiredLiterals('ab|\\d+')).toBeNull();
    expect(requiredLiterals('(?:ab|cd)x')).toBeNull();
    // A group that may be absent, or a lookahead, cannot be required.
    expect(requiredLiterals('(?:ECONNREFUSED)?\\d')).toBeNull();
    expect(requiredLiterals('(?=ECONNREFUSED)\\w')).toBeNull();
  });

  it('reads into a required group when the branch has no literal outside it', () => {
    expect(requiredLiterals('(?:ECONNREFUSED|ETIMEDOUT)')).toEqual(['econnrefused', 'etimedout']);
    expect(requiredLiterals('\\b(?:Foo\\.BarError|Errno::EACCES)\\b|actively refused')).toEqual(['foo.barerror', 'errno::eacces', 'actively refused']);
    expect(requiredLiterals('(?<code>E[A-Z]+|dial tcp)')).toBeNull();
  });

  it('only ever returns text that each match must contain', () => {
    const cases: [string, string[]][] = [
      ['Permission denied', ['open() failed (13: Permission denied)']],
      ['colou?r spectrum', ['color spectrum', 'colour spectrum']],
      ['Too many (open files|connections)', ['Too many connections']],
      ['\\b(?:ConnectionRefusedError|Errno::ECONNREFUSED)\\b|refused it', ['Errno::ECONNREFUSED (Connection refused)', 'target machine actively refused it']],
    ];
    for (const [pattern, lines] of cases) {
      const lits = requiredLiterals(pattern) ?? [];
      for (const line of lines)
        expect(
          lits.some((l) => line.toLowerCase().includes(l)),
          `${pattern} / ${line}`,
        ).toBe(true);
    }
  });
});

describe('LiteralMatcher', () => {
  it('finds every literal present in one pass, overlapping ones included', () => {
    const m = new LiteralMatcher([
      { text: 'he', id: 1 },
      { text: 'she', id: 2 },
      { text: 'hers', id: 3 },
      { text: 'xyz', id: 4 },
    ]);
    const found = new Set<number>();
    m.find('ushers', found);
    expect([...found].sort((a, b) => a - b)).toEqual([1, 2, 3]);
    const none = new Set<number>();
    m.find('nothing here at all'.replace('he', 'h'), none);
    expect(none.has(4)).toBe(false);
  });
});
