/**
 * Log-suggested answers: given a cause the log points to, which answer of a
 * question leads towards it? Only when exactly one authored answer can still
 * reach the cause is that answer "suggested"; symptom questions, where every
 * answer can lead there, stay the person's to answer.
 */
import { foldTree, memoTable } from './graph.ts';
import { lookup } from './result.ts';
import type { AnswerId, Content } from './types.ts';

const reachMemo = memoTable<ReadonlySet<string>>();

/** The causes reachable from a node (a cause reaches itself). */
export function reachableCauses(content: Content, id: string): ReadonlySet<string> {
  return foldTree(
    reachMemo,
    content,
    id,
    (leafId) => new Set(lookup(content.causes, leafId) ? [leafId] : []),
    (children) => new Set(children.flatMap((c) => [...c])),
  );
}

export function suggestedAnswer(content: Content, questionId: string, causeId: string): AnswerId | null {
  const q = lookup(content.questions, questionId);
  if (!q || !lookup(content.causes, causeId)) return null;
  const leading = q.answers.filter((a) => reachableCauses(content, a.next).has(causeId));
  return leading.length === 1 ? leading[0]!.id : null;
}
