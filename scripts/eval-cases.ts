/**
 * npm run eval:cases [-- FILE…] [--json] [--misses]
 * Measures the diagnosis on incident cases (default: ../shared/cases/dev.jsonl and dev2.jsonl):
 * - logs: the log reader alone, on cases whose log holds a clue;
 * - facts: the wizard replayed with the case's facts as answers;
 * - factsAndLog: the same, with the pasted log.
 * For each: top-1 and top-3 family, macro-F1, coverage (logs: share with any rule recognised),
 * calibration (share right per confidence band) and, for the replays, the median number of
 * questions asked. --json prints only the numbers; --misses lists the cases ranked wrong;
 * --scan shows how the two calibration parameters (log scale, symptom scale) change the fit.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import { readCases } from './eval/cases.ts';
import { scoreLogs } from './eval/log-eval.ts';
import { report, type Report } from './eval/metrics.ts';
import { median, scoreReplays } from './eval/replay-eval.ts';
import { scanScales } from './eval/scan.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showMisses = args.includes('--misses');
const scan = args.includes('--scan');
const shared = resolve(import.meta.dirname, '../../shared/cases');
const files = args.filter((a) => !a.startsWith('--')).map((f) => resolve(f));
const inputs = files.length > 0 ? files : [resolve(shared, 'dev.jsonl'), resolve(shared, 'dev2.jsonl')];
for (const f of inputs) {
  if (!existsSync(f)) {
    console.error(`eval:cases: no such file ${f}`);
    process.exit(2);
  }
}
const loaded = loadContentDir(resolve(import.meta.dirname, '../content'));
if (!loaded.ok) {
  console.error(loaded.error.map(formatIssue).join('\n'));
  process.exit(1);
}
const content = loaded.value;
const cases = readCases(inputs, (m) => console.error(`eval:cases: ${m}`));

if (scan) {
  scanScales(content, cases);
  process.exit(0);
}

const logs = scoreLogs(content, cases);
const facts = scoreReplays(content, cases, false);
const factsAndLog = scoreReplays(content, cases, true);
const result = {
  cases: cases.length,
  logs: report(logs),
  facts: { ...report(facts), medianAsked: median(facts.map((s) => s.asked)) },
  factsAndLog: { ...report(factsAndLog), medianAsked: median(factsAndLog.map((s) => s.asked)) },
};

if (json) {
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
  const line = (name: string, r: Report, extra = '') =>
    console.log(
      `${name.padEnd(12)} n=${String(r.n).padStart(3)}  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  macro-F1 ${r.macroF1.toFixed(2)}  coverage ${pct(r.coverage)}  sure (≥0.8) right ${pct(r.sureRight.share)} of ${r.sureRight.n}${extra}`,
    );
  console.log(`cases: ${cases.length} (${inputs.map((f) => f.split('/').pop()).join(', ')})`);
  line('logs', result.logs);
  line('facts', result.facts, `  median questions ${result.facts.medianAsked}`);
  line('facts + log', result.factsAndLog, `  median questions ${result.factsAndLog.medianAsked}`);
  for (const [name, r] of [
    ['logs', result.logs],
    ['facts', result.facts],
    ['facts + log', result.factsAndLog],
  ] as const) {
    console.log(`\ncalibration, ${name}: band  n  right  share  (mean confidence)`);
    for (const b of r.calibration)
      console.log(`  ${b.band.padEnd(10)} ${String(b.n).padStart(3)} ${String(b.right).padStart(5)}  ${pct(b.share)}  (${b.meanConfidence.toFixed(2)})`);
  }
  if (showMisses) {
    console.log('\nlog reader, not first:');
    for (const s of logs.filter((x) => x.ranked[0] !== x.label))
      console.log(`  ${s.id}: labelled ${s.label}, ranked ${s.ranked.slice(0, 3).join(', ')} (${s.confidence.toFixed(2)}) ${s.rules.join(' ')}`);
    console.log('\nfacts + log, not first:');
    for (const s of factsAndLog.filter((x) => x.ranked[0] !== x.label))
      console.log(`  ${s.id}: labelled ${s.label}, ranked ${s.ranked.slice(0, 3).join(', ')} → ${s.cause} (${s.confidence.toFixed(2)}, ${s.asked} asked)`);
  }
}
