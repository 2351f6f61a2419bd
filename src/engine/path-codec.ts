/**
 * The answers that led to a step, as they travel in the URL's `a` parameter:
 *   a=after-change.yes~scope.one-route
 * Each pair is `<question id>.<answer id>`, pairs joined by `~`. Ids are
 * kebab-case, so the value needs no percent-encoding.
 *
 * decodePath is total: any string (or null) gives the longest well-formed
 * prefix of pairs plus, if something was wrong, what and where.
 */
import { ID_PATTERN } from './types.ts';

export interface PathPair {
  readonly question: string;
  readonly answer: string;
}

export const MAX_PAIRS = 64;
const MAX_RAW_LENGTH = MAX_PAIRS * 130;

export type DecodeProblem =
  | { readonly code: 'TOO_LONG'; readonly index: number }
  | { readonly code: 'MALFORMED'; readonly index: number };

export interface DecodedPath {
  readonly pairs: readonly PathPair[];
  readonly problem?: DecodeProblem;
}

export function encodePath(pairs: readonly PathPair[]): string {
  return pairs.map((p) => `${p.question}.${p.answer}`).join('~');
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
    const answer = dot < 0 ? '' : part.slice(dot + 1);
    if (!ID_PATTERN.test(question) || !ID_PATTERN.test(answer)) {
      return { pairs, problem: { code: 'MALFORMED', index: i } };
    }
    pairs.push({ question, answer });
  }
  return tooLong ? { pairs, problem: { code: 'TOO_LONG', index: pairs.length } } : { pairs };
}
