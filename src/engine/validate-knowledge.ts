/**
 * Validation of the knowledge tables (content/knowledge/*.json): ids unique,
 * families and causes that exist and agree, patterns that compile, parents
 * that exist, and examples that behave — every example line makes its rule
 * fire through the real line reader, every near miss does not. Reports every
 * problem at once; never throws.
 */
import { lineHits } from './clues.ts';
import type { ContentIssue } from './content-issues.ts';
import { detectEcosystems } from './ecosystem.ts';
import { compileKnowledge } from './knowledge-index.ts';
import type { KnowledgeTableFile } from './knowledge-schema.ts';
import type { FamilyWeight, KnowledgeEntry, KnowledgeTable, Refinement } from './knowledge-types.ts';
import type { CauseId, FamilyId, Signature } from './types.ts';
import type { Located } from './validate-files.ts';

interface Refs {
  readonly isCause: (id: string) => boolean;
  readonly familyOf: (id: string) => FamilyId | undefined;
  readonly signatures: readonly Signature[];
}

const DEFAULT_WEIGHT = 0.5;

function compiles(pattern: string, caseSensitive: boolean | undefined): string | null {
  try {
    const re = new RegExp(pattern, caseSensitive ? 'u' : 'iu');
    return re.test('') ? 'the pattern matches an empty line' : null;
  } catch (e) {
    return `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export function checkKnowledge(files: readonly Located<KnowledgeTableFile>[], refs: Refs, issues: ContentIssue[]): KnowledgeTable[] {
  const tables: KnowledgeTable[] = [];
  const tableIds = new Map<string, string>();
  const examples: {
    file: string;
    at: string;
    table: string;
    ecosystem: string | undefined;
    rule: string;
    lines: readonly string[];
    nearMiss: readonly string[];
  }[] = [];

  for (const { file, value } of files) {
    const first = tableIds.get(value.id);
    if (first) issues.push({ code: 'DUPLICATE_ID', file, at: 'id', message: `table id "${value.id}" is already used in ${first}` });
    tableIds.set(value.id, file);

    const familyWeights = (list: readonly { family: FamilyId; cause?: string | undefined; weight: number }[] | undefined, at: string): FamilyWeight[] =>
      (list ?? []).map((a, j) => {
        if (a.cause !== undefined) checkCause(a.cause, a.family, `${at}[${j}]`);
        return { family: a.family, weight: a.weight, ...(a.cause ? { cause: a.cause as CauseId } : {}) };
      });
    const checkCause = (cause: string, family: FamilyId | undefined, at: string) => {
      if (!refs.isCause(cause)) issues.push({ code: 'DANGLING_REF', file, at: `${at}.cause`, message: `"${cause}" is not a cause` });
      else if (family !== undefined && refs.familyOf(cause) !== undefined && refs.familyOf(cause) !== family) {
        issues.push({ code: 'SCHEMA', file, at: `${at}.cause`, message: `"${cause}" belongs to the family "${refs.familyOf(cause)}", not "${family}"` });
      }
    };
    const checkPattern = (pattern: string, caseSensitive: boolean | undefined, at: string) => {
      const problem = compiles(pattern, caseSensitive);
      if (problem) issues.push({ code: 'BAD_PATTERN', file, at, message: problem });
      return problem === null;
    };

    const extractors = (value.extractors ?? []).flatMap((x, i) => {
      const at = `extractors[${i}]`;
      if (!checkPattern(x.pattern, x.caseSensitive, `${at}.pattern`)) return [];
      const re = new RegExp(x.pattern, x.caseSensitive ? 'u' : 'iu');
      if (new RegExp(`${x.pattern}|`, 'u').exec('')!.length !== 2) {
        issues.push({
          code: 'BAD_PATTERN',
          file,
          at: `${at}.pattern`,
          message: 'an extractor needs exactly one capture group, the key (use (?:…) for the others)',
        });
      }
      x.examples.forEach((line, j) => {
        const m = re.exec(line);
        if (!m || m[1] === undefined)
          issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples[${j}]`, message: `"${x.id}" captures no key from its own example` });
      });
      (x.nearMiss ?? []).forEach((line, j) => {
        if (re.test(line)) issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.nearMiss[${j}]`, message: `"${x.id}" matches a line it should not` });
      });
      return [{ id: x.id, pattern: x.pattern, caseSensitive: x.caseSensitive ?? false, keys: x.keys, transform: x.transform ?? 'none' }];
    });
    if (value.kind === 'codes' && extractors.length === 0 && !value.entries.some((e) => e.message)) {
      issues.push({ code: 'SCHEMA', file, at: 'extractors', message: 'a codes table needs extractors (or entries with a message) to be found in a log' });
    }

    const entryIds = new Set<string>();
    const classNames = new Set(value.entries.map((e) => e.keys['class']).filter((c): c is string => c !== undefined));
    const entries: KnowledgeEntry[] = value.entries.map((e, i) => {
      const at = `entries[${i}]`;
      if (entryIds.has(e.id)) issues.push({ code: 'DUPLICATE_ID', file, at: `${at}.id`, message: `entry id "${e.id}" is used twice in this table` });
      entryIds.add(e.id);
      const required = value.kind === 'classes' ? 'class' : value.kind === 'words' ? 'word' : null;
      if (required && !e.keys[required])
        issues.push({ code: 'SCHEMA', file, at: `${at}.keys`, message: `entries of a ${value.kind} table need a "${required}" key` });
      if (value.kind === 'codes' && Object.keys(e.keys).length === 0 && !e.message) {
        issues.push({ code: 'SCHEMA', file, at: `${at}.keys`, message: 'an entry needs a key (or a message) to be found' });
      }
      const family = e.family ?? (e.cause !== undefined ? refs.familyOf(e.cause) : undefined);
      if (e.cause !== undefined) checkCause(e.cause, e.family, at);
      if (e.parent !== undefined && value.kind !== 'classes') issues.push({ code: 'SCHEMA', file, at: `${at}.parent`, message: 'only classes have parents' });
      if (e.parent !== undefined && !classNames.has(e.parent) && !files.some((f) => f.value.entries.some((o) => o.keys['class'] === e.parent))) {
        issues.push({ code: 'DANGLING_REF', file, at: `${at}.parent`, message: `"${e.parent}" is not a class in any table` });
      }
      const refine: Refinement[] = (e.refine ?? []).map((r, j) => {
        const rat = `${at}.refine[${j}]`;
        checkPattern(r.pattern, r.caseSensitive, `${rat}.pattern`);
        if (r.cause !== undefined) checkCause(r.cause, r.family, rat);
        examples.push({
          file,
          at: `${rat}.examples`,
          table: value.id,
          ecosystem: value.ecosystem,
          rule: `${value.id}:${e.id}#${j + 1}`,
          lines: r.examples,
          nearMiss: [],
        });
        return {
          pattern: r.pattern,
          caseSensitive: r.caseSensitive ?? false,
          sameLine: r.sameLine ?? false,
          ...(r.wrapper ? { wrapper: r.wrapper } : {}),
          family: r.family ?? (r.cause !== undefined ? refs.familyOf(r.cause) : undefined),
          cause: r.cause as CauseId | undefined,
          weight: r.weight ?? e.weight ?? DEFAULT_WEIGHT,
          also: familyWeights(r.also, `${rat}.also`),
          explain: r.explain,
        };
      });
      examples.push({
        file,
        at: `${at}.examples`,
        table: value.id,
        ecosystem: value.ecosystem,
        rule: `${value.id}:${e.id}`,
        lines: e.examples,
        nearMiss: e.nearMiss ?? [],
      });
      return {
        id: e.id,
        keys: e.keys,
        message: e.message,
        parent: e.parent,
        family,
        cause: e.cause as CauseId | undefined,
        weight: e.weight ?? DEFAULT_WEIGHT,
        also: familyWeights(e.also, `${at}.also`),
        wrapper: e.wrapper,
        refine,
        explain: e.explain,
        source: e.source,
      };
    });
    tables.push({ id: value.id, kind: value.kind, ecosystem: value.ecosystem, title: value.title, source: value.source, extractors, entries });
  }

  // Examples, through the real line reader with every table and signature: the rule fires on its own example.
  const index = compileKnowledge(refs.signatures, tables);
  for (const ex of examples) {
    ex.lines.forEach((text, j) => {
      if (!firesOn(index, text, ex.rule, ex.ecosystem)) {
        issues.push({ code: 'EXAMPLE_MISMATCH', file: ex.file, at: `${ex.at}[${j}]`, message: `"${ex.rule}" does not fire on its own example` });
      }
    });
    ex.nearMiss.forEach((text, j) => {
      if (firesOn(index, text, ex.rule, ex.ecosystem, true)) {
        issues.push({
          code: 'EXAMPLE_MISMATCH',
          file: ex.file,
          at: `${ex.at.replace(/examples$/, 'nearMiss')}[${j}]`,
          message: `"${ex.rule}" fires on a line it should not`,
        });
      }
    });
  }
  return tables;
}

/**
 * True when `rule` fires on some line of `text` (lines joined by \n; each line
 * sees the next three as context), read as a log of `ecosystem` (a class
 * table's examples are lines of its own ecosystem) and of what the text shows.
 * Unless `exact`, a refinement firing for the entry counts as the entry firing
 * (near misses are exact: a refinement there is the point).
 */
function firesOn(index: ReturnType<typeof compileKnowledge>, text: string, rule: string, ecosystem?: string, exact = false): boolean {
  const lines = text.split('\n');
  const ecosystems = [...(ecosystem ? [ecosystem] : []), ...detectEcosystems(text)];
  // An entry's own examples may fire one of its (or its parents') refinements: the entry was still recognised.
  return lines.some((line, i) =>
    lineHits(index, line, lines.slice(i, i + 4).join('\n'), ecosystems).some((h) => h.rule === rule || (!exact && h.entry === rule)),
  );
}
