/**
 * The errno table (Linux/BSD errno, getaddrinfo, Windows Sockets) through the real
 * log reader: realistic excerpts an on-call engineer pastes, the family the
 * evidence puts first, and the rule that says why.
 */
import { describe, expect, it } from 'vitest';
import { log, read } from './os-read.ts';

describe('errno: permissions', () => {
  it('a Python traceback with [Errno 13] on an upload directory is a file permission problem', () => {
    const r = read(
      log(
        'Internal Server Error: /media/upload/',
        'Traceback (most recent call last):',
        '  File "/srv/app/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner',
        '    response = get_response(request)',
        '  File "/srv/app/shop/views.py", line 88, in upload',
        '    default_storage.save(name, request.FILES["file"])',
        "PermissionError: [Errno 13] Permission denied: '/srv/app/media/uploads/2024/03'",
      ),
    );
    expect(r.family).toBe('permissions');
    expect(r.cause).toBe('unwritable-storage');
    expect(r.rules).toContain('errno:EACCES#5');
  });

  it('Ruby Errno::EACCES and Rust (os error 13) read the same way', () => {
    expect(read('Errno::EACCES (Permission denied @ dir_s_mkdir - /app/tmp/cache):').family).toBe('permissions');
    const rust = read('Error: failed to write session file: Permission denied (os error 13)');
    expect(rust.family).toBe('permissions');
    expect(rust.rules).toContain('errno:EACCES#5');
  });

  it('a database privilege is not a file permission, and an SSH key refused is credentials', () => {
    const pg = read(
      log(
        '2024-03-10 14:02:11.123 UTC [2841] app@shop ERROR:  permission denied for table orders',
        '2024-03-10 14:02:11.123 UTC [2841] app@shop STATEMENT:  SELECT * FROM orders WHERE id = 42',
      ),
    );
    expect(pg.rules.filter((rule) => rule.startsWith('errno:'))).toEqual([]);
    // A missing GRANT is the database's own permission: the permissions family, but not a file mode.
    expect(pg.family).toBe('permissions');
    expect(pg.rules.some((rule) => rule.includes('database-privileges') || rule.startsWith('signature:db-object-privilege'))).toBe(true);
    const ssh = read(log('remote: Counting objects: 12', 'git@github.com: Permission denied (publickey).', 'fatal: Could not read from remote repository.'));
    expect(ssh.rules).toContain('errno:EACCES#2');
    expect(ssh.family).toBe('misconfiguration');
  });

  it('binding port 80 without root is a permission problem, not a busy port', () => {
    const r = read(
      log(
        'node:events:497',
        "      throw er; // Unhandled 'error' event",
        '      ^',
        'Error: listen EACCES: permission denied 0.0.0.0:80',
        '    at Server.setupListenHandle [as _listen2] (node:net:1855:21)',
      ),
    );
    expect(r.family).toBe('permissions');
    expect(r.rules).toContain('errno:EACCES#3');
  });

  it('a read-only filesystem from a serverless handler', () => {
    const r = read(
      log(
        "[ERROR] OSError: [Errno 30] Read-only file system: '/var/task/cache/thumbnails'",
        'Traceback (most recent call last):',
        '  File "/var/task/handler.py", line 21, in handler',
      ),
    );
    expect(r.family).toBe('permissions');
    expect(r.cause).toBe('read-only-filesystem');
    expect(r.rules).toContain('errno:EROFS');
  });
});

