/**
 * Masks secrets in pasted text before any of it is shown or exported (the log
 * page, its Markdown, the escalation report). Pure, total and linear in the
 * text: every pattern is anchored on a literal or bounded, so a hostile 5 MB
 * paste cannot make it backtrack (V8 also slows down on unbounded loops over
 * huge runs, so every repetition has a ceiling no real secret reaches).
 *
 * What it hides, each replaced by `•••` (the key, scheme or host around it stays readable):
 * - private key blocks of any kind (RSA, EC, DSA, OPENSSH, ENCRYPTED, PGP…),
 *   whole, across lines — and, line by line, the lines inside one (`inKeyBlock`);
 * - passwords in URLs, whatever they hold (`/`, `@`, `:`, `%xx`: the last `@` before the host ends it);
 * - webhook URLs whose path is the secret (Slack, Discord, Teams/Outlook, Zapier, Telegram bots);
 * - provider key shapes: AWS key ids, OpenAI/Anthropic `sk-`, Google `AIza`, GitHub,
 *   GitLab, Slack, Stripe, npm, Hugging Face, SendGrid, Shopify tokens, JWTs;
 * - values after a secret-sounding key, in every syntax (see mask-pairs.ts), and SQL's `IDENTIFIED BY '…'`;
 * - a bare 40-character AWS secret key when an AWS key id is near (in the text or `nearby`);
 * - email addresses.
 * Left readable: words, paths, class names, SQLSTATE codes, error numbers,
 * hostnames, and prose such as "password authentication failed for user x".
 */
import { MASK, maskPairs } from './mask-pairs.ts';

export interface MaskContext {
  /** The text starts inside a private key block opened earlier (see keyBlockOpenAfter). */
  readonly inKeyBlock?: boolean;
  /** Text around this one (neighbouring lines): an AWS key id there makes a bare 40-character key here a secret. */
  readonly nearby?: string;
}

const KEY_BLOCK =
  /(?<!-)-{4,5} ?BEGIN ((?:[A-Z0-9]+ ){0,4})PRIVATE KEY( BLOCK)? ?-{4,5}[\s\S]*?(?:(-{4,5} ?END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)? ?-{4,5})|$)/g;
const KEY_BLOCK_END = /(?<!-)-{4,5} ?END (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)? ?-{4,5}/;
const KEY_BLOCK_MARKER = /(?<!-)-{4,5} ?(BEGIN|END) (?:[A-Z0-9]+ ){0,4}PRIVATE KEY/g;

