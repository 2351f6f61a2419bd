/**
 * The level a log line declares for itself. A warning, notice, deprecation or
 * info line is written by a program that carried on; when the same paste has
 * lines at error level, those say what failed and the quieter lines count less
 * (log-analyzer.ts). Only the line's own level marker is read — the logger's
 * level field or tag, as the common formats print it — never words of the
 * message, so "failed to warn the user" stays an ordinary line. Pure.
 */

/** A compose/kubectl-style prefix before the logger's own line: `web-1  | `. */
const PREFIX = String.raw`^\s*(?:[\w.-]+\s+\|\s+)?`;

/**
 * Error-level markers, as level tokens in upper case (ERROR, FATAL, …, Serilog's
 * ERR/FTL), PHP's fatal kinds, the single-letter heads of Ruby's Logger (`E, [`),
 * klog (`E0312 10:11:12.123`) and .NET's console logger (`fail:`, `crit:`).
 */
const HIGH_TOKENS = new RegExp(
  String.raw`(?:^|[\s[(|:,{-])(?:ERROR|ERR|FATAL|FTL|CRIT(?:ICAL)?|SEVERE|EMERG(?:ENCY)?|ALERT|PANIC)(?=[\s\]):,|[-]|$)|PHP (?:Fatal|Parse|Recoverable fatal) error|${PREFIX}(?:[EF], \[|[EF]\d{4} \d\d:\d\d:\d\d|(?:fail|crit): )`,
);
/** Error-level tags and fields in any case: `[error]`, `[php:crit]`, `level=error`, `"level":"fatal"`, pino's 50/60, Nextcloud's 3/4. */
const HIGH_FIELDS =
  /\[(?:[\w-]+:)?(?:error|crit|alert|emerg|fatal)\]|\blevel[=:]"?(?:error|err|fatal|crit(?:ical)?|panic|alert|emerg)\b|"(?:level|severity|levelname)":\s?"(?:error|err|fatal|crit(?:ical)?|alert|emerg(?:ency)?|panic)"|"level":\s?(?:50|60|[34])\b/i;

/**
 * Quieter markers: WARN/WARNING/NOTICE/INFO/DEBUG/TRACE (and Serilog's WRN/INF/DBG/VRB)
 * as a level token, PHP's warnings and notices, Ruby's `W, [` / `I, [`, klog's
 * `W0312 …`, .NET's `warn:` / `info:`, Go loggers' `[W]` / `[I]`, docker compose's `WARN[0000]`.
 */
const LOW_TOKENS = new RegExp(
  String.raw`(?:^|[\s[(|:,{-])(?:WARN(?:ING)?|NOTICE|INFO|DEBUG|TRACE|WRN|INF|DBG|VRB)(?=[\s\]):,|[-]|$)|PHP (?:Warning|Notice|Deprecated|Strict Standards):|\s\[[WI]\]\s|${PREFIX}(?:[WI], \[|[WI]\d{4} \d\d:\d\d:\d\d|(?:warn|info|dbug|trce): )`,
);
/** Quieter tags and fields in any case: `[warn]`, `[php:notice]`, `[Warning]`, `level=info`, `"level":"warn"`, pino's 10–40, Nextcloud's 0–2. */
const LOW_FIELDS =
  /\[(?:[\w-]+:)?(?:warn(?:ing)?|notice|info|debug)\]|\blevel[=:]"?(?:warn(?:ing)?|notice|info|debug|trace)\b|"(?:level|severity|levelname)":\s?"(?:warn(?:ing)?|notice|info|debug|trace)"|"level":\s?(?:10|20|30|40|[012])\b/i;

/** True when the line declares itself a warning, notice, info or debug line, and nothing louder. */
export function isQuietLine(line: string): boolean {
  // Level markers sit in the line's head; a long message may quote anything.
  const head = line.length > 300 ? line.slice(0, 300) : line;
  return (LOW_TOKENS.test(head) || LOW_FIELDS.test(head)) && !HIGH_TOKENS.test(head) && !HIGH_FIELDS.test(head);
}
