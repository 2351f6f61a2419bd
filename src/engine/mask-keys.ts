/**
 * Which keys name a secret, and which values look like one. Pure helpers for
 * mask-pairs.ts.
 *
 * A key is read as its words (`dbPassword` → db, password; `ASP.NET_SessionId`
 * → asp, net, session, id) and squashed (`pgpassword`, `secretaccesskey`).
 * - `strong`: any value is a secret (password, pwd, secret, token, credential,
 *   api/access/account/private key, session ids, auth);
 * - `weak`: only a long high-entropy value is (key, sig, signature, private,
 *   salt…), and so is a strong key that names something about the secret
 *   rather than the secret (`token_type`, `password_file`, `TokenExpiredError`);
 * - `authorization`: the value may start with a scheme (`Bearer`, `Token`) to keep.
 */
export type KeyKind = 'strong' | 'weak' | 'authorization';

const SQUASHED_STRONG =
  /pass(?:word|wd|phrase)|pwd|secret|token|credential|apikey|accesskey|accountkey|privatekey|authkey|sessid|sessionid|sessionkey|signingkey|encryptionkey|masterkey|aspxauth/;
const STRONG_WORDS = new Set(['pass', 'pw', 'auth', 'session', 'sess', 'sid', 'bearer', 'basic']);
const WEAK_WORDS = new Set(['key', 'keys', 'sig', 'signature', 'private', 'hmac', 'salt', 'nonce', 'otp', 'oauth', 'apikey', 'hash']);
/** A last word that says the value is about the secret, not the secret. */
const META_WORDS = new Set([
  'url',
  'uri',
  'endpoint',
  'type',
  'types',
  'length',
  'len',
  'count',
  'expiry',
  'expires',
  'expiration',
  'ttl',
  'timeout',
  'policy',
  'file',
  'path',
  'dir',
  'directory',
  'name',
  'required',
  'enabled',
  'disabled',
  'min',
  'max',
  'hint',
  'field',
  'header',
  'prefix',
  'format',
  'version',
  'method',
  'mode',
  'provider',
  'plugin',
  'scheme',
  'source',
  'mechanism',
  'strategy',
  'level',
  'status',
  'result',
  'error',
  'errors',
  'exception',
  'warning',
  'failure',
  'failed',
  'attempts',
  'retries',
  'reset',
  'changed',
  'age',
  'lifetime',
  'rotation',
  'algorithm',
  'alg',
  'size',
  'store',
  'location',
  'manager',
  'handler',
  'service',
  'factory',
  'provided',
  'valid',
  'invalid',
  'missing',
  'expired',
  'mismatch',
  'match',
]);

/** The words of an identifier, lower case. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const kinds = new Map<string, KeyKind | null>();

/** The kind of a key (remembered: logs repeat their keys). */
export function keyKind(key: string): KeyKind | null {
  let kind = kinds.get(key);
  if (kind === undefined) {
    kind = kindOf(key);
    if (kinds.size > 2000) kinds.clear();
    kinds.set(key, kind);
  }
  return kind;
}

function kindOf(key: string): KeyKind | null {
  const words = keyWords(key);
  if (words.length === 0) return null;
  const squashed = words.join('');
  const last = words[words.length - 1]!;
  if (squashed.endsWith('authorization')) return 'authorization';
  // Words run together count too: PGPASSWORD, ROOTPASS, adminauth.
  const strong = SQUASHED_STRONG.test(squashed) || words.some((w) => STRONG_WORDS.has(w) || /(?:pass|auth)$/.test(w));
  // `PublicKeyToken=30ad4fe6b2a6aeed` (.NET), `token_type`, `secretsmanager:GetSecretValue` (an AWS action).
  const about = META_WORDS.has(last) || /(?:manager|service|provider|policy)$/.test(last) || words.includes('public');
  if (strong) return about ? 'weak' : 'strong';
  return words.some((w) => WEAK_WORDS.has(w)) ? 'weak' : null;
}

/** Values that say something about a secret without being one: left readable. */
const PLACEHOLDER =
  /^(?:true|false|yes|no|on|off|null|nil|none|undefined|empty|required|optional|not set|\*+|•+|x{3,}|\[?(?:redacted|filtered|hidden|masked|removed)\]?|<[A-Za-z _-]{1,40}>|\$\{[\w.:-]+\}|\{\{\s*[\w.]+\s*\}\})$/i;

/** A value that names no secret: a boolean, a placeholder, or (unquoted) the start of a nested object or list. */
/** Code that reads the secret from elsewhere: `os.environ['X']`, `process.env.X`, `getenv("X")`. */
const REFERENCE = /^(?:os\.(?:environ|getenv)|process\.env|ENV\[|env\(|getenv\(|System\.getenv|\$_(?:ENV|SERVER)|config\(|settings\.)/;

export function isPlaceholder(value: string, quoted: boolean): boolean {
  const v = value.replace(/[)\]},.;]+$/, '');
  return v.length === 0 || PLACEHOLDER.test(value) || PLACEHOLDER.test(v) || REFERENCE.test(value) || (!quoted && (v.startsWith('{') || v.startsWith('[')));
}

/** An absolute path or a URL: readable, not a token. */
const PATH_OR_URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|~?\/|\.{1,2}\/|[A-Za-z]:\\)/i;

/**
 * A long high-entropy token: at least 20 characters without spaces, letters
 * and digits mixed, not a path or URL, and not a word repeated (entropy of at
 * least 3 bits per character).
 */
export function isHighEntropy(value: string): boolean {
  if (value.length < 20 || /\s/.test(value) || PATH_OR_URL.test(value)) return false;
  if (!/[A-Za-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const counts = new Map<string, number>();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits >= 3;
}

/** Schemes after which the credential is the next word; any other scheme (Digest, AWS4-HMAC-SHA256…) hides the rest of the value. */
export const ONE_WORD_SCHEMES = /^(?:bearer|basic|token|apikey|api-key|key|jwt|splunk|ssws|genieKey|otoken)$/i;
