/**
 * Log analysis: pasted text in, causes ranked by the signatures found in it.
 * Pure and total: any string gives an Analysis, never a throw.
 *
 * - Lines are matched one at a time; very long lines are cut for matching.
 * - The first error in a log is usually the root and later ones consequences,
 *   so a signature counts more the earlier its first line comes.
 * - Stack traces span lines: frame lines ("at …", "File …") count for less, and
 *   Java's "Caused by:" lines (the root of a chain) count as if they came first.
 * - Timestamps and PIDs are noise: repeated lines that differ only in numbers
 *   are one piece of evidence.
 */
import { LiteralMatcher, requiredLiterals } from './literals.ts';
import { maskSecrets } from './mask.ts';
import { lookup } from './result.ts';
import type { Cause, CauseId, FamilyId, Signature } from './types.ts';

export interface Evidence {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** The line as pasted (secrets masked, cut to MAX_EVIDENCE_CHARS). */
  readonly text: string;
  readonly signature: string;
}

export interface RankedCause {
  readonly family: FamilyId;
  readonly cause: CauseId;
  /** 0..1: how strongly the log points here. */
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface Analysis {
  readonly ranked: readonly RankedCause[];
  readonly linesRead: number;
  /** True when the text was longer than MAX_LINES lines and the rest was not read. */
  readonly truncated: boolean;
}

/** What the analyzer needs from the content: small enough to post to a worker. */
export interface AnalyzerContent {
  readonly signatures: readonly Signature[];
  readonly causes: Readonly<Record<string, Pick<Cause, 'id' | 'family'>>>;
}

export function analyzerContent(content: AnalyzerContent): AnalyzerContent {
  const causes: Record<string, Pick<Cause, 'id' | 'family'>> = {};
  for (const c of Object.values(content.causes)) causes[c.id] = { id: c.id, family: c.family };
  return { signatures: content.signatures, causes };
}

const MAX_LINES = 1_000_000;
const MAX_LINE_CHARS = 4000;
export const MAX_EVIDENCE_CHARS = 400;
const MAX_EVIDENCE_PER_CAUSE = 5;

interface Compiled {
  readonly each: readonly { readonly sig: Signature; readonly re: RegExp }[];
  /** Finds, per line, the signatures whose required literal is present. */
  readonly matcher: LiteralMatcher;
  /** Signatures with no usable literal: tested on every line. */
  readonly always: readonly number[];
}

const compiledCache = new WeakMap<readonly Signature[], Compiled>();

function compile(signatures: readonly Signature[]): Compiled {
  const cached = compiledCache.get(signatures);
  if (cached) return cached;
  const each = signatures.flatMap((sig) => {
    try {
      return [{ sig, re: new RegExp(sig.pattern, sig.caseSensitive ? 'u' : 'iu') }];
    } catch {
      return []; // validated at build time; a bad pattern here is skipped, not thrown
    }
  });
  const literals: { text: string; id: number }[] = [];
  const always: number[] = [];
  each.forEach((e, id) => {
    const lits = requiredLiterals(e.sig.pattern);
    if (lits) for (const text of lits) literals.push({ text, id });
    else always.push(id);
  });
  const out = { each, matcher: new LiteralMatcher(literals), always };
  compiledCache.set(signatures, out);
  return out;
}

const FRAME = /^\s+(at |File "|from |#\d+ |\.\.\. \d+ more)/;
const CAUSED_BY = /^\s*Caused by:/;
/** A "Caused by:" line names the root of a Java exception chain: it outranks the first line. */
const ROOT_BONUS = 1.25;
const noiseKey = (line: string) => line.replace(/\d+/g, '0').trim();

interface Hit {
  sigIndex: number;
  firstOrder: number;
  factor: number;
  count: number;
  evidence: Evidence[];
  keys: Set<string>;
}

export function analyzeLog(content: AnalyzerContent, text: unknown): Analysis {
  if (typeof text !== 'string' || text.length === 0) return { ranked: [], linesRead: 0, truncated: false };
  const { each, matcher, always } = compile(content.signatures);
  if (each.length === 0) return { ranked: [], linesRead: 0, truncated: false };
  const candidates = new Set<number>();

  const hits = new Map<number, Hit>();
  let order = 0; // index among lines that matched anything
  let lineNo = 0;
  let start = 0;
  let truncated = false;
  while (start <= text.length) {
    if (lineNo >= MAX_LINES) {
      truncated = true;
      break;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS)).replace(/\r$/, '');
    start = end + 1;
    if (raw.length < 3) continue;
    candidates.clear();
    matcher.find(raw.toLowerCase(), candidates);
    for (const i of always) candidates.add(i);
    if (candidates.size === 0) continue;
    const frame = FRAME.test(raw);
    const causedBy = CAUSED_BY.test(raw);
    let matched = false;
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const entry = each[i]!;
      if (!entry.re.test(raw)) continue;
      matched = true;
      let hit = hits.get(i);
      if (!hit) {
        const factor = (causedBy ? ROOT_BONUS : 1 / (1 + 0.12 * order)) * (frame ? 0.5 : 1);
        hit = { sigIndex: i, firstOrder: order, factor, count: 0, evidence: [], keys: new Set() };
        hits.set(i, hit);
      }
      hit.count++;
      const key = noiseKey(raw);
      if (hit.evidence.length < MAX_EVIDENCE_PER_CAUSE && !hit.keys.has(key)) {
        hit.keys.add(key);
        hit.evidence.push({ line: lineNo, text: maskSecrets(raw.trim()).slice(0, MAX_EVIDENCE_CHARS), signature: entry.sig.id });
      }
    }
    if (matched) order++;
    if (end === text.length) break;
  }

