/** Problems found in content files. Each names the file and, where there is one, the node and field. */

const ISSUE_CODES = [
  'JSON_PARSE',
  'SCHEMA',
  'SCHEMA_VERSION',
  'MISSING_TRANSLATION',
  'MISSING_FILE',
  'UNKNOWN_FILE',
  'FILE_ID_MISMATCH',
  'DUPLICATE_ID',
  'DUPLICATE_ANSWER',
  'RESERVED_ID',
  'DANGLING_REF',
  'ROOT_NOT_QUESTION',
  'UNREACHABLE',
  'CYCLE',
  'DEAD_END',
  'MISSING_FAMILY',
  'BAD_PATTERN',
  'EXAMPLE_MISMATCH',
  'REMOVED_WITHOUT_ALIAS',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface ContentIssue {
  readonly code: IssueCode;
  /** Path of the file relative to content/, e.g. "questions/scope.json". */
  readonly file: string;
  /** Location inside the file, e.g. "scope.answers[1].next". Empty for whole-file problems. */
  readonly at: string;
  readonly message: string;
}

export function formatIssue(issue: ContentIssue): string {
  const where = issue.at ? ` at ${issue.at}` : '';
  return `${issue.file}: ${issue.code}${where}: ${issue.message}`;
}
