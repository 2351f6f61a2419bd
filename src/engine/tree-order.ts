/**
 * Causes in the tree's order: depth-first from the root, answers before "I'm
 * not sure", first visit wins. Authors list the most common cause first, so
 * this order breaks ties wherever causes rank equal.
 */
import { foldTree, memoTable } from './graph.ts';
import { lookup } from './result.ts';
import type { ContentCore } from './types.ts';

const orderMemo = memoTable<readonly string[]>();

export function treeOrder(content: ContentCore): ReadonlyMap<string, number> {
  const list = foldTree(
    orderMemo,
    content,
    content.root,
    (leafId) => (lookup(content.causes, leafId) ? [leafId] : []),
    (children) => children.flat(),
  );
  const order = new Map<string, number>();
  for (const id of list) if (!order.has(id)) order.set(id, order.size);
  for (const id of Object.keys(content.causes)) if (!order.has(id)) order.set(id, order.size);
  return order;
}
