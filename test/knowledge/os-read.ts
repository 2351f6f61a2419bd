/** Reads a pasted log the way the log page does, for the OS/platform table tests. */
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

/** The tables these tests cover. */
const OS_TABLES = ['errno', 'win32', 'iis', 'platform'] as const;

export function read(log: string) {
  const analysis = analyzeLog(content, log);
  const belief = believe(content, logScores(analysis.evidence));
  return {
    analysis,
    /** Rules that counted, in line order. */
    rules: analysis.clues.map((c) => c.rule),
    /** The most likely family. */
    family: belief.families[0]!.family,
    /** The most likely cause of the most likely family. */
    cause: belief.top?.cause.id,
    /** What a wrapper clue tells the person to look for (by rule). */
    look: (rule: string) => analysis.clues.find((c) => c.rule === rule)?.look?.en ?? null,
    /** Clues from the OS/platform tables. */
    ours: analysis.clues.filter((c) => OS_TABLES.some((t) => c.rule.startsWith(`${t}:`))).map((c) => c.rule),
  };
}

/** Joins log lines as they are pasted. */
export const log = (...lines: string[]) => lines.join('\n');
