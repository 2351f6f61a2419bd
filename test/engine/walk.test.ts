/** Which question comes next (walk.ts): the tree's order, minus what the log or the ranking makes pointless, plus what still tells causes apart. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEvidence } from '../../src/engine/log-analyzer.ts';
import { decodePath } from '../../src/engine/path-codec.ts';
import { walk } from '../../src/engine/resolve.ts';
import { baseOf } from '../../src/engine/trail.ts';
import { IG_MIN, informationGain, nextStep } from '../../src/engine/walk.ts';
import { logSuggestion } from '../../src/engine/log-suggest.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const trailOf = (raw: string) => walk(content, decodePath(raw).pairs).trail;
const q = (id: string) => content.questions[id]!;
const disk: LogEvidence = { families: { 'resource-exhaustion': 1.8 }, causes: { 'disk-full': 1.8 } };

describe('nextStep', () => {
  it('starts at the first question', () => {
    expect(nextStep(content, [], null)).toMatchObject({ kind: 'question', question: { id: content.root } });
  });

  it('never asks which log message it was after "not sure" about the log', () => {
    for (const raw of [
      'after-change.yes~what-changed.unsure~log-after-change.unsure',
      'after-change.no~pattern.every-time~scope.every-page~log-everything.unsure',
    ]) {
      let trail = trailOf(raw);
      for (let i = 0; i < 10; i++) {
        const next = nextStep(content, trail, null);
        if (next.kind === 'cause') break;
        expect(next.question.fromLog, `${raw} → ${next.question.id}`).not.toBe(true);
        trail = [...trail, { question: next.question, choice: { id: 'unsure' as never, next: next.question.unsure.next, unsure: true } }];
      }
    }
  });

  it('a decisive log answers the log questions itself and skips symptoms that could not change the result', () => {
    const next = nextStep(content, [], disk);
    const asked = next.kind === 'question' ? next.question : null;
    // If anything is still asked, it is a symptom question, never a question the log already answered.
    if (asked) expect(asked.fromLog).not.toBe(true);
    let trail = [...next.logAnswered];
    let steps = 0;
    for (let n = nextStep(content, trail, disk); n.kind === 'question' && steps < 10; n = nextStep(content, trail, disk), steps++) {
      trail = [...trail, ...n.logAnswered, { question: n.question, choice: { id: 'unsure' as never, next: n.question.unsure.next, unsure: true } }];
    }
    const end = nextStep(content, trail, disk);
    expect(end).toMatchObject({ kind: 'cause', cause: { id: 'disk-full' } });
    expect(steps).toBeLessThanOrEqual(2);
  });

  it('a question opened on its own continues from there, not from the first question', () => {
    const next = nextStep(content, trailOf('scope.every-page'), null);
    expect(next.kind).toBe('question');
    if (next.kind === 'question') expect(next.question.id).toBe('log-everything');
  });

  it('before a result, asks the symptom that tells two likely families apart', () => {
    // The log points equally to a resource shortage and a failing dependency: "does a restart help?" or "does it grow with traffic?" separate them.
    const tie: LogEvidence = { families: { 'resource-exhaustion': 0.8, 'dependency-failure': 0.8 }, causes: {} };
    const gains = ['under-load', 'restart-helps', 'after-change'].map((id) => informationGain(content, [], tie, q(id)));
    expect(Math.max(...gains)).toBeGreaterThan(IG_MIN);
    // Once a family is certain, no symptom question is worth asking.
    const sure: LogEvidence = { families: { 'resource-exhaustion': 5 }, causes: { 'disk-full': 5 } };
    expect(informationGain(content, [], sure, q('under-load'))).toBeLessThan(IG_MIN);
  });

  it('the log suggests an answer only to the questions it can answer', () => {
    expect(logSuggestion(content, q('log-everything'), disk)).toBe('resource');
    expect(logSuggestion(content, q('resource-which'), disk)).toBe('disk');
    expect(logSuggestion(content, q('under-load'), disk)).toBeNull();
    expect(logSuggestion(content, q('log-everything'), null)).toBeNull();
  });

  it('is total: any answers and any log give a question not yet answered, or a cause', () => {
    const questions = Object.values(content.questions);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: questions.length - 1 }), fc.integer({ min: 0, max: 9 })), { maxLength: 6 }),
        fc.option(fc.dictionary(fc.constantFrom('code-bug', 'permissions', 'dependency-failure'), fc.double({ min: 0, max: 5, noNaN: true })), { nil: null }),
        (picks, families) => {
          const seen = new Set<string>();
          const raw = picks
            .map(([qi, ai]) => {
              const question = questions[qi]!;
              const ids = [...question.answers.map((a) => a.id as string), 'unsure'];
              return { question: question.id, answer: ids[ai % ids.length]! };
            })
            .filter((p) => {
              const base = baseOf(content.questions[p.question]!);
              return seen.has(base) ? false : (seen.add(base), true);
            });
          const trail = walk(content, raw).trail;
          const next = nextStep(content, trail, families ? { families, causes: {} } : null);
          if (next.kind === 'question') expect(trail.some((s) => baseOf(s.question) === baseOf(next.question))).toBe(false);
          else expect(content.causes[next.cause.id]).toBeDefined();
        },
      ),
      { numRuns: 200 },
    );
  });
});
