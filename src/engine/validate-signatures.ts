/**
 * Content validation: the log signatures. Each compiles, names a cause (or a family), does
 * not match an empty line, matches its examples and misses its near misses.
 */
import type { ContentIssue } from './content-issues.ts';
import type { SignaturesFile } from './schema.ts';
import type { CauseId, FamilyId, Signature } from './types.ts';
import type { Located } from './validate-files.ts';

/** Compiles every signature, checks its cause (or family) exists and its examples behave. */
export function checkSignatures(
  files: readonly Located<SignaturesFile>[],
  isCause: (id: string) => boolean,
  familyOf: (id: string) => FamilyId | undefined,
  issues: ContentIssue[],
): Signature[] {
  const out: Signature[] = [];
  const seen = new Map<string, string>();
  for (const { file, value } of files) {
    value.signatures.forEach((sig, i) => {
      const at = `signatures[${i}]`;
      const first = seen.get(sig.id);
      if (first) issues.push({ code: 'DUPLICATE_ID', file, at: `${at}.id`, message: `signature id "${sig.id}" is already used in ${first}` });
      seen.set(sig.id, file);
      if (sig.cause !== undefined && !isCause(sig.cause))
        issues.push({ code: 'DANGLING_REF', file, at: `${at}.cause`, message: `"${sig.cause}" is not a cause` });
      if (sig.cause === undefined && sig.family === undefined) {
        issues.push({ code: 'SCHEMA', file, at, message: 'a signature needs a "cause" or a "family"' });
      }
      for (const [j, a] of (sig.also ?? []).entries()) {
        if (a.cause !== undefined && familyOf(a.cause) !== a.family) {
          issues.push({ code: 'DANGLING_REF', file, at: `${at}.also[${j}].cause`, message: `"${a.cause}" is not a cause of the family "${a.family}"` });
        }
      }
      const family = (sig.cause !== undefined ? familyOf(sig.cause) : undefined) ?? sig.family;
      if (sig.cause !== undefined && sig.family !== undefined && familyOf(sig.cause) !== undefined && familyOf(sig.cause) !== sig.family) {
        issues.push({
          code: 'SCHEMA',
          file,
          at: `${at}.family`,
          message: `"${sig.cause}" belongs to the family "${familyOf(sig.cause)}", not "${sig.family}"`,
        });
      }
      let re: RegExp;
      try {
        re = new RegExp(sig.pattern, sig.caseSensitive ? 'u' : 'iu');
      } catch (e) {
        issues.push({
          code: 'BAD_PATTERN',
          file,
          at: `${at}.pattern`,
          message: `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`,
        });
        return;
      }
      if (re.test('')) {
        issues.push({ code: 'BAD_PATTERN', file, at: `${at}.pattern`, message: 'the pattern matches an empty line' });
        return;
      }
      sig.examples.match.forEach((line, j) => {
        if (!re.test(line))
          issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.match[${j}]`, message: `"${sig.id}" does not match its own example` });
      });
      sig.examples.nearMiss.forEach((line, j) => {
        if (re.test(line))
          issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.nearMiss[${j}]`, message: `"${sig.id}" matches a line it should not` });
      });
      if (family === undefined) return;
      out.push({
        id: sig.id,
        family,
        cause: (sig.cause as CauseId | undefined) ?? null,
        pattern: sig.pattern,
        caseSensitive: sig.caseSensitive ?? false,
        weight: sig.weight,
        also: (sig.also ?? []).map((a) => ({ family: a.family, weight: a.weight, ...(a.cause ? { cause: a.cause as CauseId } : {}) })),
        ...(sig.wrapper ? { wrapper: sig.wrapper } : {}),
        explain: sig.explain,
      });
    });
  }
  return out;
}
