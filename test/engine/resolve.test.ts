import { describe, expect, it } from 'vitest';
import { decodePath, encodePath } from '../../src/engine/path-codec.ts';
import { resolveStep, trailPairs } from '../../src/engine/resolve.ts';
import { resumeAt } from '../../src/engine/walk.ts';
import { fixture, loadOrFail, realContent } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));

describe('resolveStep', () => {
  it('resolves a question reached by valid answers, with the trail', () => {
    const r = resolveStep(content, { kind: 'question', id: 'second' }, 'first.yes');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.node.id).toBe('second');
    expect(r.trail.map((s) => `${s.question.id}:${s.choice.id}`)).toEqual(['first:yes']);
    expect(r.direct).toBe(false);
  });

  it('resolves a cause reached through "I\'m not sure"', () => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-b' }, 'first.unsure~second-copy.unsure');
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.trail.map((s) => s.choice.unsure)).toEqual([true, true]);
  });

  it('opens any step directly when the link carries no answers; the first question is never "direct"', () => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, null);
    expect(r).toMatchObject({ status: 'ok', direct: true, trail: [] });
    expect(resolveStep(content, { kind: 'question', id: 'first' }, '')).toMatchObject({ status: 'ok', direct: false });
  });

  it('takes answers as facts: a walk may start at any question, and any cause may be shown with them', () => {
    // A question opened on its own and answered: the answers begin there.
    expect(resolveStep(content, { kind: 'cause', id: 'cause-a' }, 'second.a')).toMatchObject({ status: 'ok', direct: false });
    // A cause the answers do not single out is still a page the ranking can explain.
    expect(resolveStep(content, { kind: 'cause', id: 'cause-a' }, 'first.yes~second.b')).toMatchObject({ status: 'ok' });
  });

  it('names the problem and keeps the valid prefix of a tampered path, and says where to go on', () => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, 'first.yes~second.zzz');
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.problem).toBe('UNKNOWN_ANSWER');
    expect(r.trail).toHaveLength(1);
    expect(resumeAt(content, r.trail).id).toBe('second');
    expect(r.target?.id).toBe('cause-a');
  });

  it.each([
    ['nope.yes', 'UNKNOWN_QUESTION'],
    ['first.yes~first.no', 'ANSWERED_TWICE'],
    // second-copy repeats second: answering both is answering one question twice.
    ['first.yes~second.a~second-copy.b', 'ANSWERED_TWICE'],
    ['first.yes+no', 'UNKNOWN_ANSWER'],
    ['first.yes~%%%', 'MALFORMED'],
  ])('answers %s → %s', (raw, problem) => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, raw);
    expect(r).toMatchObject({ status: 'invalid', problem });
  });

  it('refuses a question page whose own question the link already answers', () => {
    expect(resolveStep(content, { kind: 'question', id: 'second' }, 'first.yes~second.a')).toMatchObject({ status: 'invalid', problem: 'ANSWERED_TWICE' });
  });

  it('treats unknown steps and prototype keys as unknown, not as crashes', () => {
    for (const id of ['missing', '__proto__', 'constructor', 'toString', '']) {
      const r = resolveStep(content, { kind: 'question', id }, null);
      expect(r).toMatchObject({ status: 'invalid', problem: 'UNKNOWN_STEP', target: null });
    }
    // a cause id asked for as a question
    expect(resolveStep(content, { kind: 'question', id: 'cause-a' }, null)).toMatchObject({ status: 'invalid' });
  });
});

describe('several answers', () => {
  const real = realContent();
  it('a question that takes several answers keeps them all, in the URL and back', () => {
    const raw = 'after-change.yes~what-changed.code+runtime';
    const r = resolveStep(real, { kind: 'question', id: 'log-after-change' }, raw);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    const step = r.trail[1]!;
    expect([step.choice.id, ...(step.more ?? []).map((c) => c.id)]).toEqual(['code', 'runtime']);
    expect(encodePath(trailPairs(r.trail))).toBe(raw);
  });

  it('a question that takes one answer refuses two, and "not sure" goes alone', () => {
    expect(resolveStep(real, { kind: 'question', id: 'pattern' }, 'after-change.yes+no')).toMatchObject({ status: 'invalid', problem: 'UNKNOWN_ANSWER' });
    expect(resolveStep(real, { kind: 'question', id: 'log-after-change' }, 'after-change.yes~what-changed.code+unsure')).toMatchObject({
      status: 'invalid',
      problem: 'UNKNOWN_ANSWER',
    });
    expect(decodePath('what-changed.code+code').problem?.code).toBe('MALFORMED');
  });
});
