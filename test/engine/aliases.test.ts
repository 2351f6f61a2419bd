import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/engine/content-issues.ts';
import { resolveStep } from '../../src/engine/resolve.ts';
import { validateContent, type ContentFile } from '../../src/engine/validate.ts';
import { fixture, rawFiles } from '../helpers/load.ts';

const released: ContentFile = {
  path: 'released.json',
  data: { schemaVersion: 1, version: 'test-0', ids: ['first', 'second', 'old-second', 'cause-a', 'cause-b'] },
};

function withMeta(files: ContentFile[], aliases: Record<string, string>): ContentFile[] {
  return files.map((f) => (f.path === 'meta.json' && typeof f.data === 'object' && f.data !== null ? { ...f, data: { ...f.data, aliases } } : f));
}

describe('links that never rot', () => {
  it('fails with a clear message when a released id disappears without an alias', () => {
    const r = validateContent([...rawFiles(fixture('tree-ok')), released]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map(formatIssue)).toEqual([
      'meta.json: REMOVED_WITHOUT_ALIAS at aliases: "old-second" shipped in test-0 but no longer exists: add "aliases": { "old-second": "<replacement id>" } so shared links keep working',
    ]);
  });

  it('resolves an old id, in the step and in the answers, through its alias', () => {
    const r = validateContent([...withMeta(rawFiles(fixture('tree-ok')), { 'old-second': 'second' }), released]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const step = resolveStep(r.value, { kind: 'question', id: 'old-second' }, 'first.yes');
    expect(step).toMatchObject({ status: 'ok', movedFrom: 'old-second' });
    if (step.status === 'ok') expect(step.node.id).toBe('second');
    const viaPath = resolveStep(r.value, { kind: 'cause', id: 'cause-a' }, 'first.yes~old-second.a');
    expect(viaPath.status).toBe('ok');
  });

  it('rejects aliases that point nowhere or shadow a live id', () => {
    const r = validateContent(withMeta(rawFiles(fixture('tree-ok')), { gone: 'nowhere', first: 'second' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((i) => `${i.code} ${i.at}`).sort()).toEqual(['DANGLING_REF aliases.gone', 'DUPLICATE_ID aliases.first']);
  });
});
