import { describe, expect, it } from 'vitest';
import { mapPosition, treeMap } from '../../src/engine/map.ts';
import { encodePath } from '../../src/engine/path-codec.ts';
import { fixture, loadOrFail, realContent } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));

describe('the map of the tree', () => {
  it('numbers the questions breadth first and draws each cause once, under the first answer leading to it', () => {
    const map = treeMap(content);
    expect(map.questions.map((q) => `${q.number} ${q.question.id} ${encodePath(q.pairs)}`)).toEqual([
      '1 first ',
      '2 second first.yes',
      '3 second-copy first.unsure',
    ]);
    const drawn = map.questions.flatMap((q) => q.choices.filter((c) => c.drawsCause).map((c) => `${q.question.id}.${c.choice.id} → ${c.target?.id}`));
    expect(drawn).toEqual(['first.no → cause-b', 'second.a → cause-a']);
    expect(map.questions[2]!.from.map((q) => q.id)).toEqual(['first']);
    expect(encodePath(map.pairsOf.get('cause-a') ?? [])).toBe('first.yes~second.a');
    expect(map.orphanCauses).toEqual([]);
  });

  it('has every question and cause of the real content exactly once', () => {
    const real = realContent();
    const map = treeMap(real);
    const ids = [
      ...map.questions.map((q) => q.question.id),
      ...map.questions.flatMap((q) => q.choices.filter((c) => c.drawsCause).map((c) => c.target?.id)),
      ...map.orphanCauses.map((c) => c.id),
    ];
    expect(ids.length).toBe(Object.keys(real.questions).length + Object.keys(real.causes).length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('still shows a cause no answer leads to (content:check rejects one; the map is total anyway)', () => {
    const causeA = content.causes['cause-a']!;
    const extra = { ...causeA, id: 'extra' as typeof causeA.id };
    const map = treeMap({ ...content, causes: { ...content.causes, extra } });
    expect(map.orphanCauses.map((c) => c.id)).toEqual(['extra']);
  });
});

describe('where the map was opened from', () => {
  it('marks the answers given and the step', () => {
    const p = mapPosition(content, 'cause-a', 'first.yes~second.a');
    expect(p.current?.id).toBe('cause-a');
    expect([...p.onPath]).toEqual(['first', 'second', 'cause-a']);
    expect([...p.chosen]).toEqual(['first.yes', 'second.a']);
  });

  it('marks the step alone when opened directly, and nothing from the bare map', () => {
    expect([...mapPosition(content, 'second', null).onPath]).toEqual(['second']);
    expect(mapPosition(content, null, null).current).toBeNull();
  });

  it('follows the answers when no step is named, and ignores what is not valid', () => {
    expect(mapPosition(content, null, 'first.yes').current?.id).toBe('second');
    const bad = mapPosition(content, 'nope', 'first.yes~zzz.q');
    expect(bad.current?.id).toBe('second');
    expect([...bad.chosen]).toEqual(['first.yes']);
  });

  it('finds a renamed step through its alias', () => {
    const real = realContent();
    expect(mapPosition(real, 'ldap-mail-down', null).current?.id).toBe('mail-ldap-down');
  });
});
