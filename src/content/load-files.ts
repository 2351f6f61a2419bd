/**
 * Node-only: reads every content file under a directory and validates it.
 * Used by the Vite content plugin, `npm run content:check` and the tests.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentIssue } from '../engine/content-issues.ts';
import { err, type Result } from '../engine/result.ts';
import type { Content } from '../engine/types.ts';
import { parseContentFile, validateContent, type ContentFile } from '../engine/validate.ts';

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listJson(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/**
 * `siteFile`: a site.json kept outside the content folder (the build reads it
 * from TRIAGE500_SITE), used instead of content/site.json.
 */
export function loadContentDir(dir: string, siteFile?: string): Result<Content, readonly ContentIssue[]> {
  const files: ContentFile[] = [];
  const issues: ContentIssue[] = [];
  let paths: string[];
  try {
    paths = listJson(dir);
  } catch (e) {
    return err([{ code: 'MISSING_FILE', file: dir, at: '', message: `cannot read the content folder: ${String(e)}` }]);
  }
  const sources = paths.map((full) => ({ path: relative(dir, full).split(sep).join('/'), full }));
  const chosen = siteFile ? [...sources.filter((s) => s.path !== 'site.json'), { path: 'site.json', full: siteFile }] : sources;
  for (const { path, full } of chosen) {
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch (e) {
      issues.push({ code: 'MISSING_FILE', file: full, at: '', message: `cannot read: ${String(e)}` });
      continue;
    }
    const parsed = parseContentFile(path, text);
    if (parsed.ok) files.push(parsed.value);
    else issues.push(parsed.error);
  }
  const result = validateContent(files);
  if (issues.length === 0) return result;
  return err([...issues, ...(result.ok ? [] : result.error)]);
}