/** `//user:password@`: the password runs to the last `@` in reach (so it may hold `/`, `@`, `:`, `%xx`). */
const URL_CREDENTIALS = /\/\/([^\s:/'"<>]{0,100}):([^\s'"<>]{1,256})@/y;
/** How far after `://` a credential's `@` can be. */
const URL_REACH = 360;
/** `scheme://token@host` with a long token and no password. */
const URL_TOKEN = /:\/\/([A-Za-z0-9_-]{20,200})@(?=[A-Za-z0-9[])/g;

const WEBHOOK =
  /((?:hooks\.slack\.com\/(?:services|workflows|triggers)|discord(?:app)?\.com\/api\/webhooks|webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook|hooks\.zapier\.com\/hooks\/catch|\/IncomingWebhook)\/)[^\s"'<>]{1,512}|(api\.telegram\.org\/bot)[^\s"'<>/]{1,100}/gi;

const AWS_KEY_ID = /\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|AROA|ANPA|ANVA|APKA)[A-Z0-9]{16}\b/g;
const PROVIDER_TOKEN = new RegExp(
  [
    String.raw`\bsk-[A-Za-z0-9_-]{20,400}`, // OpenAI (sk-proj-…), Anthropic (sk-ant-…)
    String.raw`\bAIza[0-9A-Za-z_-]{30,100}`, // Google API keys
    String.raw`\b(?:gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255})`, // GitHub
    String.raw`\bglpat-[A-Za-z0-9_-]{20,100}`, // GitLab
    String.raw`\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,255}`, // Slack
    String.raw`\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,255}|\bwhsec_[A-Za-z0-9]{20,100}`, // Stripe
    String.raw`\bnpm_[A-Za-z0-9]{30,100}|\bhf_[A-Za-z0-9]{30,100}|\bshp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}`, // npm, Hugging Face, Shopify
    String.raw`\bSG\.[A-Za-z0-9_-]{16,100}\.[A-Za-z0-9_-]{16,100}`, // SendGrid
    String.raw`\beyJ[A-Za-z0-9_-]{5,4096}\.[A-Za-z0-9_-]{5,8192}\.[A-Za-z0-9_+/=-]{0,4096}`, // JWT (the signature may be empty)
  ].join('|'),
  'g',
);
/** A 40-character AWS secret access key: base64 letters, mixed. */
const NEARBY_AWS_KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/;
const AWS_SECRET = /(?<![A-Za-z0-9+/=])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/=])/g;
/** MySQL's `IDENTIFIED BY 'x'` (also `IDENTIFIED WITH plugin BY 'x'`). */
const IDENTIFIED_BY = /(\bIDENTIFIED\s+(?:WITH\s+\w{1,40}\s+)?BY\s+)(['"])[^'"\n]{1,256}\2/gi;
const EMAIL = /(?<![A-Za-z0-9._%+-]|:\/\/)[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}\b/g;

function maskKeyBlocks(text: string, inKeyBlock: boolean): string {
  let out = text;
  if (inKeyBlock) {
    const end = KEY_BLOCK_END.exec(out);
    out = end ? MASK + out.slice(end.index) : MASK;
  }
  if (!out.includes('PRIVATE KEY')) return out;
  return out.replace(KEY_BLOCK, (_m, kind: string, block: string | undefined, end: string | undefined) => {
    const name = `${kind}PRIVATE KEY${block ?? ''}`;
    return `-----BEGIN ${name}-----${MASK}${end ? `-----END ${name}-----` : ''}`;
  });
}

function maskUrlCredentials(text: string): string {
  if (!text.includes('://')) return text;
  let out = '';
  let done = 0;
  let at = -1; // the next '@' at or after i (looked up once per '@', so the scan stays linear)
  for (let i = text.indexOf('://'); i >= 0;) {
    if (at < i) at = text.indexOf('@', i);
    if (at < 0) break;
    // No '://' before at - URL_REACH reaches this '@', and there is no other before it.
    if (at - i > URL_REACH) {
      i = text.indexOf('://', at - URL_REACH);
      continue;
    }
    URL_CREDENTIALS.lastIndex = i + 1;
    const m = URL_CREDENTIALS.exec(text);
    const user = m?.[1] ?? '';
    const password = m?.[2] ?? '';
    // `registry.example.org:443/@scope/pkg` is a host, a port and a path, not a user and a password.
    const port = (user.includes('.') || user === 'localhost') && /^\d{1,5}[/?#]/.test(password) && !password.includes('@');
    if (m && !port) {
      out += `${text.slice(done, i)}://${user}:${MASK}@`;
      done = URL_CREDENTIALS.lastIndex;
      i = text.indexOf('://', done);
    } else i = text.indexOf('://', i + 3);
  }
  return (done === 0 ? text : out + text.slice(done)).replace(URL_TOKEN, (m, token: string) =>
    /[0-9]/.test(token) && /[A-Za-z]/.test(token) ? `://${MASK}@` : m,
  );
}

/** Bare 40-character AWS secret keys, if an AWS key id is near (asked only when there is a candidate). */
function maskAwsSecrets(text: string, awsNear: () => boolean): string {
  if (text.length > 200 && !awsNear()) return text;
  let near: boolean | undefined;
  return text.replace(AWS_SECRET, (m) => {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[+/]/].filter((re) => re.test(m)).length;
    return classes >= 3 && (near ??= awsNear()) ? MASK : m;
  });
}

export function maskSecrets(text: string, context: MaskContext = {}): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const awsNear = () => NEARBY_AWS_KEY_ID.test(text) || (context.nearby !== undefined && NEARBY_AWS_KEY_ID.test(context.nearby));
  let out = maskKeyBlocks(text, context.inKeyBlock === true);
  out = maskUrlCredentials(out);
  out = out.replace(WEBHOOK, (_m, hook: string | undefined, bot: string | undefined) => `${hook ?? bot ?? ''}${MASK}`);
  out = out.replace(AWS_KEY_ID, MASK).replace(PROVIDER_TOKEN, MASK);
  out = maskPairs(out).replace(IDENTIFIED_BY, `$1$2${MASK}$2`);
  out = maskAwsSecrets(out, awsNear);
  return out.includes('@') ? out.replace(EMAIL, `${MASK}@${MASK}`) : out;
}

/**
 * Whether a private key block is still open after this line, given whether
 * one was open before it: for masking a text line by line (a block's inner
 * lines say nothing by themselves). Cheap on lines without a key marker.
 */
export function keyBlockOpenAfter(line: string, openBefore: boolean): boolean {
  if (!line.includes('PRIVATE KEY')) return openBefore;
  let open = openBefore;
  KEY_BLOCK_MARKER.lastIndex = 0;
  for (let m = KEY_BLOCK_MARKER.exec(line); m; m = KEY_BLOCK_MARKER.exec(line)) open = m[1] === 'BEGIN';
  return open;
}
