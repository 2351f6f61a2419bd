/**
 * npm run --silent diagnose -- FILE   (or: … | npm run --silent diagnose)
 * Prints {"ranked":[{"family","cause","score","evidence":[lines]}]}, best first.
 * Exit 0 on any input; 2 when the file cannot be read; 1 when content/ is broken.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import { analyzeLog } from '../src/engine/log-analyzer.ts';

const file = process.argv[2];
let text: string;
try {
  text = readFileSync(file && file !== '-' ? file : 0, 'utf8');
} catch (e) {
  console.error(`diagnose: cannot read ${file ?? 'standard input'}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
const content = loadContentDir(resolve(import.meta.dirname, '../content'));
if (!content.ok) {
  console.error(content.error.map(formatIssue).join('\n'));
  process.exit(1);
}
const analysis = analyzeLog(content.value, text);
const ranked = analysis.ranked.map((r) => ({ family: r.family, cause: r.cause, score: r.score, evidence: r.evidence.map((e) => e.text) }));
process.stdout.write(`${JSON.stringify({ ranked })}\n`);
