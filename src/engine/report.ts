/**
 * The escalation report: Markdown a person pastes into a ticket or chat when
 * the likely causes did not fix it. Plain text built from ids and content
 * texts; nothing the user typed goes in.
 */
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
  };
  readonly url: string;
  readonly generatedAt: string;
  readonly version: string;
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  readonly tried: readonly { readonly title: string; readonly family: string }[];
  readonly current: { readonly title: string; readonly family: string } | null;
}

/** Keeps a line of content from being read as Markdown structure. */
const inline = (s: string) => s.replace(/[\r\n]+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');

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
  lines.push('', `## ${labels.nextSteps}`, '', labels.nextStepsBody, '');
  return lines.join('\n');
}
