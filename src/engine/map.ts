/**
 * The whole tree as a runbook: every question once, numbered in breadth-first
 * order from the root, with its choices; every cause once, drawn under the
 * first question (in that order) that leads to it. Other choices that lead to
 * an already drawn node refer to it. Each node carries the shortest answers
 * from the root, so its link opens cold exactly there.
 */
import { shortestPaths } from './graph.ts';
import { answersOf, decodePath, type PathPair } from './path-codec.ts';
import { choicesOf, findNode, trailPairs, walk, type Choice } from './resolve.ts';
import { nextStep } from './walk.ts';
import { lookup } from './result.ts';
import type { CauseCore, ContentCore, Question, TreeNode } from './types.ts';
import type { TrailStep } from './trail.ts';

export interface MapChoice {
  readonly choice: Choice;
  /** Where the choice leads (undefined only for a dangling id, which content:check rejects). */
  readonly target: TreeNode | undefined;
  /** True when the target is a cause drawn here, under this choice; otherwise the choice refers to it. */
  readonly drawsCause: boolean;
}

export interface MapQuestion {
  readonly question: Question;
  /** 1-based, breadth-first from the root. */
  readonly number: number;
  readonly pairs: readonly PathPair[];
  readonly choices: readonly MapChoice[];
  /** The questions with a choice leading here, in map order (empty for the root). */
  readonly from: readonly Question[];
}

export interface TreeMap {
  readonly questions: readonly MapQuestion[];
  /** The shortest answers from the root to every reachable node. */
  readonly pairsOf: ReadonlyMap<string, readonly PathPair[]>;
  /** Causes no choice leads to (none in valid content), so the map still shows every node. */
  readonly orphanCauses: readonly CauseCore[];
}

export function treeMap(content: ContentCore): TreeMap {
  const pairsOf = shortestPaths(content);
  const reached = [...pairsOf.keys()].flatMap((id) => {
    const q = lookup(content.questions, id);
    return q ? [q] : [];
  });
  // Unreachable questions (none in valid content) still belong on the map: last, opened directly.
  const order = [...reached, ...Object.values(content.questions).filter((q) => !pairsOf.has(q.id))];
  const drawn = new Set<string>();
  const from = new Map<string, Question[]>();
  for (const q of order) {
    for (const c of choicesOf(q)) {
      const list = from.get(c.next) ?? [];
      if (!list.includes(q)) list.push(q);
      from.set(c.next, list);
    }
  }
  const questions = order.map((question, i) => ({
    question,
    number: i + 1,
    pairs: pairsOf.get(question.id) ?? [],
    from: from.get(question.id) ?? [],
    choices: choicesOf(question).map((choice) => {
      const target = findNode(content, choice.next);
      const drawsCause = target?.kind === 'cause' && !drawn.has(target.id);
      if (drawsCause) drawn.add(target.id);
      return { choice, target, drawsCause };
    }),
  }));
  const orphanCauses = Object.values(content.causes).filter((c) => !drawn.has(c.id));
  return { questions, pairsOf, orphanCauses };
}

export interface MapPosition {
  /** The step the map was opened from, if any. */
  readonly current: TreeNode | null;
  /** Questions answered on the way, and the current step. */
  readonly onPath: ReadonlySet<string>;
  /** The answers given, as "question.answer". */
  readonly chosen: ReadonlySet<string>;
  /** The valid answers that led there. */
  readonly pairs: readonly PathPair[];
  /** The same answers with their questions, in order: the way someone came. */
  readonly trail: readonly TrailStep[];
}

/**
 * Where someone is, from the map URL: `at` (a step id, old ids through their
 * alias) and `a` (the answers). Total: anything invalid marks less, never fails.
 */
export function mapPosition(content: ContentCore, at: string | null, rawAnswers: string | null): MapPosition {
  const { trail } = walk(content, decodePath(rawAnswers).pairs);
  const named = at === null ? undefined : findNode(content, lookup(content.aliases, at) ?? at);
  const next = trail.length > 0 ? nextStep(content, trail, null) : null;
  const current = named ?? (next ? (next.kind === 'question' ? next.question : next.cause) : null);
  const pairs = trailPairs(trail);
  return {
    current,
    onPath: new Set([...trail.map((s) => s.question.id), ...(current ? [current.id] : [])]),
    chosen: new Set(pairs.flatMap((p) => answersOf(p).map((a) => `${p.question}.${a}`))),
    pairs,
    trail,
  };
}
