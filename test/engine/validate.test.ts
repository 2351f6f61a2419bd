import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/content/load-files.ts';
import { formatIssue } from '../../src/engine/content-issues.ts';
import { validateContent, type ContentFile } from '../../src/engine/validate.ts';
import { fixture, rawFiles } from '../helpers/load.ts';

describe('content validation', () => {
  it('accepts a well-formed tree and flattens "extends" questions', () => {
    const r = loadContentDir(fixture('tree-ok'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.questions['second-copy']?.answers.map((a) => a.id)).toEqual(['a', 'b']);
    expect(r.value.questions['second-copy']?.unsure.next).toBe('cause-b');
  });

  it('reports every problem of a broken tree at once, with code, file and location', () => {
    const r = loadContentDir(fixture('tree-broken'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map(formatIssue).sort()).toEqual(
      [
        'causes/broken.json: JSON_PARSE: not valid JSON: Expected double-quoted property name in JSON at position 36',
        'causes/cause-b.json: MISSING_TRANSLATION at cause-b.title.ko: the ko text is missing or empty',
        'causes/misnamed.json: FILE_ID_MISMATCH at cause-z.id: id "cause-z" must match the file name "misnamed.json"',
        'causes/misnamed.json: UNREACHABLE at cause-z: no answer leads to "cause-z" from the root "first"',
        'causes/orphan.json: UNREACHABLE at orphan: no answer leads to "orphan" from the root "first"',
        'questions/loop.json: CYCLE at loop: answers lead in a circle: first → loop → first',
        'questions/second.json: DANGLING_REF at second.answers[1].next: "no-such-cause" is not a question or cause',
        'questions/second.json: DUPLICATE_ANSWER at second.answers[2].id: answer id "a" appears twice in this question',
      ].sort(),
    );
  });

  it('never throws on arbitrary data', () => {
    const junk: unknown[] = [null, 42, 'x', [], { schemaVersion: 'one' }, { id: {} }, { extends: 5 }];
    const files: ContentFile[] = junk.flatMap((data, i) => [
      { path: `questions/q${i}.json`, data },
      { path: `causes/c${i}.json`, data },
      { path: 'meta.json', data },
    ]);
    const r = validateContent(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.length).toBeGreaterThan(junk.length);
  });

  it('names missing files, unsupported schema versions, reserved ids and duplicate ids', () => {
    const q = (id: string, extra: object = {}) => ({
      path: `questions/${id}.json`,
      data: {
        schemaVersion: 1,
        id,
        title: { en: 'Q', ko: '질문' },
        answers: [{ id: 'unsure', label: { en: 'x', ko: 'x' }, next: id }],
        unsure: { how: { en: 'h', ko: 'h' }, next: id },
        ...extra,
      },
    });
    const r = validateContent([
      { path: 'meta.json', data: { schemaVersion: 2, version: '1', root: 'q' } },
      q('q'),
      { path: 'causes/q.json', data: { schemaVersion: 1, id: 'q' } },
      { path: 'notes.json', data: {} },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const codes = new Set(r.error.map((i) => i.code));
    for (const code of ['SCHEMA_VERSION', 'MISSING_FILE', 'RESERVED_ID', 'UNKNOWN_FILE', 'SCHEMA']) expect(codes).toContain(code);
  });

  it('reports a question without answers as a dead end', () => {
    const files = rawFiles(fixture('tree-ok')).map((f) =>
      f.path === 'questions/second.json' && typeof f.data === 'object' ? { ...f, data: { ...f.data, answers: [] } } : f,
    );
    const v = validateContent(files);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.error.map((i) => `${i.code} ${i.at}`)).toEqual(['DEAD_END second.answers']);
  });
});
