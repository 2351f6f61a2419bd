/**
 * Traversal: given the content, the step a URL names and the answers it
 * carries, returns the step to show and the trail of answers that led there,
 * or, for a broken link, the longest valid prefix and where to go on from it.
 * Total on any input.
 *
 * Answers are facts, in the order they were given: a link may start at any
 * question (a step opened on its own and answered is a walk that starts
 * there), and any cause may be shown with any answers — the result page then
 * ranks it with them. A link is broken only when it names something that does
 * not exist, gives an answer a question does not offer, or answers a question
 * twice.
 */
import { decodePath, answersOf, type DecodeProblem, type PathPair } from './path-codec.ts';
import { choicesOf, findNode, type Choice } from './choices.ts';
import { lookup } from './result.ts';
import { baseOf, type TrailStep } from './trail.ts';
import type { ContentCore, TreeNode } from './types.ts';

export { choicesOf, findNode, type Choice } from './choices.ts';
export type { TrailStep } from './trail.ts';

export type StepTarget = { readonly kind: 'question' | 'cause'; readonly id: string };

export type PathProblem = DecodeProblem['code'] | 'UNKNOWN_STEP' | 'UNKNOWN_QUESTION' | 'UNKNOWN_ANSWER' | 'ANSWERED_TWICE';

export type Resolved =
  | {
      readonly status: 'ok';
      readonly node: TreeNode;
      readonly trail: readonly TrailStep[];
      /** True when a step other than the first question was opened without any answers. */
      readonly direct: boolean;
      /** The old id the link used, when it resolved through an alias. */
      readonly movedFrom?: string;
    }
  | {
      readonly status: 'invalid';
      readonly problem: PathProblem;
      /** The answers that were valid, from the start (walk.ts `resumeAt` says where they lead). */
      readonly trail: readonly TrailStep[];
      /** The step the link named, if it exists. */
      readonly target: TreeNode | null;
    };

function findTarget(content: ContentCore, target: StepTarget): TreeNode | undefined {
  const node = target.kind === 'question' ? lookup(content.questions, target.id) : lookup(content.causes, target.id);
  if (node) return node;
  const alias = lookup(content.aliases, target.id);
  return alias === undefined ? undefined : findNode(content, alias);
}

/** An id as the content knows it now: itself, or what an alias says replaced it. */
const current = (content: ContentCore, id: string) => lookup(content.aliases, id) ?? id;

interface Walk {
  readonly trail: TrailStep[];
  readonly problem?: PathProblem;
}

/** Reads the pairs as answers, as far as they are valid. */
export function walk(content: ContentCore, pairs: readonly PathPair[]): Walk {
  const trail: TrailStep[] = [];
  const seen = new Set<string>();
  for (const raw of pairs) {
    const question = lookup(content.questions, current(content, raw.question));
    if (!question) return { trail, problem: 'UNKNOWN_QUESTION' };
    if (seen.has(baseOf(question))) return { trail, problem: 'ANSWERED_TWICE' };
    const ids = answersOf(raw);
    const options = choicesOf(question);
    const chosen = ids.map((id) => options.find((c) => c.id === id));
    const valid = chosen.every((c): c is Choice => c !== undefined) && (ids.length === 1 || (question.multiple === true && chosen.every((c) => !c?.unsure)));
    if (!valid) return { trail, problem: 'UNKNOWN_ANSWER' };
    const [choice, ...more] = chosen;
    seen.add(baseOf(question));
    trail.push(more.length > 0 ? { question, choice: choice!, more } : { question, choice: choice! });
  }
  return { trail };
}

export function resolveStep(content: ContentCore, target: StepTarget, rawAnswers: string | null | undefined): Resolved {
  const decoded = decodePath(rawAnswers);
  const node = findTarget(content, target) ?? null;
  const walked = walk(content, decoded.pairs);
  const problem = decoded.problem?.code ?? walked.problem;
  const invalid = (p: PathProblem): Resolved => ({ status: 'invalid', problem: p, trail: walked.trail, target: node });
  if (problem) return invalid(problem);
  if (!node) return invalid('UNKNOWN_STEP');
  if (node.kind === 'question' && walked.trail.some((s) => baseOf(s.question) === baseOf(node))) return invalid('ANSWERED_TWICE');
  const moved = node.id !== target.id ? { movedFrom: target.id } : {};
  return { status: 'ok', node, trail: walked.trail, direct: walked.trail.length === 0 && node.id !== content.root, ...moved };
}

/** The URL pairs for a trail. */
export function trailPairs(trail: readonly TrailStep[]): PathPair[] {
  return trail.map((s) =>
    s.more && s.more.length > 0
      ? { question: s.question.id, answer: s.choice.id, more: s.more.map((c) => c.id) }
      : { question: s.question.id, answer: s.choice.id },
  );
}
