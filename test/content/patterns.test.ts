/**
 * No pattern of the content can backtrack catastrophically: every signature,
 * extractor and refinement, and the analyzer's own class-name patterns, run on
 * hostile lines of the longest length the analyzer reads. A pattern that is
 * exponential on some input takes seconds or hours there; a linear one takes
 * well under a millisecond. The bound is generous on purpose: it catches
 * runaway matching, not a slow machine.
 */
import { describe, expect, it } from 'vitest';
import { PYTHON_CLASS, QUALIFIED_ROOT, UNKNOWN_CLASS } from '../../src/engine/class-names.ts';
import { MAX_LINE_CHARS } from '../../src/engine/log-analyzer.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const BOUND_MS = 250;

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly caseSensitive: boolean;
}

const patterns: Pattern[] = [
  ...content.signatures.map((s) => ({ where: `signature:${s.id}`, source: s.pattern, caseSensitive: s.caseSensitive })),
  ...content.knowledge.flatMap((t) => [
    ...t.extractors.map((x) => ({ where: `${t.id} extractor ${x.id}`, source: x.pattern, caseSensitive: x.caseSensitive })),
    ...t.entries.flatMap((e) => e.refine.map((r, i) => ({ where: `${t.id}:${e.id}#${i + 1}`, source: r.pattern, caseSensitive: r.caseSensitive }))),
  ]),
  ...[UNKNOWN_CLASS, PYTHON_CLASS, QUALIFIED_ROOT].map((re, i) => ({ where: `class-names ${i}`, source: re.source, caseSensitive: true })),
];

/**
 * Lines built to make backtracking regexes explode: runs of one class of
 * character, almost-matches, separators. First short (an exponential pattern
 * shows itself at 24 characters without hanging the run), then as long as the
 * analyzer reads (a quadratic one shows itself there).
 */
function hostileLines(source: string, n: number): string[] {
  const literal = (source.match(/[A-Za-z][A-Za-z ]{3,30}/) ?? ['error'])[0];
  return [
    'a'.repeat(n),
    ' '.repeat(n - 1) + '!',
    '1'.repeat(n),
    'A.'.repeat(n / 2),
    'Ab::'.repeat(n / 4),
    '\\\\a'.repeat(n / 3),
    '(('.repeat(n / 2),
    '[x]'.repeat(n / 3),
    `${literal} `.repeat(Math.floor(n / (literal.length + 1))),
    `${'x'.repeat(n / 2)}${literal}${'y'.repeat(Math.max(0, n / 2 - literal.length))}`,
    'Error'.repeat(n / 5),
    'a1_'.repeat(n / 3) + '\n' + 'b'.repeat(n),
  ];
}

describe('every pattern is linear on hostile input', () => {
  it(`${patterns.length} patterns, each under ${BOUND_MS} ms on every hostile line`, () => {
    const slow: string[] = [];
    for (const p of patterns) {
      const re = new RegExp(p.source, p.caseSensitive ? 'gu' : 'giu');
      const before = slow.length;
      for (const line of [...hostileLines(p.source, 24), ...hostileLines(p.source, MAX_LINE_CHARS)]) {
        if (slow.length > before) break;
        const time = () => {
          const t0 = performance.now();
          re.lastIndex = 0;
          for (let guard = 0; guard < 64 && re.exec(line) !== null; guard++) {
            if (re.lastIndex === 0) break;
          }
          return performance.now() - t0;
        };
        // A backtracking pattern is slow every time; a busy machine (a GC pause, another job) only once.
        let ms = time();
        for (let retry = 0; retry < 2 && ms > BOUND_MS; retry++) ms = Math.min(ms, time());
        if (ms > BOUND_MS) slow.push(`${p.where}: ${ms.toFixed(0)} ms on ${JSON.stringify(line.slice(0, 20))}…`);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
