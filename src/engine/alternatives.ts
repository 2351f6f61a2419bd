/**
 * "Didn't fix it": the next most likely causes, given the answers and the
 * causes already tried. Nearest first: the other answers of the last question,
 * then those of the question before it, and so on back to the start. Every
 * candidate is a cause the person's own answers came close to.
 */
import { choicesOf, walk, type TrailStep } from './resolve.ts';
import { reachableCauses } from './suggest.ts';
import { decodePath, type PathPair } from './path-codec.ts';
import { lookup } from './result.ts';
import type { Cause, Content, Question } from './types.ts';

/** How many causes to try before recommending expert help. */
export const LIKELY_LIMIT = 3;

export function nextLikely(content: Content, trail: readonly TrailStep[], tried: readonly string[]): Cause[] {
  const seen = new Set(tried);
  const out: Cause[] = [];
  for (let i = trail.length - 1; i >= 0; i--) {
    for (const choice of choicesOf(trail[i]!.question)) {
      for (const id of reachableCauses(content, choice.next)) {
        if (seen.has(id)) continue;
        seen.add(id);
        const cause = lookup(content.causes, id);
        if (cause) out.push(cause);
      }
    }
  }
  return out;
}

/** The `tried` URL value: cause ids joined by "~"; unknown or repeated ids are dropped. */
export function decodeTried(content: Content, raw: string | null | undefined): string[] {
  if (typeof raw !== 'string' || raw === '') return [];
  const out: string[] = [];
  for (const id of raw.split('~', 16)) if (lookup(content.causes, id) && !out.includes(id)) out.push(id);
  return out;
}

export const encodeTried = (ids: readonly string[]) => ids.join('~');

export type Alternative =
  | { readonly status: 'ok'; readonly cause: Cause; readonly trail: readonly TrailStep[]; readonly tried: readonly string[] }
  | { readonly status: 'invalid' };

/**
 * A cause opened as "the next most likely" after others were tried: the answers
 * must lead to the first cause tried, and the cause must be one of the
 * candidates for those answers.
 */
export function resolveAlternative(content: Content, causeId: string, rawAnswers: string | null, tried: readonly string[]): Alternative {
  const first = tried[0];
  const cause = lookup(content.causes, causeId);
  if (!first || !cause || tried.includes(causeId)) return { status: 'invalid' };
  const decoded = decodePath(rawAnswers);
  if (decoded.problem) return { status: 'invalid' };
  const pairs: readonly PathPair[] = decoded.pairs;
  const walked = walk(content, pairs);
  if (walked.problem || walked.at.id !== first) return { status: 'invalid' };
  if (!nextLikely(content, walked.trail, tried).some((c) => c.id === causeId)) return { status: 'invalid' };
  return { status: 'ok', cause, trail: walked.trail, tried };
}

/**
 * Walks the tree from the start, answering each question with `answerOf`
 * ("I'm not sure" when it returns null or an answer the question lacks), and
 * returns the causes ranked: where the walk ends, then the next most likely.
 */
export function replay(content: Content, answerOf: (question: Question) => string | null): { trail: TrailStep[]; ranked: Cause[] } {
  const pairs: PathPair[] = [];
  let at: string = content.root;
  for (let i = 0; i < 64; i++) {
    const q = lookup(content.questions, at);
    if (!q) break;
    const wanted = answerOf(q);
    const choice = choicesOf(q).find((c) => c.id === wanted) ?? choicesOf(q).find((c) => c.unsure)!;
    pairs.push({ question: q.id, answer: choice.id });
    at = choice.next;
  }
  const walked = walk(content, pairs);
  const end = walked.at.kind === 'cause' ? walked.at : null;
  return { trail: walked.trail, ranked: end ? [end, ...nextLikely(content, walked.trail, [end.id])] : [] };
}

export type AfterNotFixed = { readonly kind: 'next'; readonly cause: Cause } | { readonly kind: 'expert' };

/**
 * What "No, still failing" leads to: the next most likely cause while fewer
 * than LIKELY_LIMIT have been tried, otherwise expert help (the article's
 * advice when an error keeps coming back).
 */
export function afterNotFixed(content: Content, trail: readonly TrailStep[], tried: readonly string[], current: string): AfterNotFixed {
  const triedNow = [...tried, current];
  if (trail.length === 0 || triedNow.length >= LIKELY_LIMIT) return { kind: 'expert' };
  const next = nextLikely(content, trail, triedNow)[0];
  return next ? { kind: 'next', cause: next } : { kind: 'expert' };
}
