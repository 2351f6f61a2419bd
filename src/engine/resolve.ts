/**
 * Traversal: given the content, the step a URL names and the answers it
 * carries, returns the step to show and the trail of answers that led there,
 * or, for a stale or tampered link, the longest valid prefix and where to
 * resume. Total on any input.
 */
import { decodePath, type DecodeProblem, type PathPair } from './path-codec.ts';
import { choicesOf, findNode, type Choice } from './choices.ts';
import { lookup } from './result.ts';
import { landsOn } from './rank.ts';

export { choicesOf, findNode, type Choice } from './choices.ts';
import {
  type ContentCore,
  type Question,
  type TreeNode,
} from './types.ts';

export interface TrailStep {
  readonly question: Question;
  readonly choice: Choice;
}

export type StepTarget = { readonly kind: 'question' | 'cause'; readonly id: string };

export type PathProblem =
  | DecodeProblem['code']
  | 'UNKNOWN_STEP'
  | 'NOT_FROM_START'
  | 'UNKNOWN_QUESTION'
  | 'UNKNOWN_ANSWER'
  | 'OUT_OF_ORDER'
  | 'LEADS_ELSEWHERE';

export type Resolved =
  | {
      readonly status: 'ok';
      readonly node: TreeNode;
      readonly trail: readonly TrailStep[];
      /** True when a non-first step was opened without any answers. */
      readonly direct: boolean;
      /** The old id the link used, when it resolved through an alias. */
      readonly movedFrom?: string;
    }
  | {
      readonly status: 'invalid';
      readonly problem: PathProblem;
      /** The answers that were valid, from the start. */
      readonly trail: readonly TrailStep[];
      /** Where those valid answers lead: continue from here. */
      readonly resumeAt: TreeNode;
      /** The step the link named, if it exists. */
      readonly target: TreeNode | null;
    };

export function findTarget(content: ContentCore, target: StepTarget): TreeNode | undefined {
  const node = target.kind === 'question' ? lookup(content.questions, target.id) : lookup(content.causes, target.id);
  if (node) return node;
  const alias = lookup(content.aliases, target.id);
  return alias === undefined ? undefined : findNode(content, alias);
}

/** An id as the content knows it now: itself, or what an alias says replaced it. */
const current = (content: ContentCore, id: string) => lookup(content.aliases, id) ?? id;

function rootOf(content: ContentCore): Question {
  const root = lookup(content.questions, content.root);
  if (!root) throw new Error('validated content always has its root question');
  return root;
}

interface Walk {
  readonly trail: TrailStep[];
  readonly at: TreeNode;
  readonly problem?: PathProblem;
}

/** Follows the pairs from the root as far as they are valid. */
export function walk(content: ContentCore, pairs: readonly PathPair[]): Walk {
  const trail: TrailStep[] = [];
  let at: TreeNode = rootOf(content);
  for (let i = 0; i < pairs.length; i++) {
    const raw = pairs[i]!;
    const pair = { question: current(content, raw.question), answer: raw.answer };
    if (at.kind === 'cause') return { trail, at, problem: 'OUT_OF_ORDER' };
    if (pair.question !== at.id) {
      const known = lookup(content.questions, pair.question) !== undefined;
      return { trail, at, problem: !known ? 'UNKNOWN_QUESTION' : i === 0 ? 'NOT_FROM_START' : 'OUT_OF_ORDER' };
    }
    const question: Question = at;
    const choice = choicesOf(question).find((c) => c.id === pair.answer);
    if (!choice) return { trail, at, problem: 'UNKNOWN_ANSWER' };
    const next = findNode(content, choice.next);
    if (!next) return { trail, at, problem: 'UNKNOWN_STEP' };
    trail.push({ question, choice });
    at = next;
  }
  return { trail, at };
}

export function resolveStep(content: ContentCore, target: StepTarget, rawAnswers: string | null | undefined): Resolved {
  const decoded = decodePath(rawAnswers);
  const node = findTarget(content, target) ?? null;
  const walked = walk(content, decoded.pairs);
  const problem = decoded.problem?.code ?? walked.problem;
  if (problem) return { status: 'invalid', problem, trail: walked.trail, resumeAt: walked.at, target: node };
  if (!node) return { status: 'invalid', problem: 'UNKNOWN_STEP', trail: walked.trail, resumeAt: walked.at, target: null };
  const moved = node.id !== target.id ? { movedFrom: target.id } : {};
  if (decoded.pairs.length === 0) return { status: 'ok', node, trail: [], direct: node.id !== content.root, ...moved };
  if (!landsOn(content, walked.trail, walked.at.id, node.id)) {
    return { status: 'invalid', problem: 'LEADS_ELSEWHERE', trail: walked.trail, resumeAt: walked.at, target: node };
  }
  return { status: 'ok', node, trail: walked.trail, direct: false, ...moved };
}

/** The URL pairs for a trail, optionally extended by one more choice. */
export function trailPairs(trail: readonly TrailStep[]): PathPair[] {
  return trail.map((s) => ({ question: s.question.id, answer: s.choice.id }));
}
