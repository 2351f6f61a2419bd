/**
 * The one confidence scale (belief.ts, diagnosis.ts): what answers and a log
 * make of the six families and their causes, in words a person can trust.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerTable } from '../../src/engine/answer-model.ts';
import { believe, confidenceLevel, EXCLUDED, logScores, plausibleFamilies, tryOrder, VERY_LIKELY } from '../../src/engine/belief.ts';
import { diagnose } from '../../src/engine/diagnosis.ts';
import type { LogEvidence } from '../../src/engine/log-analyzer.ts';
import { decodePath } from '../../src/engine/path-codec.ts';
import { walk } from '../../src/engine/resolve.ts';
import { FAMILY_IDS } from '../../src/engine/types.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const trailOf = (raw: string) => walk(content, decodePath(raw).pairs).trail;
const disk: LogEvidence = { families: { 'resource-exhaustion': 0.9 }, causes: { 'disk-full': 0.9 } };

describe('belief', () => {
  it('with no evidence, every family is equally likely and the words say we do not know', () => {
    const b = believe(content, { families: {}, causes: {} });
    expect(b.families).toHaveLength(6);
    for (const f of b.families) expect(f.p).toBeCloseTo(1 / 6, 5);
    expect(b.band).toBe('unknown');
  });

  it('probabilities sum to 1 over families and, within each family, over its causes', () => {
    const b = believe(content, logScores(disk));
    expect(b.families.reduce((s, f) => s + f.p, 0)).toBeCloseTo(1, 9);
    for (const f of b.families) expect(f.causes.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
    expect(b.top?.cause.id).toBe('disk-full');
  });

  it('one decisive line is not "very likely" on its own; two agreeing lines are surer than one', () => {
    const one = believe(content, logScores(disk)).families[0]!.p;
    const two = believe(content, logScores({ families: { 'resource-exhaustion': 1.5 }, causes: { 'disk-full': 1.5 } })).families[0]!.p;
    expect(one).toBeLessThan(VERY_LIKELY);
    expect(two).toBeGreaterThan(one);
  });

  it('a tie is never worded as likely', () => {
    const tie = believe(content, logScores({ families: { 'resource-exhaustion': 0.9, permissions: 0.9 }, causes: {} }));
    expect(tie.band).toBe('several');
  });

  it('words follow the probability, the same everywhere', () => {
    expect([0.95, 0.7, 0.5, 0.2, 0.05].map(confidenceLevel)).toEqual(['very-likely', 'likely', 'possible', 'less-likely', 'unlikely']);
  });

  it('what to try: the best cause of other plausible families before the siblings of the first', () => {
    const order = tryOrder(diagnose(content, { trail: [], log: disk }));
    expect(order[0]?.cause.id).toBe('disk-full');
    const families = order.slice(0, 3).map((c) => c.cause.family);
    expect(new Set(families).size).toBe(3);
  });

  it('says when the evidence rules families out', () => {
    const strong = believe(content, logScores({ families: { 'resource-exhaustion': 4 }, causes: {} }));
    expect(plausibleFamilies(strong).every((f) => f.p >= EXCLUDED)).toBe(true);
    expect(plausibleFamilies(strong).length).toBeLessThan(6);
  });
});

describe('answers as evidence', () => {
  it('each answer is a probability per cause: the answers of a question sum to 1 for every cause', () => {
    for (const q of Object.values(content.questions)) {
      const table = answerTable(content, q);
      for (const c of Object.values(content.causes)) {
        const sum = q.answers.reduce((s, a) => s + Math.exp(table.get(a.id)?.get(c.id) ?? -Infinity), 0);
        expect(sum, `${q.id} / ${c.id}`).toBeCloseTo(1, 6);
      }
    }
  });

  it('"errors grow with traffic" points to resource exhaustion; "not sure" changes nothing', () => {
    const base = diagnose(content, { trail: [], log: null });
    const load = diagnose(content, { trail: trailOf('after-change.no~pattern.sometimes~under-load.yes'), log: null });
    const unsure = diagnose(content, { trail: trailOf('after-change.unsure~pattern.unsure'), log: null });
    const p = (d: typeof base, f: string) => d.families.find((x) => x.family === f)!.p;
    expect(load.families[0]?.family).toBe('resource-exhaustion');
    expect(p(load, 'resource-exhaustion')).toBeGreaterThan(p(base, 'resource-exhaustion'));
    for (const f of FAMILY_IDS) expect(p(unsure, f)).toBeCloseTo(p(base, f), 9);
  });

  it('explains the top family: answers for it and against it, and the log', () => {
    const d = diagnose(content, { trail: trailOf('after-change.no~pattern.sometimes~under-load.yes'), log: disk });
    expect(d.reasons.for.some((r) => r.kind === 'answer' && r.question.id === 'under-load')).toBe(true);
    expect(d.reasons.for.some((r) => r.kind === 'log')).toBe(true);
    expect(d.reasons.against.every((r) => r.weight < 0)).toBe(true);
  });

  it('an answer the log gave counts once: as the log, not again as an answer', () => {
    const log: LogEvidence = { families: { permissions: 0.9 }, causes: { 'unwritable-storage': 0.9 } };
    const withLogAnswer = diagnose(content, { trail: trailOf('log-everything.permission'), log });
    const logOnly = diagnose(content, { trail: [], log });
    expect(withLogAnswer.families[0]!.p).toBeCloseTo(logOnly.families[0]!.p, 9);
    // The same answer given by a person who changed the log's suggestion does count.
    const otherAnswer = diagnose(content, { trail: trailOf('log-everything.resource'), log });
    expect(otherAnswer.families[0]!.p).not.toBeCloseTo(logOnly.families[0]!.p, 3);
  });

  it('several answers to "What changed?" each count', () => {
    const one = diagnose(content, { trail: trailOf('after-change.yes~what-changed.config'), log: null });
    const two = diagnose(content, { trail: trailOf('after-change.yes~what-changed.config+runtime'), log: null });
    const p = (d: typeof one, f: string) => d.families.find((x) => x.family === f)!.p;
    expect(p(two, 'deployment-artifact')).toBeGreaterThan(p(one, 'deployment-artifact'));
  });
});

describe('diagnosis, on any walk', () => {
  it('is total, deterministic and a proper distribution for any answers and any log evidence', () => {
    const questions = Object.values(content.questions);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: questions.length - 1 }), fc.integer({ min: 0, max: 8 })), { maxLength: 8 }),
        fc.dictionary(fc.constantFrom(...FAMILY_IDS), fc.double({ min: 0, max: 20, noNaN: true })),
        (picks, families) => {
          const seen = new Set<string>();
          const raw = picks
            .map(([qi, ai]) => {
              const q = questions[qi]!;
              const ids = [...q.answers.map((a) => a.id as string), 'unsure'];
              return { question: q.id, answer: ids[ai % ids.length]! };
            })
            .filter((p) => (seen.has(p.question) ? false : (seen.add(p.question), true)));
          const trail = walk(content, raw).trail;
          const log: LogEvidence = { families, causes: {} };
          const a = diagnose(content, { trail, log });
          const b = diagnose(content, { trail, log });
          expect(a.families.map((f) => f.family)).toEqual(b.families.map((f) => f.family));
          expect(a.families.reduce((s, f) => s + f.p, 0)).toBeCloseTo(1, 6);
          for (const f of a.families) expect(Number.isFinite(f.p)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
