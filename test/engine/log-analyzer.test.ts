import { describe, expect, it } from 'vitest';
import { analyzeLog, MAX_EVIDENCE_CHARS } from '../../src/engine/log-analyzer.ts';
import { maskSecrets } from '../../src/engine/mask.ts';
import { fixture, loadOrFail } from '../helpers/load.ts';

const content = loadOrFail(fixture('tree-ok'));
const causes = (text: string) => analyzeLog(content, text).ranked.map((r) => r.cause);

describe('analyzeLog', () => {
  it('finds nothing in an empty, unrelated or non-string input', () => {
    expect(analyzeLog(content, '').ranked).toEqual([]);
    expect(analyzeLog(content, 'GET / 200\nall good').ranked).toEqual([]);
    expect(analyzeLog(content, 42).ranked).toEqual([]);
    expect(analyzeLog(content, null).ranked).toEqual([]);
  });

  it('ranks causes with family, a 0..1 score and the evidence lines, numbered', () => {
    const r = analyzeLog(content, 'INFO start\n2024-01-01 ERROR Boom happened here\nINFO end');
    expect(r.ranked).toHaveLength(1);
    const [first] = r.ranked;
    expect(first).toMatchObject({ cause: 'cause-a', family: 'code-bug' });
    expect(first!.score).toBeGreaterThan(0.5);
    expect(first!.score).toBeLessThanOrEqual(1);
    expect(first!.evidence).toEqual([{ line: 2, text: '2024-01-01 ERROR Boom happened here', signature: 'boom' }]);
  });

  it('weighs the first error above later consequences of equal weight', () => {
    expect(causes('open() failed (13: Permission denied)\nERROR Boom happened')).toEqual(['cause-b', 'cause-a']);
    expect(causes('ERROR Boom happened\nopen() failed (13: Permission denied)')).toEqual(['cause-a', 'cause-b']);
  });

  it('lets a strong signal outrank an earlier weak hint', () => {
    expect(causes('a weak hint\nERROR Boom happened')).toEqual(['cause-a', 'cause-b']);
  });

  it('treats "Caused by:" as the root of a Java chain and stack frames as weaker', () => {
    const java = 'Exception: Boom happened in handler\n    at com.x.Y.z(Y.java:1)\nCaused by: java.io.IOException: Permission denied';
    expect(causes(java)[0]).toBe('cause-b');
    const frames = '    at Boom happened (frame.js:1)\nopen() failed (13: Permission denied)';
    expect(causes(frames)[0]).toBe('cause-b');
  });

  it('counts lines differing only in timestamps or PIDs as one piece of evidence', () => {
    const log = Array.from({ length: 50 }, (_, i) => `2024-01-01 10:00:${String(i).padStart(2, '0')} [${1000 + i}] Boom happened`).join('\n');
    const [first] = analyzeLog(content, log).ranked;
    expect(first!.evidence).toHaveLength(1);
  });

  it('masks secrets in evidence and cuts very long lines', () => {
    const [first] = analyzeLog(content, `Boom happened password=hunter2 for ops@example.com ${'x'.repeat(10_000)}`).ranked;
    expect(first!.evidence[0]!.text).not.toContain('hunter2');
    expect(first!.evidence[0]!.text).not.toContain('ops@example.com');
    expect(first!.evidence[0]!.text.length).toBeLessThanOrEqual(MAX_EVIDENCE_CHARS);
  });

  it('handles CRLF, a final line without newline and hostile text without throwing', () => {
    expect(causes('x\r\nBoom happened\r\n')).toEqual(['cause-a']);
    for (const hostile of ['\u0000'.repeat(1000), '\n'.repeat(100_000), '<script>Boom happened</script>', '(((('.repeat(5000)]) {
      expect(() => analyzeLog(content, hostile)).not.toThrow();
    }
  });

  it('counts one line once per cause, however many of its signatures match it', () => {
    const one = analyzeLog(content, 'Permission denied').ranked[0]!.score;
    const both = analyzeLog(content, 'Permission denied, a weak hint too').ranked[0]!.score;
    expect(both).toBe(one);
    const twoLines = analyzeLog(content, 'Permission denied\na weak hint').ranked[0]!.score;
    expect(twoLines).toBeGreaterThan(one);
  });

  it('is deterministic', () => {
    const log = 'a weak hint\nBoom happened\nPermission denied';
    expect(analyzeLog(content, log)).toEqual(analyzeLog(content, log));
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
    const line = "2024-01-01 [error] 12#12: *3 open() \"/var/www/x\" failed (13: Permission denied), client: 10.0.0.4";
    expect(maskSecrets(line)).toBe(line);
    expect(maskSecrets("Access denied for user 'app'@'localhost' (using password: YES)")).toBe("Access denied for user 'app'@'localhost' (using password: YES)");
  });
});
