/**
 * The shape of a knowledge table file (content/knowledge/*.json), as written by
 * authors. Build time only (zod); see knowledge-types.ts for what each field means.
 */
import { z } from 'zod';
import { KEY_TRANSFORMS, TABLE_KINDS } from './knowledge-types.ts';
import { FAMILY_IDS, ID_PATTERN } from './types.ts';

const text = z.string().trim().min(1);
const localized = z.strictObject({ en: text, ko: text });
const id = z.string().regex(ID_PATTERN, 'must be kebab-case: a-z, 0-9 and "-", at most 64 characters');
/** Entry ids are shown in evidence as `<table>:<id>`: codes and class names as they are written. */
const entryId = z.string().regex(/^[A-Za-z0-9_.:\\$+-]{1,120}$/, 'letters, digits and _ . : \\ $ + - only, at most 120 characters');
const pattern = z.string().min(2).max(600);
const weight = z.number().gt(0).lte(1);
/** Log lines (one, or several joined by \n) that must produce this rule, as real logs print them. */
const examples = z.array(z.string().min(1).max(2000)).min(1);
const nearMiss = z.array(z.string().min(1).max(2000)).optional();

const familyWeight = z.strictObject({ family: z.enum(FAMILY_IDS), cause: id.optional(), weight });

const refinement = z.strictObject({
  pattern,
  caseSensitive: z.boolean().optional(),
  /** Match on the line itself only (by default also on the three lines after it, where Python prints a class's message). */
  sameLine: z.boolean().optional(),
  /** The refined meaning is itself a wrapper: what to look for next. */
  wrapper: localized.optional(),
  family: z.enum(FAMILY_IDS).optional(),
  cause: id.optional(),
  weight: weight.optional(),
  also: z.array(familyWeight).max(5).optional(),
  explain: localized,
  examples,
});

const entry = z.strictObject({
  id: entryId,
  keys: z.record(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/), z.string().min(1).max(200)),
  message: z.string().min(3).max(200).optional(),
  parent: z.string().min(1).max(200).optional(),
  family: z.enum(FAMILY_IDS).optional(),
  cause: id.optional(),
  /** Required with a family; defaults to 0.5. */
  weight: weight.optional(),
  also: z.array(familyWeight).max(5).optional(),
  wrapper: localized.optional(),
  refine: z.array(refinement).max(30).optional(),
  explain: localized,
  source: z.string().min(3).max(300).optional(),
  examples,
  nearMiss,
});

const extractor = z.strictObject({
  id,
  pattern,
  caseSensitive: z.boolean().optional(),
  keys: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{0,31}$/))
    .min(1)
    .max(6),
  transform: z.enum(KEY_TRANSFORMS).optional(),
  /** Lines the extractor must capture a key from, and lines it must not. */
  examples,
  nearMiss,
});

export const knowledgeTableSchema = z.strictObject({
  schemaVersion: z.number().int(),
  id,
  kind: z.enum(TABLE_KINDS),
  ecosystem: z
    .string()
    .regex(/^[a-z]{2,16}$/)
    .optional(),
  title: text,
  source: z.string().min(10).max(2000),
  extractors: z.array(extractor).max(40).optional(),
  entries: z.array(entry).min(1).max(5000),
});

export type KnowledgeTableFile = z.infer<typeof knowledgeTableSchema>;
