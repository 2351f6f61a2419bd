/**
 * The answers that led to a step, as they travel in the URL's `a` parameter:
 *   a=after-change.yes~scope.one-route~what-changed.code+runtime
 * Each pair is `<question id>.<answer id>`, pairs joined by `~`; a question that
 * takes several answers joins them with `+`. Ids are kebab-case, so the value
 * needs no percent-encoding.
 *
 * decodePath is total: any string (or null) gives the longest well-formed
 * prefix of pairs plus, if something was wrong, what and where.
 */
import { ID_PATTERN } from './types.ts';

export interface PathPair {
  readonly question: string;
  /** The first answer. */
  readonly answer: string;
  /** Further answers, on questions that take several. */
  readonly more?: readonly string[] | undefined;
}

export const MAX_PAIRS = 64;
const MAX_ANSWERS_PER_PAIR = 8;
const MAX_RAW_LENGTH = MAX_PAIRS * 130;

export type DecodeProblem = { readonly code: 'TOO_LONG'; readonly index: number } | { readonly code: 'MALFORMED'; readonly index: number };

export interface DecodedPath {
  readonly pairs: readonly PathPair[];
  readonly problem?: DecodeProblem;
}

export const answersOf = (p: PathPair): readonly string[] => [p.answer, ...(p.more ?? [])];

export function encodePath(pairs: readonly PathPair[]): string {
  return pairs.map((p) => `${p.question}.${answersOf(p).join('+')}`).join('~');
}

export function decodePath(raw: string | null | undefined): DecodedPath {
  if (typeof raw !== 'string' || raw === '') return { pairs: [] };
  const tooLong = raw.length > MAX_RAW_LENGTH;
  const parts = (tooLong ? raw.slice(0, MAX_RAW_LENGTH) : raw).split('~', MAX_PAIRS + 1);
  if (tooLong) parts.pop(); // the last part may have been cut mid-id
  const pairs: PathPair[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i === MAX_PAIRS) return { pairs, problem: { code: 'TOO_LONG', index: i } };
    const part = parts[i] ?? '';
    const dot = part.indexOf('.');
    const question = dot < 0 ? '' : part.slice(0, dot);
    // `+` joins several answers; URLSearchParams reads a literal `+` in a query as a space, so a space joins them too.
    const answers = dot < 0 ? [] : part.slice(dot + 1).split(/[+ ]/, MAX_ANSWERS_PER_PAIR + 1);
    const wellFormed =
      ID_PATTERN.test(question) &&
      answers.length > 0 &&
      answers.length <= MAX_ANSWERS_PER_PAIR &&
      answers.every((a) => ID_PATTERN.test(a)) &&
      new Set(answers).size === answers.length;
    if (!wellFormed) return { pairs, problem: { code: 'MALFORMED', index: i } };
    const [answer, ...more] = answers as [string, ...string[]];
    pairs.push(more.length > 0 ? { question, answer, more } : { question, answer });
  }
  return tooLong ? { pairs, problem: { code: 'TOO_LONG', index: pairs.length } } : { pairs };
}
