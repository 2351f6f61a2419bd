import { describe, expect, it } from 'vitest';
import { commandsFor, inferStack, otherCommands } from '../../src/engine/commands.ts';
import { STACK_IDS, type Command } from '../../src/engine/types.ts';

const all = STACK_IDS.filter((s) => s !== 'any');

describe('the stack a log names', () => {
  it('reads it from the lines people paste', () => {
    expect(inferStack(['PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/db.php:12'], all)).toBe('php-fpm');
    expect(inferStack(['Traceback (most recent call last):', '  File "/app/views.py", line 42, in index', 'OperationalError: could not connect'], all)).toBe(
      'python',
    );
    expect(
      inferStack(
        [
          'java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available',
          '\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)',
        ],
        all,
      ),
    ).toBe('java');
    expect(inferStack(['HTTP Error 500.30 - ASP.NET Core app failed to start'], all)).toBe('dotnet');
    expect(inferStack(["Error: Cannot find module 'express'", '    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)'], all)).toBe('node');
    expect(inferStack(['2026/12/04 03:12:01 [error] 1234#1234: *56 upstream timed out (110: Connection timed out)'], all)).toBe('nginx');
  });

  it('picks the stack most lines point to, and only among the stacks the cause has commands for', () => {
    const lines = [
      '2026/12/04 [error] 12#12: *1 FastCGI sent in stderr: "PHP Fatal error: Allowed memory size exhausted" while reading upstream',
      'PHP Fatal error: Allowed memory size of 134217728 bytes exhausted',
    ];
    expect(inferStack(lines, all)).toBe('php-fpm');
    expect(inferStack(lines, ['nginx', 'node'])).toBe('nginx');
    expect(inferStack(['just some text', '디스크가 가득 찼습니다'], all)).toBeNull();
    expect(inferStack([], all)).toBeNull();
  });
});

describe('commands for a chosen stack', () => {
  const commands: Command[] = [
    { stack: 'any', code: 'df -h' },
    { stack: 'php-fpm', code: 'php -i' },
    { stack: 'node', code: 'node -v' },
  ];
  it('shows the stack and any shell, and folds the rest', () => {
    expect(commandsFor(commands, 'node').map((c) => c.code)).toEqual(['df -h', 'node -v']);
    expect(otherCommands(commands, 'node').map((c) => c.code)).toEqual(['php -i']);
    expect(otherCommands(commands, 'all')).toEqual([]);
  });
});
