/**
 * npm run content:release — records the ids of this content version in
 * content/released.json. From then on, content:check fails if one of them
 * disappears without an alias in meta.json, so shared links never rot.
 * Run it when you publish; keep earlier ids (they are merged, never dropped).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';

const dir = resolve(process.argv[2] ?? 'content');
const loaded = loadContentDir(dir);
if (!loaded.ok) {
  console.error(loaded.error.map(formatIssue).join('\n'));
  process.exit(1);
}
const c = loaded.value;
const file = resolve(dir, 'released.json');
const earlier: string[] = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { ids: string[] }).ids : [];
const ids = [...new Set([...earlier, ...Object.keys(c.questions), ...Object.keys(c.causes)])].sort();
writeFileSync(file, `${JSON.stringify({ schemaVersion: 1, version: c.version, ids }, null, 2)}\n`);
console.log(`content:release: ${ids.length} ids recorded for version ${c.version} in ${file}`);
