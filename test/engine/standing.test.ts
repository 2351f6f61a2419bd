import { describe, expect, it } from 'vitest';
import { replay } from '../../src/engine/alternatives.ts';
import { familyShare, isUnsure, standingOf, tryOrder } from '../../src/engine/belief.ts';
import { FAMILY_IDS } from '../../src/engine/ids.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const walkWith = (facts: Record<string, string>) => replay(content, (q) => facts[q.id] ?? null).diagnosis;

describe('how a result page presents a cause', () => {
  it('without evidence, only as a reference', () => {
    expect(standingOf(null, 'disk-full', [])).toBe('reference');
  });

  it('the first of the ranking as the likely cause when the evidence is clear, as one candidate when it is not', () => {
    const sure = walkWith({
      'after-change': 'no',
      pattern: 'sometimes',
      'under-load': 'yes',
      'restart-helps': 'yes',
      'log-load': 'resource',
      'resource-which': 'disk',
    });
    const vague = walkWith({});
    expect(isUnsure(sure)).toBe(false);
    expect(isUnsure(vague)).toBe(true);
    expect(standingOf(sure, tryOrder(sure)[0]!.cause.id, [])).toBe('likely');
    expect(standingOf(vague, tryOrder(vague)[0]!.cause.id, [])).toBe('candidate');
  });

  it('after a cause was tried, the next of the ranking as the next to try; any other as another', () => {
    const d = walkWith({ 'after-change': 'no', pattern: 'sometimes', 'under-load': 'yes' });
    const [first, second, third] = tryOrder(d);
    expect(standingOf(d, second!.cause.id, [first!.cause.id])).toBe('next');
    expect(standingOf(d, third!.cause.id, [first!.cause.id])).toBe('another');
    expect(standingOf(d, second!.cause.id, [])).toBe('another');
  });
});

describe('familyShare: the number every page and report says for a cause', () => {
  it("is the cause family's probability, and the six add up to one", () => {
    const d = walkWith({ 'after-change': 'no', pattern: 'sometimes', 'under-load': 'yes' });
    const top = d.families[0]!;
    expect(familyShare(d, top.family)).toBe(top.p);
    expect(FAMILY_IDS.reduce((sum, f) => sum + familyShare(d, f), 0)).toBeCloseTo(1, 5);
    expect(familyShare({ ...d, families: [] }, top.family)).toBe(0);
  });
});
