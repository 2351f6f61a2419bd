/**
 * The smallest pieces of the domain model, shared by the content types
 * (types.ts) and the knowledge tables (knowledge-types.ts): languages, the six
 * families, branded ids and a weighted family.
 */

export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** A string in every supported language. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** The six stable cause families (see ../shared/cases/README.md). */
export const FAMILY_IDS = ['code-bug', 'resource-exhaustion', 'misconfiguration', 'permissions', 'dependency-failure', 'deployment-artifact'] as const;
export type FamilyId = (typeof FAMILY_IDS)[number];

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };
export type QuestionId = Brand<string, 'QuestionId'>;
export type CauseId = Brand<string, 'CauseId'>;
export type AnswerId = Brand<string, 'AnswerId'>;
export type NodeId = QuestionId | CauseId;

/** A family (and optionally one of its causes) with a weight, 0 < weight ≤ 1. */
export interface FamilyWeight {
  readonly family: FamilyId;
  readonly cause?: CauseId | undefined;
  readonly weight: number;
}
