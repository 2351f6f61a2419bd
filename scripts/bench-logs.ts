/**
 * npm run bench:logs — time to analyze a generated 5 MB log (median of 5 runs).
 * Prints numbers; never a pass/fail.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContentDir } from '../src/content/load-files.ts';
import { analyzeLog } from '../src/engine/log-analyzer.ts';

const loaded = loadContentDir(resolve(import.meta.dirname, '../content'));
if (!loaded.ok) throw new Error('content/ is broken: run npm run content:check');
const content = loaded.value;

const noise = [
  '127.0.0.1 - - [12/Mar/2025:10:00:00 +0000] "GET /assets/app.js HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
  '2025-03-12T10:00:00.123Z INFO  [http-nio-8080-exec-4] c.e.web.RequestLogger - GET /api/orders 200 12ms',
  '[2025-03-12 10:00:00] production.INFO: Order 1234 shipped {"user":42}',
  'Mar 12 10:00:00 web1 systemd[1]: Started Session 12 of user deploy.',
  '    at java.base/java.lang.Thread.run(Thread.java:833)',
];
const errors = [
  '2025/03/12 10:00:01 [crit] 1234#0: *99 open() "/var/www/app/storage/logs/laravel.log" failed (13: Permission denied)',
  'PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 65536 bytes) in /var/www/app/x.php on line 9',
  'SQLSTATE[HY000] [2002] Connection refused',
];
const target = 5 * 1024 * 1024;
const lines: string[] = [];
let size = 0;
for (let i = 0; size < target; i++) {
  const line = i % 997 === 0 ? errors[i % errors.length]! : noise[i % noise.length]!.replace('10:00:00', `10:${String(i % 60).padStart(2, '0')}:00`);
  lines.push(line);
  size += line.length + 1;
}
const text = lines.join('\n');
analyzeLog(content, text.slice(0, 100_000)); // warm up (compile the signatures)
const times: number[] = [];
let result = analyzeLog(content, '');
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  result = analyzeLog(content, text);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
console.log(
  `log analyzer: ${(text.length / 1024 / 1024).toFixed(2)} MB, ${lines.length} lines, ${content.signatures.length} signatures, ${content.knowledge.reduce((n, t) => n + t.entries.length, 0)} table entries in ${content.knowledge.length} tables`,
);
console.log(
  `median ${times[2]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times[4]!.toFixed(0)}) — ${result.clues.length} clues: ${[...new Set(result.clues.map((c) => c.rule))].join(', ')}`,
);

// Pastes that are mostly line breaks (a terminal's scrollback, CRLF files) once made
// a whole-text pattern quadratic: time one with half a million of them.
const blank = `${'\n'.repeat(500_000)}${errors[0]}\n`;
const b0 = performance.now();
const blankResult = analyzeLog(content, blank);
console.log(`500,000 empty lines and one error: ${(performance.now() - b0).toFixed(0)} ms — ${blankResult.clues.length} clue(s)`);
