import { describe, expect, it } from 'vitest';
import { allPaths, remaining, shortestPaths } from '../../src/engine/graph.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { fixture, loadOrFail } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));

describe('graph', () => {
  it('counts the questions left on the shortest and the longest way', () => {
    expect(remaining(content, 'first')).toEqual({ min: 1, max: 2 });
    expect(remaining(content, 'second')).toEqual({ min: 1, max: 1 });
    expect(remaining(content, 'cause-a')).toEqual({ min: 0, max: 0 });
    expect(remaining(content, 'nope')).toEqual({ min: 0, max: 0 });
  });

  it('enumerates every root-to-cause path, "not sure" included', () => {
    const paths = [...allPaths(content)].map((p) => `${encodePath(p.pairs)} → ${p.cause.id}`);
    expect(paths).toEqual([
      'first.yes~second.a → cause-a',
      'first.yes~second.b → cause-b',
      'first.yes~second.unsure → cause-a',
      'first.no → cause-b',
      'first.unsure~second-copy.a → cause-a',
      'first.unsure~second-copy.b → cause-b',
      'first.unsure~second-copy.unsure → cause-b',
    ]);
  });

  it('finds the shortest way to every node', () => {
    const shortest = shortestPaths(content);
    expect(shortest.get('first')).toEqual([]);
    expect(shortest.get('cause-b')).toEqual([{ question: 'first', answer: 'no' }]);
    expect(shortest.size).toBe(5);
  });

  it('handles a deep generated tree without overflowing the stack', () => {
    const depth = 20_000;
    const questions: Record<string, (typeof content.questions)[string]> = {};
    for (let i = 0; i < depth; i++) {
      const next = i + 1 < depth ? `q${i + 1}` : 'cause-a';
      questions[`q${i}`] = {
        ...content.questions['second']!,
        id: `q${i}` as never,
        answers: [{ id: 'go' as never, label: { en: 'go', ko: 'go' }, next: next as never }],
        unsure: { how: { en: 'x', ko: 'x' }, next: next as never },
      };
    }
    const deep = { ...content, root: 'q0' as never, questions };
    expect(remaining(deep, 'q0')).toEqual({ min: depth, max: depth });
  });
});
