/**
 * The service worker (src/sw/service-worker.ts), built to sw.js at the app
 * root with the build's manifest written into it.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The service worker source; built to sw.js at the app root with the build's manifest filled in. */
export const SW_SOURCE = resolve(import.meta.dirname, '../../src/sw/service-worker.ts');
export const SW_FILE = 'sw.js';
export const SW_PLACEHOLDER = '__TRIAGE500_SW__';

/**
 * What the service worker precaches: every file of the build except sw.js
 * itself, 404.html (it names an absolute root) and embed.js (for host pages),
 * with pages as their folder URL ("en/q/scope/"). The version is a hash of the
 * names and contents of all of them, so any change to the build changes it.
 */
export function swManifest(files: ReadonlyMap<string, string | Uint8Array>): { version: string; files: string[] } {
  const names = [...files.keys()].filter((f) => f !== SW_FILE && f !== '404.html' && f !== 'embed.js').sort();
  const hash = createHash('sha256');
  for (const name of names)
    hash
      .update(name)
      .update('\0')
      .update(files.get(name) ?? '')
      .update('\0');
  return {
    version: hash.digest('hex').slice(0, 16),
    files: names.map((f) => (f === 'index.html' ? './' : f.replace(/(^|\/)index\.html$/, '$1'))),
  };
}
