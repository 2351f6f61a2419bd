/**
 * What one log line says, through the signatures and the knowledge tables:
 * every rule that fires on it, with how specific it is. Pure and total.
 *
 * Specificity (`level`): 3 — a documented code, message or signature, a class
 * or code refined by its message, or a class whose own meaning is strong
 * (`sqlalchemy.exc.TimeoutError` is a pool timeout, whatever the message says);
 * 2 — any other known exception class; 1 — a class no
 * table knows, read by the words of its name; 0 — an explanation that points
 * nowhere by itself (a parent class, SQLSTATE HY000). On a line, only the most
 * specific rules count (see log-analyzer.ts): `OperationalError: FATAL:
 * password authentication failed` is a credentials problem, not a database outage.
 */
import {
  canonicalClass,
  classSegments,
  classWords,
  distinctiveClassName,
  PYTHON_CLASS,
  QUALIFIED_ROOT,
  qualifiedAt,
  simpleName,
  UNKNOWN_CLASS,
} from './class-names.ts';
import type { FamilyWeight } from './knowledge-types.ts';
import { IdSet } from './literals.ts';
import { meaningOf, normaliseKey, type CompiledExtractor, type IndexedEntry, type KnowledgeIndex } from './knowledge-index.ts';
import type { CauseId, FamilyId, LocalizedText } from './types.ts';

export type Level = 0 | 1 | 2 | 3;

export interface Hit {
  readonly level: Level;
  /** The rule that fired: `signature:<id>`, `<table>:<entry>` or `<table>:<entry>#<n>` for a refinement. */
  readonly rule: string;
  /** For a table entry: the entry the code or class named (`<table>:<entry>`), even when a parent's refinement fired. */
  readonly entry?: string | undefined;
  readonly family?: FamilyId | undefined;
  readonly cause?: CauseId | undefined;
  readonly weight: number;
  readonly also: readonly FamilyWeight[];
  /** Wrapper messages: what to look for to find the real error. */
  readonly wrapper?: LocalizedText | undefined;
  readonly explain: LocalizedText;
  /** The text in the line that the rule matched. */
  readonly matched: string;
}

/** A class's own weight from which it counts as much as a documented code or message on the same line. */
const STRONG_CLASS = 0.8;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

/**
 * The line and the few after it, read only when a rule needs them: `source`
 * is the whole text or a function that cuts it (no closure per line on the hot path).
 */
class Context {
  private cut: string | null = null;
  private low: string | null = null;
  line = '';
  private source: string | (() => string) = '';
  /** One Context serves every line (no allocation per line on the hot path). */
  reset(line: string, source: string | (() => string)): this {
    this.line = line;
    this.source = source;
    this.cut = null;
    this.low = null;
    return this;
  }
  text(): string {
    this.cut ??= typeof this.source === 'string' ? this.source : this.source();
    return this.cut;
  }
  lower(): string {
    this.low ??= this.text().toLowerCase();
    return this.low;
  }
}

/** Table entries hit by a code or class: refined by the context if a refinement matches. */
function entryHit(index: KnowledgeIndex, ie: IndexedEntry, matched: string, context: Context, base: Level): Hit {
  const meaning = meaningOf(index, ie);
  const rule = `${ie.table.id}:${ie.entry.id}`;
  for (const r of meaning.refine) {
    if (!r.re.test(r.sameLine ? context.line : context.text())) continue;
    return {
      level: r.family || r.also.length > 0 ? 3 : 0,
      rule: r.rule,
      entry: rule,
      family: r.family,
      cause: r.cause,
      weight: r.weight,
      also: r.also,
      explain: r.explain,
      matched,
      wrapper: r.wrapper,
    };
  }
  // A class that says by itself what failed is as specific as a code.
  const strongClass = base === 2 && ie.entry.family !== undefined && ie.entry.weight >= STRONG_CLASS;
  return {
    // An entry that points nowhere only explains; a wrapper may point only through `also`.
    level: meaning.family || meaning.also.length > 0 ? (strongClass ? 3 : base) : 0,
    rule,
    entry: rule,
    family: meaning.family,
    cause: meaning.cause,
    weight: meaning.weight,
    also: meaning.also,
    wrapper: meaning.wrapper,
    explain: ie.entry.explain,
    matched,
  };
}

function transformKey(raw: string, transform: CompiledExtractor['extractor']['transform']): string | null {
  switch (transform) {
    case 'int': {
      const n = Number.parseInt(raw.replace(/^[-+]/, ''), 10);
      return Number.isFinite(n) ? String(n) : null;
    }
    case 'hex-int': {
      const n = Number.parseInt(raw.replace(/^0x/i, ''), 16);
      return Number.isFinite(n) ? String(n) : null;
    }
    case 'upper':
      return raw.toUpperCase();
    case 'lower':
    case 'none':
      return raw;
  }
}

function extractorHits(index: KnowledgeIndex, ce: CompiledExtractor, line: string, context: Context, out: Hit[]) {
  ce.re.lastIndex = 0;
  let guard = 0;
  for (let m = ce.re.exec(line); m !== null && guard < 16; m = ce.re.exec(line), guard++) {
    if (m[0].length === 0) ce.re.lastIndex++;
    const raw = m[1];
    if (raw === undefined) continue;
    const key = transformKey(raw, ce.extractor.transform);
    if (key === null) continue;
    const candidates: IndexedEntry[] = [];
    for (const kind of ce.extractor.keys) {
      for (const ie of ce.lookup.get(kind)?.get(normaliseKey(key, kind)) ?? []) if (!candidates.includes(ie)) candidates.push(ie);
    }
    if (candidates.length === 0) continue;
    // Numbers differ by platform (61 is ECONNREFUSED on macOS, ENODATA on Linux): the message on the line decides.
    const chosen = (candidates.length > 1 ? candidates.find((c) => c.message !== null && context.lower().includes(c.message)) : undefined) ?? candidates[0]!;
    out.push(entryHit(index, chosen, m[0], context, 3));
  }
}

