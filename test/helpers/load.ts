import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ContentFile } from '../../src/engine/validate.ts';
import { loadContentDir } from '../../src/content/load-files.ts';
import type { Content } from '../../src/engine/types.ts';

export const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures', name);

export function loadOrFail(dir: string): Content {
  const result = loadContentDir(dir);
  if (!result.ok) throw new Error(result.error.map((i) => `${i.file}: ${i.code} at ${i.at}`).join('\n'));
  return result.value;
}

export const realContent = () => loadOrFail(resolve(import.meta.dirname, '../../content'));

/** The raw files of a content folder, for tests that break them on purpose. */
export function rawFiles(dir: string): ContentFile[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ path: relative(dir, f).split('\\').join('/'), data: JSON.parse(readFileSync(f, 'utf8')) as unknown }));
}
