/**
 * Property test of the masking: for every format, many random secrets (random
 * lengths and characters, random key spellings) in random log lines. No secret
 * survives, whole or as any 8-character chunk, in the masked text, in the
 * analyzer's evidence, in the log Markdown or in the escalation report; the
 * text around it stays readable.
 */
import { describe, expect, it } from 'vitest';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { maskSecrets } from '../../src/engine/mask.ts';
import { escalationReport, logAnalysisReport } from '../../src/engine/report.ts';
import { fixture, loadOrFail } from '../helpers/load.ts';
import { REPORT_LABELS, FORMATS, seeded, survivor } from '../helpers/secrets.ts';

const RUNS = 300;
const content = loadOrFail(fixture('tree-ok'));

const logReport = (lines: readonly { line: number; text: string }[]) =>
  logAnalysisReport({
    labels: { title: 'Log', note: 'masked', line: (n) => `line ${n}`, look: 'Look', rule: 'rule' },
    families: [{ family: 'Code', cause: 'Bug', confidence: 'Likely', evidence: lines.map((l) => ({ ...l, explain: '', rule: 'signature:boom' })) }],
    look: [],
  });

const escalation = (lines: readonly string[]) =>
  escalationReport({
    labels: REPORT_LABELS,
    url: 'https://triage.example/en/',
    generatedAt: '2025-03-12',
    version: '1',
    answers: [],
    tried: [],
    current: null,
    logEvidence: lines,
  });

describe.each(Object.keys(FORMATS))('secrets in the format "%s"', (format) => {
  const gen = FORMATS[format]!;

  it('never survive masking, whole or in part, and the text around them stays', () => {
    const r = seeded(format.length * 7919 + 15);
    for (let i = 0; i < RUNS; i++) {
      const s = gen(r);
      const masked = maskSecrets(s.text);
      for (const secret of s.secrets) expect(survivor(masked, secret), `${s.text}\n→ ${masked}`).toBeNull();
      for (const keep of s.keep) expect(masked, s.text).toContain(keep);
    }
  });

  it('never survive in the evidence, the log Markdown or the escalation report', () => {
    const r = seeded(format.length * 104729 + 15);
    for (let i = 0; i < RUNS / 3; i++) {
      const s = gen(r);
      // A line the analyzer counts ("Boom happened"), the secret on it or on the lines around it.
      const log = `INFO start\nBoom happened ${s.text}\nINFO done`;
      const clues = analyzeLog(content, log).clues;
      expect(clues.length, log).toBeGreaterThan(0);
      const shown = [...clues.map((c) => c.text), logReport(clues), escalation(clues.map((c) => `line ${c.line}: ${c.text}`))].join('\n');
      for (const secret of s.secrets) expect(survivor(shown, secret), `${log}\n→ ${shown}`).toBeNull();
    }
  });
});

describe('the generator', () => {
  it('is seeded: the same seed gives the same secrets', () => {
    const a = FORMATS['env KEY=value']!(seeded(1));
    const b = FORMATS['env KEY=value']!(seeded(1));
    expect(a).toEqual(b);
    expect(FORMATS['env KEY=value']!(seeded(2))).not.toEqual(a);
  });
});
