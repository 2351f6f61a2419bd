/**
 * Search over questions and causes — titles, help, symptoms, log lines,
 * remedies and commands — in both languages at once, so an English log line
 * finds its cause from the Korean interface too. Every word of the query must
 * appear; matches in titles count most.
 */
import { PHASES, type Content, type LocalizedText } from './types.ts';

/** A prebuilt search index (built at build time, loaded by the search page on demand). */
export type SearchIndex = readonly Entry[];

export interface SearchHit {
  readonly kind: 'question' | 'cause';
  readonly id: string;
  readonly score: number;
  /** The query's words, lower-cased: what to highlight. */
  readonly words: readonly string[];
  /** A line from the text that matched best, when a result does not show it anyway (e.g. a log line or a symptom). */
  readonly excerpt: string | null;
}

export interface Entry {
  readonly kind: 'question' | 'cause';
  readonly id: string;
  /** Text per weight; the heaviest field is the title. */
  readonly fields: readonly { readonly weight: number; readonly text: string }[];
  /** How many leading fields a result shows anyway (title, summary): a match there needs no excerpt. */
  readonly shown: number;
}

const both = (t: Partial<LocalizedText> | undefined) => (t ? [t.en, t.ko].filter((x) => x !== undefined).join('\n') : '');
const normalize = (s: string) => s.normalize('NFKC').toLowerCase();
const tidy = (s: string) => s.normalize('NFKC');

/** Every question and cause with its texts in both languages, lower-cased. */
export function buildSearchIndex(content: Content): SearchIndex {
  const entries: Entry[] = [];
  for (const q of Object.values(content.questions)) {
    entries.push({
      kind: 'question',
      id: q.id,
      shown: 1,
      fields: [
        { weight: 5, text: tidy(both(q.title)) },
        { weight: 2, text: tidy([both(q.help), ...q.answers.map((a) => `${both(a.label)}\n${both(a.hint)}`)].join('\n')) },
        { weight: 1, text: tidy(both(q.unsure.how)) },
      ],
    });
  }
  for (const c of Object.values(content.causes)) {
    const steps = PHASES.flatMap((p) => c.remedy[p]);
    entries.push({
      kind: 'cause',
      id: c.id,
      shown: 2,
      fields: [
        { weight: 6, text: tidy(`${both(c.title)}\n${c.id}`) },
        { weight: 3, text: tidy(`${both(c.summary)}\n${both(content.families[c.family].title)}`) },
        { weight: 3, text: tidy(c.logLines.join('\n')) },
        { weight: 2, text: tidy([both(c.why), ...c.symptoms.map(both)].join('\n')) },
        { weight: 1, text: tidy(steps.map((s) => `${both(s.text)}\n${(s.commands ?? []).map((x) => x.code).join('\n')}`).join('\n')) },
      ],
    });
  }
  return entries;
}

const MAX_QUERY = 200;

/** Korean particles that may follow a whole word ("디스크가" is the word "디스크"). */
const PARTICLES = new Set([
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '의',
  '에',
  '에서',
  '에게',
  '로',
  '으로',
  '와',
  '과',
  '도',
  '만',
  '나',
  '이나',
  '까지',
  '부터',
  '처럼',
  '보다',
  '라는',
  '이라는',
]);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** How well `word` occurs in `text` (both lower-cased): 1 as a whole word, 0.6 at a word start, 0.25 inside a longer word, 0 not at all. */
export function matchQuality(text: string, word: string): number {
  let best = 0;
  for (let at = text.indexOf(word), n = 0; at >= 0 && n < 200; at = text.indexOf(word, at + 1), n++) {
    if (isWordChar(text[at - 1]) && isWordChar(word[0])) {
      best = Math.max(best, 0.25);
      continue;
    }
    let end = at + word.length;
    while (isWordChar(text[end])) end++;
    const rest = text.slice(at + word.length, end);
    if (rest === '' || !isWordChar(word.at(-1)) || PARTICLES.has(rest)) return 1;
    best = 0.6;
  }
  return best;
}

const lowered = new WeakMap<Entry, readonly string[]>();
const lowerFields = (entry: Entry) => {
  let texts = lowered.get(entry);
  if (!texts) {
    texts = entry.fields.map((f) => f.text.toLowerCase());
    lowered.set(entry, texts);
  }
  return texts;
};

/** The line of `text` where `word` occurs, shortened around it. */
function excerptOf(text: string, word: string): string | null {
  const line = text.split('\n').find((l) => l.toLowerCase().includes(word));
  if (!line) return null;
  const at = line.toLowerCase().indexOf(word);
  const from = Math.max(0, at - 50);
  const to = Math.min(line.length, at + word.length + 70);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

/**
 * Every word of the query must occur; a word counts by the weight of the best
 * field it occurs in times how well it occurs there (whole word, word start,
 * inside a longer word), so "디스크" finds "디스크가 가득 참" before "파일 디스크립터".
 */
export function search(index: SearchIndex, query: unknown, limit = 20): SearchHit[] {
  if (typeof query !== 'string') return [];
  const words = normalize(query.slice(0, MAX_QUERY))
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const hits: SearchHit[] = [];
  for (const entry of index) {
    const texts = lowerFields(entry);
    let score = 0;
    let first = -1;
    let all = true;
    for (const word of words) {
      let best = 0;
      let where = -1;
      texts.forEach((text, i) => {
        const s = entry.fields[i]!.weight * matchQuality(text, word);
        if (s > best) [best, where] = [s, i];
      });
      if (best === 0) {
        all = false;
        break;
      }
      if (first < 0) first = where;
      score += best;
    }
    if (!all) continue;
    // The whole query as a phrase counts extra.
    texts.forEach((text, i) => {
      if (words.length > 1 && text.includes(phrase)) score += entry.fields[i]!.weight * 2;
    });
    const excerpt = first >= entry.shown ? excerptOf(entry.fields[first]!.text, words[0]!) : null;
    hits.push({ kind: entry.kind, id: entry.id, score, words, excerpt });
  }
  hits.sort((a, b) => b.score - a.score || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'cause' ? -1 : 1));
  return hits.slice(0, limit);
}

export interface Piece {
  readonly text: string;
  readonly mark: boolean;
}

/** `text` in pieces, the occurrences of `words` (lower-cased) marked: for highlighting as elements, never HTML. */
export function highlight(text: string, words: readonly string[]): Piece[] {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return [{ text, mark: false }];
  const marked = Array.from({ length: text.length }, () => false);
  for (const word of words) {
    if (word.length === 0) continue;
    for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length)) marked.fill(true, at, at + word.length);
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    pieces.push({ text: text.slice(i, j), mark: marked[i]! });
    i = j;
  }
  return pieces;
}
