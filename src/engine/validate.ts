/**
 * Content validation: given the raw content files, returns either the
 * validated Content or every problem found, at once. Never throws.
 * Build-time only (pulls in zod); the browser receives the validated result.
 */
import type { z } from 'zod';
import { type ContentIssue, type IssueCode } from './content-issues.ts';
import { err, ok, type Result } from './result.ts';
import { knowledgeTableSchema, type KnowledgeTableFile } from './knowledge-schema.ts';
import { checkKnowledge } from './validate-knowledge.ts';
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
import {
  DEFAULT_SITE,
  FAMILY_IDS,
  UNSURE,
  type Cause,
  type CauseId,
  type Content,
  type Family,
  type FamilyId,
  type Question,
  type QuestionId,
  type Signature,
} from './types.ts';

export interface ContentFile {
  /** Path relative to content/, with forward slashes. */
  readonly path: string;
  readonly data: unknown;
}

/** Parses one file's text; a syntax error becomes a JSON_PARSE issue. */
export function parseContentFile(path: string, text: string): Result<ContentFile, ContentIssue> {
  try {
    return ok({ path, data: JSON.parse(text) as unknown });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err({ code: 'JSON_PARSE', file: path, at: '', message: `not valid JSON: ${message}` });
  }
}

function formatPath(prefix: string, path: readonly PropertyKey[]): string {
  let out = prefix;
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function parseWith<S extends z.ZodType>(
  schema: S,
  file: ContentFile,
  label: string,
  issues: ContentIssue[],
): z.infer<S> | undefined {
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

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, '');

export interface Located<T> {
  readonly file: string;
  readonly value: T;
}

export function validateContent(files: readonly ContentFile[]): Result<Content, readonly ContentIssue[]> {
  const issues: ContentIssue[] = [];
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
  /** Ids of question/cause files that failed their schema: not "dangling", already reported. */
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
        message: 'not a content file: expected meta.json, released.json, site.json, families.json, guide.json, questions/*.json, causes/*.json, signatures/*.json or knowledge/*.json',
      });
    }
  }
  for (const [name, present] of Object.entries(seen)) {
    if (!present) issues.push({ code: 'MISSING_FILE', file: `${name}.json`, at: '', message: 'required file is missing' });
  }

  // "extends": copy the base question's texts and answers; only "unsure" may differ.
  const baseOf = new Map<string, string>();
  const bases = new Map(questionFiles.map((f) => [f.value.id, f.value]));
  const extendedIds = new Set(extendedFiles.map((f) => f.value.id));
  for (const { file, value } of extendedFiles) {
    const base = bases.get(value.extends);
    if (!base) {
      const chained = extendedFiles.some((f) => f.value.id === value.extends);
      issues.push({
        code: 'DANGLING_REF',
        file,
        at: `${value.id}.extends`,
        message: chained
          ? `"${value.extends}" itself extends another question; extend the original instead`
          : `"${value.extends}" is not a question`,
      });
      continue;
    }
    questionFiles.push({
      file,
      value: { ...base, id: value.id, unsure: { how: value.unsure.how ?? base.unsure.how, next: value.unsure.next } },
    });
    baseOf.set(value.id, base.id);
  }

  // Ids: unique across questions and causes, equal to the file name, "unsure" reserved.
  const owner = new Map<string, string>();
  for (const { file, value } of [...questionFiles, ...causeFiles]) {
    if (baseName(file) !== value.id) {
      issues.push({
        code: 'FILE_ID_MISMATCH',
        file,
        at: `${value.id}.id`,
        message: `id "${value.id}" must match the file name "${baseName(file)}.json"`,
      });
    }
    const first = owner.get(value.id);
    if (first) {
      issues.push({ code: 'DUPLICATE_ID', file, at: `${value.id}.id`, message: `id "${value.id}" is already used by ${first}` });
    } else {
      owner.set(value.id, file);
    }
  }

  const questions: Record<string, Question> = {};
  const causes: Record<string, Cause> = {};
  for (const { value } of questionFiles) {
    questions[value.id] = {
      kind: 'question',
      id: value.id as QuestionId,
      title: value.title,
      ...(value.help ? { help: value.help } : {}),
      ...(value.fromLog ? { fromLog: true } : {}),
      ...(value.multiple ? { multiple: true } : {}),
      ...(value.answers.some((a) => (a.evidence?.length ?? 0) > 0) ? { symptom: true } : {}),
      ...(baseOf.has(value.id) ? { base: baseOf.get(value.id) as QuestionId } : {}),
      answers: value.answers.map((a) => ({
        id: a.id as Answer['id'],
        label: a.label,
        ...(a.hint ? { hint: a.hint } : {}),
        next: a.next as Answer['next'],
        ...(a.evidence ? { evidence: a.evidence } : {}),
      })),
      unsure: { how: value.unsure.how, next: value.unsure.next as Answer['next'] },
    };
  }
  for (const { value } of causeFiles) {
    causes[value.id] = { ...value, kind: 'cause', id: value.id as CauseId };
  }
  const exists = (id: string) => Object.hasOwn(questions, id) || Object.hasOwn(causes, id) || invalidIds.has(id);

  // Answers: unique per question, not "unsure", pointing at something that exists.
  for (const { file, value: q } of questionFiles) {
    if (!extendedIds.has(q.id)) checkAnswers(file, q);
    if (!exists(q.unsure.next)) {
      issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.unsure.next`, message: `"${q.unsure.next}" is not a question or cause` });
    }
  }
  function checkAnswers(file: string, q: QuestionFile) {
    if (q.answers.length === 0) {
      issues.push({ code: 'DEAD_END', file, at: `${q.id}.answers`, message: 'a question needs at least one answer besides "I\'m not sure"' });
    }
    const answerIds = new Set<string>();
    q.answers.forEach((a, i) => {
      if (a.id === UNSURE) {
        issues.push({ code: 'RESERVED_ID', file, at: `${q.id}.answers[${i}].id`, message: '"unsure" is reserved: use the question\'s "unsure" block' });
      }
      if (answerIds.has(a.id)) {
        issues.push({ code: 'DUPLICATE_ANSWER', file, at: `${q.id}.answers[${i}].id`, message: `answer id "${a.id}" appears twice in this question` });
      }
      answerIds.add(a.id);
      if (!exists(a.next)) {
        issues.push({ code: 'DANGLING_REF', file, at: `${q.id}.answers[${i}].next`, message: `"${a.next}" is not a question or cause` });
      }
      const targets = new Set<string>();
      (a.evidence ?? []).forEach((e, j) => {
        const at = `${q.id}.answers[${i}].evidence[${j}].target`;
        if (!(FAMILY_IDS as readonly string[]).includes(e.target) && !Object.hasOwn(causes, e.target)) {
          issues.push({ code: 'DANGLING_REF', file, at, message: `"${e.target}" is neither a cause family (${FAMILY_IDS.join(', ')}) nor a cause` });
        } else if (targets.has(e.target)) {
          issues.push({ code: 'DUPLICATE_ANSWER', file, at, message: `"${e.target}" has evidence twice in this answer; add the weights up in one entry` });
        }
        targets.add(e.target);
      });
    });
  }

  // Families: all six described, each cause's family known by construction (schema enum).
  const familyRecord: Partial<Record<FamilyId, Family>> = {};
  if (families) {
    for (const f of families.families) familyRecord[f.id] = f;
    for (const id of FAMILY_IDS) {
      if (!familyRecord[id]) issues.push({ code: 'MISSING_FAMILY', file: 'families.json', at: 'families', message: `family "${id}" is not described` });
    }
  }

  // Graph: root is a question; no cycles; everything reachable from the root.
  if (meta) {
    if (!Object.hasOwn(questions, meta.root)) {
      issues.push({ code: 'ROOT_NOT_QUESTION', file: 'meta.json', at: 'root', message: `root "${meta.root}" is not a question` });
    } else {
      issues.push(...graphIssues(meta.root, questions, causes, questionFiles, causeFiles));
    }
  }

  // Links that never rot: every id that shipped still resolves, itself or through an alias.
  const aliases: Record<string, string> = {};
  for (const [from, to] of Object.entries(meta?.aliases ?? {})) {
    if (exists(from)) {
      issues.push({ code: 'DUPLICATE_ID', file: 'meta.json', at: `aliases.${from}`, message: `"${from}" is still a question or cause; remove the alias or the node` });
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

  const isCause = (id: string) => Object.hasOwn(causes, id) || invalidIds.has(id);
  const familyOf = (id: string) => (Object.hasOwn(causes, id) ? causes[id]!.family : undefined);
  const signatures = checkSignatures(signatureFiles, isCause, familyOf, issues);
  const knowledge = checkKnowledge(knowledgeFiles, { isCause, familyOf, signatures }, issues);

  if (issues.length > 0 || !meta || !guide || !families) return err(issues);
  return ok({
    schemaVersion: meta.schemaVersion,
    version: meta.version,
    root: meta.root as QuestionId,
    families: familyRecord as Record<FamilyId, Family>,
    questions,
    causes,
    guide: stripSchemaVersion(guide),
    signatures,
    knowledge,
    aliases,
    site: site
      ? {
          escalation: {
            ...(site.escalation?.team ? { team: site.escalation.team } : {}),
            contacts: site.escalation?.contacts ?? [],
          },
          beacon: site.beacon ?? null,
        }
      : DEFAULT_SITE,
  });
}

/** Compiles every signature, checks its cause (or family) exists and its examples behave. */
function checkSignatures(
  files: readonly Located<SignaturesFile>[],
  isCause: (id: string) => boolean,
  familyOf: (id: string) => FamilyId | undefined,
  issues: ContentIssue[],
): Signature[] {
  const out: Signature[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of files) {
    value.signatures.forEach((sig, i) => {
      const at = `signatures[${i}]`;
      const first = seen.get(sig.id);
      if (first) issues.push({ code: 'DUPLICATE_ID', file, at: `${at}.id`, message: `signature id "${sig.id}" is already used in ${first}` });
      seen.set(sig.id, file);
      if (sig.cause !== undefined && !isCause(sig.cause)) issues.push({ code: 'DANGLING_REF', file, at: `${at}.cause`, message: `"${sig.cause}" is not a cause` });
      if (sig.cause === undefined && sig.family === undefined) {
        issues.push({ code: 'SCHEMA', file, at, message: 'a signature needs a "cause" or a "family"' });
      }
      for (const [j, a] of (sig.also ?? []).entries()) {
        if (a.cause !== undefined && familyOf(a.cause) !== a.family) {
          issues.push({ code: 'DANGLING_REF', file, at: `${at}.also[${j}].cause`, message: `"${a.cause}" is not a cause of the family "${a.family}"` });
        }
      }
      const family = (sig.cause !== undefined ? familyOf(sig.cause) : undefined) ?? sig.family;
      if (sig.cause !== undefined && sig.family !== undefined && familyOf(sig.cause) !== undefined && familyOf(sig.cause) !== sig.family) {
        issues.push({ code: 'SCHEMA', file, at: `${at}.family`, message: `"${sig.cause}" belongs to the family "${familyOf(sig.cause)}", not "${sig.family}"` });
      }
      let re: RegExp;
      try {
        re = new RegExp(sig.pattern, sig.caseSensitive ? 'u' : 'iu');
      } catch (e) {
        issues.push({ code: 'BAD_PATTERN', file, at: `${at}.pattern`, message: `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}` });
        return;
      }
      if (re.test('')) {
        issues.push({ code: 'BAD_PATTERN', file, at: `${at}.pattern`, message: 'the pattern matches an empty line' });
        return;
      }
      sig.examples.match.forEach((line, j) => {
        if (!re.test(line)) issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.match[${j}]`, message: `"${sig.id}" does not match its own example` });
      });
      sig.examples.nearMiss.forEach((line, j) => {
        if (re.test(line)) issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.nearMiss[${j}]`, message: `"${sig.id}" matches a line it should not` });
      });
      if (family === undefined) return;
      out.push({
        id: sig.id,
        family,
        cause: (sig.cause as CauseId | undefined) ?? null,
        pattern: sig.pattern,
        caseSensitive: sig.caseSensitive ?? false,
        weight: sig.weight,
        also: (sig.also ?? []).map((a) => ({ family: a.family, weight: a.weight, ...(a.cause ? { cause: a.cause as CauseId } : {}) })),
        ...(sig.wrapper ? { wrapper: sig.wrapper } : {}),
        explain: sig.explain,
      });
    });
  }
  return out;
}

type Answer = Question['answers'][number];

function stripSchemaVersion(guide: GuideFile): Content['guide'] {
  const { schemaVersion: _omit, ...rest } = guide;
  return rest;
}

function graphIssues(
  root: string,
  questions: Record<string, Question>,
  causes: Record<string, Cause>,
  questionFiles: readonly Located<QuestionFile>[],
  causeFiles: readonly Located<CauseFile>[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fileOf = new Map([...questionFiles, ...causeFiles].map((f) => [f.value.id, f.file]));
  const state = new Map<string, 'active' | 'done'>();
  const reportedCycles = new Set<string>();

  // Iterative DFS so a deep or hostile tree cannot overflow the stack.
  const stack: { id: string; next: string[]; trail: string[] }[] = [];
  const successors = (id: string): string[] => {
    const q = Object.hasOwn(questions, id) ? questions[id] : undefined;
    return q ? [...q.answers.map((a) => a.next as string), q.unsure.next] : [];
  };
  state.set(root, 'active');
  stack.push({ id: root, next: successors(root), trail: [root] });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next.shift();
    if (child === undefined) {
      state.set(top.id, 'done');
      stack.pop();
      continue;
    }
    if (!Object.hasOwn(questions, child) && !Object.hasOwn(causes, child)) continue; // dangling: reported elsewhere
    const s = state.get(child);
    if (s === 'active') {
      const loop = [...top.trail.slice(top.trail.indexOf(child)), child];
      const key = [...loop].sort().join(',');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        issues.push({
          code: 'CYCLE',
          file: fileOf.get(top.id) ?? '',
          at: top.id,
          message: `answers lead in a circle: ${loop.join(' → ')}`,
        });
      }
    } else if (s === undefined) {
      state.set(child, 'active');
      stack.push({ id: child, next: successors(child), trail: [...top.trail, child] });
    }
  }
  for (const id of [...Object.keys(questions), ...Object.keys(causes)]) {
    if (!state.has(id)) {
      issues.push({ code: 'UNREACHABLE', file: fileOf.get(id) ?? '', at: id, message: `no answer leads to "${id}" from the root "${root}"` });
    }
  }
  return issues;
}
