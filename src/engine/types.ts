/**
 * The domain model of Triage500, after validation. Everything here is plain
 * data (JSON-serialisable) so the build can validate content once and hand the
 * result to the browser unchanged.
 */

import type { AnswerId, CauseId, FamilyId, FamilyWeight, LocalizedText, NodeId, QuestionId } from './ids.ts';
import type { KnowledgeTable } from './knowledge-types.ts';

export { FAMILY_IDS, LANGS } from './ids.ts';
export type { AnswerId, CauseId, FamilyId, FamilyWeight, Lang, LocalizedText, NodeId, QuestionId } from './ids.ts';

/** Stacks a command can be written for. `any` means "any Linux/Unix shell". */
export const STACK_IDS = ['any', 'nginx', 'apache', 'php-fpm', 'node', 'python', 'java', 'dotnet', 'kubernetes', 'aws'] as const;
export type StackId = (typeof STACK_IDS)[number];

/** Remedy phases, in the order an on-call engineer needs them. */
export const PHASES = ['mitigate', 'confirm', 'fix', 'prevent'] as const;
export type Phase = (typeof PHASES)[number];

/** The answer id every question offers implicitly: "I'm not sure". */
export const UNSURE = 'unsure' as AnswerId;

/** Ids are kebab-case so they read well in URLs and file names. */
export const ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export interface Family {
  readonly id: FamilyId;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
}

/**
 * What an answer says about a cause, beyond where the answer leads: "errors
 * grow with traffic" points towards resource exhaustion wherever it is in the
 * tree. `target` is a family id (every cause of that family) or a cause id;
 * `weight` is positive for evidence for, negative for evidence against
 * (−3…3; 1 is "somewhat more likely", 3 is "strong").
 */
export interface AnswerEvidence {
  readonly target: string;
  readonly weight: number;
}

export interface Answer {
  readonly id: AnswerId;
  readonly label: LocalizedText;
  /** Optional one-line hint shown under the label. */
  readonly hint?: LocalizedText | undefined;
  readonly next: NodeId;
  /** Evidence for and against causes ("I'm not sure" never carries any). */
  readonly evidence?: readonly AnswerEvidence[] | undefined;
}

export interface Unsure {
  /** How to find out the answer (where to look, the command to run). */
  readonly how: LocalizedText;
  readonly next: NodeId;
}

export interface Question {
  readonly kind: 'question';
  readonly id: QuestionId;
  readonly title: LocalizedText;
  readonly help?: LocalizedText | undefined;
  /**
   * The error log answers this question ("What does the error log say?",
   * "Which message is closest?"): after a log was pasted, the wizard answers
   * it with the log's suggestion and moves on; the person can change it.
   */
  readonly fromLog?: boolean | undefined;
  /** More than one answer can be true ("What changed?": a code release *and* a runtime upgrade). */
  readonly multiple?: boolean | undefined;
  /**
   * The question this one repeats (`extends` in its file), or its own id. The
   * same question asked at several places in the tree ("What does the error
   * log say?") is answered once.
   */
  readonly base?: QuestionId | undefined;
  /** Its answers carry evidence (a symptom question): the walk may ask it wherever it sits. Set by validation. */
  readonly symptom?: boolean | undefined;
  /** Asked out of the tree's order only after one of these answers to that question. */
  readonly askedAfter?: { readonly question: QuestionId; readonly answers: readonly AnswerId[] } | undefined;
  readonly answers: readonly Answer[];
  readonly unsure: Unsure;
}

export interface Command {
  readonly stack: StackId;
  /** What the command does, when it is not obvious. */
  readonly label?: LocalizedText | undefined;
  /** The command itself. Shown verbatim in a monospace block, never as HTML. */
  readonly code: string;
}

export interface RemedyStep {
  readonly text: LocalizedText;
  readonly commands?: readonly Command[] | undefined;
}

export type Remedy = Readonly<Record<Phase, readonly RemedyStep[]>>;

/** What every page needs to know of a cause: loaded with the tree. */
export interface CauseCore {
  readonly kind: 'cause';
  readonly id: CauseId;
  readonly family: FamilyId;
  readonly title: LocalizedText;
  /** One sentence: what is wrong. */
  readonly summary: LocalizedText;
}

