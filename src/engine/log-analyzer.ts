/**
 * Log analysis: pasted text in, evidence for each cause family out.
 * Pure and total: any value gives an Analysis, never a throw.
 *
 * Each line is read through the signatures and the knowledge tables
 * (clues.ts). On a line only the most specific rules count, each family once
 * (its strongest rule). Across lines, evidence adds up, so a second clue can
 * confirm or overturn the first, but:
 * - the first real error counts most, and later ones less (they are often
 *   consequences); Java's "Caused by:" lines name the root and count fully;
 * - stack frames ("at …", "File …") count little;
 * - wrapper messages ("Worker failed to boot", ANCM 500.30) say only *that*
 *   something failed: they count little and point to the families that
 *   usually hide behind them;
 * - repeated lines that differ only in numbers (timestamps, PIDs) count once;
 * - lines that declare themselves warnings, notices or info (severity.ts)
 *   count less when the paste has error-level lines with a clue: a program that
 *   carried on did not fail there (except for limits reached, which programs
 *   report as warnings while they shed load).
 * How sure the evidence makes us is not decided here: see belief.ts, which the
 * log page, the cause page and the CLI share.
 */
import { lineHits, type Hit } from './clues.ts';
import { compileKnowledge, type KnowledgeIndex } from './knowledge-index.ts';
import type { KnowledgeTable } from './knowledge-types.ts';
import { detectEcosystems } from './ecosystem.ts';
import { isQuietLine } from './severity.ts';
import { keyBlockOpenAfter, maskSecrets } from './mask.ts';
import type { CauseId, FamilyId, LocalizedText, Signature } from './types.ts';
import { FAMILY_IDS } from './types.ts';

/** Evidence from a log, in log-odds units before scaling (see belief.ts): ids and numbers only. */
export interface LogEvidence {
  readonly families: Readonly<Partial<Record<FamilyId, number>>>;
  readonly causes: Readonly<Record<string, number>>;
}

const NO_EVIDENCE: LogEvidence = { families: {}, causes: {} };

/** One rule firing on one line, as the person sees it. */
export interface Clue {
  /** 1-based line number in the pasted text. */
  readonly line: number;
  /** The line as pasted (secrets masked, cut to MAX_EVIDENCE_CHARS). */
  readonly text: string;
  /** The rule that fired: `signature:<id>`, `<table>:<entry>`, `<table>:<entry>#<n>`. */
  readonly rule: string;
  readonly family: FamilyId | null;
  readonly cause: CauseId | null;
  /** What this line added to its family's evidence. */
  readonly weight: number;
  /** The matched text (masked), for highlighting. */
  readonly matched: string;
  readonly explain: LocalizedText;
  /** Wrapper messages: what to look for to find the real error. */
  readonly look: LocalizedText | null;
}

export interface Analysis {
  readonly evidence: LogEvidence;
  /** Clues that counted, in line order (at most MAX_CLUES). */
  readonly clues: readonly Clue[];
  /** True when some line looks like an error, recognised or not. */
  readonly errorLike: boolean;
  readonly linesRead: number;
  /** True when the text was longer than MAX_LINES lines and the rest was not read. */
  readonly truncated: boolean;
}

/** What the analyzer needs from the content: small enough to post to a worker. */
export interface AnalyzerContent {
  readonly signatures: readonly Signature[];
  readonly knowledge: readonly KnowledgeTable[];
}

export function analyzerContent(content: AnalyzerContent): AnalyzerContent {
  return { signatures: content.signatures, knowledge: content.knowledge };
}

const MAX_LINES = 1_000_000;
export const MAX_LINE_CHARS = 4000;
export const MAX_EVIDENCE_CHARS = 400;
const MAX_CLUES = 200;
const MAX_CLUES_PER_RULE = 3;
/** How much each later real error counts relative to the one before it. */
const DECAY = 0.6;
const FRAME_FACTOR = 0.3;
const WRAPPER_FACTOR = 0.4;
/** A line that names the root of a chain ("Caused by:") counts more than the first line, which it explains. */
const ROOT_FACTOR = 1.25;
/** How much a warning or notice line counts when error-level lines also hold clues. */
const QUIET_FACTOR = 0.35;
const CONTEXT_LINES = 3;
/** How far around a line masking looks for an AWS key id that makes a bare 40-character key on it a secret. */
const NEARBY_CHARS = 1000;

/**
 * Stack frames, also behind a logger's prefix (`[wsgi:error] [pid 1]   File "…", line 3`),
 * and the headers that only announce a trace: they say where, not what.
 */
