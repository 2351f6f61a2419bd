/** Every log signature, through the real analyzer: its examples make it fire and count, its near misses do not. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/engine/literals.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { rawFiles, realContent } from '../helpers/load.ts';

const content = realContent();
interface RawSignature {
  id: string;
  cause?: string;
  family?: string;
  pattern: string;
  examples: { match: string[]; nearMiss: string[] };
}
const signatures = rawFiles(resolve(import.meta.dirname, '../../content'))
  .filter((f) => f.path.startsWith('signatures/'))
  .flatMap((f) => (f.data as { signatures: RawSignature[] }).signatures);

const cluesOf = (line: string) => analyzeLog(content, line).clues;

describe('log signatures', () => {
  it('exist for every family', () => {
    const families = new Set(signatures.map((s) => s.family ?? content.causes[s.cause ?? '']?.family));
    expect(families.size).toBe(6);
  });

  for (const sig of signatures) {
    it(`${sig.id}: points to ${sig.cause ?? sig.family} on its examples and not on its near misses`, () => {
      // The prefilter never hides a match: each example contains one of the pattern's literals.
      const literals = requiredLiterals(sig.pattern);
      for (const line of sig.examples.match) {
        if (literals) expect(literals.some((l) => line.toLowerCase().includes(l)), `${line} / ${literals.join(' | ')}`).toBe(true);
      }
      // The analyzer counts the signature on every example line, pointing where the signature says.
      for (const line of sig.examples.match) {
        const clue = cluesOf(line).find((c) => c.rule === `signature:${sig.id}`);
        expect(clue, line).toBeDefined();
        if (sig.cause) expect(clue?.cause, line).toBe(sig.cause);
        else expect(clue?.family, line).toBe(sig.family);
      }
      for (const line of sig.examples.nearMiss) expect(cluesOf(line).map((c) => c.rule), line).not.toContain(`signature:${sig.id}`);
    });
  }
});
