/**
 * Property-based hardening: 10,000 random and hostile strings into each input
 * boundary — the URL decoder and resolver, the content validator, the log
 * analyzer and the masker. Nothing throws, each call stays bounded, and no
 * output can carry markup that was not in the content.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { maskSecrets } from '../../src/engine/mask.ts';
import { decodePath, MAX_PAIRS } from '../../src/engine/path-codec.ts';
import { resolveStep } from '../../src/engine/resolve.ts';
import { validateContent } from '../../src/engine/validate.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const RUNS = 10_000;

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '__proto__.constructor~constructor.prototype',
    'after-change.yes~'.repeat(200),
    '%00%2e%2e%2f',
    '~'.repeat(5000),
    '\u202e\u0000\uffff',
    'javascript:alert(1)',
  ),
  fc
    .array(fc.tuple(fc.constantFrom('after-change', 'pattern', 'scope', 'log-everything', 'x'), fc.constantFrom('yes', 'no', 'unsure', 'every-time', '<b>')), {
      maxLength: 80,
    })
    .map((pairs) => pairs.map(([q, a]) => `${q}.${a}`).join('~')),
);

/** Every id and text an answer path can show comes from the content, so no step may expose markup. */
function noMarkupFromInput(value: string, input: string) {
  if (!/[<>]/.test(input)) return;
  expect(value.includes(input)).toBe(false);
}

describe('properties', () => {
  it('decodePath and resolveStep are total and bounded on any string', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom<'question' | 'cause'>('question', 'cause'), fc.string({ maxLength: 40 }), (raw, kind, id) => {
        const t0 = performance.now();
        const decoded = decodePath(raw);
        expect(decoded.pairs.length).toBeLessThanOrEqual(MAX_PAIRS);
        const r = resolveStep(content, { kind, id }, raw);
        expect(['ok', 'invalid']).toContain(r.status);
        expect(r.trail.length).toBeLessThanOrEqual(MAX_PAIRS);
        for (const step of r.trail) noMarkupFromInput(JSON.stringify(step.choice), raw);
        // Bounded: a hang, not a slow machine, fails this (typical calls take well under 1 ms).
        expect(performance.now() - t0).toBeLessThan(1000);
      }),
      { numRuns: RUNS },
    );
  });

  it('validateContent never throws on arbitrary files', () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    const file = fc.record({
      path: fc.oneof(
        fc.constantFrom('meta.json', 'families.json', 'guide.json', 'site.json', 'released.json', 'questions/q.json', 'causes/c.json', 'signatures/s.json'),
        fc.string({ maxLength: 30 }),
      ),
      data: fc.oneof(
        json,
        fc.record({
          schemaVersion: fc.constant(1),
          id: fc.string({ maxLength: 20 }),
          extends: fc.string({ maxLength: 10 }),
          pattern: fc.string({ maxLength: 20 }),
        }),
      ),
    });
    fc.assert(
      fc.property(fc.array(file, { maxLength: 6 }), (files) => {
        const r = validateContent(files);
        if (!r.ok) for (const issue of r.error) expect(typeof issue.code).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });

  it('analyzeLog and maskSecrets are total and bounded on any text', () => {
    const line = fc.oneof(
      hostile,
      fc.constantFrom(...content.guide.primer.codes.map((c) => c.code)),
      fc.constantFrom('No space left on device', 'Permission denied', 'password=x'),
    );
    const text = fc.array(line, { maxLength: 20 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(text, (t) => {
        const t0 = performance.now();
        const a = analyzeLog(content, t);
        for (const v of Object.values(a.evidence.families)) expect(v).toBeGreaterThan(0);
        for (const c of a.clues) {
          expect(c.line).toBeGreaterThanOrEqual(1);
          expect(c.text.length).toBeLessThanOrEqual(400);
        }
        expect(typeof maskSecrets(t)).toBe('string');
        expect(performance.now() - t0).toBeLessThan(1000);
      }),
      { numRuns: RUNS },
    );
  });
});
