import { describe, expect, it } from 'vitest';
import { resolveStep } from '../../src/engine/resolve.ts';
import { fixture, loadOrFail } from '../helpers/load.ts';

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

  it('opens any step directly when the link carries no answers', () => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, null);
    expect(r).toMatchObject({ status: 'ok', direct: true, trail: [] });
    expect(resolveStep(content, { kind: 'question', id: 'first' }, '')).toMatchObject({ status: 'ok', direct: false });
  });

  it('names the problem and keeps the valid prefix of a tampered path', () => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, 'first.yes~second.zzz');
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.problem).toBe('UNKNOWN_ANSWER');
    expect(r.trail).toHaveLength(1);
    expect(r.resumeAt.id).toBe('second');
    expect(r.target?.id).toBe('cause-a');
  });

  it.each([
    ['second.a', 'NOT_FROM_START'],
    ['nope.yes', 'UNKNOWN_QUESTION'],
    ['first.yes~first.yes', 'OUT_OF_ORDER'],
    ['first.no~second.a', 'OUT_OF_ORDER'],
    ['first.yes~second.b', 'LEADS_ELSEWHERE'],
    ['first.yes~%%%', 'MALFORMED'],
  ])('answers %s → %s', (raw, problem) => {
    const r = resolveStep(content, { kind: 'cause', id: 'cause-a' }, raw);
    expect(r).toMatchObject({ status: 'invalid', problem });
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
