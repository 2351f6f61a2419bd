import { describe, expect, it } from 'vitest';
import { afterNotFixed, decodeTried, LIKELY_LIMIT, nextLikely, replay, resolveAlternative } from '../../src/engine/alternatives.ts';
import { escalationReport } from '../../src/engine/report.ts';
import { outcomePayload } from '../../src/engine/beacon.ts';
import { walk } from '../../src/engine/resolve.ts';
import { fixture, loadOrFail } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));

describe('next most likely causes', () => {
  it('goes nearest first: the last question\'s other answers, then earlier questions', () => {
    const { trail } = walk(content, [{ question: 'first', answer: 'yes' }, { question: 'second', answer: 'a' }]);
    expect(nextLikely(content, trail, ['cause-a']).map((c) => c.id)).toEqual(['cause-b']);
    expect(nextLikely(content, trail, ['cause-a', 'cause-b'])).toEqual([]);
  });

  it('after "still failing", offers the next cause until the likely ones are exhausted, then expert help', () => {
    const { trail } = walk(content, [{ question: 'first', answer: 'yes' }, { question: 'second', answer: 'a' }]);
    expect(afterNotFixed(content, trail, [], 'cause-a')).toMatchObject({ kind: 'next', cause: { id: 'cause-b' } });
    expect(afterNotFixed(content, trail, ['cause-a'], 'cause-b')).toEqual({ kind: 'expert' }); // nothing left
    expect(afterNotFixed(content, [], [], 'cause-a')).toEqual({ kind: 'expert' }); // opened directly
    expect(afterNotFixed(content, trail, Array.from({ length: LIKELY_LIMIT - 1 }, () => 'x'), 'cause-a')).toEqual({ kind: 'expert' });
  });

  it('reads the tried list from the URL, dropping unknown and repeated ids', () => {
    expect(decodeTried(content, 'cause-a~nope~cause-a~cause-b~__proto__')).toEqual(['cause-a', 'cause-b']);
    expect(decodeTried(content, null)).toEqual([]);
  });

  it('opens an alternative only when the answers lead to the first cause tried', () => {
    expect(resolveAlternative(content, 'cause-b', 'first.yes~second.a', ['cause-a']).status).toBe('ok');
    expect(resolveAlternative(content, 'cause-b', 'first.yes', ['cause-a']).status).toBe('invalid');
    expect(resolveAlternative(content, 'cause-a', 'first.yes~second.a', ['cause-a']).status).toBe('invalid');
    expect(resolveAlternative(content, 'cause-b', 'first.yes~second.a', []).status).toBe('invalid');
  });
});

describe('replay', () => {
  it('answers what it can, is "not sure" about the rest, and ranks the end first', () => {
    const r = replay(content, (q) => (q.id === 'first' ? 'yes' : null));
    expect(r.trail.map((s) => `${s.question.id}.${s.choice.id}`)).toEqual(['first.yes', 'second.unsure']);
    expect(r.ranked.map((c) => c.id)).toEqual(['cause-a', 'cause-b']);
    // An answer the question does not offer counts as "not sure".
    expect(replay(content, () => 'bogus').trail[0]?.choice.unsure).toBe(true);
  });
});

describe('escalation report', () => {
  const labels = { title: 'T', link: 'L', generated: 'G', version: 'V', answers: 'Answers', tried: 'Tried', current: 'Current', nextSteps: 'Next', nextStepsBody: 'Read logs.', none: '(none)', considered: 'Considered', stepsDone: 'Done', logEvidence: 'Log', escalateTo: 'Escalate' };

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
        { title: 'Disk full', family: 'Resource', confidence: 0.614 },
        { title: 'Memory', family: 'Resource', confidence: 0.2 },
      ],
      stepsDone: [{ cause: 'Disk full', steps: ['Free space', 'Rotate *logs*'] }, { cause: 'Nothing ticked', steps: [] }],
      logEvidence: ['line 3: ``` closes? password=[masked]'],
      escalateTo: { team: 'Platform team', contacts: [{ label: 'Pager', url: 'https://pager.example/x y' }] },
    });
    expect(md).toContain('## Considered\n\n1. Disk full (Resource) — 61%\n2. Memory (Resource) — 20%');
    expect(md).toContain('- Disk full\n  - [x] Free space\n  - [x] Rotate \\*logs\\*');
    expect(md).not.toContain('Nothing ticked');
    expect(md).toContain('````\nline 3: ``` closes? password=[masked]\n````');
    expect(md).toContain('Platform team\n\n- Pager: <https://pager.example/x%20y>');
  });
});

describe('outcome beacon payload', () => {
  it('carries only the content version, the answer ids, the cause id and yes/no', () => {
    const { trail } = walk(content, [{ question: 'first', answer: 'yes' }, { question: 'second', answer: 'unsure' }]);
    expect(outcomePayload(content, trail, 'cause-a', false)).toEqual({ version: content.version, steps: ['first.yes', 'second.unsure'], cause: 'cause-a', fixed: false });
  });
});
