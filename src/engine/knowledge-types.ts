/**
 * Knowledge tables: what platforms say their error codes, exception classes and
 * server messages mean, as data (content/knowledge/*.json). The log analyzer
 * decodes what it finds in a line through them, so it understands lines that
 * no signature was written for. Plain, JSON-serialisable data after validation.
 *
 * Two kinds of table:
 * - `codes`: extractors (regular expressions with one capture group) find a key
 *   in a line (`[Errno 13]` → "13", `0x80070005` → "5", `ORA-00942` →
 *   "00942"); the key is looked up among the entries' `keys` of the kinds the
 *   extractor names ("linux", "bsd", "name", …).
 * - `classes`: exception class names of one ecosystem, each with its parent;
 *   the analyzer finds class names in a line itself (no extractors), looks them
 *   up by full name, then by simple name, and falls back to the parent's
 *   meaning; `refine` patterns tell apart what the class alone cannot.
 * - `words`: words of class names (`Connection`, `Timeout`, `Permission`) with the
 *   family they hint at, for class names no table knows.
 */
import type { CauseId, FamilyId, FamilyWeight, LocalizedText } from './ids.ts';

export const TABLE_KINDS = ['codes', 'classes', 'words'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** How an extractor's captured text becomes a lookup key. */
export const KEY_TRANSFORMS = ['none', 'int', 'hex-int', 'upper', 'lower'] as const;
export type KeyTransform = (typeof KEY_TRANSFORMS)[number];

export interface Extractor {
  readonly id: string;
  /** JavaScript regular expression source with exactly one capture group: the key. */
  readonly pattern: string;
  readonly caseSensitive: boolean;
  /** Key kinds to look the captured key up in, in order of preference. */
  readonly keys: readonly string[];
  readonly transform: KeyTransform;
}

export type { FamilyWeight } from './ids.ts';

/** A message pattern that, found near a class or code, says more than the class or code alone. */
export interface Refinement {
  readonly pattern: string;
  readonly caseSensitive: boolean;
  /** Match on the line only, not the lines after it. */
  readonly sameLine: boolean;
  /** The refined meaning is itself a wrapper: what to look for next. */
  readonly wrapper?: LocalizedText | undefined;
  /** Absent: the refinement explains but does not point anywhere (e.g. "a general error: read the next code"). */
  readonly family?: FamilyId | undefined;
  readonly cause?: CauseId | undefined;
  readonly weight: number;
  readonly also: readonly FamilyWeight[];
  readonly explain: LocalizedText;
}

export interface KnowledgeEntry {
  /** Unique in its table; the evidence names it as `<table>:<id>`. */
  readonly id: string;
  /** Lookup keys by kind, e.g. { "name": "EACCES", "linux": "13", "bsd": "13" } or { "class": "java.io.IOException" }. */
  readonly keys: Readonly<Record<string, string>>;
  /** The platform's own message for it ("Permission denied"): tells apart numbers that differ by platform. */
  readonly message?: string | undefined;
  /** `classes` tables: the parent class (a `class` key in the same table); its meaning is inherited. */
  readonly parent?: string | undefined;
  /** Absent: the entry explains but points to no family by itself (a parent class, a general code). */
  readonly family?: FamilyId | undefined;
  readonly cause?: CauseId | undefined;
  readonly weight: number;
  /** Other families the same code or class often means (e.g. MySQL 2006: the server died, or a packet/timeout limit). */
  readonly also: readonly FamilyWeight[];
  /**
   * Present on wrapper messages, which say *that* something failed, not why
   * ("Worker failed to boot", ANCM 500.30): what to look for to find the real error.
   */
  readonly wrapper?: LocalizedText | undefined;
  readonly refine: readonly Refinement[];
  readonly explain: LocalizedText;
  /** Where this fact comes from, when not the table's own source. */
  readonly source?: string | undefined;
}

export interface KnowledgeTable {
  readonly id: string;
  readonly kind: TableKind;
  /** `classes` tables: the ecosystem (python, java, dotnet, php, ruby, node, go). */
  readonly ecosystem?: string | undefined;
  readonly title: string;
  /** Where the table's facts come from (headers, documentation), for reviewers. */
  readonly source: string;
  readonly extractors: readonly Extractor[];
  readonly entries: readonly KnowledgeEntry[];
}