describe('errno: connections and DNS', () => {
  it('Node refused by PostgreSQL: a dependency is down', () => {
    const r = read(
      log(
        'Error: connect ECONNREFUSED 127.0.0.1:5432',
        '    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16) {',
        '  errno: -111,',
        "  code: 'ECONNREFUSED',",
        "  syscall: 'connect',",
        "  address: '127.0.0.1',",
        '  port: 5432',
        '}',
      ),
    );
    expect(r.family).toBe('dependency-failure');
    expect(r.rules).toContain('errno:ECONNREFUSED');
  });

  it('nginx cannot reach the app server behind it', () => {
    const r = read(
      log(
        '2024/03/10 14:02:11 [error] 2231#2231: *80512 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.9, server: shop.example, request: "GET /checkout HTTP/1.1", upstream: "http://127.0.0.1:8000/checkout", host: "shop.example"',
        '2024/03/10 14:02:12 [error] 2231#2231: *80514 connect() failed (111: Connection refused) while connecting to upstream, client: 203.0.113.10, server: shop.example, request: "GET / HTTP/1.1", upstream: "http://127.0.0.1:8000/", host: "shop.example"',
      ),
    );
    expect(r.family).toBe('dependency-failure');
    expect(r.rules).toContain('errno:ECONNREFUSED');
  });

  it('macOS numbers are read by their message: [Errno 61] Connection refused is ECONNREFUSED, [Errno 61] No data available is not', () => {
    const mac = read('ConnectionRefusedError: [Errno 61] Connection refused');
    expect(mac.rules).toContain('errno:ECONNREFUSED');
    expect(mac.family).toBe('dependency-failure');
    expect(read('OSError: [Errno 61] No data available').rules).not.toContain('errno:ECONNREFUSED');
  });

  it('Elixir and Go print the same codes their own way', () => {
    const ex = read('** (DBConnection.ConnectionError) tcp connect (db.internal:5432): connection refused - :econnrefused');
    expect(ex.rules).toContain('errno:ECONNREFUSED');
    expect(ex.family).toBe('dependency-failure');
    const go = read('2024/03/10 14:02:11 http: proxy error: dial tcp 10.20.0.15:8081: connect: no route to host');
    expect(go.rules).toContain('errno:EHOSTUNREACH');
    expect(go.family).toBe('dependency-failure');
  });

  it('Python cannot resolve a partner API: a DNS failure, not the API failing', () => {
    const r = read(
      log(
        'Traceback (most recent call last):',
        '  File "/srv/app/venv/lib/python3.11/site-packages/urllib3/connection.py", line 203, in _new_conn',
        '    sock = connection.create_connection(',
        'socket.gaierror: [Errno -2] Name or service not known',
        '',
        'The above exception was the direct cause of the following exception:',
        '',
        'urllib3.exceptions.NewConnectionError: <urllib3.connection.HTTPSConnection object at 0x7f3c2b1d0e50>: Failed to establish a new connection: [Errno -2] Name or service not known',
      ),
    );
    expect(r.family).toBe('dependency-failure');
    expect(r.cause).toBe('dns-failure');
    expect(r.rules).toContain('errno:EAI_NONAME');
  });

  it('Node in Docker Compose: getaddrinfo EAI_AGAIN for a service that is not running', () => {
    const r = read(
      log(
        'Error: getaddrinfo EAI_AGAIN redis',
        '    at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26) {',
        '  errno: -3001,',
        "  code: 'EAI_AGAIN',",
        "  syscall: 'getaddrinfo',",
        "  hostname: 'redis'",
        '}',
      ),
    );
    expect(r.cause).toBe('dns-failure');
    expect(r.rules).toContain('errno:EAI_AGAIN');
  });

  it('Windows Sockets: Python and .NET refused connections and unknown hosts', () => {
    const py = read('ConnectionRefusedError: [WinError 10061] No connection could be made because the target machine actively refused it');
    expect(py.family).toBe('dependency-failure');
    expect(py.rules).toContain('errno:WSAECONNREFUSED');
    const net = read(
      log(
        'System.Net.Http.HttpRequestException: No such host is known. (api.partner.example:443)',
        ' ---> System.Net.Sockets.SocketException (11001): No such host is known.',
        '   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)',
      ),
    );
    expect(net.cause).toBe('dns-failure');
    expect(net.rules).toContain('errno:WSAHOST_NOT_FOUND');
  });

  it('a health check that cannot connect does not read as a failing dependency', () => {
    const r = read(
      '  Warning  Unhealthy  12s (x4 over 42s)  kubelet  Readiness probe failed: Get "http://10.1.2.3:8080/ready": dial tcp 10.1.2.3:8080: connect: connection refused',
    );
    expect(r.rules.filter((rule) => rule.startsWith('errno:'))).toEqual([]);
    expect(r.look('platform:readiness-probe-failed')).toMatch(/not listening/);
  });

  it('nginx timing out while reading the response is a slow app, not an unreachable one', () => {
    const r = read(
      '2024/03/10 14:02:11 [error] 2231#2231: *80512 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.9, server: shop.example, request: "GET /report HTTP/1.1", upstream: "http://127.0.0.1:8000/report"',
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('execution-time-limit');
    expect(r.rules).toContain('errno:ETIMEDOUT#1');
  });
});

describe('errno: disk, files and limits', () => {
  it('a full disk from a Python upload and from nginx buffering a body', () => {
    const r = read(
      log(
        '[2024-03-10 14:02:11,123] ERROR django.request: Internal Server Error: /api/upload',
        "OSError: [Errno 28] No space left on device: '/tmp/upload-3f1c2b7e'",
        '2024/03/10 14:02:12 [crit] 2231#2231: *80512 pwritev() "/var/lib/nginx/body/0000000001" failed (28: No space left on device), client: 203.0.113.9',
      ),
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('disk-full');
    expect(r.rules).toContain('errno:ENOSPC');
  });

  it('Apache running out of semaphores says "No space left on device" but the disk is fine', () => {
    const r = read("[Sun Mar 10 14:02:11.123456 2024] [core:emerg] [pid 1187] (28)No space left on device: AH00023: Couldn't create the proxy mutex");
    expect(r.rules).toContain('errno:ENOSPC#2');
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).not.toBe('disk-full');
  });

  it('too many open files, in Java and nginx', () => {
    const r = read(
      log(
        '2024-03-10 14:02:11.123 ERROR 1 --- [nio-8080-exec-7] o.a.tomcat.util.net.NioEndpoint : Socket accept failed',
        'java.io.IOException: Too many open files',
        '2024/03/10 14:02:12 [crit] 2231#2231: accept4() failed (24: Too many open files)',
      ),
    );
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('too-many-open-files');
    expect(r.rules).toContain('errno:EMFILE');
  });

  it('a port already in use at start-up is a configuration or deploy problem', () => {
    const r = read(
      log('node:events:497', 'Error: listen EADDRINUSE: address already in use :::3000', '    at Server.setupListenHandle [as _listen2] (node:net:1872:16)'),
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.rules).toContain('errno:EADDRINUSE');
  });

  it('a program the app spawns is missing: a deployment problem', () => {
    const r = read(
      log(
        'Error: spawn convert ENOENT',
        '    at ChildProcess._handle.onexit (node:internal/child_process:286:19)',
        '    at onErrorNT (node:internal/child_process:484:16) {',
        '  errno: -2,',
        "  code: 'ENOENT',",
        "  syscall: 'spawn convert',",
      ),
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
    expect(r.rules).toContain('errno:ENOENT#3');
  });

  it('a missing PHP-FPM socket means the service behind it is down', () => {
    const r = read(
      '2024/03/10 14:02:11 [crit] 2231#2231: *80512 connect() to unix:/run/php/php8.2-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.9, server: shop.example, request: "GET / HTTP/1.1"',
    );
    expect(r.family).toBe('dependency-failure');
    expect(r.rules).toContain('errno:ENOENT#2');
  });
});

describe('errno: lines that must not count', () => {
  it('nginx 404s for missing static files, and ordinary info lines, give no clue', () => {
    const r = read(
      log(
        '2024/03/10 14:02:11 [error] 2231#2231: *80512 open() "/usr/share/nginx/html/favicon.ico" failed (2: No such file or directory), client: 203.0.113.9, server: shop.example, request: "GET /favicon.ico HTTP/1.1"',
        '203.0.113.9 - - [10/Mar/2024:14:02:11 +0000] "GET /favicon.ico HTTP/1.1" 404 153 "-" "Mozilla/5.0"',
        '203.0.113.9 - - [10/Mar/2024:14:02:12 +0000] "GET / HTTP/1.1" 200 5120 "-" "Mozilla/5.0"',
        '2024-03-10 14:02:13 INFO listening on 0.0.0.0:8000 (EPOLL, 4 workers)',
        '2024-03-10 14:02:13 INFO connected to postgres at db.internal:5432',
      ),
    );
    expect(r.ours).toEqual([]);
  });

  it('upper-case words that are not error names, and interrupted calls, give no clue', () => {
    const r = read(
      log(
        '2024-03-10 14:02:11 ERROR EXPIRED session token for user 42 (ENABLED=true)',
        'EINTR received while waiting for events; retrying',
        'OSError: [Errno 4] Interrupted system call',
      ),
    );
    expect(r.ours).toEqual([]);
  });
});
