/**
 * Secrets in every format the masking covers, generated from a seed: random
 * lengths, random characters (including / @ & quotes spaces % where the format
 * allows them), random key spellings (any case and separator). Each sample is
 * one line (or block) of log text, the secret values in it, and the readable
 * text around them that must survive masking.
 */

/** A small seeded generator (mulberry32): the same seed gives the same secrets. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chars = (alphabet: string, lo: number, hi: number) => Array.from({ length: int(lo, hi) }, () => pick(Array.from(alphabet))).join('');
  return { next, int, pick, chars };
}
type Rng = ReturnType<typeof seeded>;

interface Sample {
  readonly format: string;
  readonly text: string;
  readonly secrets: readonly string[];
  readonly keep: readonly string[];
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const ALNUM = LOWER + UPPER + DIGITS;
const B64 = `${ALNUM}+/`;
const HEX = '0123456789abcdef';
/** Characters an unquoted value can hold in env files, properties and YAML. */
const UNQUOTED = `${ALNUM}!#$%*+/@^_~.:-&;,?`;
/** Anything printable but the quote around it and the backslash. */
const QUOTED_DOUBLE = `${ALNUM} !#$%&'()*+,-./:;<=>?@[]^_{|}~`;
const QUOTED_SINGLE = `${ALNUM} !"#$%&()*+,-./:;<=>?@[]^_{|}~`;
const URL_PASSWORD = `${ALNUM}/@:%!$*+,;=~.-?#`;

