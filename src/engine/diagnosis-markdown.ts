/**
 * The current diagnosis as Markdown, for a ticket or a chat: the likely cause
 * and why, the answers that led there, the remedy as a task list (ticked where
 * the person ticked it), causes already tried, and the link. Built from
 * content texts and ids only; nothing the user typed goes in. Pure and total.
 */
import { inlineMarkdown as inline } from './markdown.ts';

export interface DiagnosisInput {
  readonly labels: {
    readonly title: string;
    readonly link: string;
    readonly version: string;
    readonly answers: string;
    readonly cause: string;
    readonly why: string;
    readonly remedy: string;
    readonly tried: string;
    readonly none: string;
    readonly confidence: string;
    readonly others: string;
  };
  readonly url: string;
  readonly version: string;
  readonly cause: { readonly title: string; readonly family: string; readonly summary: string; readonly why: string };
  /** How likely, in the app's words ("Likely · about 7 in 10"); absent when opened without answers or a log. */
  readonly confidence?: string | undefined;
  /** Other causes to check, best first, each with how likely its family is. */
  readonly others?: readonly { readonly title: string; readonly family: string; readonly confidence: string }[];
  readonly answers: readonly { readonly question: string; readonly answer: string }[];
  /** Remedy phases in order, each with its heading and steps. */
  readonly remedy: readonly { readonly heading: string; readonly steps: readonly { readonly text: string; readonly done: boolean }[] }[];
  /** Titles of causes already tried without success. */
  readonly tried: readonly string[];
}

/** A link target: the URL only if it is http(s), in angle brackets so spaces or parentheses cannot break it. */
const link = (url: string) => (/^https?:\/\/[^\s<>]+$/.test(url) ? `<${url}>` : inline(url));

export function diagnosisMarkdown(input: DiagnosisInput): string {
  const { labels, cause } = input;
  const lines = [
    `# ${labels.title}: ${inline(cause.title)}`,
    '',
    `**${labels.cause}:** ${inline(cause.title)} (${inline(cause.family)})`,
    ...(input.confidence ? ['', `**${labels.confidence}:** ${inline(input.confidence)}`] : []),
    '',
    inline(cause.summary),
    '',
    `**${labels.why}:** ${inline(cause.why)}`,
    '',
    `## ${labels.answers}`,
    '',
    ...(input.answers.length > 0 ? input.answers.map((a, i) => `${i + 1}. ${inline(a.question)} — **${inline(a.answer)}**`) : [labels.none]),
    '',
    `## ${labels.remedy}`,
  ];
  input.remedy.forEach((phase, i) => {
    if (phase.steps.length === 0) return;
    lines.push('', `### ${i + 1}. ${inline(phase.heading)}`, '', ...phase.steps.map((s) => `- [${s.done ? 'x' : ' '}] ${inline(s.text)}`));
  });
  if (input.others && input.others.length > 0) {
    lines.push('', `## ${labels.others}`, '', ...input.others.map((o) => `- ${inline(o.title)} (${inline(o.family)}) — ${inline(o.confidence)}`));
  }
  if (input.tried.length > 0) lines.push('', `## ${labels.tried}`, '', ...input.tried.map((t) => `- ${inline(t)}`));
  lines.push('', '---', '', `- ${labels.link}: ${link(input.url)}`, `- ${labels.version}: ${inline(input.version)}`, '');
  return lines.join('\n');
}
