/**
 * Content validation: links that never rot. An alias (meta.json) maps an old
 * id to one that exists, and every id that shipped (released.json) still
 * resolves, itself or through an alias. Returns the valid aliases.
 */
import type { ContentIssue } from './content-issues.ts';
import type { MetaFile, ReleasedFile } from './schema.ts';

export function checkLinks(
  meta: MetaFile | undefined,
  released: ReleasedFile | undefined,
  exists: (id: string) => boolean,
  issues: ContentIssue[],
): Record<string, string> {
  const aliases: Record<string, string> = {};
  for (const [from, to] of Object.entries(meta?.aliases ?? {})) {
    if (exists(from)) {
      issues.push({
        code: 'DUPLICATE_ID',
        file: 'meta.json',
        at: `aliases.${from}`,
        message: `"${from}" is still a question or cause; remove the alias or the node`,
      });
    } else if (!exists(to)) {
      issues.push({ code: 'DANGLING_REF', file: 'meta.json', at: `aliases.${from}`, message: `"${to}" is not a question or cause` });
    } else {
      aliases[from] = to;
    }
  }
  for (const id of released?.ids ?? []) {
    if (!exists(id) && !Object.hasOwn(aliases, id)) {
      issues.push({
        code: 'REMOVED_WITHOUT_ALIAS',
        file: 'meta.json',
        at: 'aliases',
        message: `"${id}" shipped in ${released?.version ?? 'the last release'} but no longer exists: add "aliases": { "${id}": "<replacement id>" } so shared links keep working`,
      });
    }
  }
  return aliases;
}