/** A value with letters and digits both (so it reads as a token, not a word). */
function token(r: Rng, alphabet: string, lo: number, hi: number): string {
  for (;;) {
    const v = r.chars(alphabet, lo, hi);
    if (/[A-Za-z]/.test(v) && /[0-9]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
  }
}

const PREFIXES = ['', 'db', 'app', 'mysql', 'smtp', 'redis', 'ldap', 'aws', 'stripe', 'admin', 'root', 'pg'];
const SECRET_WORDS = [
  ['password'],
  ['passwd'],
  ['pwd'],
  ['pass'],
  ['secret'],
  ['token'],
  ['api', 'key'],
  ['access', 'key'],
  ['secret', 'key'],
  ['client', 'secret'],
  ['private', 'key'],
  ['auth', 'token'],
  ['credentials'],
  ['passphrase'],
  ['account', 'key'],
  ['shared', 'access', 'key'],
  ['secret', 'access', 'key'],
  ['session', 'token'],
  ['refresh', 'token'],
  ['api', 'token'],
  ['auth'],
  ['signing', 'key'],
] as const;

/** A secret-naming key in any case style and separator: DB_PASSWORD, dbPassword, db-password, db.password, dbpassword, PGPASSWORD. */
function secretKey(r: Rng): string {
  const prefix = r.pick(PREFIXES);
  const word = r.pick(SECRET_WORDS);
  // "pwd" alone is the shell's working directory; a prefix makes it MYSQL_PWD.
  const words = [...(prefix || word[0] === 'pwd' || word[0] === 'pass' ? [prefix || 'db'] : []), ...word];
  const style = r.int(0, 6);
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  switch (style) {
    case 0:
      return words.join('_');
    case 1:
      return words.join('_').toUpperCase();
    case 2:
      return words[0]! + words.slice(1).map(cap).join('');
    case 3:
      return words.map(cap).join('');
    case 4:
      return words.join('-');
    case 5:
      return words.join('.');
    default:
      return r.next() < 0.5 ? words.join('').toUpperCase() : words.join('');
  }
}

const LEAD = [
  '2025-03-12 10:00:02 ERROR [worker-3] request failed:',
  '[pid 4312] WARN config dump',
  'php-fpm[812]: PHP Warning: mysqli_connect():',
  'INFO Started Application in 4.2 seconds;',
];
const TAIL = ['(host=db-1.internal SQLSTATE 28P01)', 'at /var/www/app/index.php line 42', 'errno=1045 class=com.example.Repository', 'took 12 ms'];

function around(r: Rng, middle: string): { text: string; keep: string[] } {
  const lead = r.pick(LEAD);
  const tail = r.pick(TAIL);
  return { text: `${lead} ${middle} ${tail}`, keep: [lead, tail] };
}

type Gen = (r: Rng) => Sample;
const sample = (format: string, r: Rng, middle: string, secrets: string[], keep: string[] = []): Sample => {
  const a = around(r, middle);
  return { format, text: a.text, secrets, keep: [...a.keep, ...keep] };
};

export const FORMATS: Readonly<Record<string, Gen>> = {
  'env KEY=value': (r) => {
    const v = token(r, UNQUOTED, 8, 40);
    const k = secretKey(r);
    return sample('env KEY=value', r, `${r.pick(['', 'export '])}${k}=${v}`, [v], [k]);
  },
  'YAML key: value': (r) => {
    const v = token(r, UNQUOTED, 8, 40);
    return sample('YAML key: value', r, `${secretKey(r)}: ${v}`, [v]);
  },
  'quoted with spaces and quotes': (r) => {
    const q = r.pick(['"', "'"]);
    const v = token(r, q === '"' ? QUOTED_DOUBLE : QUOTED_SINGLE, 8, 40).trim() || 'a1B2c3D4';
    const sep = r.pick(['=', ': ', ' = ', ' => ', ':']);
    const kq = r.pick(['', q]);
    return sample('quoted with spaces and quotes', r, `${kq}${secretKey(r)}${kq}${sep}${q}${v}${q}`, [v]);
  },
  'JSON with escaped quotes': (r) => {
    const v = `${token(r, ALNUM + ' /@&%:', 4, 20)}\\"${token(r, ALNUM + ' /@&%:', 4, 20)}`;
    return sample('JSON with escaped quotes', r, `{"user":"app","${secretKey(r)}":"${v}"}`, [v.replace('\\"', '"'), ...v.split('\\"')]);
  },
  'JSON inside a string': (r) => {
    const v = token(r, ALNUM + ' /@&%:', 8, 30).trim() || 'a1B2c3D4';
    return sample('JSON inside a string', r, `payload="{\\"${secretKey(r)}\\":\\"${v}\\"}"`, [v]);
  },
  'PHP array': (r) => {
    const v = token(r, QUOTED_SINGLE, 8, 40).trim() || 'a1B2c3D4';
    return sample('PHP array', r, `array('host' => 'db', '${secretKey(r)}' => '${v}')`, [v]);
  },
  'XML element': (r) => {
    const v = token(r, ALNUM + ' !#$%&()*+,-./:;=?@[]^_{|}~', 8, 40).trim() || 'a1B2c3D4';
    const k = secretKey(r).replace(/\./g, '_');
    return sample('XML element', r, `<${k}>${v}</${k}>`, [v]);
  },
  'XML key and value attributes': (r) => {
    const v = token(r, QUOTED_DOUBLE.replace('<', '').replace('>', ''), 8, 40).trim() || 'a1B2c3D4';
    return sample('XML key and value attributes', r, `<add ${r.pick(['key', 'name'])}="${secretKey(r)}" value="${v}" />`, [v]);
  },
  'query string': (r) => {
    const v = token(r, `${ALNUM}-._~!$'()*+,;:@/`, 8, 30).replace(/'/g, '') + `%${r.pick(['26', '40', '2F', '3D', '20'])}${token(r, ALNUM, 4, 10)}`;
    return sample('query string', r, `GET /login?user=bob&${secretKey(r)}=${v}&next=%2Fhome`, [v], ['next=%2Fhome']);
  },
  'URL-encoded form': (r) => {
    const v = `${token(r, ALNUM, 6, 20)}%${r.pick(['2F', '40', '3A', '25'])}${token(r, ALNUM, 4, 10)}`;
    return sample('URL-encoded form', r, `body=user%3Dbob%26${secretKey(r)}%3D${v}%26next%3D1`, [v]);
  },
  'Azure connection string': (r) => {
    const v = `${token(r, B64, 40, 86)}==`;
    const k = r.pick(['AccountKey', 'SharedAccessKey', 'Password', 'Pwd']);
    return sample(
      'Azure connection string',
      r,
      `DefaultEndpointsProtocol=https;AccountName=shopstore;${k}=${v};EndpointSuffix=core.windows.net`,
      [v],
      ['EndpointSuffix=core.windows.net'],
    );
  },
  'AWS SecretAccessKey': (r) => {
    const v = token(r, B64, 40, 40);
    return sample('AWS SecretAccessKey', r, `{"AccessKeyId": "ASIA${r.chars(UPPER + DIGITS, 16, 16)}", "SecretAccessKey": "${v}"}`, [v]);
  },
  'bare AWS secret near a key id': (r) => {
    const id = `AKIA${r.chars(UPPER + DIGITS, 16, 16)}`;
    const v = token(r, B64, 40, 40);
    const sep = r.pick([' ', '\n', ',', ' | ']);
    return sample('bare AWS secret near a key id', r, `credentials ${id}${sep}${v}`, [id, v]);
  },
  'provider keys': (r) => {
    const v = r.pick([
      () => `sk-${token(r, ALNUM, 40, 60)}`,
      () => `sk-proj-${token(r, `${ALNUM}_-`, 60, 120)}`,
      () => `AIza${token(r, `${ALNUM}_-`, 35, 35)}`,
      () => `ghp_${token(r, ALNUM, 36, 36)}`,
      () => `gho_${token(r, ALNUM, 36, 36)}`,
      () => `github_pat_${token(r, `${ALNUM}_`, 60, 82)}`,
      () => `xox${r.pick(['b', 'p', 'a'])}-${r.chars(DIGITS, 10, 12)}-${token(r, ALNUM, 20, 30)}`,
      () => `${r.pick(['sk', 'rk'])}_live_${token(r, ALNUM, 24, 99)}`,
      () => `${r.pick(['AKIA', 'ASIA'])}${r.chars(UPPER + DIGITS, 16, 16)}`,
    ])();
    return sample('provider keys', r, `using ${v} for the call`, [v], ['for the call']);
  },
  JWT: (r) => {
    const part = () => `eyJ${token(r, `${ALNUM}_-`, 10, 60)}`;
    const v = `${part()}.${part()}.${token(r, `${ALNUM}_-`, 20, 43)}`;
    return sample('JWT', r, `jwt=${v}`.replace('jwt=', r.pick(['jwt=', 'id_token: ', 'cookie: x=1; '])), [v]);
  },
  'URL credentials': (r) => {
    const v = token(r, URL_PASSWORD, 8, 30);
    const scheme = r.pick(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'https', 'ftp']);
    return sample('URL credentials', r, `connect ${scheme}://app_user:${v}@db-1.internal:5432/shop`, [v], ['app_user', '@db-1.internal:5432/shop']);
  },
  'session cookies': (r) => {
    const name = r.pick(['JSESSIONID', 'PHPSESSID', 'connect.sid', 'session', 'ASP.NET_SessionId', 'laravel_session', 'sessionid', '_gh_sess']);
    const v = name === 'connect.sid' ? `s%3A${token(r, ALNUM, 20, 32)}.${token(r, `${ALNUM}%`, 20, 43)}` : token(r, `${ALNUM}-_.%`, 16, 40);
    return sample('session cookies', r, `Cookie: theme=dark; ${name}=${v}; lang=en`, [v], ['theme=dark', 'lang=en']);
  },
  'Authorization header': (r) => {
    const scheme = r.pick(['Bearer', 'Token', 'Basic', 'token', 'bearer']);
    const v = token(r, `${ALNUM}._~+/=-`, 12, 60);
    return sample('Authorization header', r, `${r.pick(['Authorization', 'authorization', 'Proxy-Authorization'])}: ${scheme} ${v}`, [v], [scheme]);
  },
  webhooks: (r) => {
    const v = r.pick([
      () => `hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8, 10)}/B${r.chars(UPPER + DIGITS, 8, 10)}/${token(r, ALNUM, 24, 24)}`,
      () => `discord.com/api/webhooks/${r.chars(DIGITS, 17, 19)}/${token(r, `${ALNUM}_-`, 60, 68)}`,
      () =>
        `acme.webhook.office.com/webhookb2/${r.chars(HEX, 8, 8)}-${r.chars(HEX, 4, 4)}@${r.chars(HEX, 8, 8)}/IncomingWebhook/${token(r, ALNUM, 32, 32)}/${r.chars(HEX, 8, 8)}`,
    ])();
    const secret = v.slice(v.indexOf('/') + 1).replace(/^(?:services|api\/webhooks|webhookb2)\//, '');
    return sample('webhooks', r, `posting to https://${v} failed`, [secret], ['posting to https://']);
  },
  'private key blocks': (r) => {
    const kind = r.pick(['RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', '', 'PGP ']);
    const block = kind === 'PGP ' ? ' BLOCK' : '';
    const body = Array.from({ length: r.int(1, 6) }, () => token(r, B64, 64, 64));
    const eol = r.pick(['\n', '\\n']);
    const text = [`-----BEGIN ${kind}PRIVATE KEY${block}-----`, ...body, `-----END ${kind}PRIVATE KEY${block}-----`].join(eol);
    const [before, after] = r.pick([
      ['', ''],
      ['TLS_KEY="', '"'],
      ['loaded ', ''],
      ['"private_key": "', '",'],
    ]);
    return sample('private key blocks', r, `${before}${text}${after}`, body);
  },
  'high-entropy token after a secret-sounding word': (r) => {
    const v = r.pick(Array.from(ALNUM)) + token(r, `${ALNUM}+/_=-`, 19, 59); // a token, not a path: it does not start with /
    const key = r.pick([
      'key',
      'sig',
      'signature',
      'private',
      'token',
      'apikey',
      'api_key',
      'hmac',
      'secret',
      'auth',
      'access_key',
      'client_secret',
      'credential',
      'passwd',
      'pwd',
    ]);
    const sep = r.pick(['=', ': ', ' ', ' = ']);
    return sample('high-entropy token after a secret-sounding word', r, `${key}${sep}${v}`, [v]);
  },
  email: (r) => {
    const v = `${r.chars(LOWER, 3, 10)}.${r.chars(LOWER + DIGITS, 2, 8)}@${r.chars(LOWER, 4, 10)}.${r.pick(['com', 'org', 'co.kr', 'io'])}`;
    return sample('email', r, `mail to ${v} bounced`, [v]);
  },
};

/** Every chunk of a secret at least 8 characters long that could be recognised (the whole secret if shorter). */
function chunks(secret: string): string[] {
  if (secret.length <= 8) return [secret];
  return Array.from({ length: secret.length - 7 }, (_, i) => secret.slice(i, i + 8));
}

/** The first chunk of a secret that survives in the masked text, or null. */
export function survivor(masked: string, secret: string): string | null {
  return chunks(secret).find((c) => masked.includes(c)) ?? null;
}

/** One fixed sample of every format (seeded), for the route and browser tests. */
export function everyFormat(seed = 15): Sample[] {
  const r = seeded(seed);
  return Object.values(FORMATS).map((gen) => gen(r));
}

/** Error messages the analyzer knows, so that every line with a secret is shown as evidence. */
const KNOWN_ERRORS = [
  'OSError: [Errno 28] No space left on device',
  'open() failed (13: Permission denied)',
  'connect() failed (111: Connection refused)',
  'FATAL: password authentication failed for user "app"',
  'PHP Fatal error: Allowed memory size of 134217728 bytes exhausted',
  'SQLSTATE[HY000] [1040] Too many connections',
  'psycopg2.errors.UndefinedTable: relation "invoices" does not exist',
  'java.lang.OutOfMemoryError: Java heap space',
  'upstream timed out (110: Connection timed out) while reading response header from upstream',
  'getaddrinfo ENOTFOUND db.internal',
  'x509: certificate has expired or is not yet valid',
  "Error: Cannot find module 'express'",
];

/** A log with one secret of every format, each on a line the analyzer shows as evidence. */
export function secretsLog(): { samples: ReturnType<typeof everyFormat>; log: string } {
  const samples = everyFormat();
  return { samples, log: samples.map((s, i) => `${KNOWN_ERRORS[i % KNOWN_ERRORS.length]} ${s.text}`).join('\n') };
}

/** Short labels for the escalation report, for tests that read only what it quotes. */
export const REPORT_LABELS = {
  title: 'T',
  link: 'L',
  generated: 'G',
  version: 'V',
  answers: 'A',
  tried: 'Tr',
  current: 'C',
  nextSteps: 'N',
  nextStepsBody: 'B',
  none: '-',
  considered: 'Co',
  stepsDone: 'S',
  logEvidence: 'E',
  escalateTo: 'Es',
};
