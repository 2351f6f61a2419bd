/** The log's evidence in the URL: ids and numbers only, total on any input, the same ranking on every page. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { decodeLogParam, encodeLogParam } from '../../src/engine/log-param.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

describe('log parameter', () => {
  it('round-trips an analysis: the cause page ranks exactly as the log page did', () => {
    const log = 'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes)\nSQLSTATE[HY000] [2002] Connection refused';
    const evidence = analyzeLog(content, log).evidence;
    const raw = encodeLogParam(evidence);
    expect(raw).toMatch(/^[a-z0-9.~-]+$/);
    expect(raw).not.toContain('Allowed');
    const back = decodeLogParam(content, raw)!;
    const before = believe(content, logScores(evidence)).families.map((f) => [f.family, f.p.toFixed(3)]);
    const after = believe(content, logScores(back)).families.map((f) => [f.family, f.p.toFixed(3)]);
    expect(after).toEqual(before);
  });

  it('reads an old link that named one cause', () => {
    expect(decodeLogParam(content, 'disk-full')).toEqual({ families: { 'resource-exhaustion': 1 }, causes: { 'disk-full': 1 } });
  });

  it('drops what it does not know, and a value that carries nothing is none', () => {
    expect(decodeLogParam(content, 'gremlins.50~disk-full.80')).toEqual({ families: { 'resource-exhaustion': 0.8 }, causes: { 'disk-full': 0.8 } });
    for (const bad of [null, '', 'nope', '__proto__.5', '<script>', 'disk-full.-5', 'x'.repeat(5000)]) expect(decodeLogParam(content, bad)).toBeNull();
  });

  it('is total on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const e = decodeLogParam(content, s);
        if (e) for (const v of [...Object.values(e.families), ...Object.values(e.causes)]) expect(Number.isFinite(v) && v > 0 && v <= 20).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
