import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog, MAX_EVIDENCE_CHARS } from '../../src/engine/log-analyzer.ts';
import { maskSecrets } from '../../src/engine/mask.ts';
import { fixture, loadOrFail, realContent } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));
/** Families best first, on the app's confidence scale. */
const families = (text: string, c = content) => believe(c, logScores(analyzeLog(c, text).evidence)).families.map((f) => f.family);
const rules = (text: string, c = content) => analyzeLog(c, text).clues.map((k) => k.rule);
const evidence = (text: string) => analyzeLog(content, text).evidence;

describe('analyzeLog', () => {
  it('finds nothing in an empty, unrelated or non-string input', () => {
    for (const input of ['', 'GET / 200\nall good', 42, null]) {
      const a = analyzeLog(content, input);
      expect(a.clues).toEqual([]);
      expect(a.errorLike).toBe(false);
    }
  });

  it('tells an error it does not recognise from text with no error at all', () => {
    const a = analyzeLog(content, 'INFO start\nERROR something nobody has seen before\nINFO end');
    expect(a.clues).toEqual([]);
    expect(a.errorLike).toBe(true);
  });

  it('gives each piece of evidence its line, masked text, the rule that fired and what it means', () => {
    const a = analyzeLog(content, 'INFO start\n2024-01-01 ERROR Boom happened here\nINFO end');
    expect(a.clues).toEqual([
      expect.objectContaining({
        line: 2,
        text: '2024-01-01 ERROR Boom happened here',
        rule: 'signature:boom',
        family: 'code-bug',
        cause: 'cause-a',
        matched: 'Boom happened',
      }),
    ]);
    expect(a.evidence.families['code-bug']).toBeGreaterThan(0);
    expect(a.evidence.causes['cause-a']).toBeGreaterThan(0);
  });

  it('weighs the first error above later consequences of equal weight', () => {
    expect(families('open() failed (13: Permission denied)\nERROR Boom happened')[0]).toBe('permissions');
    expect(families('ERROR Boom happened\nopen() failed (13: Permission denied)')[0]).toBe('code-bug');
  });

  it('lets a strong signal outrank an earlier weak hint: a second clue can overturn the first', () => {
    expect(families('a weak hint\nERROR Boom happened')[0]).toBe('code-bug');
  });

  it('treats "Caused by:" as the root of a Java chain and stack frames as weaker', () => {
    const java = 'Exception: Boom happened in handler\n    at com.x.Y.z(Y.java:1)\nCaused by: java.io.IOException: Permission denied';
    expect(families(java)[0]).toBe('permissions');
    const frames = '    at Boom happened (frame.js:1)\nopen() failed (13: Permission denied)';
    expect(families(frames)[0]).toBe('permissions');
  });

  it('counts lines differing only in timestamps or PIDs as one piece of evidence', () => {
    const log = Array.from({ length: 50 }, (_, i) => `2024-01-01 10:00:${String(i).padStart(2, '0')} [${1000 + i}] Boom happened`).join('\n');
    expect(analyzeLog(content, log).clues).toHaveLength(1);
    expect(evidence(log).families['code-bug']).toBeCloseTo(evidence('Boom happened').families['code-bug']!, 6);
  });

  it('masks secrets in evidence and cuts very long lines', () => {
    const [first] = analyzeLog(content, `Boom happened password=hunter2 for ops@example.com ${'x'.repeat(10_000)}`).clues;
    expect(first!.text).not.toContain('hunter2');
    expect(first!.text).not.toContain('ops@example.com');
    expect(first!.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
  });

  it('handles CRLF, a final line without newline and hostile text without throwing', () => {
    expect(rules('x\r\nBoom happened\r\n')).toEqual(['signature:boom']);
    for (const hostile of ['\u0000'.repeat(1000), '\n'.repeat(100_000), '<script>Boom happened</script>', '(((('.repeat(5000)]) {
      expect(() => analyzeLog(content, hostile)).not.toThrow();
    }
  });

  it('counts a line once per family, by its strongest rule', () => {
    const one = evidence('Permission denied').families.permissions!;
    expect(evidence('Permission denied, a weak hint too').families.permissions).toBe(one);
    expect(evidence('Permission denied\na weak hint').families.permissions).toBeGreaterThan(one);
  });

  it('is deterministic', () => {
    const log = 'a weak hint\nBoom happened\nPermission denied';
    expect(analyzeLog(content, log)).toEqual(analyzeLog(content, log));
  });
});

describe('knowledge tables', () => {
  it('decodes a code, telling numbers that differ by platform apart by the message on the line', () => {
    expect(rules('OSError: [Errno 13] Permission denied')).toContain('demo-errno:EACCES');
    // 61 is ECONNREFUSED on macOS, ENODATA on Linux.
    expect(rules('ConnectionRefusedError: [Errno 61] Connection refused')).toContain('demo-errno:ECONNREFUSED');
    expect(rules('OSError: [Errno 61] No data available')).not.toContain('demo-errno:ECONNREFUSED');
  });

  it('reads a class through its parents, and a message can refine what the class means', () => {
    expect(analyzeLog(content, 'demo.BucketStoreError: bucket gone').clues[0]).toMatchObject({
      rule: 'demo-py:demo.BucketStoreError',
      family: 'code-bug',
      cause: 'cause-a',
    });
    expect(analyzeLog(content, 'demo.BucketStoreError: access denied to bucket').clues[0]).toMatchObject({
      rule: 'demo-py:demo.StoreError#1',
      family: 'permissions',
    });
    // Python's <class '…'> with the message two lines down.
    expect(families("<class 'demo.StoreError'>\n\naccess denied to bucket")[0]).toBe('permissions');
  });

  it('reads a class no table knows by the words of its name', () => {
    expect(analyzeLog(content, 'acme.billing.PermissionTroubleError: nope').clues[0]).toMatchObject({ rule: 'words:Permission', family: 'permissions' });
  });

  it('a wrapper alone gives a low spread and says what to look for; beside the real error it adds nothing', () => {
    const alone = analyzeLog(content, 'supervisor: worker process lost');
    expect(alone.clues[0]?.look?.en).toMatch(/look earlier/);
    const b = believe(content, logScores(alone.evidence));
    expect(b.band).not.toBe('very-likely');
    expect(b.families[0]!.p).toBeLessThan(0.6);
    expect(evidence('supervisor: worker process lost Permission denied').families['code-bug']).toBeUndefined();
  });
});

describe('with the real tables', () => {
  const real = realContent();
  it("reads a bare class name as the one of the log's ecosystem", () => {
    const node = "TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/node_modules/x/index.js:10:5)";
    expect(rules(node, real).some((r) => r.startsWith('node:') || r.startsWith('signature:'))).toBe(true);
    expect(rules(node, real).some((r) => r.startsWith('python:'))).toBe(false);
  });

  it('ranks every family for any error-like paste, and recognises lines no signature was written for', () => {
    const a = analyzeLog(real, 'psycopg2.errors.UndefinedTable: relation "invoices" does not exist\nLINE 1: SELECT * FROM invoices');
    expect(a.clues.length).toBeGreaterThan(0);
    const b = believe(real, logScores(a.evidence));
    expect(b.families).toHaveLength(6);
    expect(b.top?.cause.id).toBe('migrations-not-run');
  });
});

describe('maskSecrets', () => {
  it.each([
    ['password=hunter2', 'hunter2'],
    ['DB_PASSWORD: "s3cr3t!"', 's3cr3t!'],
    ['Authorization: Bearer abcdefghijklmnop', 'abcdefghijklmnop'],
    ['mysql://app:topsecret@db.internal/app', 'topsecret'],
    ['key AKIAABCDEFGHIJKLMNOP used', 'AKIAABCDEFGHIJKLMNOP'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abcdefghijk', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0'],
    ['mail to someone@example.org failed', 'someone@example.org'],
    ['-----BEGIN RSA PRIVATE KEY-----MIIEow-----END RSA PRIVATE KEY-----', 'MIIEow'],
    ['api_key=sk_live_abcdefghijklmnop', 'sk_live_abcdefghijklmnop'],
  ])('masks %s', (line, secret) => {
    expect(maskSecrets(line)).not.toContain(secret);
  });

  it('leaves ordinary log lines alone', () => {
    const line = '2024-01-01 [error] 12#12: *3 open() "/var/www/x" failed (13: Permission denied), client: 10.0.0.4';
    expect(maskSecrets(line)).toBe(line);
    expect(maskSecrets("Access denied for user 'app'@'localhost' (using password: YES)")).toBe(
      "Access denied for user 'app'@'localhost' (using password: YES)",
    );
  });
});
