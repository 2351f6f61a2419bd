/**
 * Exception class names as logs print them, in every ecosystem:
 * `java.lang.IllegalStateException`, `<class 'django.db.utils.ProgrammingError'>`,
 * `Predis \ Connection \ ConnectionException`, `ActiveRecord::PendingMigrationError`,
 * `System.NullReferenceException`, `sqlalchemy.exc.TimeoutError`.
 * Pure string functions; the knowledge index decides what a name means.
 */

/** A qualified name: segments joined by ".", "::", "\" (PHP, possibly spaced) or "$" (Java inner classes). */
const QUALIFIED = String.raw`(?:[A-Za-z_][\w]*(?:\.|::|\s?\\{1,2}\s?|\$))*`;

/** Names that end like an exception class: `…Error`, `…Exception`, `…Errors`, `…Fault`. */
export const UNKNOWN_CLASS = new RegExp(String.raw`(?<![\w.\\:$])${QUALIFIED}[A-Z][A-Za-z0-9_]*(?:Error|Exception|Errors|Fault)\b`, 'g');

/** A root name under a qualifier: `Mysql2::Error`, `PG::Error`, `Doctrine\DBAL\Exception`. */
export const QUALIFIED_ROOT = new RegExp(String.raw`(?<![\w.\\:$])(?:[A-Za-z_][\w]*(?:\.|::|\s?\\{1,2}\s?))+(?:Error|Exception)\b`, 'g');

/** Python's `<class 'x.y.Z'>`, which names any class, whatever its name ends with. */
export const PYTHON_CLASS = /<class '([A-Za-z_][\w.]*)'>/g;

/** The canonical spelling a table uses: no spaces around PHP's "\", no leading "\", Java's "$" kept. */
export function canonicalClass(name: string): string {
  return name
    .replace(/\s*\\{1,2}\s*/g, '\\')
    .replace(/^\\/, '')
    .trim();
}

/** The segments of a canonical class name. */
export function classSegments(name: string): string[] {
  return canonicalClass(name)
    .split(/\.|::|\\/)
    .filter((s) => s !== '');
}

/** The last segment: `java.net.ConnectException` → `ConnectException`. */
export function simpleName(name: string): string {
  const segments = classSegments(name);
  return segments[segments.length - 1] ?? name;
}

/**
 * The qualified name around a simple name found at [start, end) in a line:
 * extends to the left over qualifiers (`java.net.` before `ConnectException`).
 */
export function qualifiedAt(line: string, start: number, end: number): string {
  let i = start;
  for (;;) {
    const before = line.slice(Math.max(0, i - 3), i);
    let sep = 0;
    if (before.endsWith('::')) sep = 2;
    else if (before.endsWith(' \\ ')) sep = 3;
    else if (before.endsWith('\\\\')) sep = 2;
    else if (before.endsWith('.') || before.endsWith('\\') || before.endsWith('$')) sep = 1;
    if (sep === 0) break;
    let j = i - sep;
    while (j > 0 && /[\w]/.test(line[j - 1]!)) j--;
    if (j === i - sep || !/[A-Za-z_]/.test(line[j]!)) break;
    i = j;
  }
  return canonicalClass(line.slice(i, end));
}

/** Splits a class's simple name into its words: `MaxRetryError` → Max, Retry, Error; `HTTPConnectionPool` → HTTP, Connection, Pool. */
export function classWords(simple: string): string[] {
  return simple.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [];
}

/**
 * True when a bare name can only be a class: it ends like one (`…Error`,
 * `…Exception`) or joins two capitalised words (`ImproperlyConfigured`). A
 * single word (`Timeout`, `Redirect`) is read as a class only with its qualifier.
 */
export function distinctiveClassName(simple: string): boolean {
  if (simple.length < 6 || !/^[A-Z]/.test(simple)) return false;
  if (/(?:Error|Exception|Errors|Fault|Failure|Interrupt|Exit|Warning)$/.test(simple)) return true;
  return classWords(simple).filter((w) => /^[A-Z]/.test(w)).length >= 2;
}
