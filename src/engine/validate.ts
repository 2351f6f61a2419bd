/**
 * Content validation: given the raw content files, returns either the
 * validated Content or every problem found, at once. Never throws.
 * Build-time only (pulls in zod); the browser receives the validated result.
 * One concern per file: ./validate-files.ts (each file against its schema),
 * ./validate-nodes.ts (questions, causes, answers), ./validate-graph.ts
 * (cycles, reachability), ./validate-links.ts (aliases, released ids),
 * ./validate-signatures.ts (log signatures), ./validate-knowledge.ts (knowledge tables).
 */
import type { ContentIssue } from './content-issues.ts';
import { err, ok, type Result } from './result.ts';
import type { GuideFile } from './schema.ts';
import { DEFAULT_SITE, FAMILY_IDS, type Content, type Family, type FamilyId, type QuestionId } from './types.ts';
import { parseFiles, type ContentFile } from './validate-files.ts';
import { graphIssues } from './validate-graph.ts';
import { checkLinks } from './validate-links.ts';
import { checkNodes } from './validate-nodes.ts';
import { checkKnowledge } from './validate-knowledge.ts';
import { checkSignatures } from './validate-signatures.ts';

export type { ContentFile } from './validate-files.ts';

/** Parses one file's text; a syntax error becomes a JSON_PARSE issue. */
export function parseContentFile(path: string, text: string): Result<ContentFile, ContentIssue> {
  try {
    return ok({ path, data: JSON.parse(text) as unknown });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return err({ code: 'JSON_PARSE', file: path, at: '', message: `not valid JSON: ${message}` });
  }
}

export function validateContent(files: readonly ContentFile[]): Result<Content, readonly ContentIssue[]> {
  const issues: ContentIssue[] = [];
  const parsed = parseFiles(files, issues);
  const { meta, families, guide, released, site, causeFiles, signatureFiles, knowledgeFiles, invalidIds } = parsed;
  const { questions, causes, questionFiles, exists } = checkNodes(parsed, issues);

  // Families: all six described, each cause's family known by construction (schema enum).
  const familyRecord: Partial<Record<FamilyId, Family>> = {};
  if (families) {
    for (const f of families.families) familyRecord[f.id] = f;
    for (const id of FAMILY_IDS) {
      if (!familyRecord[id]) issues.push({ code: 'MISSING_FAMILY', file: 'families.json', at: 'families', message: `family "${id}" is not described` });
    }
  }

  // Graph: root is a question; no cycles; everything reachable from the root.
  if (meta) {
    if (!Object.hasOwn(questions, meta.root)) {
      issues.push({ code: 'ROOT_NOT_QUESTION', file: 'meta.json', at: 'root', message: `root "${meta.root}" is not a question` });
    } else {
      issues.push(...graphIssues(meta.root, questions, causes, questionFiles, causeFiles));
    }
  }

  const aliases = checkLinks(meta, released, exists, issues);

  const isCause = (id: string) => Object.hasOwn(causes, id) || invalidIds.has(id);
  const familyOf = (id: string) => (Object.hasOwn(causes, id) ? causes[id]!.family : undefined);
  const signatures = checkSignatures(signatureFiles, isCause, familyOf, issues);
  const knowledge = checkKnowledge(knowledgeFiles, { isCause, familyOf, signatures }, issues);

  if (issues.length > 0 || !meta || !guide || !families) return err(issues);
  return ok({
    schemaVersion: meta.schemaVersion,
    version: meta.version,
    root: meta.root as QuestionId,
    families: familyRecord as Record<FamilyId, Family>,
    questions,
    causes,
    guide: stripSchemaVersion(guide),
    signatures,
    knowledge,
    aliases,
    site: site
      ? {
          escalation: {
            ...(site.escalation?.team ? { team: site.escalation.team } : {}),
            contacts: site.escalation?.contacts ?? [],
          },
          beacon: site.beacon ?? null,
          ...(site.embed ? { embed: { parentOrigins: site.embed.parentOrigins } } : {}),
        }
      : DEFAULT_SITE,
  });
}

function stripSchemaVersion(guide: GuideFile): Content['guide'] {
  const { schemaVersion: _omit, ...rest } = guide;
  return rest;
}
