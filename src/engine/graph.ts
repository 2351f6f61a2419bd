/**
 * Whole-tree questions: how many questions remain below a node, and every
 * path from the root to a cause (used by the content tests and the map).
 */
import { choicesOf, findNode } from './resolve.ts';
import { lookup } from './result.ts';
import type { PathPair } from './path-codec.ts';
import type { Cause, Content, NodeId } from './types.ts';

export interface Range {
  readonly min: number;
  readonly max: number;
}

const cache = new WeakMap<Content, Map<string, Range>>();

/**
 * Questions still to answer from `id` (counting `id` itself) to any cause:
 * the shortest and the longest way. A cause has {0, 0}. Unknown ids too.
 */
export function remaining(content: Content, id: string): Range {
  let memo = cache.get(content);
  if (!memo) {
    memo = new Map();
    cache.set(content, memo);
  }
  // Iterative post-order so a deep tree cannot overflow the call stack.
  const stack: { id: string; expanded: boolean }[] = [{ id, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (memo.has(top.id)) {
      stack.pop();
      continue;
    }
    const q = lookup(content.questions, top.id);
    if (!q) {
      memo.set(top.id, { min: 0, max: 0 });
      stack.pop();
      continue;
    }
    const nexts = choicesOf(q).map((c) => c.next);
    if (!top.expanded) {
      top.expanded = true;
      for (const n of nexts) if (!memo.has(n)) stack.push({ id: n, expanded: false });
      continue;
    }
    let min = Infinity;
    let max = 0;
    for (const n of nexts) {
      const r = memo.get(n) ?? { min: 0, max: 0 };
      min = Math.min(min, r.min);
      max = Math.max(max, r.max);
    }
    memo.set(top.id, { min: 1 + (min === Infinity ? 0 : min), max: 1 + max });
    stack.pop();
  }
  return memo.get(id) ?? { min: 0, max: 0 };
}

export interface CausePath {
  readonly pairs: readonly PathPair[];
  readonly cause: Cause;
}

/** Every root-to-cause path, depth first, answers in authored order. */
export function* allPaths(content: Content): Generator<CausePath> {
  const stack: { id: NodeId; pairs: PathPair[] }[] = [{ id: content.root, pairs: [] }];
  while (stack.length > 0) {
    const { id, pairs } = stack.pop()!;
    const node = findNode(content, id);
    if (!node) continue;
    if (node.kind === 'cause') {
      yield { pairs, cause: node };
      continue;
    }
    const choices = choicesOf(node);
    for (let i = choices.length - 1; i >= 0; i--) {
      const c = choices[i]!;
      stack.push({ id: c.next, pairs: [...pairs, { question: node.id, answer: c.id }] });
    }
  }
}

/** The shortest path from the root to each cause (breadth first). */
export function shortestPaths(content: Content): Map<string, readonly PathPair[]> {
  const out = new Map<string, readonly PathPair[]>();
  const queue: { id: NodeId; pairs: PathPair[] }[] = [{ id: content.root, pairs: [] }];
  const seen = new Set<string>([content.root]);
  for (let i = 0; i < queue.length; i++) {
    const { id, pairs } = queue[i]!;
    out.set(id, pairs);
    const q = lookup(content.questions, id);
    if (!q) continue;
    for (const c of choicesOf(q)) {
      if (seen.has(c.next)) continue;
      seen.add(c.next);
      queue.push({ id: c.next, pairs: [...pairs, { question: q.id, answer: c.id }] });
    }
  }
  return out;
}
