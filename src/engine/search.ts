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
}

export interface Entry {
  readonly kind: 'question' | 'cause';
  readonly id: string;
  /** Lower-cased text per weight. */
  readonly fields: readonly { readonly weight: number; readonly text: string }[];
}

const both = (t: Partial<LocalizedText> | undefined) => (t ? [t.en, t.ko].filter((x) => x !== undefined).join('\n') : '');
const normalize = (s: string) => s.normalize('NFKC').toLowerCase();

/** Every question and cause with its texts in both languages, lower-cased. */
export function buildSearchIndex(content: Content): SearchIndex {
  const entries: Entry[] = [];
  for (const q of Object.values(content.questions)) {
    entries.push({
      kind: 'question',
      id: q.id,
      fields: [
        { weight: 5, text: normalize(both(q.title)) },
        { weight: 2, text: normalize([both(q.help), ...q.answers.map((a) => `${both(a.label)}\n${both(a.hint)}`)].join('\n')) },
        { weight: 1, text: normalize(both(q.unsure.how)) },
      ],
    });
  }
  for (const c of Object.values(content.causes)) {
    const steps = PHASES.flatMap((p) => c.remedy[p]);
    entries.push({
      kind: 'cause',
      id: c.id,
      fields: [
        { weight: 6, text: normalize(`${both(c.title)}\n${c.id}`) },
        { weight: 3, text: normalize(`${both(c.summary)}\n${both(content.families[c.family].title)}`) },
        { weight: 3, text: normalize(c.logLines.join('\n')) },
        { weight: 2, text: normalize([both(c.why), ...c.symptoms.map(both)].join('\n')) },
        { weight: 1, text: normalize(steps.map((s) => `${both(s.text)}\n${(s.commands ?? []).map((x) => x.code).join('\n')}`).join('\n')) },
      ],
    });
  }
  return entries;
}

const MAX_QUERY = 200;

export function search(index: SearchIndex, query: unknown, limit = 20): SearchHit[] {
  if (typeof query !== 'string') return [];
  const words = normalize(query.slice(0, MAX_QUERY)).split(/\s+/).filter((w) => w.length > 0).slice(0, 12);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let score = 0;
    let all = true;
    for (const word of words) {
      let best = 0;
      for (const f of entry.fields) if (f.weight > best && f.text.includes(word)) best = f.weight;
      if (best === 0) {
        all = false;
        break;
      }
      score += best;
    }
    if (!all) continue;
    // The whole query as a phrase counts extra.
    for (const f of entry.fields) if (words.length > 1 && f.text.includes(phrase)) score += f.weight * 2;
    hits.push({ kind: entry.kind, id: entry.id, score });
  }
  hits.sort((a, b) => b.score - a.score || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'cause' ? -1 : 1));
  return hits.slice(0, limit);
}
