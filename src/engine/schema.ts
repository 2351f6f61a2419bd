/**
 * The shape of each content file, as written by authors. Used at build time
 * and by `npm run content:check`; never shipped to the browser.
 */
import { z } from 'zod';
import { CONTACT_KINDS, FAMILY_IDS, ID_PATTERN, STACK_IDS } from './types.ts';

export const SCHEMA_VERSION = 1;

const text = z.string().trim().min(1);
const localized = z.strictObject({ en: text, ko: text });
const id = z.string().regex(ID_PATTERN, 'must be kebab-case: a-z, 0-9 and "-", at most 64 characters');
const schemaVersion = z.number().int();

export const metaSchema = z.strictObject({
  schemaVersion,
  version: z.string().regex(/^[0-9A-Za-z.+-]{1,32}$/),
  root: id,
  /** Old id → the question or cause that replaces it, so shared links keep working. */
  aliases: z.record(id, id).optional(),
});

/** The ids of the last release (written by `npm run content:release`). */
export const releasedSchema = z.strictObject({
  schemaVersion,
  version: z.string(),
  ids: z.array(id),
});

export const familiesSchema = z.strictObject({
  schemaVersion,
  families: z.array(z.strictObject({ id: z.enum(FAMILY_IDS), title: localized, summary: localized })),
});

const section = z.strictObject({
  id,
  title: localized,
  body: localized.optional(),
  items: z.array(localized),
});

export const guideSchema = z.strictObject({
  schemaVersion,
  tagline: localized,
  intro: localized,
  mitigate: section,
  firstFixes: section,
  primer: z.strictObject({
    title: localized,
    body: localized,
    codes: z.array(z.strictObject({ code: z.string().regex(/^[1-5][0-9x]{2}$/), meaning: localized })).min(1),
  }),
  prevention: section,
  practices: section,
});

const unsure = z.strictObject({ how: localized, next: id });

export const questionSchema = z.strictObject({
  schemaVersion,
  id,
  title: localized,
  help: localized.optional(),
  fromLog: z.boolean().optional(),
  multiple: z.boolean().optional(),
  /**
   * Ask it out of the tree's order (to tell likely causes apart) only after
   * this answer was given: "What changed?" only after "yes, after a change".
   */
  askedAfter: z.strictObject({ question: id, answers: z.array(id).min(1) }).optional(),
  answers: z.array(
    z.strictObject({
      id,
      label: localized,
      hint: localized.optional(),
      next: id,
      evidence: z
        .array(
          z.strictObject({
            target: id,
            weight: z
              .number()
              .min(-3)
              .max(3)
              .refine((w) => w !== 0, 'a weight of 0 says nothing: remove the entry'),
          }),
        )
        .optional(),
    }),
  ),
  unsure,
});

/** Same title, help and answers as another question; only "I'm not sure" leads elsewhere. */
export const extendedQuestionSchema = z.strictObject({
  schemaVersion,
  id,
  extends: id,
  unsure: unsure.partial({ how: true }),
});

const command = z.strictObject({
  stack: z.enum(STACK_IDS),
  label: localized.optional(),
  code: z.string().min(1).max(2000),
});

const step = z.strictObject({ text: localized, commands: z.array(command).optional() });
const steps = z.array(step).min(1);

export const causeSchema = z.strictObject({
  schemaVersion,
  id,
  family: z.enum(FAMILY_IDS),
  title: localized,
  summary: localized,
  why: localized,
  symptoms: z.array(localized).min(1),
  logLines: z.array(z.string().min(1)),
  remedy: z.strictObject({ mitigate: steps, confirm: steps, fix: steps, prevent: steps }),
});

export const signaturesSchema = z.strictObject({
  schemaVersion,
  signatures: z.array(
    z.strictObject({
      id,
      /** A cause, or (for messages that name only a family, and wrappers) a family. */
      cause: id.optional(),
      family: z.enum(FAMILY_IDS).optional(),
      pattern: z.string().min(3).max(500),
      caseSensitive: z.boolean().optional(),
      weight: z.number().gt(0).lte(1),
      also: z
        .array(z.strictObject({ family: z.enum(FAMILY_IDS), cause: id.optional(), weight: z.number().gt(0).lte(1) }))
        .max(5)
        .optional(),
      wrapper: localized.optional(),
      explain: localized,
      /** Lines the pattern must match, and near misses it must not: checked by content:check. */
      examples: z.strictObject({ match: z.array(z.string().min(1)).min(1), nearMiss: z.array(z.string().min(1)).min(1) }),
    }),
  ),
});

const httpUrl = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[^\s<>"']+$/, 'must be an http(s) URL');
const contactUrl = z
  .string()
  .max(2000)
  .regex(/^(?:https?:\/\/|mailto:)[^\s<>"']+$/, 'must be an https:, http: or mailto: URL');

/** A web origin exactly as browsers write it: scheme, host, optional port; no path, no trailing slash. */
const origin = z
  .string()
  .max(300)
  .regex(/^https?:\/\/[^\s<>"'/?#]+$/, 'must be an origin such as https://wiki.example.com (no path, no trailing slash)')
  .refine((o) => {
    try {
      return new URL(o).origin === o;
    } catch {
      return false;
    }
  }, 'must be an origin as browsers write it: lower-case host, no default port (e.g. https://wiki.example.com)');

/** Settings for the team that hosts it: who to escalate to, the optional outcome beacon, who may hear embed messages. */
export const siteSchema = z.strictObject({
  schemaVersion,
  escalation: z
    .strictObject({
      team: localized.optional(),
      contacts: z.array(z.strictObject({ kind: z.enum(CONTACT_KINDS), label: localized, url: contactUrl })).max(10),
    })
    .optional(),
  /** An absolute http(s) URL, or a path on the same site starting with "/"; null or absent: off. */
  beacon: z
    .union([
      httpUrl,
      z
        .string()
        .max(500)
        .regex(/^\/[^\s<>"'/][^\s<>"']*$/, 'must be an http(s) URL or a path on this site such as /collect'),
      z.null(),
    ])
    .optional(),
  /** Only these parent origins receive the embed's step and size messages; absent: any parent. */
  embed: z.strictObject({ parentOrigins: z.array(origin).min(1).max(20) }).optional(),
});

export type SiteFile = z.infer<typeof siteSchema>;
export type SignaturesFile = z.infer<typeof signaturesSchema>;
export type MetaFile = z.infer<typeof metaSchema>;
export type ReleasedFile = z.infer<typeof releasedSchema>;
export type FamiliesFile = z.infer<typeof familiesSchema>;
export type GuideFile = z.infer<typeof guideSchema>;
export type QuestionFile = z.infer<typeof questionSchema>;
export type ExtendedQuestionFile = z.infer<typeof extendedQuestionSchema>;
export type CauseFile = z.infer<typeof causeSchema>;