/** Of the entries a name may mean, the one of the ecosystem the log comes from (the first otherwise). */
function preferred(candidates: readonly IndexedEntry[], ecosystems: readonly string[]): IndexedEntry | undefined {
  if (candidates.length <= 1 || ecosystems.length === 0) return candidates[0];
  for (const eco of ecosystems) {
    const match = candidates.find((c) => c.table.ecosystem === eco);
    if (match) return match;
  }
  return candidates[0];
}

function classHit(index: KnowledgeIndex, name: string, context: Context, ecosystems: readonly string[]): Hit[] {
  const canonical = canonicalClass(name);
  const segments = classSegments(canonical);
  const simple = simpleName(canonical);
  for (let k = segments.length; k >= 2; k--) {
    const found = preferred(index.classes.byName.get(segments.slice(segments.length - k).join('.')) ?? [], ecosystems);
    if (found) return [entryHit(index, found, canonical, context, 2)];
  }
  const bySimple = distinctiveClassName(simple) ? preferred(index.classes.bySimple.get(simple) ?? [], ecosystems) : undefined;
  if (bySimple) return [entryHit(index, bySimple, canonical, context, 2)];
  // A class no table knows: the words of its name hint at the family (ConnectionInterrupted → a dependency).
  const hits: Hit[] = [];
  for (const word of classWords(simple)) {
    const ie = index.words.get(word.toLowerCase());
    if (!ie?.entry.family) continue;
    hits.push({
      level: 1,
      rule: `${ie.table.id}:${ie.entry.id}`,
      family: ie.entry.family,
      cause: ie.entry.cause,
      weight: ie.entry.weight,
      also: ie.entry.also,
      explain: ie.entry.explain,
      matched: canonical,
      wrapper: ie.entry.wrapper,
    });
  }
  return hits;
}

const found = new IdSet(1024);
const sharedContext = new Context();
const spans: [number, number][] = [];

/**
 * Every rule that fires on `line`. `context` is the line and the few after it:
 * Python prints a class on one line and its message two lines down.
 */
export function lineHits(index: KnowledgeIndex, line: string, contextText: string | (() => string), ecosystems: readonly string[] = []): Hit[] {
  const lower = line.toLowerCase();
  found.clear();
  index.matcher.find(lower, found);
  for (let i = 0; i < index.always.length; i++) found.add(index.always[i]!);
  const mayName = lower.includes('error') || lower.includes('exception') || lower.includes('fault') || lower.includes("<class '");
  if (found.size === 0 && !mayName) return [];
  const context = sharedContext.reset(line, contextText);
  const out: Hit[] = [];
  const classSpans = spans;
  classSpans.length = 0;
  // Probes in the order the matcher found them (then the always-tried ones): the same for the same line.
  for (let k = 0; k < found.ids.length; k++) {
    const id = found.ids[k]!;
    const probe = index.probes[id]!;
    switch (probe.kind) {
      case 'signature': {
        const { sig, re } = index.signatures[probe.index]!;
        const m = re.exec(line);
        if (!m) break;
        out.push({
          level: 3,
          rule: `signature:${sig.id}`,
          family: sig.family,
          cause: sig.cause ?? undefined,
          weight: sig.weight,
          also: sig.also,
          wrapper: sig.wrapper,
          explain: sig.explain,
          matched: m[0],
        });
        break;
      }
      case 'extractor':
        extractorHits(index, index.extractors[probe.index]!, line, context, out);
        break;
      case 'message': {
        const at = lower.indexOf(probe.lower);
        if (at < 0 || isWordChar(lower[at - 1]) || isWordChar(lower[at + probe.lower.length])) break;
        out.push(entryHit(index, probe.entry, line.slice(at, at + probe.lower.length), context, 3));
        break;
      }
      case 'class': {
        for (let at = line.indexOf(probe.simple); at >= 0 && classSpans.length < 32; at = line.indexOf(probe.simple, at + 1)) {
          const end = at + probe.simple.length;
          if (isWordChar(line[at - 1]) || isWordChar(line[end])) continue;
          const name = qualifiedAt(line, at, end);
          classSpans.push([end - name.length, end]);
          out.push(...classHit(index, name, context, ecosystems));
        }
        break;
      }
    }
  }
  // Classes no table names: anything called …Error or …Exception, and Python's <class '…'>.
  if (mayName) {
    const covered = (start: number, end: number) => classSpans.some(([s, e]) => start < e && s < end);
    let guard = 0;
    for (const re of [PYTHON_CLASS, UNKNOWN_CLASS, QUALIFIED_ROOT]) {
      re.lastIndex = 0;
      for (let m = re.exec(line); m !== null && guard < 16; m = re.exec(line), guard++) {
        const name = m[1] ?? m[0];
        const start = m.index + m[0].indexOf(name);
        const end = start + name.length;
        if (covered(start, end)) continue;
        classSpans.push([start, end]);
        out.push(...classHit(index, name, context, ecosystems));
      }
    }
  }
  return out.length > 1 ? dedupe(out) : out;
}

function dedupe(hits: readonly Hit[]): Hit[] {
  const seen = new Set<string>();
  return hits.filter((h) => (seen.has(h.rule) ? false : (seen.add(h.rule), true)));
}
