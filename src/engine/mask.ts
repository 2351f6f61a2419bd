/**
 * Masks secrets in a line of pasted text before it is shown or exported:
 * passwords and tokens in key=value form, bearer and basic credentials,
 * credentials in URLs, private keys, well-known key formats, JWTs and emails.
 */
const RULES: readonly [RegExp, string | ((...m: string[]) => string)][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g, '-----BEGIN PRIVATE KEY-----•••'],
  [/\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, (_m, kind = '') => `${kind} •••`],
  [/\b([a-z][a-z0-9+.-]*:\/\/)([^\s:/@'"]+):([^\s@/'"]+)@/gi, (_m, scheme = '', user = '') => `${scheme}${user}:•••@`],
  [
    /(?<![a-z0-9])((?:pass(?:word|wd)?|pwd|secret|token|api[_-]?key|access[_-]?key|auth|client[_-]?secret|private[_-]?key|session(?:id)?)["']?\s*[:=]\s*["']?)(?!(?:yes|no)\b)([^\s"',;&]{3,})/gi,
    (_m, key = '') => `${key}•••`,
  ],
  [/\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, '•••AWS-KEY•••'],
  [/\b(gh[pousr]_[A-Za-z0-9]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_(live|test)_[A-Za-z0-9]{10,})\b/g, '•••TOKEN•••'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, '•••JWT•••'],
  [/\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g, '•••@•••'],
];

export function maskSecrets(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) {
    out = typeof replacement === 'string' ? out.replace(re, replacement) : out.replace(re, replacement);
  }
  return out;
}
