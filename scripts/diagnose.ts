/**
 * npm run --silent diagnose -- [--json] [--lang ko] [FILE]   (or: … | npm run --silent diagnose)
 * Reads a log with the app's own engine: the same rules, tables and confidence
 * scale as the log page (analyzeLog + diagnose). Prints a short answer (the
 * most likely family and cause, how sure, the lines that point there, what to
 * look for next); with --json:
 *   {"ranked":[{"family","cause","confidence","evidence":[{"line","text","rule"}]}]}
 * with every family, best first. Exit 0 on any input; 2 when the file cannot be
 * read; 1 when content/ is broken.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadContentDir } from '../src/content/load-files.ts';
import { confidenceLevel } from '../src/engine/belief.ts';
import { formatIssue } from '../src/engine/content-issues.ts';
import { diagnose } from '../src/engine/diagnosis.ts';
import { analyzeLog } from '../src/engine/log-analyzer.ts';
import type { Lang } from '../src/engine/types.ts';
import { enPages } from '../src/i18n/en-pages.ts';
import { koPages } from '../src/i18n/ko-pages.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const langAt = args.indexOf('--lang');
const lang: Lang = langAt >= 0 && args[langAt + 1] === 'ko' ? 'ko' : 'en';
const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--lang');
let text: string;
try {
  text = readFileSync(file && file !== '-' ? file : 0, 'utf8');
} catch (e) {
  console.error(`diagnose: cannot read ${file ?? 'standard input'}: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
}
const loaded = loadContentDir(resolve(import.meta.dirname, '../content'));
if (!loaded.ok) {
  console.error(loaded.error.map(formatIssue).join('\n'));
  process.exit(1);
}
const content = loaded.value;
const analysis = analyzeLog(content, text);
const recognised = analysis.clues.length > 0;
const diagnosis = diagnose(content, { trail: [], log: recognised ? analysis.evidence : null });
const ranked =
  recognised || analysis.errorLike
    ? diagnosis.families.map((f) => ({
        family: f.family,
        cause: f.causes[0]!.cause.id,
        confidence: Math.round(f.p * 1000) / 1000,
        evidence: analysis.clues.filter((c) => c.family === f.family).map((c) => ({ line: c.line, text: c.text, rule: c.rule })),
      }))
    : [];

if (json) {
  process.stdout.write(`${JSON.stringify({ ranked })}\n`);
} else {
  const t = lang === 'ko' ? koPages : enPages;
  const words = (p: number) => `${t.rank.levels[confidenceLevel(p)]} (${t.rank.about(Math.round(p * 10))})`;
  if (ranked.length === 0) {
    console.log(`${t.log.none}. ${t.log.noneBody}`);
  } else {
    const top = diagnosis.families[0]!;
    const cause = top.causes[0]!.cause;
    const title = (c: { title: Record<Lang, string> }) => c.title[lang];
    console.log(`${recognised ? t.log.headline(title(content.families[top.family])) : t.log.unrecognised} — ${words(top.p)}`);
    console.log(`${t.log.bestCause} ${title(cause)} [${cause.id}]`);
    for (const c of analysis.clues.filter((k) => k.family === top.family).slice(0, 5))
      console.log(`  ${t.log.lineNo(c.line)}: ${c.text}\n    ${c.explain[lang]} (${t.log.rule}: ${c.rule})`);
    const looks = [...new Set(analysis.clues.flatMap((c) => (c.look ? [c.look[lang]] : [])))];
    if (looks.length > 0) console.log(`${t.log.lookHeading}:\n${looks.map((l) => `  - ${l}`).join('\n')}`);
    const others = diagnosis.families.slice(1, 3).map((f) => `${title(content.families[f.family])} ${words(f.p)}`);
    console.log(`${t.rank.others}: ${others.join('; ')}`);
    if (analysis.truncated) console.log(t.log.truncated(analysis.linesRead));
  }
}