const FRAME =
  /^\s*(?:at |from |#\d+ |\d+\. \/|\.\.\. \d+ more|[\w./-]+\.(?:rb|py|php|js|ts|go|java|cs):\d+:in )|\bFile "[^"]{1,500}", line \d+|\s{2}at [\w$.<]|^\s*(?:\S.{0,80}\s)?Traceback \(most recent call last\)|^\s*Stack trace:|^goroutine \d+ \[/;
const CAUSED_BY = /^\s*(?:Caused by:|---> |The above exception was the direct cause)/;
/** Tomcat and others print the root cause on the line after this. */
const ROOT_NEXT = /\bwith root cause\s*$/;
/** A line that reads like an error even when no rule knows it. */
const ERROR_LIKE =
  /\b(?:err(?:or|no)?|exception|fatal|fail(?:ed|ure|s)?|panic|traceback|critical|severe|crit|emerg|alert|denied|refused|unable|cannot|can't|couldn't|could not|invalid|timed? ?out|killed|crash(?:ed)?|abort(?:ed)?|exceeded|exhausted|not found|does not exist|no such|unavailable|undefined|unexpected|segfault|oom)\b|\b5\d\d\b|^\s+at [\w$.<]/i;
const noiseKey = (line: string) => line.replace(/\d+/g, '0').trim();

const indexCache = new WeakMap<readonly Signature[], WeakMap<readonly KnowledgeTable[], KnowledgeIndex>>();

function indexFor(content: AnalyzerContent): KnowledgeIndex {
  let byTables = indexCache.get(content.signatures);
  if (!byTables) {
    byTables = new WeakMap();
    indexCache.set(content.signatures, byTables);
  }
  let index = byTables.get(content.knowledge);
  if (!index) {
    index = compileKnowledge(content.signatures, content.knowledge);
    byTables.set(content.knowledge, index);
  }
  return index;
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * The hits that count on a line: of the real errors, the most specific level
 * present; wrappers ride along (they show what to look for) but never hide a
 * class or code on the same line. Rules that point nowhere only explain.
 */
function counted(hits: readonly Hit[]): Hit[] {
  let top = 0;
  for (const h of hits) if (h.wrapper === undefined && h.level > top) top = h.level;
  return hits.filter((h) => h.level > 0 && (h.wrapper !== undefined || h.level === top));
}

export function analyzeLog(content: AnalyzerContent, text: unknown): Analysis {
  const empty: Analysis = { evidence: NO_EVIDENCE, clues: [], errorLike: false, linesRead: 0, truncated: false };
  if (typeof text !== 'string' || text.length === 0) return empty;
  if (!Array.isArray(content.signatures) || !Array.isArray(content.knowledge)) return empty;
  const index = indexFor(content);
  const ecosystems = detectEcosystems(text);

  const families = new Map<FamilyId, number>();
  const causes = new Map<string, number>();
  // Warning, notice and info lines add up apart; how much they count is known at the end.
  const quietFamilies = new Map<FamilyId, number>();
  const quietCauses = new Map<string, number>();
  const quietClues = new Map<number, number>(); // clue index → weight before the quiet factor
  let quietOrder = 0;
  const clues: Clue[] = [];
  const perRule = new Map<string, number>();
  const seenLines = new Set<string>();
  let errorLike = false;
  let order = 0; // real errors seen so far
  let pendingRoot = false; // the previous line announced the root cause on this one
  let lineNo = 0;
  let start = 0;
  let truncated = false;
  let inKeyBlock = false; // inside a private key block that began on an earlier line

  while (start <= text.length) {
    if (lineNo >= MAX_LINES) {
      truncated = true;
      break;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, Math.min(end, start + MAX_LINE_CHARS)).replace(/\r$/, '');
    const lineStart = start;
    start = end + 1;
    const keyBlockBefore = inKeyBlock;
    inKeyBlock = keyBlockOpenAfter(raw, inKeyBlock);
    if (raw.trim().length >= 3) {
      const rootNext = pendingRoot;
      pendingRoot = false;
      const context = () => text.slice(lineStart, Math.min(nthNewline(text, lineStart, CONTEXT_LINES + 1), lineStart + MAX_LINE_CHARS * 2));
      const hits = counted(lineHits(index, raw, context, ecosystems));
      if (hits.length === 0) {
        if (!errorLike && ERROR_LIKE.test(raw)) errorLike = true;
      } else {
        errorLike = true;
        const key = noiseKey(raw);
        if (!seenLines.has(key)) {
          seenLines.add(key);
          const frame = FRAME.test(raw);
          const causedBy = CAUSED_BY.test(raw) || rootNext;
          // "… threw exception [X] with root cause": X is a consequence, the next line is the root.
          const announcesRoot = ROOT_NEXT.test(raw);
          pendingRoot = announcesRoot;
          const wrapperOnly = announcesRoot || hits.every((h) => h.wrapper !== undefined);
          // Limits reached (a full pool, max_children, a worker killed) are warnings by nature: the program sheds load and carries on.
          const quiet = isQuietLine(raw) && !hits.some((h) => h.family === 'resource-exhaustion' && h.wrapper === undefined);
          const factor = frame ? FRAME_FACTOR : wrapperOnly ? WRAPPER_FACTOR : causedBy ? ROOT_FACTOR : DECAY ** (quiet ? quietOrder : order);
          if (!frame && !wrapperOnly) {
            if (quiet) quietOrder++;
            else order++;
          }
          if (quiet) addLine(hits, factor, quietFamilies, quietCauses);
          else addLine(hits, factor, families, causes);
          // Masked only if shown, with the lines around it: an AWS key id there, a key block open above.
          let masked: string | undefined;
          const maskedLine = () =>
            (masked ??= maskSecrets(raw.trim(), {
              inKeyBlock: keyBlockBefore,
              nearby: text.slice(Math.max(0, lineStart - NEARBY_CHARS), Math.min(text.length, end + NEARBY_CHARS)),
            }).slice(0, MAX_EVIDENCE_CHARS));
          for (const h of hits) {
            const n = perRule.get(h.rule) ?? 0;
            if (n >= MAX_CLUES_PER_RULE || clues.length >= MAX_CLUES) continue;
            perRule.set(h.rule, n + 1);
            if (quiet) quietClues.set(clues.length, h.weight * factor);
            clues.push({
              line: lineNo,
              text: maskedLine(),
              rule: h.rule,
              family: h.family ?? null,
              cause: h.cause ?? null,
              weight: round(h.weight * factor),
              matched: maskSecrets(h.matched).slice(0, MAX_EVIDENCE_CHARS),
              explain: h.explain,
              look: h.wrapper ?? null,
            });
          }
        }
      }
    }
    if (end === text.length) break;
  }

  const q = families.size > 0 ? QUIET_FACTOR : 1;
  for (const [f, w] of quietFamilies) families.set(f, (families.get(f) ?? 0) + w * q);
  for (const [c, w] of quietCauses) causes.set(c, (causes.get(c) ?? 0) + w * q);
  for (const [i, w] of quietClues) clues[i] = { ...clues[i]!, weight: round(w * q) };

  const evidence: LogEvidence = {
    families: Object.fromEntries(FAMILY_IDS.flatMap((f) => (families.has(f) ? [[f, round(families.get(f)!)]] : []))),
    causes: Object.fromEntries([...causes].map(([c, w]) => [c, round(w)])),
  };
  return { evidence, clues, errorLike, linesRead: lineNo, truncated };
}

/**
 * Adds one line's hits: each family (and cause) once, by its strongest rule on
 * the line. A wrapper on a line that also names the real error (nginx's
 * "FastCGI sent in stderr: PHP Fatal error: …") adds nothing: the real error decides.
 */
function addLine(hits: readonly Hit[], factor: number, families: Map<FamilyId, number>, causes: Map<string, number>) {
  const lineFamilies = new Map<FamilyId, number>();
  const lineCauses = new Map<string, number>();
  const note = (family: FamilyId, cause: string | undefined, weight: number) => {
    lineFamilies.set(family, Math.max(lineFamilies.get(family) ?? 0, weight));
    if (cause) lineCauses.set(cause, Math.max(lineCauses.get(cause) ?? 0, weight));
  };
  const real = hits.some((h) => h.wrapper === undefined);
  for (const h of hits) {
    if (real && h.wrapper !== undefined) continue;
    if (h.family) note(h.family, h.cause, h.weight);
    for (const a of h.also) note(a.family, a.cause, a.weight);
  }
  for (const [f, w] of lineFamilies) families.set(f, (families.get(f) ?? 0) + w * factor);
  for (const [c, w] of lineCauses) causes.set(c, (causes.get(c) ?? 0) + w * factor);
}

/** The index just past the n-th newline at or after `from` (or the end of the text). */
function nthNewline(text: string, from: number, n: number): number {
  let at = from;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** Splits a line into the part a rule matched and the rest, for highlighting. */
export function matchSegments(matched: string, line: string): Segment[] {
  const at = matched.length > 0 ? line.indexOf(matched) : -1;
  if (at < 0) return [{ text: line, match: false }];
  const out: Segment[] = [];
  if (at > 0) out.push({ text: line.slice(0, at), match: false });
  out.push({ text: matched, match: true });
  if (at + matched.length < line.length) out.push({ text: line.slice(at + matched.length), match: false });
  return out;
}
