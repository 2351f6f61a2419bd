/** Links every step page needs, without the walk engine: the answers so far, back, and where the tree's author sends an answer. */
import type { Choice } from '../engine/choices.ts';
import { trailPairs } from '../engine/resolve.ts';
import type { TrailStep } from '../engine/trail.ts';
import type { Lang, Question, TreeNode } from '../engine/types.ts';
import type { TrailItem } from '../ui/trail-list.tsx';
import { startHref, stepHref } from './hrefs.ts';
import { NO_LOG, type LogParam } from './log-context.ts';

/**
 * Each answer so far, with the link that reopens its question with only the
 * answers before it. `fromLog` tells the answers the log gave (needs the walk engine; none until then).
 */
export function trailItems(lang: Lang, trail: readonly TrailStep[], log: LogParam = NO_LOG, fromLog?: (step: TrailStep) => boolean): TrailItem[] {
  const pairs = trailPairs(trail);
  return trail.map((step, i) => ({
    step,
    changeHref: stepHref(lang, step.question, pairs.slice(0, i), log.raw),
    fromLog: fromLog?.(step) ?? false,
  }));
}

/** Where the tree's author sends these answers: the link before the walk engine arrives (and with JavaScript off). */
export function authoredHref(
  lang: Lang,
  trail: readonly TrailStep[],
  question: Question,
  chosen: readonly Choice[],
  next: Pick<TreeNode, 'kind' | 'id'>,
  log: LogParam = NO_LOG,
): string {
  const [choice, ...more] = chosen;
  const pairs = choice ? trailPairs([...trail, more.length > 0 ? { question, choice, more } : { question, choice }]) : trailPairs(trail);
  return stepHref(lang, next, pairs, log.raw);
}

/** One answer back: the previous question with the answers before it, or the start page. */
export function backHref(lang: Lang, trail: readonly TrailStep[], log: LogParam = NO_LOG): string {
  const previous = trail[trail.length - 1];
  return previous ? stepHref(lang, previous.question, trailPairs(trail).slice(0, -1), log.raw) : startHref(lang);
}
