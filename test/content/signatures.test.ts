/** Every log signature, through the real analyzer: its examples match, its near misses do not. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/engine/literals.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { rawFiles, realContent } from '../helpers/load.ts';

const content = realContent();
interface RawSignature {
  id: string;
  cause: string;
  examples: { match: string[]; nearMiss: string[] };
}
const signatures = rawFiles(resolve(import.meta.dirname, '../../content'))
  .filter((f) => f.path.startsWith('signatures/'))
  .flatMap((f) => (f.data as { signatures: RawSignature[] }).signatures);

const matchedBy = (line: string) =>
  analyzeLog(content, line).ranked.flatMap((r) => r.evidence.map((e) => ({ cause: r.cause, signature: e.signature })));
const causesFound = (line: string) => analyzeLog(content, line).ranked.map((r) => r.cause);

describe('log signatures', () => {
  it('exist for every family', () => {
    const families = new Set(signatures.map((s) => content.causes[s.cause]?.family));
    expect(families.size).toBe(6);
  });

  for (const sig of signatures) {
    it(`${sig.id}: finds ${sig.cause} in its examples and not in its near misses`, () => {
      // The prefilter never hides a match: each example contains one of the pattern's literals.
      const literals = requiredLiterals((sig as RawSignature & { pattern: string }).pattern);
      for (const line of sig.examples.match) {
        if (literals) expect(literals.some((l) => line.toLowerCase().includes(l)), `${line} / ${literals.join(' | ')}`).toBe(true);
      }
      // The analyzer finds the cause on every example line.
      for (const line of sig.examples.match) expect(causesFound(line), line).toContain(sig.cause);
      for (const line of sig.examples.nearMiss) expect(matchedBy(line).map((m) => m.signature), line).not.toContain(sig.id);
    });
  }
});
