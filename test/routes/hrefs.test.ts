import { describe, expect, it } from 'vitest';
import { causeHref, stepHref, stepIdOf } from '../../src/routes/hrefs.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

describe('step links', () => {
  it('name the step they open, so the page can prefetch where each answer leads', () => {
    const q = stepHref('ko', content.questions['resource-which']!, [{ question: 'after-change', answer: 'no' }], 'disk-full.80');
    expect(stepIdOf(q)).toBe('resource-which');
    expect(stepIdOf(causeHref('en', 'disk-full', [], { tried: ['memory-limit'] }))).toBe('disk-full');
    expect(stepIdOf('/en/log/')).toBeNull();
    expect(stepIdOf('/en/map/?at=scope')).toBeNull();
    expect(stepIdOf('https://evil.example/en/q/scope/')).toBeNull();
  });
});
