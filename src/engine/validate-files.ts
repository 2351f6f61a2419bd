/**
 * Content validation, step 1: sorts the raw files by kind and parses each with
 * its schema. Every problem becomes an issue (SCHEMA, SCHEMA_VERSION,
 * MISSING_TRANSLATION, UNKNOWN_FILE, MISSING_FILE); what parsed is returned.
 */
import type { z } from 'zod';
import { knowledgeTableSchema, type KnowledgeTableFile } from './knowledge-schema.ts';
import type { ContentIssue, IssueCode } from './content-issues.ts';
import {
  causeSchema,
  extendedQuestionSchema,
  familiesSchema,
  guideSchema,
  metaSchema,
  questionSchema,
  SCHEMA_VERSION,
  signaturesSchema,
  releasedSchema,
  siteSchema,
  type ReleasedFile,
  type SiteFile,
  type CauseFile,
  type ExtendedQuestionFile,
  type FamiliesFile,
  type GuideFile,
  type MetaFile,
  type QuestionFile,
  type SignaturesFile,
} from './schema.ts';

export interface ContentFile {
  /** Path relative to content/, with forward slashes. */
  readonly path: string;
  readonly data: unknown;
}

/** A parsed file's value and the file it came from. */
export interface Located<T> {
  readonly file: string;
  readonly value: T;
}

export interface ParsedFiles {
  readonly meta: MetaFile | undefined;
  readonly families: FamiliesFile | undefined;
  readonly guide: GuideFile | undefined;
  readonly released: ReleasedFile | undefined;
  readonly site: SiteFile | undefined;
  readonly questionFiles: Located<QuestionFile>[];
  readonly extendedFiles: Located<ExtendedQuestionFile>[];
  readonly causeFiles: Located<CauseFile>[];
  readonly signatureFiles: Located<SignaturesFile>[];
  readonly knowledgeFiles: Located<KnowledgeTableFile>[];
  /** Ids of question/cause files that failed their schema: not "dangling", already reported. */
  readonly invalidIds: ReadonlySet<string>;
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function parseWith<S extends z.ZodType>(schema: S, file: ContentFile, label: string, issues: ContentIssue[]): z.infer<S> | undefined {
  const data = file.data;
  if (typeof data === 'object' && data !== null && 'schemaVersion' in data && data.schemaVersion !== SCHEMA_VERSION) {
    issues.push({
      code: 'SCHEMA_VERSION',
      file: file.path,
      at: 'schemaVersion',
      message: `schemaVersion ${String(data.schemaVersion)} is not supported; this build reads ${SCHEMA_VERSION}`,
    });
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const last = issue.path[issue.path.length - 1];
    const missingLang = (last === 'en' || last === 'ko') && (issue.code === 'invalid_type' || issue.code === 'too_small');
    const code: IssueCode = missingLang ? 'MISSING_TRANSLATION' : 'SCHEMA';
    issues.push({
      code,
      file: file.path,
      at: formatPath(label, issue.path),
      message: missingLang ? `the ${String(last)} text is missing or empty` : issue.message,
    });
  }
  return undefined;
}

export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');

export function parseFiles(files: readonly ContentFile[], issues: ContentIssue[]): ParsedFiles {
  let meta: MetaFile | undefined;
  let families: FamiliesFile | undefined;
  let guide: GuideFile | undefined;
  const questionFiles: Located<QuestionFile>[] = [];
  const extendedFiles: Located<ExtendedQuestionFile>[] = [];
  const causeFiles: Located<CauseFile>[] = [];
  const signatureFiles: Located<SignaturesFile>[] = [];
  const knowledgeFiles: Located<KnowledgeTableFile>[] = [];
  let released: ReleasedFile | undefined;
  let site: SiteFile | undefined;
  const seen = { meta: false, families: false, guide: false };
  const invalidIds = new Set<string>();
  const noteInvalid = (data: unknown) => {
    if (typeof data === 'object' && data !== null && 'id' in data && typeof data.id === 'string') invalidIds.add(data.id);
  };

  for (const file of files) {
    const name = baseName(file.path);
    if (file.path === 'meta.json') {
      seen.meta = true;
      meta = parseWith(metaSchema, file, '', issues);
    } else if (file.path === 'families.json') {
      seen.families = true;
      families = parseWith(familiesSchema, file, '', issues);
    } else if (file.path === 'guide.json') {
      seen.guide = true;
      guide = parseWith(guideSchema, file, '', issues);
    } else if (/^questions\/[^/]+\.json$/.test(file.path)) {
      const data = file.data;
      if (typeof data === 'object' && data !== null && 'extends' in data) {
        const q = parseWith(extendedQuestionSchema, file, name, issues);
        if (q) extendedFiles.push({ file: file.path, value: q });
        else noteInvalid(data);
      } else {
        const q = parseWith(questionSchema, file, name, issues);
        if (q) questionFiles.push({ file: file.path, value: q });
        else noteInvalid(data);
      }
    } else if (/^causes\/[^/]+\.json$/.test(file.path)) {
      const c = parseWith(causeSchema, file, name, issues);
      if (c) causeFiles.push({ file: file.path, value: c });
      else noteInvalid(file.data);
    } else if (file.path === 'released.json') {
      released = parseWith(releasedSchema, file, '', issues);
    } else if (file.path === 'site.json') {
      site = parseWith(siteSchema, file, '', issues);
    } else if (/^signatures\/[^/]+\.json$/.test(file.path)) {
      const sf = parseWith(signaturesSchema, file, name, issues);
      if (sf) signatureFiles.push({ file: file.path, value: sf });
    } else if (/^knowledge\/[^/]+\.json$/.test(file.path)) {
      const kf = parseWith(knowledgeTableSchema, file, '', issues);
      if (kf) knowledgeFiles.push({ file: file.path, value: kf });
    } else {
      issues.push({
        code: 'UNKNOWN_FILE',
        file: file.path,
        at: '',
        message:
          'not a content file: expected meta.json, released.json, site.json, families.json, guide.json, questions/*.json, causes/*.json, signatures/*.json or knowledge/*.json',
      });
    }
  }
  for (const [name, present] of Object.entries(seen)) {
    if (!present) issues.push({ code: 'MISSING_FILE', file: `${name}.json`, at: '', message: 'required file is missing' });
  }

  return { meta, families, guide, released, site, questionFiles, extendedFiles, causeFiles, signatureFiles, knowledgeFiles, invalidIds };
}
