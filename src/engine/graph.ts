/**
 * Whole-tree questions: how many questions remain below a node, and every
 * path from the root to a cause (used by the content tests and the map).
 */
import { choicesOf, findNode } from './choices.ts';
import { lookup } from './result.ts';
import type { PathPair } from './path-codec.ts';
import type { CauseCore, ContentCore, NodeId } from './types.ts';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * A value per node computed bottom-up (each question from the values of where
 * its choices lead), memoised per content. Iterative post-order, so a deep
 * tree cannot overflow the call stack. The tree is acyclic (content:check).
 */
export function foldTree<T>(
  memoOf: (content: ContentCore) => Map<string, T>,
  content: ContentCore,
  id: string,
  leaf: (id: string) => T,
  combine: (children: readonly T[]) => T,
): T {
  const memo = memoOf(content);
  const stack: { id: string; expanded: boolean }[] = [{ id, expanded: false }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (memo.has(top.id)) {
      stack.pop();
      continue;
    }
    const q = lookup(content.questions, top.id);
    if (!q) {
      memo.set(top.id, leaf(top.id));
      stack.pop();
      continue;
    }
    const nexts = choicesOf(q).map((c) => c.next);
    if (!top.expanded) {
      top.expanded = true;
      for (const n of nexts) if (!memo.has(n)) stack.push({ id: n, expanded: false });
      continue;
    }
    memo.set(top.id, combine(nexts.map((n) => memo.get(n) ?? leaf(n))));
    stack.pop();
  }
  return memo.get(id) ?? leaf(id);
}

/** One memo table per content object, for foldTree. */
export function memoTable<T>(): (content: ContentCore) => Map<string, T> {
  const tables = new WeakMap<ContentCore, Map<string, T>>();
  return (content) => {
    let t = tables.get(content);
    if (!t) {
      t = new Map();
      tables.set(content, t);
    }
    return t;
  };
}

const rangeMemo = memoTable<Range>();

/**
 * Questions still to answer from `id` (counting `id` itself) to any cause:
 * the shortest and the longest way. A cause has {0, 0}. Unknown ids too.
 */
export function remaining(content: ContentCore, id: string): Range {
  return foldTree(
    rangeMemo,
    content,
    id,
    () => ({ min: 0, max: 0 }),
    (children) => ({
      min: 1 + Math.min(...children.map((c) => c.min)),
      max: 1 + Math.max(0, ...children.map((c) => c.max)),
    }),
  );
}

export interface CausePath {
  readonly pairs: readonly PathPair[];
  readonly cause: CauseCore;
}

/** Every root-to-cause path, depth first, answers in authored order. */
export function* allPaths(content: ContentCore): Generator<CausePath> {
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
export function shortestPaths(content: ContentCore): Map<string, readonly PathPair[]> {
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
