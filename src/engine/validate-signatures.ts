/**
 * Content validation: the log signatures. Each compiles, names a cause, does
 * not match an empty line, matches its examples and misses its near misses.
 */
import type { ContentIssue } from './content-issues.ts';
import type { SignaturesFile } from './schema.ts';
import type { CauseId, Signature } from './types.ts';
import type { Located } from './validate-files.ts';

/** Compiles every signature, checks its cause exists and its examples behave. */
export function checkSignatures(
  files: readonly Located<SignaturesFile>[],
  isCause: (id: string) => boolean,
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
      if (!isCause(sig.cause)) issues.push({ code: 'DANGLING_REF', file, at: `${at}.cause`, message: `"${sig.cause}" is not a cause` });
      let re: RegExp;
      try {
        re = new RegExp(sig.pattern, sig.caseSensitive ? 'u' : 'iu');
      } catch (e) {
        issues.push({ code: 'BAD_PATTERN', file, at: `${at}.pattern`, message: `not a valid regular expression: ${e instanceof Error ? e.message : String(e)}` });
        return;
      }
      if (re.test('')) {
        issues.push({ code: 'BAD_PATTERN', file, at: `${at}.pattern`, message: 'the pattern matches an empty line' });
        return;
      }
      sig.examples.match.forEach((line, j) => {
        if (!re.test(line)) issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.match[${j}]`, message: `"${sig.id}" does not match its own example` });
      });
      sig.examples.nearMiss.forEach((line, j) => {
        if (re.test(line)) issues.push({ code: 'EXAMPLE_MISMATCH', file, at: `${at}.examples.nearMiss[${j}]`, message: `"${sig.id}" matches a line it should not` });
      });
      out.push({
        id: sig.id,
        cause: sig.cause as CauseId,
        pattern: sig.pattern,
        caseSensitive: sig.caseSensitive ?? false,
        weight: sig.weight,
        explain: sig.explain,
      });
    });
  }
  return out;
}
