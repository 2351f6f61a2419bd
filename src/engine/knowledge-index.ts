/**
 * Compiles the log signatures and the knowledge tables once into what the
 * analyzer runs per line: one multi-string prefilter (Aho–Corasick) over the
 * literals of every pattern, code extractor, message and class name, then the
 * few regular expressions whose literal is present. Invalid patterns (checked
 * at build time) are skipped, never thrown.
 */
import { classSegments, distinctiveClassName, simpleName } from './class-names.ts';
import type { Extractor, FamilyWeight, KnowledgeEntry, KnowledgeTable, Refinement } from './knowledge-types.ts';
import { LiteralMatcher, requiredLiterals } from './literals.ts';
import type { CauseId, FamilyId, LocalizedText, Signature } from './types.ts';

export interface CompiledRefinement extends Refinement {
  readonly re: RegExp;
  /** The rule id it reports: `<table>:<entry>#<n>`, n counting from 1. */
  readonly rule: string;
}

export interface IndexedEntry {
  readonly table: KnowledgeTable;
  readonly entry: KnowledgeEntry;
  readonly refine: readonly CompiledRefinement[];
  /** Lower-cased `message`, for telling apart numbers that differ by platform. */
  readonly message: string | null;
}

export interface CompiledExtractor {
  readonly table: KnowledgeTable;
  readonly extractor: Extractor;
  readonly re: RegExp;
  /** key kind → key → entries */
  readonly lookup: ReadonlyMap<string, ReadonlyMap<string, readonly IndexedEntry[]>>;
}

export interface CompiledSignature {
  readonly sig: Signature;
  readonly re: RegExp;
}

export interface ClassIndex {
  /** Canonical full names and their qualified suffixes (`exc.TimeoutError`) → entries. */
  readonly byName: ReadonlyMap<string, readonly IndexedEntry[]>;
  /** Simple names → entries, in table order. */
  readonly bySimple: ReadonlyMap<string, readonly IndexedEntry[]>;
  /** Canonical full name → entry, per table: for walking up `parent`. */
  readonly parentOf: (e: IndexedEntry) => IndexedEntry | undefined;
}

/** Prefilter ids: which kind of rule a literal belongs to. */
type Probe =
  | { readonly kind: 'signature'; readonly index: number }
  | { readonly kind: 'extractor'; readonly index: number }
  | { readonly kind: 'message'; readonly entry: IndexedEntry; readonly lower: string }
  | { readonly kind: 'class'; readonly simple: string };

export interface KnowledgeIndex {
  readonly signatures: readonly CompiledSignature[];
  readonly extractors: readonly CompiledExtractor[];
  readonly classes: ClassIndex;
  /** Lower-cased class-name word → hint. */
  readonly words: ReadonlyMap<string, IndexedEntry>;
  readonly probes: readonly Probe[];
  readonly matcher: LiteralMatcher;
  /** Probes with no literal worth prefiltering on: tried on every line. */
  readonly always: readonly number[];
}

/** Root classes every ecosystem prints all the time: known only as parents, never matched by name. */
const ROOT_NAMES = new Set(['Error', 'Exception', 'Throwable', 'BaseException', 'StandardError', 'Errors', 'Fault']);
const MIN_CLASS_NAME = 6;

const compileRe = (pattern: string, caseSensitive: boolean, flags = ''): RegExp | null => {
  try {
    return new RegExp(pattern, (caseSensitive ? 'u' : 'iu') + flags);
  } catch {
    return null;
  }
};

