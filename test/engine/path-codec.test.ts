import { describe, expect, it } from 'vitest';
import { decodePath, encodePath, MAX_PAIRS } from '../../src/engine/path-codec.ts';

describe('path codec', () => {
  it('round-trips a path of answers', () => {
    const pairs = [
      { question: 'after-change', answer: 'yes' },
      { question: 'log-after-change', answer: 'not-found' },
    ];
    const raw = encodePath(pairs);
    expect(raw).toBe('after-change.yes~log-after-change.not-found');
    expect(decodePath(raw)).toEqual({ pairs });
  });

  it('round-trips several answers to one question, also as a browser reads them back from the address bar', () => {
    const pairs = [
      { question: 'after-change', answer: 'yes' },
      { question: 'what-changed', answer: 'code', more: ['dependencies'] },
    ];
    const raw = encodePath(pairs);
    expect(raw).toBe('after-change.yes~what-changed.code+dependencies');
    // URLSearchParams reads the `+` of a query as a space.
    const read = new URLSearchParams(`a=${raw}`).get('a');
    expect(read).toBe('after-change.yes~what-changed.code dependencies');
    expect(decodePath(read)).toEqual({ pairs });
    expect(decodePath(raw)).toEqual({ pairs });
  });

  it('reads a missing or empty value as no answers', () => {
    expect(decodePath(null)).toEqual({ pairs: [] });
    expect(decodePath(undefined)).toEqual({ pairs: [] });
    expect(decodePath('')).toEqual({ pairs: [] });
  });

  it('keeps the well-formed prefix of a tampered value and says where it broke', () => {
    expect(decodePath('a.b~c.d~<script>~e.f')).toEqual({
      pairs: [
        { question: 'a', answer: 'b' },
        { question: 'c', answer: 'd' },
      ],
      problem: { code: 'MALFORMED', index: 2 },
    });
    expect(decodePath('no-dot-here').problem).toEqual({ code: 'MALFORMED', index: 0 });
    expect(decodePath('A.b').problem?.code).toBe('MALFORMED');
    expect(decodePath('a.b~').problem).toEqual({ code: 'MALFORMED', index: 1 });
  });

  it('caps the number of answers it reads', () => {
    const many = Array.from({ length: MAX_PAIRS + 5 }, (_, i) => `q${i}.a`).join('~');
    const decoded = decodePath(many);
    expect(decoded.pairs).toHaveLength(MAX_PAIRS);
    expect(decoded.problem?.code).toBe('TOO_LONG');
  });

  it('never throws and stays bounded on hostile input', () => {
    const hostile = ['~'.repeat(100_000), 'a.'.repeat(200_000), '\u0000.\uffff', '__proto__.constructor', '%00.%2e', '.'];
    for (const raw of hostile) {
      const decoded = decodePath(raw);
      expect(decoded.pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
    }
    expect(decodePath('__proto__.constructor').problem?.code).toBe('MALFORMED');
  });
});
