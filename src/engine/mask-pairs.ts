/**
 * Secrets written next to the key that names them, in any of the ways logs and
 * config dumps write pairs: env and properties (`PGPASSWORD=…`,
 * `spring.datasource.password=…`), JSON and YAML (`"dbPassword": "…"`), PHP and
 * Ruby (`'password' => '…'`), query strings, plain or URL-encoded
 * (`?token=…&`, `password%3D…`), connection strings (`AccountKey=…;`),
 * cookies (`JSESSIONID=…`), headers (`Authorization: Token …`), XML
 * (`<password>…</password>`, `key="DbPassword" value="…"`), command-line flags
 * (`--password …`), and a long high-entropy token written just after a
 * secret-sounding word (`token 9f8A…`). Which keys count: mask-keys.ts.
 *
 * Pure and linear: one regex pass finds the key words, then the key, separator
 * and value are read by hand with bounded look-ahead (no backtracking).
 */
import { isHighEntropy, isPlaceholder, keyKind, ONE_WORD_SCHEMES, type KeyKind } from './mask-keys.ts';

export const MASK = '•••';

const KEY_WORD = /pass|pw|secret|token|cred|key|auth|sig|sess|sid|private|bearer|basic|hmac|salt|nonce|otp/gi;
/** Quotes as logs write them: plain, backslash-escaped (JSON in a string), HTML- and URL-encoded. */
const QUOTES = ['\\"', "\\'", '&quot;', '&#34;', '&#39;', '%22', '%27', '"', "'", '`'];
/** After the key: its closing quote or bracket, then the separator. */
const SEPARATOR = /(?:\\?["'`]|%2[27]|&quot;|&#3[49];)?(?:\]|%5[Dd])?[ \t]{0,8}(?:=>|:=|=(?!=)|:(?!:)|%3[DdAa])[ \t]{0,8}/y;
/** `key="DbPassword" value="…"`, `{"name": "password", "value": "…"}`. */
const VALUE_ATTRIBUTE = /\\?["'](?:[ \t]+value[ \t]*=|[ \t]*,[ \t]*\\?["']value\\?["'][ \t]*:)[ \t]*/y;
/** The rest of an opening tag named by the key (`<password>`, `<db:password type="x">`), or of the attribute that holds it (`<entry key="secret">`). */
const TAG_REST = /(?:[ \t][^<>\n]{0,200})?(?<!\/)>/y;
const ATTRIBUTE_TAG_REST = /\\?["'][ \t]*>/y;
const BLANKS = /[ \t]+/y;
const NEXT_PAIR = /[A-Za-z_][\w.[\]-]{0,64}=/y;
/** How far a value is read: no secret is longer, and no hostile line makes the scan quadratic. */
const MAX_VALUE = 4096;

interface Value {
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
}

const isIdent = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;

function quoteAt(text: string, i: number): string | null {
  for (const q of QUOTES) if (text.startsWith(q, i)) return q;
  return null;
}

function sticky(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}

/** A quoted value up to its closing quote (escaped quotes inside kept), or an unquoted one up to a space, a quote or the next pair. */
function readValue(text: string, i: number, encoded = false): Value | null {
  const cap = Math.min(text.length, i + MAX_VALUE);
  const q = quoteAt(text, i);
  if (q) {
    const start = i + q.length;
    let k = start;
    while (k < cap && text[k] !== '\n' && text[k] !== '\r') {
      if (q.length === 1 && text[k] === '\\') k += 2;
      else if (text.startsWith(q, k)) break;
      else k++;
    }
    return k > start ? { start, end: Math.min(k, cap), quoted: true } : null;
  }
  let k = i;
  for (; k < cap; k++) {
    const c = text[k]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '"' || c === "'" || c === '`' || c === '<' || c === '>') break;
    if (c === '&' && text.startsWith('&amp;', k)) break;
    if (encoded && c === '%' && /^%2[267]/.test(text.slice(k, k + 3))) break;
    if (c === '&' || c === ';' || c === ',') {
      const next = text[k + 1];
      if (next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r' || sticky(NEXT_PAIR, text, k + 1) > 0) break;
    }
  }
  return k > i ? { start: i, end: k, quoted: false } : null;
}

/** Up to the end of the line (or the closing quote of the value the header sits in). */
function restOfLine(text: string, i: number): Value | null {
  let k = i;
  const cap = Math.min(text.length, i + MAX_VALUE);
  while (k < cap && !'\n\r"\''.includes(text[k]!)) k++;
  return k > i ? { start: i, end: k, quoted: false } : null;
}

type Form = 'pair' | 'flag' | 'after' | 'tag';

/** Whether this value, written this way after a key of this kind, is the secret. */
function isSecret(kind: KeyKind, form: Form, key: string, separator: string, value: string, quoted: boolean): boolean {
  if (isPlaceholder(value, quoted)) return false;
  // A port or a line number right after a dotted name (`auth.example.com:443`, `TokenService.java:42`).
  if (!quoted && separator === ':' && key.includes('.') && /^\d{1,6}(?:[/):]|$)/.test(value)) return false;
  if (form === 'after') {
    // SQL and config files: `WITH PASSWORD 'x'`, `requirepass "x"`: a quoted value right after a password is one
    // (not after other words: "Unexpected token '?'", `secret "app-secrets" not found`).
    if (quoted && kind === 'strong' && /pass|pwd/i.test(key)) return true;
    // `Bearer …`, `Basic …` before a credential, not before a word ("Basic authentication").
    if (/^(?:bearer|basic)$/i.test(key)) return value.length >= 8 && /^[A-Za-z0-9._~+/-]+=*$/.test(value) && !/^[A-Za-z][a-z]*$/.test(value);
    return isHighEntropy(value);
  }
  if (kind === 'weak' || (form === 'flag' && kind !== 'strong')) return isHighEntropy(value);
  return true;
}

/**
 * For `Authorization: <scheme> <credential>`: the part to hide. One-word
 * schemes keep their name; others (Digest, AWS4-HMAC-SHA256…) hide the rest.
 */
function authorizationSecret(text: string, v: Value): Value | null {
  const value = text.slice(v.start, v.end);
  const scheme = /^[A-Za-z][\w-]{1,30}/.exec(value);
  if (!scheme) return v;
  const after = v.start + scheme[0].length;
  const blanks = sticky(BLANKS, text, after);
  if (v.quoted) return blanks > 0 && blanks < v.end ? { start: blanks, end: v.end, quoted: true } : v;
  if (blanks < 0) return v;
  return ONE_WORD_SCHEMES.test(scheme[0]) ? readValue(text, blanks) : restOfLine(text, blanks);
}

export function maskPairs(text: string): string {
  let out = '';
  let done = 0;
  KEY_WORD.lastIndex = 0;
  for (let m = KEY_WORD.exec(text); m; m = KEY_WORD.exec(text)) {
    let ks = m.index;
    let ke = m.index + m[0].length;
    while (ks > 0 && isIdent(text.charCodeAt(ks - 1))) ks--;
    while (ke < text.length && isIdent(text.charCodeAt(ke))) ke++;
    KEY_WORD.lastIndex = ke;
    if (ks < done) continue;
    let form: Form = 'pair';
    let at = sticky(SEPARATOR, text, ke);
    if (at < 0) at = sticky(VALUE_ATTRIBUTE, text, ke);
    if (at < 0 && (text[ks - 1] === '<' || /<[\w.-]*:$/.test(text.slice(Math.max(0, ks - 40), ks)))) {
      at = sticky(TAG_REST, text, ke);
      form = 'tag';
    } else if (at < 0 && (text[ks - 1] === '"' || text[ks - 1] === "'")) {
      at = sticky(ATTRIBUTE_TAG_REST, text, ke);
      form = 'tag';
    }
    if (at < 0) {
      at = sticky(BLANKS, text, ke);
      form = text.startsWith('--', ks) ? 'flag' : 'after';
    }
    if (at < 0) continue;

    let v: Value | null;
    if (form === 'tag') {
      let k = at;
      while (k < text.length && k < at + MAX_VALUE && text[k] !== '<' && text[k] !== '\n') k++;
      // Element text, read as a whole, up to its closing tag (`ERR AUTH <password> called without…` is prose).
      v = k > at && text.startsWith('</', k) ? { start: at, end: k, quoted: true } : null;
    } else v = readValue(text, at, /%3[DdAa][ \t]*$/.test(text.slice(ke, at)));
    if (!v) continue;
    // Prose ("key rotation skipped"): a word after a key word is never a token.
    if (form === 'after' && v.end - v.start < 8) continue;
    const key = text.slice(ks, ke).replace(/^[.-]+|[.-]+$/g, '');
    const kind = keyKind(key);
    if (!kind) continue;
    // Prose after a colon ("failed to fetch oauth token: unexpected status"): a lower-case word the sentence goes on from.
    if (
      kind !== 'authorization' &&
      form === 'pair' &&
      !v.quoted &&
      /:\s$/.test(text.slice(ke, at)) &&
      /^[a-z]{1,20}$/.test(text.slice(v.start, v.end)) &&
      /^ [a-z]/.test(text.slice(v.end, v.end + 2))
    )
      continue;
    if (kind === 'authorization' && form === 'pair') v = authorizationSecret(text, v);
    if (!v || !isSecret(kind, form, key, text.slice(ke, at), text.slice(v.start, v.end).trim(), v.quoted)) continue;
    out += text.slice(done, v.start) + MASK;
    done = v.end;
    KEY_WORD.lastIndex = Math.max(KEY_WORD.lastIndex, v.end);
  }
  return done === 0 ? text : out + text.slice(done);
}
