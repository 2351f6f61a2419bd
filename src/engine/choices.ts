/** The options a question offers: its authored answers, then "I'm not sure". */
import { lookup } from './result.ts';
import { UNSURE, type AnswerId, type ContentCore, type LocalizedText, type NodeId, type Question, type TreeNode } from './types.ts';

/** One option on a question screen: an authored answer, or "I'm not sure". */
export interface Choice {
  readonly id: AnswerId;
  readonly next: NodeId;
  /** Undefined for "I'm not sure" (the UI supplies its label). */
  readonly label?: LocalizedText;
  readonly hint?: LocalizedText;
  readonly unsure: boolean;
}

export function choicesOf(question: Question): readonly Choice[] {
  return [
    ...question.answers.map((a) => ({
      id: a.id,
      next: a.next,
      label: a.label,
      ...(a.hint ? { hint: a.hint } : {}),
      unsure: false,
    })),
    { id: UNSURE, next: question.unsure.next, unsure: true },
  ];
}

export function findNode(content: ContentCore, id: string): TreeNode | undefined {
  return lookup(content.questions, id) ?? lookup(content.causes, id);
}
