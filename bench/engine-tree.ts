/**
 * A generated content tree of exactly `size` nodes (questions + causes), valid
 * per src/engine/schema.ts and validate.ts, held in memory as content files:
 *   - questions q-00000 … in heap order: answers "yes" → 2i+1, "no" → 2i+2
 *     (a question while that index is one, otherwise a cause), "unsure" → a cause;
 *   - the first 64 questions form a spine: a third answer "deeper" → the next
 *     question, so a path of MAX_PAIRS (64) answers exists;
 *   - every cause is reached by some answer; no cycles (every edge goes to a
 *     higher index or to a cause).
 * families.json and guide.json come from test/fixtures/tree-ok.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MAX_PAIRS, type PathPair } from '../src/engine/path-codec.ts';
import type { ContentFile } from '../src/engine/validate.ts';
import { FAMILY_IDS } from '../src/engine/types.ts';

const fixture = resolve(import.meta.dirname, '../test/fixtures/tree-ok');
const readJson = (name: string): unknown => JSON.parse(readFileSync(resolve(fixture, name), 'utf8'));

const qid = (i: number) => `q-${String(i).padStart(5, '0')}`;
const cid = (i: number) => `c-${String(i).padStart(5, '0')}`;

export interface GeneratedTree {
  readonly files: readonly ContentFile[];
  readonly questions: number;
  readonly causes: number;
  /** MAX_PAIRS answers down the spine. */
  readonly deepPath: readonly PathPair[];
  /** Where the deep path leads. */
  readonly deepTarget: string;
}

export function generateTree(size = 10_000): GeneratedTree {
  const questions = Math.round(size * 0.6);
  const causes = size - questions;
  const spine = MAX_PAIRS;
  const target = (index: number) => (index < questions ? qid(index) : cid((index - questions) % causes));
  const files: ContentFile[] = [
    { path: 'meta.json', data: { schemaVersion: 1, version: 'bench-1', root: qid(0) } },
    { path: 'families.json', data: readJson('families.json') },
    { path: 'guide.json', data: readJson('guide.json') },
  ];
  for (let i = 0; i < questions; i++) {
    const answers = [
      { id: 'yes', label: { en: 'Yes, it does', ko: '네, 그렇습니다' }, next: target(2 * i + 1) },
      {
        id: 'no',
        label: { en: 'No, it does not', ko: '아니요, 그렇지 않습니다' },
        hint: { en: `Look at step ${i} again.`, ko: `${i}단계를 다시 확인하세요.` },
        next: target(2 * i + 2),
      },
    ];
    if (i < spine) answers.push({ id: 'deeper', label: { en: 'Go deeper', ko: '더 자세히' }, next: qid(i + 1) });
    files.push({
      path: `questions/${qid(i)}.json`,
      data: {
        schemaVersion: 1,
        id: qid(i),
        title: { en: `Does the error appear after step ${i} of the request?`, ko: `요청의 ${i}단계 이후에 오류가 나타나나요?` },
        help: { en: 'Check the error log of the web server for this step.', ko: '이 단계에 해당하는 웹 서버의 오류 로그를 확인하세요.' },
        answers,
        unsure: {
          how: { en: `Run the request with tracing on and look for step ${i}.`, ko: `추적을 켜고 요청을 실행해 ${i}단계를 찾으세요.` },
          next: cid(i % causes),
        },
      },
    });
  }
  for (let i = 0; i < causes; i++) {
    const step = (phase: string) => [
      {
        text: { en: `${phase}: do the thing for cause ${i}.`, ko: `${phase}: 원인 ${i}에 맞는 조치를 하세요.` },
        commands: [{ stack: 'any', code: `journalctl -u app --since "10 min ago" | grep -n "cause-${i}"` }],
      },
    ];
    files.push({
      path: `causes/${cid(i)}.json`,
      data: {
        schemaVersion: 1,
        id: cid(i),
        family: FAMILY_IDS[i % FAMILY_IDS.length],
        title: { en: `Generated cause number ${i}`, ko: `생성된 원인 ${i}번` },
        summary: { en: `Cause ${i} breaks the request.`, ko: `원인 ${i} 때문에 요청이 실패합니다.` },
        why: { en: 'The server cannot finish the response, so it answers 500.', ko: '서버가 응답을 끝내지 못해 500으로 응답합니다.' },
        symptoms: [{ en: 'Every request fails.', ko: '모든 요청이 실패합니다.' }],
        logLines: [`ERROR cause-${i} failed`],
        remedy: { mitigate: step('mitigate'), confirm: step('confirm'), fix: step('fix'), prevent: step('prevent') },
      },
    });
  }
  const deepPath = Array.from({ length: spine }, (_, i) => ({ question: qid(i), answer: 'deeper' }));
  return { files, questions, causes, deepPath, deepTarget: qid(spine) };
}