  // One line is one piece of evidence: when several signatures of a cause first
  // match on the same line, only the strongest counts.
  const byCause = new Map<string, { perLine: Map<number, number>; first: number; evidence: Evidence[] }>();
  for (const hit of hits.values()) {
    const sig = each[hit.sigIndex]!.sig;
    const repeat = 1 + 0.1 * Math.min(3, Math.log2(hit.count));
    const agg = byCause.get(sig.cause) ?? { perLine: new Map<number, number>(), first: Infinity, evidence: [] };
    const contribution = sig.weight * hit.factor * repeat;
    agg.perLine.set(hit.firstOrder, Math.max(agg.perLine.get(hit.firstOrder) ?? 0, contribution));
    agg.first = Math.min(agg.first, hit.firstOrder);
    agg.evidence.push(...hit.evidence);
    byCause.set(sig.cause, agg);
  }

  const ranked: { entry: RankedCause; raw: number; first: number }[] = [];
  for (const [causeId, { perLine, first, evidence }] of byCause) {
    const cause = lookup(content.causes, causeId);
    if (!cause) continue;
    const agg = { raw: [...perLine.values()].reduce((a, b) => a + b, 0), first, evidence };
    const score = Math.round((1 - Math.exp(-2 * agg.raw)) * 1000) / 1000;
    ranked.push({ entry: { family: cause.family, cause: cause.id, score, evidence: dedupeEvidence(agg.evidence) }, raw: agg.raw, first: agg.first });
  }
  ranked.sort((a, b) => b.raw - a.raw || a.first - b.first || (a.entry.cause < b.entry.cause ? -1 : 1));
  return { ranked: ranked.map((r) => r.entry), linesRead: lineNo, truncated };
}

function dedupeEvidence(list: readonly Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return [...list]
    .sort((a, b) => a.line - b.line)
    .filter((e) => (seen.has(e.line) ? false : (seen.add(e.line), true)))
    .slice(0, MAX_EVIDENCE_PER_CAUSE);
}

export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Splits a line into the parts a signature matched and the rest, for highlighting. */
export function matchSegments(signature: Pick<Signature, 'pattern' | 'caseSensitive'>, line: string): Segment[] {
  let re: RegExp;
  try {
    re = new RegExp(signature.pattern, signature.caseSensitive ? 'gu' : 'giu');
  } catch {
    return [{ text: line, match: false }];
  }
  const out: Segment[] = [];
  let last = 0;
  for (const m of line.matchAll(re)) {
    const start = m.index;
    if (m[0].length === 0) break;
    if (start > last) out.push({ text: line.slice(last, start), match: false });
    out.push({ text: m[0], match: true });
    last = start + m[0].length;
  }
  if (last < line.length) out.push({ text: line.slice(last), match: false });
  return out;
}
