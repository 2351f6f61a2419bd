/**
 * npm run size:embed: prints the raw and gzip size of public/embed.js (the
 * host script a wiki page loads) and fails above the 3 KB gzip budget.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const EMBED_JS = resolve(import.meta.dirname, '../public/embed.js');
export const GZIP_BUDGET = 3072;

/** Bytes on disk and gzipped (level 9, as a static host would compress it). */
export function sizeOf(bytes: Uint8Array): { raw: number; gzip: number } {
  return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { raw, gzip } = sizeOf(readFileSync(EMBED_JS));
  const ok = gzip <= GZIP_BUDGET;
  console.log(`public/embed.js: ${raw} bytes raw, ${gzip} bytes gzip (budget ${GZIP_BUDGET}) ${ok ? 'ok' : 'OVER BUDGET'}`);
  process.exit(ok ? 0 : 1);
}
