import { describe, expect, it } from 'vitest';
import { diagnosisMarkdown, type DiagnosisInput } from '../../src/engine/diagnosis-markdown.ts';

const input: DiagnosisInput = {
  labels: {
    title: 'HTTP 500 diagnosis',
    link: 'Link',
    version: 'Content version',
    answers: 'Answers',
    cause: 'Likely cause',
    why: 'Why',
    remedy: 'Remedy',
    tried: 'Already tried',
    none: '(none)',
    confidence: 'How sure',
    others: 'Other causes to check',
  },
  url: 'https://triage.example.com/en/cause/disk-full/?a=x.y~z.w',
  version: '2026.11.1',
  cause: { title: 'The disk is full', family: 'Resource shortage', summary: 'Writes fail.', why: 'No space left.' },
  answers: [
    { question: 'Did it start after a change?', answer: 'No' },
    { question: 'Which message?', answer: 'No space left on device' },
  ],
  remedy: [
    {
      heading: 'Stop the bleeding',
      steps: [
        { text: 'Free space in /var/log', done: true },
        { text: 'Rotate logs', done: false },
      ],
    },
    { heading: 'Confirm', steps: [{ text: 'Run df -h', done: false }] },
    { heading: 'Fix', steps: [] },
    { heading: 'Prevent', steps: [{ text: 'Alert at 80%', done: false }] },
  ],
  tried: [],
};

describe('diagnosis as Markdown', () => {
  it('has the cause, why, the numbered answers, the remedy as a task list in phase order, and the link', () => {
    const md = diagnosisMarkdown(input);
    expect(md.split('\n').slice(0, 7)).toEqual([
      '# HTTP 500 diagnosis: The disk is full',
      '',
      '**Likely cause:** The disk is full (Resource shortage)',
      '',
      'Writes fail.',
      '',
      '**Why:** No space left.',
    ]);
    expect(md).toContain('## Answers\n\n1. Did it start after a change? — **No**\n2. Which message? — **No space left on device**\n');
    expect(md).toContain('### 1. Stop the bleeding\n\n- [x] Free space in /var/log\n- [ ] Rotate logs\n');
    expect(md).toContain('### 2. Confirm\n\n- [ ] Run df -h');
    expect(md).not.toContain('Fix'); // an empty phase is left out
    expect(md.indexOf('### 4. Prevent')).toBeGreaterThan(md.indexOf('### 2. Confirm'));
    expect(md).toContain('- Link: <https://triage.example.com/en/cause/disk-full/?a=x.y~z.w>');
    expect(md).toContain('- Content version: 2026.11.1');
    expect(md).not.toContain('Already tried');
  });

  it('says how sure it is and which causes of other families to check next, and leaves both out when there is no evidence', () => {
    const md = diagnosisMarkdown({
      ...input,
      confidence: 'Likely · about 7 in 10',
      others: [
        { title: 'A dependency is down', family: 'Failing dependency', confidence: 'Possible · about 2 in 10' },
        { title: 'Bad *config*', family: 'Misconfiguration', confidence: 'Unlikely' },
      ],
    });
    expect(md).toContain('**Likely cause:** The disk is full (Resource shortage)\n\n**How sure:** Likely · about 7 in 10\n');
    expect(md).toContain(
      '## Other causes to check\n\n- A dependency is down (Failing dependency) — Possible · about 2 in 10\n- Bad \\*config\\* (Misconfiguration) — Unlikely\n',
    );
    expect(md.indexOf('## Other causes to check')).toBeGreaterThan(md.indexOf('### 4. Prevent'));
    const bare = diagnosisMarkdown(input);
    expect(bare).not.toContain('How sure');
    expect(bare).not.toContain('Other causes to check');
  });

  it('lists causes already tried, and says "(none)" when there are no answers', () => {
    const md = diagnosisMarkdown({ ...input, answers: [], tried: ['Memory limit', 'Bad deploy'] });
    expect(md).toContain('## Answers\n\n(none)\n');
    expect(md).toContain('## Already tried\n\n- Memory limit\n- Bad deploy\n');
  });

  it('keeps content text from turning into Markdown structure, links or HTML', () => {
    const md = diagnosisMarkdown({
      ...input,
      cause: { ...input.cause, title: '# Not a heading [x](javascript:alert(1)) <img src=x>', summary: '- not a list\nsecond line' },
      url: 'javascript:alert(1)',
    });
    expect(md).toContain('\\# Not a heading \\[x\\](javascript:alert(1)) \\<img src=x\\>');
    expect(md).toContain('\n\\- not a list second line\n');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).not.toContain('<javascript:');
  });
});
