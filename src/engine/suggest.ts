/**
 * Log-suggested answers: given a cause the log points to, which answer of a
 * question leads towards it? Only when exactly one authored answer can still
 * reach the cause is that answer "suggested"; symptom questions, where every
 * answer can lead there, stay the person's to answer.
 */
import { choicesOf } from './resolve.ts';
import { lookup } from './result.ts';
import type { AnswerId, Content } from './types.ts';

const cache = new WeakMap<Content, Map<string, ReadonlySet<string>>>();

/** The causes reachable from a node (a cause reaches itself). */
export function reachableCauses(content: Content, id: string): ReadonlySet<string> {
  let memo = cache.get(content);
  if (!memo) {
    memo = new Map();
    cache.set(content, memo);
  }
  const stack: { id: string; expanded: boolean }[] = [{ id, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (memo.has(top.id)) {
      stack.pop();
      continue;
    }
    const q = lookup(content.questions, top.id);
    if (!q) {
      memo.set(top.id, new Set(lookup(content.causes, top.id) ? [top.id] : []));
      stack.pop();
      continue;
    }
    const nexts = choicesOf(q).map((c) => c.next);
    if (!top.expanded) {
      top.expanded = true;
      for (const n of nexts) if (!memo.has(n)) stack.push({ id: n, expanded: false });
      continue;
    }
    const set = new Set<string>();
    for (const n of nexts) for (const c of memo.get(n) ?? []) set.add(c);
    memo.set(top.id, set);
    stack.pop();
  }
  return memo.get(id) ?? new Set();
}

export function suggestedAnswer(content: Content, questionId: string, causeId: string): AnswerId | null {
  const q = lookup(content.questions, questionId);
  if (!q || !lookup(content.causes, causeId)) return null;
  const leading = q.answers.filter((a) => reachableCauses(content, a.next).has(causeId));
  return leading.length === 1 ? leading[0]!.id : null;
}
