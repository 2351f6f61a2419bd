/**
 * npm run content:check [-- DIR]
 * Validates every content file and prints every problem at once.
 * Exit code 0 when clean, 1 when any problem is found.
 */
import { resolve } from 'node:path';
import { formatIssue } from '../src/engine/content-issues.ts';
import { allPaths } from '../src/engine/graph.ts';
import { loadContentDir } from '../src/content/load-files.ts';

const dir = resolve(process.argv[2] ?? 'content');
const result = loadContentDir(dir);
if (!result.ok) {
  for (const issue of result.error) console.error(formatIssue(issue));
  console.error(`\ncontent:check: ${result.error.length} problem(s) in ${dir}`);
  process.exit(1);
}
const content = result.value;
let paths = 0;
for (const _ of allPaths(content)) paths++;
console.log(
  `content:check: OK — version ${content.version}, ${Object.keys(content.questions).length} questions, ` +
    `${Object.keys(content.causes).length} causes, ${paths} root-to-cause paths`,
);