/** What only the cause's own page needs: loaded when it opens (see the content plugin). */
export interface CauseDetails {
  /** Why this gives a 500 rather than some other status. */
  readonly why: LocalizedText;
  /** How it shows itself: symptoms a person notices. */
  readonly symptoms: readonly LocalizedText[];
  /** Typical log lines, verbatim (not translated). */
  readonly logLines: readonly string[];
  readonly remedy: Remedy;
}

export interface Cause extends CauseCore, CauseDetails {}

export type TreeNode = Question | CauseCore;

export interface GuideSection {
  readonly id: string;
  readonly title: LocalizedText;
  readonly body?: LocalizedText | undefined;
  readonly items: readonly LocalizedText[];
}

export interface StatusCode {
  readonly code: string;
  readonly meaning: LocalizedText;
}

/** Texts for the start page, from the source article. */
export interface Guide {
  readonly tagline: LocalizedText;
  readonly intro: LocalizedText;
  readonly mitigate: GuideSection;
  readonly firstFixes: GuideSection;
  readonly primer: {
    readonly title: LocalizedText;
    readonly body: LocalizedText;
    readonly codes: readonly StatusCode[];
  };
  readonly prevention: GuideSection;
  readonly practices: GuideSection;
}

/** A log signature: a pattern that, found in a log line, points to a cause or a family. */
export interface Signature {
  readonly id: string;
  readonly family: FamilyId;
  /** Null when the message says only the family (or, for a wrapper, nothing certain). */
  readonly cause: CauseId | null;
  /** JavaScript regular expression source, matched against one line at a time. */
  readonly pattern: string;
  readonly caseSensitive: boolean;
  /** How strongly a match points to the cause, 0 < weight ≤ 1. */
  readonly weight: number;
  /** Other families the same message often means. */
  readonly also: readonly FamilyWeight[];
  /** Wrapper messages ("Worker failed to boot"): what to look for to find the real error. */
  readonly wrapper?: LocalizedText | undefined;
  /** What the line means, for the person reading it. */
  readonly explain: LocalizedText;
}

export const CONTACT_KINDS = ['chat', 'pager', 'ticket', 'email', 'docs', 'other'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** Where to get expert help: shown by "get expert help" and put in the report. */
export interface Contact {
  readonly kind: ContactKind;
  readonly label: LocalizedText;
  /** https:, http: or mailto: only (validated). */
  readonly url: string;
}

/** Settings for the team that hosts Triage500 (content/site.json, optional). */
export interface Site {
  readonly escalation: {
    readonly team?: LocalizedText | undefined;
    readonly contacts: readonly Contact[];
  };
  /**
   * Optional outcome beacon for the people who maintain the tree: when set,
   * "Did this fix it?" sends {version, steps, cause, fixed} there with
   * navigator.sendBeacon. Off (null) by default.
   */
  readonly beacon: string | null;
  /**
   * Who hears the embed's messages (src/embed/embed.ts): the parent origins
   * listed in site.json "embed.parentOrigins", each sent its own copy.
   * Absent: any parent ('*').
   */
  readonly embed?: { readonly parentOrigins: readonly string[] };
}

export const DEFAULT_SITE: Site = { escalation: { contacts: [] }, beacon: null };

/** The tree and its texts, without cause details and log signatures: what the browser loads first. */
export interface ContentCore {
  readonly schemaVersion: number;
  /** Content version, bumped by authors when the tree changes. */
  readonly version: string;
  readonly root: QuestionId;
  readonly families: Readonly<Record<FamilyId, Family>>;
  readonly questions: Readonly<Record<string, Question>>;
  readonly causes: Readonly<Record<string, CauseCore>>;
  readonly guide: Guide;
  /** Old node ids → their replacements. */
  readonly aliases: Readonly<Record<string, string>>;
  readonly site: Site;
}

/** Everything content/ holds, validated. */
export interface Content extends ContentCore {
  readonly causes: Readonly<Record<string, Cause>>;
  readonly signatures: readonly Signature[];
  /** Knowledge tables (content/knowledge/): what codes, classes and server messages mean. */
  readonly knowledge: readonly KnowledgeTable[];
}
