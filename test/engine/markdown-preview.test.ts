import { describe, expect, it } from 'vitest';
import { markdownBlocks, spansOf } from '../../src/engine/markdown-preview.ts';
import { inlineMarkdown } from '../../src/engine/markdown.ts';
import { escalationReport } from '../../src/engine/report.ts';

const labels = {
  title: '에스컬레이션 보고서',
  link: '링크',
  generated: '작성',
  version: '버전',
  answers: '답변',
  tried: '시도한 원인',
  current: '현재 원인',
  nextSteps: '다음 단계',
  nextStepsBody: '로그를 첨부하세요.',
  none: '없음',
  considered: '검토한 원인',
  stepsDone: '완료한 단계',
  logEvidence: '로그 근거',
  escalateTo: '연락처',
};

describe("reading the app's Markdown back for a preview", () => {
  it('undoes escapes and picks out bold and code, never HTML', () => {
    expect(spansOf(inlineMarkdown('a <b>*not bold*</b> `x`'))).toEqual([{ kind: 'text', text: 'a <b>*not bold*</b> `x`' }]);
    expect(spansOf('1. Disk — **Yes** and `df -h` <https://x.test/a>')).toEqual([
      { kind: 'text', text: '1. Disk — ' },
      { kind: 'strong', text: 'Yes' },
      { kind: 'text', text: ' and ' },
      { kind: 'code', text: 'df -h' },
      { kind: 'text', text: ' https://x.test/a' },
    ]);
  });

  it('gives headings, lists with task items, code and paragraphs of an escalation report (Korean)', () => {
    const md = escalationReport({
      labels,
      url: 'https://example.test/ko/cause/disk-full/',
      generatedAt: '2026-12-04T18:00:00Z',
      version: '7',
      answers: [{ question: '무엇이 바뀌었나요?', answer: '배포 없음' }],
      tried: [],
      current: { title: '디스크가 가득 참', family: '자원 고갈' },
      stepsDone: [{ cause: '디스크가 가득 참', steps: ['df -h 로 확인'] }],
      logEvidence: ['No space left on device'],
    });
    const blocks = markdownBlocks(md);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, spans: [{ kind: 'text', text: '에스컬레이션 보고서' }] });
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.kind === 'heading' && b.spans[0]!.text)).toEqual([
      '에스컬레이션 보고서',
      '답변',
      '시도한 원인',
      '현재 원인',
      '완료한 단계',
      '로그 근거',
      '다음 단계',
    ]);
    const answers = blocks.find((b) => b.kind === 'list' && b.ordered);
    expect(answers).toEqual({
      kind: 'list',
      ordered: true,
      items: [
        {
          checked: null,
          children: [],
          spans: [
            { kind: 'text', text: '무엇이 바뀌었나요? — ' },
            { kind: 'strong', text: '배포 없음' },
          ],
        },
      ],
    });
    const done = blocks.filter((b) => b.kind === 'list')[3];
    expect(done).toEqual({
      kind: 'list',
      ordered: false,
      items: [
        {
          checked: null,
          spans: [{ kind: 'text', text: '디스크가 가득 참' }],
          children: [{ checked: true, children: [], spans: [{ kind: 'text', text: 'df -h 로 확인' }] }],
        },
      ],
    });
    expect(blocks).toContainEqual({ kind: 'code', lines: ['No space left on device'] });
    expect(blocks.at(-1)).toEqual({ kind: 'paragraph', spans: [{ kind: 'text', text: '로그를 첨부하세요.' }] });
    expect(md).not.toContain('<');
  });

  it('reads any text without throwing (an unclosed fence, a lone backtick, a nested item first)', () => {
    expect(markdownBlocks('```\nx')).toEqual([{ kind: 'code', lines: ['x'] }]);
    expect(markdownBlocks('a ` b')).toEqual([{ kind: 'paragraph', spans: [{ kind: 'text', text: 'a ` b' }] }]);
    expect(markdownBlocks('  - [ ] open\n- b\n1. c')).toEqual([
      {
        kind: 'list',
        ordered: false,
        items: [
          { spans: [{ kind: 'text', text: 'open' }], checked: false, children: [] },
          { spans: [{ kind: 'text', text: 'b' }], checked: null, children: [] },
        ],
      },
      { kind: 'list', ordered: true, items: [{ spans: [{ kind: 'text', text: 'c' }], checked: null, children: [] }] },
    ]);
  });
});
