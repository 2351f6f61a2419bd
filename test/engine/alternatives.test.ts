import { describe, expect, it } from 'vitest';
import { afterNotFixed, decodeTried, LIKELY_LIMIT, nextLikely, replay } from '../../src/engine/alternatives.ts';
import { decodePath } from '../../src/engine/path-codec.ts';
import { escalationReport } from '../../src/engine/report.ts';
import { outcomePayload } from '../../src/engine/beacon.ts';
import { walk } from '../../src/engine/resolve.ts';
import { fixture, loadOrFail, realContent } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));

const real = realContent();
const trailOf = (c: typeof content, raw: string) => walk(c, decodePath(raw).pairs).trail;

describe('what to try next', () => {
  it('after "still failing", the next cause is the best of another family, and expert help after LIKELY_LIMIT tries', () => {
    const trail = trailOf(content, 'first.yes~second.a');
    expect(nextLikely(content, trail, ['cause-a'], null).map((c) => c.id)).toEqual(['cause-b']);
    expect(nextLikely(content, trail, ['cause-a', 'cause-b'], null)).toEqual([]);
    expect(afterNotFixed(content, trail, [], 'cause-a', null)).toMatchObject({ kind: 'next', cause: { id: 'cause-b' } });
    expect(afterNotFixed(content, trail, ['cause-a'], 'cause-b', null)).toEqual({ kind: 'expert' }); // nothing left
    expect(afterNotFixed(content, [], [], 'cause-a', null)).toEqual({ kind: 'expert' }); // opened without answers or a log
    expect(
      afterNotFixed(
        content,
        trail,
        Array.from({ length: LIKELY_LIMIT - 1 }, () => 'x'),
        'cause-a',
        null,
      ),
    ).toEqual({ kind: 'expert' });
  });

  it("in the real tree, the causes after the first come from other families before the first one's siblings", () => {
    // A log that says "disk full": resource-exhaustion first; the next tries leave that family.
    const log = { families: { 'resource-exhaustion': 0.9 }, causes: { 'disk-full': 0.9 } };
    const order = nextLikely(real, [], [], log);
    expect(order[0]?.id).toBe('disk-full');
    expect(new Set(order.slice(1, 3).map((c) => c.family)).has('resource-exhaustion')).toBe(false);
    expect(afterNotFixed(real, [], [], 'disk-full', log)).toMatchObject({ kind: 'next' });
  });

  it('reads the tried list from the URL, dropping unknown and repeated ids', () => {
    expect(decodeTried(content, 'cause-a~nope~cause-a~cause-b~__proto__')).toEqual(['cause-a', 'cause-b']);
    expect(decodeTried(content, null)).toEqual([]);
  });
});

describe('replay', () => {
  it('answers what it can, is "not sure" about the rest, and ends where the walk ends', () => {
    const r = replay(content, (q) => (q.id === 'first' ? 'yes' : null));
    expect(r.trail.map((s) => `${s.question.id}.${s.choice.id}`)).toEqual(['first.yes', 'second.unsure']);
    expect(r.asked).toBe(2);
    expect(['cause-a', 'cause-b']).toContain(r.cause.id);
    // An answer the question does not offer counts as "not sure".
    expect(replay(content, () => 'bogus').trail[0]?.choice.unsure).toBe(true);
  });

  it('a log that answers the log questions saves the person from them', () => {
    const log = { families: { 'resource-exhaustion': 1.8 }, causes: { 'disk-full': 1.8 } };
    const withLog = replay(real, () => null, log);
    const without = replay(real, () => null, null);
    expect(withLog.cause.id).toBe('disk-full');
    expect(withLog.asked).toBeLessThan(without.asked);
    expect(withLog.trail.some((s) => s.question.fromLog)).toBe(true);
  });
});

describe('escalation report', () => {
  const labels = {
    title: 'T',
    link: 'L',
    generated: 'G',
    version: 'V',
    answers: 'Answers',
    tried: 'Tried',
    current: 'Current',
    nextSteps: 'Next',
    nextStepsBody: 'Read logs.',
    none: '(none)',
    considered: 'Considered',
    stepsDone: 'Done',
    logEvidence: 'Log',
    escalateTo: 'Escalate',
  };

  it('is Markdown with the answers and the causes tried, content never read as markup', () => {
    const md = escalationReport({
      labels,
      url: 'http://x/en/cause/a/?a=q.y',
      generatedAt: '2026-11-25T00:00:00Z',
      version: '1',
      answers: [{ question: 'Did it <b>break</b>?', answer: 'Yes\n# not a heading' }],
      tried: [{ title: 'Disk *full*', family: 'Resource' }],
      current: null,
    });
    expect(md).toContain('1. Did it \\<b\\>break\\</b\\>? — **Yes \\# not a heading**');
    expect(md).toContain('- Disk \\*full\\* (Resource)');
    expect(md).not.toContain('## Current');
    for (const h of ['## Considered', '## Done', '## Log', '## Escalate']) expect(md).not.toContain(h);
  });

  it('adds the ranking, the steps done, the masked log lines and who to escalate to, none of it read as markup', () => {
    const md = escalationReport({
      labels,
      url: 'u',
      generatedAt: 'g',
      version: '1',
      answers: [],
      tried: [],
      current: { title: 'Disk full', family: 'Resource' },
      considered: [
        { title: 'Disk full', family: 'Resource', confidence: 'Likely · about 6 in 10' },
        { title: 'Memory', family: 'Resource', confidence: 'Less likely · about 2 in 10' },
      ],
      stepsDone: [
        { cause: 'Disk full', steps: ['Free space', 'Rotate *logs*'] },
        { cause: 'Nothing ticked', steps: [] },
      ],
      logEvidence: ['line 3: ``` closes? password=[masked]'],
      escalateTo: { team: 'Platform team', contacts: [{ label: 'Pager', url: 'https://pager.example/x y' }] },
    });
    expect(md).toContain('## Considered\n\n1. Disk full (Resource) — Likely · about 6 in 10\n2. Memory (Resource) — Less likely · about 2 in 10');
    expect(md).toContain('- Disk full\n  - [x] Free space\n  - [x] Rotate \\*logs\\*');
    expect(md).not.toContain('Nothing ticked');
    expect(md).toContain('````\nline 3: ``` closes? password=[masked]\n````');
    expect(md).toContain('Platform team\n\n- Pager: <https://pager.example/x%20y>');
  });
});

describe('outcome beacon payload', () => {
  it('carries only the content version, the answer ids, the cause id and yes/no', () => {
    const { trail } = walk(content, [
      { question: 'first', answer: 'yes' },
      { question: 'second', answer: 'unsure' },
    ]);
    expect(outcomePayload(content, trail, 'cause-a', false)).toEqual({
      version: content.version,
      steps: ['first.yes', 'second.unsure'],
      cause: 'cause-a',
      fixed: false,
    });
  });
});
