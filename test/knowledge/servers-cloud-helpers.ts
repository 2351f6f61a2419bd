/**
 * Reading a pasted log the way the log page does (analyzeLog, then believe on
 * the one confidence scale), for the server and cloud knowledge tests.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog, type Clue } from '../../src/engine/log-analyzer.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

const serverSignatureIds = new Set(
  (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/signatures/servers.json'), 'utf8')) as { signatures: { id: string }[] }).signatures.map(
    (s) => `signature:${s.id}`,
  ),
);

/** True for rules of this area: the apache and cloud tables and the servers signatures. */
export const isOurs = (rule: string) => rule.startsWith('apache:') || rule.startsWith('cloud:') || serverSignatureIds.has(rule);

export function read(log: string) {
  const analysis = analyzeLog(content, log);
  const belief = believe(content, logScores(analysis.evidence));
  const first = belief.families[0]!;
  return {
    analysis,
    belief,
    rules: analysis.clues.map((c) => c.rule),
    family: first.family,
    p: first.p,
    cause: belief.top?.cause.id,
    clue: (rule: string): Clue | undefined => analysis.clues.find((c) => c.rule === rule),
  };
}

/** Lines as an on-call engineer pastes them: the template's common indentation removed. */
export function log(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values);
  const lines = text
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}
