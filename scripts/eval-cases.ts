/**
 * npm run eval:cases [-- FILE] [--json]
 * Runs the log analyzer on every case of a JSONL file (default: ../shared/cases/dev.jsonl)
 * whose log is diagnostic, and prints top-1 / top-3 family accuracy and a confusion table.
 * With --json prints only {"logs":{"n":…,"top1":…,"top3":…}}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import { analyzeLog } from '../src/engine/log-analyzer.ts';
import { FAMILY_IDS } from '../src/engine/types.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? resolve(import.meta.dirname, '../../shared/cases/dev.jsonl'));
if (!existsSync(file)) {
  console.error(`eval:cases: no such file ${file}`);
  process.exit(2);
}
const loaded = loadContentDir(resolve(import.meta.dirname, '../content'));
if (!loaded.ok) {
  console.error(loaded.error.map(formatIssue).join('\n'));
  process.exit(1);
}
const content = loaded.value;

interface Case {
  id?: string;
  log?: string;
  family?: string;
  log_diagnostic?: boolean;
}
const cases: Case[] = [];
for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries()) {
  if (!line.trim()) continue;
  try {
    cases.push(JSON.parse(line) as Case);
  } catch {
    console.error(`eval:cases: line ${i + 1} is not JSON; skipped`);
  }
}

const withLog = cases.filter((c) => typeof c.log === 'string' && c.log.trim() !== '' && c.log_diagnostic !== false);
let top1 = 0;
let top3 = 0;
const confusion = new Map<string, Map<string, number>>();
const misses: string[] = [];
for (const c of withLog) {
  const families: string[] = [...new Set(analyzeLog(content, c.log).ranked.map((r) => r.family))];
  const predicted = families[0] ?? '(none)';
  if (predicted === c.family) top1++;
  else misses.push(`${c.id ?? '?'}: labelled ${c.family}, ranked ${families.slice(0, 3).join(', ') || '(none)'}`);
  if (families.slice(0, 3).includes(c.family ?? '')) top3++;
  const row = confusion.get(c.family ?? '?') ?? new Map<string, number>();
  row.set(predicted, (row.get(predicted) ?? 0) + 1);
  confusion.set(c.family ?? '?', row);
}
const n = withLog.length;
const ratio = (x: number) => (n === 0 ? 0 : Math.round((x / n) * 1000) / 1000);

if (json) {
  process.stdout.write(`${JSON.stringify({ logs: { n, top1: ratio(top1), top3: ratio(top3) } })}\n`);
} else {
  console.log(`cases: ${cases.length}, with a diagnostic log: ${n}`);
  console.log(`logs  top-1 family: ${top1}/${n} = ${ratio(top1)}   top-3 family: ${top3}/${n} = ${ratio(top3)}`);
  const cols = [...FAMILY_IDS, '(none)'];
  const short = (s: string) => s.slice(0, 10).padEnd(10);
  console.log(`\nconfusion (rows: labelled, columns: ranked first)\n${''.padEnd(20)} ${cols.map(short).join(' ')}`);
  for (const fam of FAMILY_IDS) {
    const row = confusion.get(fam);
    console.log(`${fam.padEnd(20)} ${cols.map((c) => String(row?.get(c) ?? 0).padEnd(10)).join(' ')}`);
  }
  if (misses.length > 0) console.log(`\nnot first:\n  ${misses.join('\n  ')}`);
}
