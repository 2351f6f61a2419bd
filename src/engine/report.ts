/**
 * The escalation report: Markdown a person pastes into a ticket or chat when
 * the likely causes did not fix it. Plain text built from ids and content
 * texts; nothing the user typed goes in but the log lines, secrets masked.
 */
import { inlineMarkdown as inline } from './markdown.ts';
import { maskSecrets } from './mask.ts';

/** A log line for a report: masked again (whatever the caller did), on one line. */
const logLine = (line: string) => maskSecrets(line.replace(/[\r\n]+/g, ' '));

export interface ReportInput {
  readonly labels: {
    readonly title: string;
    readonly link: string;
    readonly generated: string;
    readonly version: string;
    readonly answers: string;
    readonly tried: string;
    readonly current: string;
    readonly nextSteps: string;
    readonly nextStepsBody: string;
    readonly none: string;
    readonly considered: string;
    readonly stepsDone: string;
    readonly logEvidence: string;
    readonly escalateTo: string;
  };
  readonly url: string;
  readonly generatedAt: string;
  readonly version: string;
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  readonly tried: readonly { readonly title: string; readonly family: string }[];
  readonly current: { readonly title: string; readonly family: string } | null;
  /** Every cause considered, best-ranked first, with how likely in words (the app's confidence scale). */
  readonly considered?: readonly { readonly title: string; readonly family: string; readonly confidence: string }[];
  /** Remedy steps ticked as done, per cause. */
  readonly stepsDone?: readonly { readonly cause: string; readonly steps: readonly string[] }[];
  /** Log lines that pointed to the cause, already masked (masked again here all the same). */
  readonly logEvidence?: readonly string[];
  /** Who to escalate to (content/site.json). */
  readonly escalateTo?: { readonly team: string | null; readonly contacts: readonly { readonly label: string; readonly url: string }[] };
}

export function escalationReport(input: ReportInput): string {
  const { labels } = input;
  const lines = [
    `# ${labels.title}`,
    '',
    `- ${labels.link}: ${input.url}`,
    `- ${labels.generated}: ${input.generatedAt}`,
    `- ${labels.version}: ${inline(input.version)}`,
    '',
    `## ${labels.answers}`,
    '',
    ...(input.answers.length > 0 ? input.answers.map((a, i) => `${i + 1}. ${inline(a.question)} — **${inline(a.answer)}**`) : [labels.none]),
    '',
    `## ${labels.tried}`,
    '',
    ...(input.tried.length > 0 ? input.tried.map((c) => `- ${inline(c.title)} (${inline(c.family)})`) : [labels.none]),
  ];
  if (input.current) lines.push('', `## ${labels.current}`, '', `- ${inline(input.current.title)} (${inline(input.current.family)})`);
  const done = (input.stepsDone ?? []).filter((d) => d.steps.length > 0);
  if (done.length > 0) {
    lines.push('', `## ${labels.stepsDone}`, '');
    for (const d of done) lines.push(`- ${inline(d.cause)}`, ...d.steps.map((step) => `  - [x] ${inline(step)}`));
  }
  if (input.considered && input.considered.length > 0) {
    lines.push('', `## ${labels.considered}`, '');
    input.considered.forEach((c, i) => lines.push(`${i + 1}. ${inline(c.title)} (${inline(c.family)}) — ${inline(c.confidence)}`));
  }
  if (input.logEvidence && input.logEvidence.length > 0) {
    // A fence longer than any run of backticks in the lines, so no line can close it.
    const evidence = input.logEvidence.map(logLine);
    const longest = Math.max(2, ...evidence.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
    const fence = '`'.repeat(longest + 1);
    lines.push('', `## ${labels.logEvidence}`, '', fence, ...evidence, fence);
  }
  const contacts = input.escalateTo?.contacts ?? [];
  if (input.escalateTo?.team || contacts.length > 0) {
    lines.push('', `## ${labels.escalateTo}`, '');
    if (input.escalateTo?.team) lines.push(inline(input.escalateTo.team), '');
    for (const c of contacts) lines.push(`- ${inline(c.label)}: <${c.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  }
  lines.push('', `## ${labels.nextSteps}`, '', labels.nextStepsBody, '');
  return lines.join('\n');
}

export interface LogReportInput {
  readonly labels: { readonly title: string; readonly note: string; readonly line: (n: number) => string; readonly look: string; readonly rule: string };
  /** Families best first, each with how likely in words, its best cause and the lines that point to it (already masked). */
  readonly families: readonly {
    readonly family: string;
    readonly cause: string;
    readonly confidence: string;
    readonly evidence: readonly { readonly line: number; readonly text: string; readonly explain: string; readonly rule: string }[];
  }[];
  /** What to look for next, for lines that only say that something failed. */
  readonly look: readonly string[];
}

/** A code fence longer than any run of backticks in the text, so no line can close it. */
function fenced(text: string): string[] {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return [fence, text, fence];
}

/** The log analysis as Markdown, for a ticket: families on the app's confidence scale, their masked lines in code fences, the rule and what each line means. */
export function logAnalysisReport(input: LogReportInput): string {
  const lines = [`# ${input.labels.title}`, '', input.labels.note];
  if (input.look.length > 0) lines.push('', `## ${input.labels.look}`, '', ...input.look.map((l) => `- ${inline(l)}`));
  input.families.forEach((f, i) => {
    lines.push('', `## ${i + 1}. ${inline(f.family)} — ${inline(f.confidence)}`, '', `${inline(f.cause)}`);
    for (const e of f.evidence) {
      lines.push('', `${input.labels.line(e.line)} (${input.labels.rule}: \`${e.rule.replace(/`/g, '')}\`):`, '', ...fenced(logLine(e.text)));
      if (e.explain) lines.push('', inline(e.explain));
    }
  });
  lines.push('');
  return lines.join('\n');
}
