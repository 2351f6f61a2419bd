/** A byte budget, not a timing: the host script every wiki page loads stays small. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_JS, GZIP_BUDGET, sizeOf } from '../../scripts/size-embed.ts';

describe('public/embed.js', () => {
  it('is at most 3 KB gzipped', () => {
    const { raw, gzip } = sizeOf(readFileSync(EMBED_JS));
    expect(GZIP_BUDGET).toBe(3072);
    expect(raw).toBeGreaterThan(gzip); // it is the real script, not an empty file
    expect(gzip).toBeLessThanOrEqual(GZIP_BUDGET);
  });

  it('the budget check counts gzip bytes of what it is given', () => {
    // 8000 deterministic pseudo-random bytes (xorshift32): gzip cannot shrink them much.
    let x = 2463534242;
    const big = new Uint8Array(8000).map(() => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return x & 0xff;
    });
    expect(sizeOf(big).raw).toBe(8000);
    expect(sizeOf(big).gzip).toBeGreaterThan(GZIP_BUDGET);
  });
});
