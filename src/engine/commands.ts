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

/** The commands `commandsFor` leaves out for a chosen stack (none for "all"): shown folded. */
export function otherCommands(commands: readonly Command[] | undefined, stack: StackId | 'all'): readonly Command[] {
  if (!commands || stack === 'all') return [];
  return commands.filter((c) => c.stack !== stack && c.stack !== 'any');
}

/** What in a log line names a stack, most specific first (an IIS or PHP page says more than "nginx" in a proxy line). */
const STACK_SIGNS: readonly (readonly [StackId, RegExp])[] = [
  ['php-fpm', /\bPHP (?:Fatal|Warning|Parse|Notice)|php-fpm|\.php\b|PDOException|Laravel|Symfony/i],
  ['python', /Traceback \(most recent call last\)|\.py", line \d|\bgunicorn\b|\buwsgi\b|\bDjango\b|ModuleNotFoundError/],
  ['java', /\bat [\w$.]+\([\w$]+\.java:\d+\)|\bjava\.\w+\.\w+|Caused by: |springframework|\bHikariPool\b|\bTomcat\b/],
  ['dotnet', /\bSystem\.\w+Exception|\bIIS\b|\bw3wp\b|HTTP Error 500\.\d+|ASP\.NET|Microsoft\.\w+/],
  ['node', /\bnode:internal|\bat .+\.(?:m?js|ts):\d+:\d+|\bnpm ERR!|UnhandledPromiseRejection|ECONNREFUSED.*\bnode\b|Cannot find module '/],
  ['kubernetes', /\bCrashLoopBackOff\b|\bkubectl\b|\bOOMKilled\b|\bpod\/|\bkubelet\b/],
  ['aws', /\bLambda\b|\bRequestId: |arn:aws:|\bAccessDeniedException\b|\bELB\b|\bCloudWatch\b/],
  ['apache', /\bAH\d{5}:|\[(?:core|mpm_\w+|proxy_fcgi|php\d?):error\]|\bhttpd\b|\bapache2?\b/i],
  ['nginx', /\bnginx\b|\[(?:error|crit|alert|emerg)\] \d+#\d+:|upstream (?:timed out|prematurely closed)/],
];

/**
 * The stack a log names, among the stacks a cause has commands for: the one
 * that most lines point to (ties go to the more specific sign); null when the
 * lines name none of them.
 */
export function inferStack(lines: readonly string[], stacks: readonly StackId[]): StackId | null {
  let best: StackId | null = null;
  let bestCount = 0;
  for (const [stack, sign] of STACK_SIGNS) {
    if (!stacks.includes(stack)) continue;
    const count = lines.reduce((n, line) => n + (sign.test(line) ? 1 : 0), 0);
    if (count > bestCount) [best, bestCount] = [stack, count];
  }
  return best;
}