function indexEntry(table: KnowledgeTable, entry: KnowledgeEntry): IndexedEntry {
  const refine = entry.refine.flatMap((r, i) => {
    const re = compileRe(r.pattern, r.caseSensitive);
    return re ? [{ ...r, re, rule: `${table.id}:${entry.id}#${i + 1}` }] : [];
  });
  return { table, entry, refine, message: entry.message ? entry.message.toLowerCase() : null };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function compileKnowledge(signatures: readonly Signature[], tables: readonly KnowledgeTable[]): KnowledgeIndex {
  const probes: Probe[] = [];
  const literals: { text: string; id: number }[] = [];
  const always: number[] = [];
  const addProbe = (probe: Probe, lits: readonly string[] | null) => {
    const id = probes.length;
    probes.push(probe);
    if (lits && lits.length > 0) for (const text of lits) literals.push({ text, id });
    else always.push(id);
  };

  const compiledSignatures: CompiledSignature[] = [];
  for (const sig of signatures) {
    const re = compileRe(sig.pattern, sig.caseSensitive);
    if (!re) continue;
    addProbe({ kind: 'signature', index: compiledSignatures.length }, requiredLiterals(sig.pattern));
    compiledSignatures.push({ sig, re });
  }

  const extractors: CompiledExtractor[] = [];
  const byName = new Map<string, IndexedEntry[]>();
  const bySimple = new Map<string, IndexedEntry[]>();
  const byClassPerTable = new Map<KnowledgeTable, Map<string, IndexedEntry>>();
  const words = new Map<string, IndexedEntry>();
  const seenMessages = new Set<string>();

  for (const table of tables) {
    const indexed = table.entries.map((e) => indexEntry(table, e));
    if (table.kind === 'codes') {
      const lookup = new Map<string, Map<string, IndexedEntry[]>>();
      for (const ie of indexed) {
        for (const [kind, key] of Object.entries(ie.entry.keys)) {
          const perKind = lookup.get(kind) ?? new Map<string, IndexedEntry[]>();
          lookup.set(kind, perKind);
          push(perKind, normaliseKey(key, kind), ie);
        }
        // The documented message is itself a clue ("No space left on device").
        const lower = ie.message;
        if (lower && lower.length >= 8 && !seenMessages.has(`${table.id}\u0000${lower}`)) {
          seenMessages.add(`${table.id}\u0000${lower}`);
          addProbe({ kind: 'message', entry: ie, lower }, [lower]);
        }
      }
      for (const extractor of table.extractors) {
        const re = compileRe(extractor.pattern, extractor.caseSensitive, 'g');
        if (!re) continue;
        addProbe({ kind: 'extractor', index: extractors.length }, requiredLiterals(extractor.pattern));
        extractors.push({ table, extractor, re, lookup });
      }
    } else if (table.kind === 'classes') {
      const own = new Map<string, IndexedEntry>();
      byClassPerTable.set(table, own);
      for (const ie of indexed) {
        const name = ie.entry.keys['class'];
        if (!name) continue;
        const segments = classSegments(name);
        own.set(segments.join('.'), ie);
        for (let k = segments.length; k >= 2; k--) push(byName, segments.slice(segments.length - k).join('.'), ie);
        const simple = simpleName(name);
        push(bySimple, simple, ie);
      }
    } else {
      for (const ie of indexed) {
        const word = ie.entry.keys['word'];
        if (word && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), ie);
      }
    }
  }
  const probed = new Set<string>();
  for (const [simple, entries] of bySimple) {
    if (ROOT_NAMES.has(simple)) continue;
    if (simple.length >= MIN_CLASS_NAME && distinctiveClassName(simple)) {
      addProbe({ kind: 'class', simple }, [simple.toLowerCase()]);
      continue;
    }
    // A plain word (`Timeout`, `Deadlocked`) is a class only with its qualifier: look for the last two segments as written.
    for (const ie of entries) {
      const key = ie.entry.keys['class'] ?? '';
      const m = /(?:^|[.\\$]|::)([A-Za-z_]\w*(?:\.|::|\\|\$)[A-Za-z_]\w*)$/.exec(key);
      const tail = m?.[1];
      if (!tail || tail.length < MIN_CLASS_NAME || probed.has(tail)) continue;
      probed.add(tail);
      addProbe({ kind: 'class', simple: tail }, [tail.toLowerCase()]);
    }
  }

  const parentOf = (e: IndexedEntry): IndexedEntry | undefined => {
    const parent = e.entry.parent;
    if (!parent) return undefined;
    const key = classSegments(parent).join('.');
    return byClassPerTable.get(e.table)?.get(key) ?? byName.get(key)?.[0];
  };

  return {
    signatures: compiledSignatures,
    extractors,
    classes: { byName, bySimple, parentOf },
    words,
    probes,
    matcher: new LiteralMatcher(literals),
    always,
  };
}

/** Keys compare without case, and numbers without sign or leading zeros. */
export function normaliseKey(key: string, _kind: string): string {
  const t = key.trim();
  if (/^[-+]?\d+$/.test(t)) return String(Number.parseInt(t.replace(/^[-+]/, ''), 10));
  return t.toLowerCase();
}

/** What a class or code entry means, walking up parents for whatever it leaves out. */
export interface Meaning {
  readonly family?: FamilyId | undefined;
  readonly cause?: CauseId | undefined;
  readonly weight: number;
  readonly also: readonly FamilyWeight[];
  readonly wrapper?: LocalizedText | undefined;
  readonly refine: readonly CompiledRefinement[];
}

export function meaningOf(index: KnowledgeIndex, start: IndexedEntry): Meaning {
  let family: FamilyId | undefined;
  let cause: CauseId | undefined;
  let weight: number | undefined;
  let also: readonly FamilyWeight[] | undefined;
  const refine: CompiledRefinement[] = [];
  const seen = new Set<IndexedEntry>();
  for (let at: IndexedEntry | undefined = start; at && !seen.has(at) && seen.size < 16; at = index.classes.parentOf(at)) {
    seen.add(at);
    const e = at.entry;
    refine.push(...at.refine);
    // The first in the chain that points anywhere (by its family, or only through `also`, as wrappers may) gives the meaning.
    if (family === undefined && also === undefined && (e.family !== undefined || e.also.length > 0)) {
      family = e.family;
      cause = e.cause;
      weight = e.weight;
      also = e.also;
    }
  }
  // A wrapper is a wrapper by its own name only: a subclass of ServletException says what failed.
  const wrapper = start.entry.wrapper;
  return { family, cause, weight: weight ?? start.entry.weight, also: also ?? [], wrapper, refine };
}
