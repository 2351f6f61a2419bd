/**
 * "Didn't fix it": the next most likely causes, given the answers, the log
 * the URL names and the causes already tried, best-ranked first (see rank.ts).
 */
import { choicesOf, walk, type TrailStep } from './resolve.ts';
import { decodePath, type PathPair } from './path-codec.ts';
import { landsOn, rankCauses, unsureNext, type RankOptions } from './rank.ts';
import { lookup } from './result.ts';
import type { CauseCore, ContentCore, Question } from './types.ts';

/** How many causes to try before recommending expert help. */
export const LIKELY_LIMIT = 3;

export function nextLikely(content: ContentCore, trail: readonly TrailStep[], tried: readonly string[], options: RankOptions = {}): CauseCore[] {
  const seen = new Set(tried);
  return rankCauses(content, trail, options)
    .map((r) => r.cause)
    .filter((c) => !seen.has(c.id));
}

/** The `tried` URL value: cause ids joined by "~"; unknown or repeated ids are dropped. */
export function decodeTried(content: ContentCore, raw: string | null | undefined): string[] {
  if (typeof raw !== 'string' || raw === '') return [];
  const out: string[] = [];
  for (const id of raw.split('~', 16)) if (lookup(content.causes, id) && !out.includes(id)) out.push(id);
  return out;
}

export type Alternative =
  | { readonly status: 'ok'; readonly cause: CauseCore; readonly trail: readonly TrailStep[]; readonly tried: readonly string[] }
  | { readonly status: 'invalid' };

/**
 * A cause opened from the ranking rather than where the answers lead: as "the
 * next most likely" after others were tried, or from the runners-up (`via`,
 * the cause the answers lead to). The answers must lead to `via`, or else to
 * the first cause tried; any cause not yet tried may be opened.
 */
export function resolveAlternative(
  content: ContentCore,
  causeId: string,
  rawAnswers: string | null,
  tried: readonly string[],
  via: string | null = null,
): Alternative {
  const first = via !== null && lookup(content.causes, via) ? via : tried[0];
  const cause = lookup(content.causes, causeId);
  if (!first || !cause || tried.includes(causeId)) return { status: 'invalid' };
  const decoded = decodePath(rawAnswers);
  if (decoded.problem) return { status: 'invalid' };
  const pairs: readonly PathPair[] = decoded.pairs;
  const walked = walk(content, pairs);
  if (walked.problem || !landsOn(content, walked.trail, walked.at.id, first)) return { status: 'invalid' };
  return { status: 'ok', cause, trail: walked.trail, tried };
}

/**
 * Walks the tree from the start, answering each question with `answerOf`
 * ("I'm not sure" when it returns null or an answer the question lacks, which
 * goes where `unsureNext` says), and returns the causes as the result page
 * lists them: where the walk ends, then the rest by rank.
 */
export function replay(
  content: ContentCore,
  answerOf: (question: Question) => string | null,
  options: RankOptions = {},
): { trail: TrailStep[]; ranked: CauseCore[] } {
  const trail: TrailStep[] = [];
  let at: string = content.root;
  for (let i = 0; i < 64; i++) {
    const q = lookup(content.questions, at);
    if (!q) break;
    const wanted = answerOf(q);
    const choices = choicesOf(q);
    const authored = choices.find((c) => c.id === wanted && !c.unsure);
    const choice = authored ?? { ...choices.find((c) => c.unsure)!, next: unsureNext(content, trail, q, options) };
    trail.push({ question: q, choice });
    at = choice.next;
  }
  const end = lookup(content.causes, at);
  return { trail, ranked: end ? [end, ...nextLikely(content, trail, [end.id], options)] : [] };
}

export type AfterNotFixed = { readonly kind: 'next'; readonly cause: CauseCore } | { readonly kind: 'expert' };

/**
 * What "No, still failing" leads to: the next most likely cause while fewer
 * than LIKELY_LIMIT have been tried, otherwise expert help (the article's
 * advice when an error keeps coming back).
 */
export function afterNotFixed(
  content: ContentCore,
  trail: readonly TrailStep[],
  tried: readonly string[],
  current: string,
  options: RankOptions = {},
): AfterNotFixed {
  const triedNow = [...tried, current];
  if (trail.length === 0 || triedNow.length >= LIKELY_LIMIT) return { kind: 'expert' };
  const next = nextLikely(content, trail, triedNow, options)[0];
  return next ? { kind: 'next', cause: next } : { kind: 'expert' };
}
