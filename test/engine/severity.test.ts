/**
 * A line's own level: warnings and notices count less than error lines in the
 * same paste, so a deprecation notice above a fatal error does not decide the
 * family; a paste of warnings alone still ranks; limits reached count fully.
 */
import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { isQuietLine } from '../../src/engine/severity.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const first = (log: string) => believe(content, logScores(analyzeLog(content, log).evidence)).families[0]!;

describe('isQuietLine', () => {
  it.each([
    '[Tue Apr 09 10:21:33.114601 2024] [php:notice] [pid 2211] PHP Warning:  Undefined array key "X" in /var/www/html/wp-config.php on line 91',
    'grafana  | logger=plugin t=2024-02-28T16:01:03Z level=warn msg="Error while fetching patterns" error="dial tcp: i/o timeout"',
    'WARN[0000] The "SENTRY_EVENT_RETENTION_DAYS" variable is not set. Defaulting to a blank string.',
    '2024-03-01T10:00:00.000000Z 8 [Warning] [MY-010055] [Server] IP address could not be resolved',
    '[2024-02-27T12:00:58.220+0000] {crypto.py:82} WARNING - empty cryptography key',
    'warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]',
    'W0312 10:11:12.123456       1 reflector.go:424] failed to list',
    '{"level":40,"time":"2024-03-15T10:00:04.118Z","msg":"Setting is deprecated"}',
    '{"reqId":"x","level":1,"message":"Enabling app deck"}',
    'nginx: [warn] the "ssl" directive is deprecated, use the "listen ... ssl" directive instead',
    'INFO:     10.0.3.3:51230 - "GET /search HTTP/1.1" 500 Internal Server Error',
  ])('quiet: %s', (line) => {
    expect(isQuietLine(line)).toBe(true);
  });

  it.each([
    '[Tue Apr 09 10:21:51.874409 2024] [php:error] [pid 2211] PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted',
    '[Tue Apr 09 10:21:51.874409 2024] [php7:notice] [pid 2211] PHP Fatal error:  Allowed memory size exhausted',
    'grafana  | logger=context t=2024-02-28T16:05:44Z level=error msg="Failed to save dashboard" error="attempt to write a readonly database"',
    '[02-Apr-2024 07:00:14] WARNING: [pool www] child 1288 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught Error"',
    '  Warning  BackOff  12s (x4 over 42s)  kubelet  Back-off restarting failed container',
    'fail: Microsoft.AspNetCore.Server.Kestrel[13]',
    '{"level":50,"msg":"Exception while invoking method"}',
    'psycopg2.errors.UndefinedTable: relation "x" does not exist',
    'Warning: failed to warn the user about quota',
  ])('not quiet: %s', (line) => {
    expect(isQuietLine(line)).toBe(false);
  });
});

describe('the log reader weighs a line by its level', () => {
  it('lets the fatal error decide over notices and warnings above it that point elsewhere', () => {
    const log = [
      '[Tue Apr 09 10:21:33.114512 2024] [php:notice] [pid 2211] PHP Warning:  Undefined array key "total" in /var/www/html/wp-content/plugins/shop-report/report.php on line 488',
      '[Tue Apr 09 10:21:33.201117 2024] [php:notice] [pid 2211] PHP Warning:  Undefined array key "id" in /var/www/html/wp-content/plugins/shop-report/csv.php on line 57',
      '[Tue Apr 09 10:21:51.874409 2024] [php:error] [pid 2211] PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/wp-includes/class-wpdb.php on line 2312',
    ].join('\n');
    expect(first(log).family).toBe('resource-exhaustion');
  });

  it('reads a paste of warnings alone as before: the warnings are all there is', () => {
    const warning = 'grafana  | logger=sqlstore t=2024-02-28T16:05:44Z level=warn msg="save failed" error="attempt to write a readonly database"';
    expect(first(warning).family).toBe('permissions');
    const analysis = analyzeLog(content, warning);
    expect(analysis.clues[0]!.weight).toBeGreaterThan(0.5);
  });

  it('shows a quiet line its smaller weight next to an error line, and keeps a limit reached at full weight', () => {
    const log = [
      'grafana  | logger=plugin t=2024-02-28T16:01:03Z level=warn msg="fetch failed" error="dial tcp: lookup grafana.com: no such host"',
      'grafana  | logger=context t=2024-02-28T16:05:44Z level=error msg="Failed to save dashboard" error="attempt to write a readonly database"',
    ].join('\n');
    const clues = analyzeLog(content, log).clues;
    const warn = Math.max(...clues.filter((c) => c.line === 1).map((c) => c.weight));
    const error = Math.max(...clues.filter((c) => c.line === 2).map((c) => c.weight));
    expect(warn).toBeLessThan(error / 2);
    expect(first(log).family).toBe('permissions');

    const pool = [
      '[06-Mar-2024 10:15:31] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it',
      '2024/03/06 10:16:31 [error] 1234#1234: *4410 upstream timed out (110: Connection timed out) while reading response header from upstream',
    ].join('\n');
    const maxChildren = analyzeLog(content, pool).clues.find((c) => c.line === 1)!;
    expect(maxChildren.family).toBe('resource-exhaustion');
    expect(maxChildren.weight).toBeGreaterThan(0.5);
  });
});
