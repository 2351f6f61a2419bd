/**
 * Log-suggested answers: given a cause the log points to, which answer of a
 * question leads towards it? Only when exactly one authored answer can still
 * reach the cause is that answer "suggested"; symptom questions, where every
 * answer can lead there, stay the person's to answer.
 */
import { foldTree, memoTable } from './graph.ts';
import { lookup } from './result.ts';
import type { AnswerId, ContentCore } from './types.ts';

const reachMemo = memoTable<ReadonlySet<string>>();

/** The causes reachable from a node (a cause reaches itself). */
export function reachableCauses(content: ContentCore, id: string): ReadonlySet<string> {
  return foldTree(
    reachMemo,
    content,
    id,
    (leafId) => new Set(lookup(content.causes, leafId) ? [leafId] : []),
    (children) => new Set(children.flatMap((c) => [...c])),
  );
}

export function suggestedAnswer(content: ContentCore, questionId: string, causeId: string): AnswerId | null {
  const q = lookup(content.questions, questionId);
  if (!q || !lookup(content.causes, causeId)) return null;
  const leading = q.answers.filter((a) => reachableCauses(content, a.next).has(causeId));
  return leading.length === 1 ? leading[0]!.id : null;
}

/**
 * After a log was pasted: from `at`, answers every question the log can answer
 * (`fromLog`) with the log's suggestion, and stops at the first question it
 * cannot — the first one left for the person. Bounded by the path length.
 */
export function autoAnswer(
  content: ContentCore,
  pairs: readonly { question: string; answer: string }[],
  at: string,
  causeId: string | null,
): { pairs: { question: string; answer: string }[]; at: string } {
  const out = [...pairs];
  let node = at;
  for (let i = 0; causeId !== null && i < 64; i++) {
    const q = lookup(content.questions, node);
    if (!q?.fromLog) break;
    const answer = suggestedAnswer(content, q.id, causeId);
    const next = answer ? q.answers.find((a) => a.id === answer)?.next : undefined;
    if (!answer || !next) break;
    out.push({ question: q.id, answer });
    node = next;
  }
  return { pairs: out, at: node };
}
