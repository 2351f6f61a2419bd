/** Which commands to show for a chosen stack. "any" (generic shell) commands always apply. */
import { PHASES, type Cause, type Command, type StackId } from './types.ts';

export function stacksOf(cause: Cause): StackId[] {
  const seen = new Set<StackId>();
  for (const phase of PHASES) for (const step of cause.remedy[phase]) for (const c of step.commands ?? []) seen.add(c.stack);
  return [...seen].filter((s) => s !== 'any');
}

export function commandsFor(commands: readonly Command[] | undefined, stack: StackId | 'all'): readonly Command[] {
  if (!commands) return [];
  if (stack === 'all') return commands;
  return commands.filter((c) => c.stack === stack || c.stack === 'any');
}
