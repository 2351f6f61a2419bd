/** The causes reachable from a node of the tree (a cause reaches itself). Memoised per content. */
import { foldTree, memoTable } from './graph.ts';
import { lookup } from './result.ts';
import type { ContentCore } from './types.ts';

const reachMemo = memoTable<ReadonlySet<string>>();

export function reachableCauses(content: ContentCore, id: string): ReadonlySet<string> {
  return foldTree(
    reachMemo,
    content,
    id,
    (leafId) => new Set(lookup(content.causes, leafId) ? [leafId] : []),
    (children) => new Set(children.flatMap((c) => [...c])),
  );
}
