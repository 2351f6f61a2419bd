/**
 * npm run eval:cases [-- FILE] [--json]
 * On every case of a JSONL file (default: ../shared/cases/dev.jsonl):
 * - logs: the log analyzer alone, on cases whose log is diagnostic;
 * - facts: the wizard replayed with the case's facts as answers (unknown → "I'm not sure");
 * - factsAndLog: the same, with the log analyzer's top cause answering the error-log questions.
 * Prints top-1 / top-3 family accuracy and a confusion table for the log analyzer.
 * With --json prints only {"logs":{n,top1,top3},"facts":{…},"factsAndLog":{…}}.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import { replay } from '../src/engine/alternatives.ts';
import { analyzeLog } from '../src/engine/log-analyzer.ts';
import { suggestedAnswer } from '../src/engine/suggest.ts';
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

type Fact = 'yes' | 'no' | 'unknown';
interface Case {
  id?: string;
  log?: string;
  family?: string;
  log_diagnostic?: boolean;
  facts?: Partial<Record<'after_deploy_or_change' | 'under_load' | 'single_route' | 'intermittent' | 'all_requests' | 'restart_helps', Fact>>;
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

/** The case's facts as answers to the symptom questions; the log's top cause for the rest. */
function answerer(c: Case, useLog: boolean) {
  const f = c.facts ?? {};
  const yesNo = (v: Fact | undefined) => (v === 'yes' ? 'yes' : v === 'no' ? 'no' : null);
  const logCause = useLog && c.log ? analyzeLog(content, c.log).ranked[0]?.cause : undefined;
  return (q: { id: string }): string | null => {
    switch (q.id) {
      case 'after-change':
        return yesNo(f.after_deploy_or_change);
      case 'pattern':
        return f.intermittent === 'yes' ? 'sometimes' : f.intermittent === 'no' || f.all_requests === 'yes' ? 'every-time' : null;
      case 'scope':
        return f.single_route === 'yes' ? 'some-pages' : f.single_route === 'no' || f.all_requests === 'yes' ? 'every-page' : null;
      case 'under-load':
        return yesNo(f.under_load);
      case 'restart-helps':
        return yesNo(f.restart_helps);
      default:
        return logCause ? suggestedAnswer(content, q.id, logCause) : null;
    }
  };
}

const replayMisses: string[] = [];
function replayScore(useLog: boolean) {
  let t1 = 0;
  let t3 = 0;
  for (const c of cases) {
    const log = useLog && c.log ? analyzeLog(content, c.log).ranked[0]?.cause : undefined;
    const families = [...new Set(replay(content, answerer(c, useLog), { log }).ranked.map((x) => x.family as string))];
    if (families[0] === c.family) t1++;
    if (families.slice(0, 3).includes(c.family ?? '')) t3++;
    else replayMisses.push(`${useLog ? 'facts + log' : 'facts'}: ${c.id ?? '?'}: labelled ${c.family}, ranked ${families.slice(0, 3).join(', ')}`);
  }
  const m = cases.length;
  const r = (x: number) => (m === 0 ? 0 : Math.round((x / m) * 1000) / 1000);
  return { n: m, top1: r(t1), top3: r(t3) };
}
const facts = replayScore(false);
const factsAndLog = replayScore(true);

if (json) {
  process.stdout.write(`${JSON.stringify({ logs: { n, top1: ratio(top1), top3: ratio(top3) }, facts, factsAndLog })}\n`);
} else {
  console.log(`cases: ${cases.length}, with a diagnostic log: ${n}`);
  console.log(`logs         top-1 family: ${top1}/${n} = ${ratio(top1)}   top-3 family: ${top3}/${n} = ${ratio(top3)}`);
  console.log(`facts        top-1 family: ${facts.top1}   top-3 family: ${facts.top3}   (n = ${facts.n}, wizard replayed with the facts)`);
  console.log(`facts + log  top-1 family: ${factsAndLog.top1}   top-3 family: ${factsAndLog.top3}   (n = ${factsAndLog.n})`);
  const cols = [...FAMILY_IDS, '(none)'];
  const short = (s: string) => s.slice(0, 10).padEnd(10);
  console.log(`\nconfusion (rows: labelled, columns: ranked first)\n${''.padEnd(20)} ${cols.map(short).join(' ')}`);
  for (const fam of FAMILY_IDS) {
    const row = confusion.get(fam);
    console.log(`${fam.padEnd(20)} ${cols.map((c) => String(row?.get(c) ?? 0).padEnd(10)).join(' ')}`);
  }
  if (misses.length > 0) console.log(`\nlog analyzer, not first:\n  ${misses.join('\n  ')}`);
  if (replayMisses.length > 0) console.log(`\nreplayed wizard, not in the top 3:\n  ${replayMisses.join('\n  ')}`);
}
