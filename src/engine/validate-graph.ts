/**
 * Content validation, step 3: the tree as a graph. From the root, answers must
 * not lead in a circle (CYCLE), and every question and cause must be reachable
 * (UNREACHABLE).
 */
import type { ContentIssue } from './content-issues.ts';
import type { CauseFile, QuestionFile } from './schema.ts';
import type { Cause, Question } from './types.ts';
import type { Located } from './validate-files.ts';

export function graphIssues(
  root: string,
  questions: Record<string, Question>,
  causes: Record<string, Cause>,
  questionFiles: readonly Located<QuestionFile>[],
  causeFiles: readonly Located<CauseFile>[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const fileOf = new Map([...questionFiles, ...causeFiles].map((f) => [f.value.id, f.file]));
  const state = new Map<string, 'active' | 'done'>();
  const reportedCycles = new Set<string>();

  // Iterative DFS so a deep or hostile tree cannot overflow the stack.
  const stack: { id: string; next: string[]; trail: string[] }[] = [];
  const successors = (id: string): string[] => {
    const q = Object.hasOwn(questions, id) ? questions[id] : undefined;
    return q ? [...q.answers.map((a) => a.next as string), q.unsure.next] : [];
  };
  state.set(root, 'active');
  stack.push({ id: root, next: successors(root), trail: [root] });
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const child = top.next.shift();
    if (child === undefined) {
      state.set(top.id, 'done');
      stack.pop();
      continue;
    }
    if (!Object.hasOwn(questions, child) && !Object.hasOwn(causes, child)) continue; // dangling: reported elsewhere
    const s = state.get(child);
    if (s === 'active') {
      const loop = [...top.trail.slice(top.trail.indexOf(child)), child];
      const key = [...loop].sort().join(',');
      if (!reportedCycles.has(key)) {
        reportedCycles.add(key);
        issues.push({
          code: 'CYCLE',
          file: fileOf.get(top.id) ?? '',
          at: top.id,
          message: `answers lead in a circle: ${loop.join(' → ')}`,
        });
      }
    } else if (s === undefined) {
      state.set(child, 'active');
      stack.push({ id: child, next: successors(child), trail: [...top.trail, child] });
    }
  }
  for (const id of [...Object.keys(questions), ...Object.keys(causes)]) {
    if (!state.has(id)) {
      issues.push({ code: 'UNREACHABLE', file: fileOf.get(id) ?? '', at: id, message: `no answer leads to "${id}" from the root "${root}"` });
    }
  }
  return issues;
}
