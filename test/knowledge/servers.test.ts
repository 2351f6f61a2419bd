/**
 * Web and application servers (content/knowledge/apache.json,
 * content/signatures/servers.json): realistic excerpts as people paste them,
 * read like the log page reads them. Wrappers must point to the real error and
 * give way to it when it is in the log.
 */
import { describe, expect, it } from 'vitest';
import { isOurs, log, read } from './servers-cloud-helpers.ts';

describe('nginx in front of PHP-FPM', () => {
  it('lets the PHP error inside a FastCGI stderr line decide, and keeps the wrapper as a pointer', () => {
    const r = read(log`
      2024/03/06 10:15:30 [notice] 901#901: signal process started
      2024/03/06 10:15:32 [error] 1234#1234: *5117 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function mysqli_connect() in /var/www/html/db.php:3
      Stack trace:
      #0 /var/www/html/index.php(4): require_once()
      #1 {main}
        thrown in /var/www/html/db.php on line 3" while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "shop.example.com"
    `);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-extension');
    expect(r.rules).toContain('signature:nginx-fastcgi-php-message');
    expect(r.clue('signature:nginx-fastcgi-php-message')!.look!.en).toMatch(/PHP message:/);
  });

  it('reads a memory limit and a request time limit through the FastCGI wrapper', () => {
    const memory = read(log`
      2024/03/06 10:15:32 [error] 1234#1234: *88 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Allowed memory size of 134217728 bytes exhausted (tried to allocate 20480 bytes) in /var/www/html/vendor/dompdf/src/Frame.php on line 412" while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /invoice/42.pdf HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "shop.example.com"
    `);
    expect(memory.family).toBe('resource-exhaustion');
    expect(memory.cause).toBe('memory-limit');

    const slow = read(log`
      [06-Mar-2024 10:15:02] WARNING: [pool www] child 4242, script '/var/www/html/export.php' (request: "GET /export.php") executing too slow (10.012345 sec), logging
      [06-Mar-2024 10:15:32] WARNING: [pool www] child 4242, script '/var/www/html/export.php' (request: "GET /export.php") execution timed out (30.004711 sec), terminating
      [06-Mar-2024 10:15:32] WARNING: [pool www] child 4242 exited on signal 15 (SIGTERM) after 812.337211 seconds from start
      2024/03/06 10:15:32 [error] 1234#1234: *91 upstream prematurely closed FastCGI stdout while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /export.php HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "shop.example.com"
    `);
    expect(slow.family).toBe('resource-exhaustion');
    expect(slow.cause).toBe('execution-time-limit');
    expect(slow.rules).toContain('signature:nginx-upstream-closed-early');
  });

  it('tells a stopped PHP-FPM from a wrong script path', () => {
    const down = read(log`
      2024/03/06 10:15:32 [crit] 1234#1234: *5 connect() to unix:/run/php/php8.1-fpm.sock failed (2: No such file or directory) while connecting to upstream, client: 203.0.113.7, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.1-fpm.sock:", host: "shop.example.com"
    `);
    expect(down.family).toBe('dependency-failure');
    expect(down.rules).toContain('signature:nginx-upstream-socket-missing');

    const path = read(log`
      2024/03/06 10:15:32 [error] 1234#1234: *5 FastCGI sent in stderr: "Primary script unknown" while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /index.php HTTP/1.1", upstream: "fastcgi://127.0.0.1:9000", host: "shop.example.com"
      [06-Mar-2024 10:15:32] ERROR: Unable to open primary script: /var/www/public/index.php (No such file or directory)
    `);
    expect(path.family).toBe('misconfiguration');
    expect(path.cause).toBe('web-server-config');
  });

  it('reads a socket nginx may not open as file permissions first, SELinux second', () => {
    const r = read(
      '2024/03/06 10:15:32 [crit] 1234#1234: *5 connect() to unix:/run/php/php8.2-fpm.sock failed (13: Permission denied) while connecting to upstream, client: 203.0.113.7, server: shop.example.com, request: "GET / HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "shop.example.com"',
    );
    expect(r.family).toBe('permissions');
    const causes: string[] = r.belief.families[0]!.causes.map((c) => c.cause.id);
    expect(causes.slice(0, 2)).toEqual(['unwritable-storage', 'selinux-apparmor']);
  });

  it('reads a saturated pool and a crashing worker', () => {
    const busy = read(log`
      [06-Mar-2024 10:15:30] WARNING: [pool www] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning 8 children, there are 0 idle, and 19 total children
      [06-Mar-2024 10:15:31] WARNING: [pool www] server reached pm.max_children setting (20), consider raising it
      2024/03/06 10:16:31 [error] 1234#1234: *4410 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "GET /search?q=shoes HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:", host: "shop.example.com"
    `);
    expect(busy.family).toBe('resource-exhaustion');
    expect(busy.cause).toBe('traffic-overload');

    const crash = read(log`
      [06-Mar-2024 10:15:32] WARNING: [pool www] child 4242 exited on signal 11 (SIGSEGV - core dumped) after 12.345678 seconds from start
      [06-Mar-2024 10:15:32] NOTICE: [pool www] child 4250 started
    `);
    expect(crash.family).toBe('code-bug');
    expect(crash.rules).toContain('signature:php-fpm-child-crashed');
  });

  it('leaves an app that closed the connection open to several readings, with what to look for', () => {
    const r = read(log`
      2024/03/06 10:15:32 [error] 1234#1234: *5117 upstream prematurely closed connection while reading response header from upstream, client: 203.0.113.7, server: shop.example.com, request: "POST /api/orders HTTP/1.1", upstream: "http://127.0.0.1:8000/api/orders", host: "shop.example.com"
    `);
    expect(r.belief.band).toBe('several');
    expect(r.p).toBeLessThan(0.35);
    const look = r.clue('signature:nginx-upstream-closed-early')!.look!;
    expect(look.en).toMatch(/WORKER TIMEOUT/);
    expect(look.ko).toMatch(/WORKER TIMEOUT/);
  });
});

describe('gunicorn', () => {
  const bootLog = log`
    [2024-03-06 10:15:31 +0000] [811] [INFO] Starting gunicorn 21.2.0
    [2024-03-06 10:15:31 +0000] [811] [INFO] Listening at: http://0.0.0.0:8000 (811)
    [2024-03-06 10:15:31 +0000] [811] [INFO] Using worker: sync
    [2024-03-06 10:15:31 +0000] [812] [INFO] Booting worker with pid: 812
    [2024-03-06 10:15:32 +0000] [812] [ERROR] Exception in worker process
    Traceback (most recent call last):
      File "/srv/app/venv/lib/python3.11/site-packages/gunicorn/arbiter.py", line 609, in spawn_worker
        worker.init_process()
      File "/srv/app/venv/lib/python3.11/site-packages/gunicorn/workers/base.py", line 146, in load_wsgi
        self.wsgi = self.app.wsgi()
      File "/srv/app/app/__init__.py", line 4, in <module>
        from flask_cors import CORS
    ModuleNotFoundError: No module named 'flask_cors'
    [2024-03-06 10:15:32 +0000] [812] [INFO] Worker exiting (pid: 812)
    [2024-03-06 10:15:32 +0000] [811] [ERROR] Worker (pid:812) exited with code 3
    [2024-03-06 10:15:32 +0000] [811] [ERROR] Shutting down: Master
    [2024-03-06 10:15:32 +0000] [811] [ERROR] Reason: Worker failed to boot.
  `;

  it('lets the ImportError above "Worker failed to boot" decide', () => {
    const r = read(bootLog);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
    expect(r.rules).toEqual(expect.arrayContaining(['signature:gunicorn-exception-in-worker', 'signature:gunicorn-worker-boot-failed']));
  });

  it('gives "Worker failed to boot" alone a low-confidence spread and says to look above it', () => {
    const r = read('[2024-03-06 10:15:32 +0000] [811] [ERROR] Reason: Worker failed to boot.');
    expect(r.belief.band).toBe('several');
    expect(r.p).toBeLessThan(0.3);
    const plausible = r.belief.families.filter((f) => f.p >= 0.15).map((f) => f.family);
    expect(plausible).toEqual(expect.arrayContaining(['deployment-artifact', 'misconfiguration', 'code-bug']));
    const look = r.clue('signature:gunicorn-worker-boot-failed')!.look!;
    expect(look.en).toMatch(/ABOVE/);
    expect(look.en).toMatch(/Exception in worker process/);
    expect(look.ko).toMatch(/Exception in worker process/);
  });

  it('reads a worker timeout as a time limit, with load as the second reading', () => {
    const r = read(log`
      [2024-03-06 10:16:02 +0000] [811] [CRITICAL] WORKER TIMEOUT (pid:812)
      [2024-03-06 10:16:02 +0000] [812] [INFO] Worker exiting (pid: 812)
      [2024-03-06 10:16:03 +0000] [811] [WARNING] Worker with pid 812 was terminated due to signal 6
      [2024-03-06 10:16:03 +0000] [901] [INFO] Booting worker with pid: 901
    `);
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('execution-time-limit');
    const causes: string[] = r.belief.families[0]!.causes.map((c) => c.cause.id);
    expect(causes.indexOf('traffic-overload')).toBe(1);
  });
});

describe('uWSGI, Passenger, Puma and Unicorn', () => {
  it('finds the import error behind "no python application found"', () => {
    const r = read(log`
      *** Operational MODE: preforking ***
      Traceback (most recent call last):
        File "/srv/app/wsgi.py", line 3, in <module>
          from app import create_app
        File "/srv/app/app/__init__.py", line 2, in <module>
          import redis
      ModuleNotFoundError: No module named 'redis'
      unable to load app 0 (mountpoint='') (callable not found or import error)
      *** no app loaded. going in full dynamic mode ***
      --- no python application found, check your startup logs for errors ---
      [pid: 812|app: -1|req: -1/1] 203.0.113.7 () {40 vars in 712 bytes} [Wed Mar  6 10:15:32 2024] GET / => generated 21 bytes in 0 msecs (HTTP/1.1 500) 2 headers in 83 bytes (0 switches on core 0)
    `);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
    expect(r.rules).toContain('signature:uwsgi-no-app-loaded');
  });

  it('reads HARAKIRI and Unicorn timeouts as time limits, and a full uWSGI queue as overload', () => {
    expect(read('Wed Mar  6 10:15:32 2024 - *** HARAKIRI ON WORKER 2 (pid: 4242, try: 1) ***').cause).toBe('execution-time-limit');
    expect(read('E, [2024-03-06T10:15:32.481516 #901] ERROR -- : worker=2 PID:4242 timeout (61s > 60s), killing').cause).toBe('execution-time-limit');
    const queue = read('Wed Mar  6 10:15:32 2024 - *** uWSGI listen queue of socket "127.0.0.1:8001" (fd: 3) full !!! (101/100) ***');
    expect(queue.cause).toBe('traffic-overload');
  });

  it('reads a big-header request to uWSGI as web server configuration', () => {
    const r = read('invalid request block size: 21573 (max 4096)...skip');
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('web-server-config');
  });

  it('follows Passenger to the gem that is missing', () => {
    const r = read(log`
      [ E 2024-03-06 10:15:32.4815 901/T9 age/Cor/App/Implementation.cpp:221 ]: Could not spawn process for application /var/www/shop: The application process exited prematurely.
        Error ID: 8b1f2c3d
        Error details saved to: /tmp/passenger-error-Xa9b2C.html
      App 4242 output: Bundler::GemNotFound: Could not find nokogiri-1.15.4-x86_64-linux in locally installed gems
    `);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-package');
    expect(r.clue('signature:passenger-spawn-failed')!.look!.en).toMatch(/Error details saved to/);
  });

  it('gives a Puma worker that stopped checking in a time limit with overload next', () => {
    const r = read('[901] ! Terminating timed out worker (worker failed to check in within 60 seconds): 4242');
    expect(r.family).toBe('resource-exhaustion');
    expect(r.cause).toBe('execution-time-limit');
  });
});

describe('Apache httpd error log (AH tags)', () => {
  it('reads file permission denials, and SELinux when the audit log says so', () => {
    const modes = read(log`
      [Wed Mar 06 10:15:32.481516 2024] [core:error] [pid 2211:tid 140093611] (13)Permission denied: [client 203.0.113.7:51234] AH00035: access to /index.php denied (filesystem path '/home/deploy/site/index.php') because search permissions are missing on a component of the path
      [Wed Mar 06 10:15:33.112233 2024] [core:error] [pid 2212:tid 140093612] [client 203.0.113.7:51240] AH00132: file permissions deny server access: /home/deploy/site/favicon.ico
    `);
    expect(modes.family).toBe('permissions');
    expect(modes.cause).toBe('unwritable-storage');
    expect(modes.rules).toEqual(expect.arrayContaining(['apache:AH00035', 'apache:AH00132']));

    const selinux = read(log`
      [Wed Mar 06 10:15:32.481516 2024] [core:error] [pid 2211:tid 140093611] [client 203.0.113.7:51234] AH00132: file permissions deny server access: /var/www/html/index.html
      type=AVC msg=audit(1709720132.481:812): avc:  denied  { read } for  pid=2211 comm="httpd" name="index.html" dev="dm-0" ino=1234 scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0
    `);
    expect(selinux.family).toBe('permissions');
    expect(selinux.cause).toBe('selinux-apparmor');
    expect(selinux.rules).toContain('apache:AH00132#1');
  });

  it('reads a redirect loop and a saturated MPM', () => {
    const loop = read(
      "[Wed Mar 06 10:15:32.481516 2024] [core:error] [pid 2211:tid 140093611] [client 203.0.113.7:51234] AH00124: Request exceeded the limit of 10 internal redirects due to probable configuration error. Use 'LimitInternalRecursion' to increase the limit if necessary. Use 'LogLevel debug' to get a backtrace.",
    );
    expect(loop.cause).toBe('web-server-config');
    expect(loop.rules).toContain('apache:AH00124');

    const full = read(
      '[Wed Mar 06 10:15:32.481516 2024] [mpm_event:error] [pid 901:tid 140093611] AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting',
    );
    expect(full.cause).toBe('traffic-overload');
    expect(full.rules).toContain('apache:AH00484');
  });

  it('reads the backend behind mod_proxy: down, blocked by SELinux, or too slow', () => {
    const down = read(log`
      [Wed Mar 06 10:15:32.481516 2024] [proxy:error] [pid 2211:tid 140093611] (111)Connection refused: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost:8080) failed
      [Wed Mar 06 10:15:32.481600 2024] [proxy:error] [pid 2211:tid 140093611] AH00959: ap_proxy_connect_backend disabling worker for (127.0.0.1:8080) for 60s
      [Wed Mar 06 10:15:32.481700 2024] [proxy_http:error] [pid 2211:tid 140093611] [client 203.0.113.7:51234] AH01114: HTTP: failed to make connection to backend: 127.0.0.1
    `);
    expect(down.family).toBe('dependency-failure');

    const blocked = read(
      '[Wed Mar 06 10:15:32.481516 2024] [proxy:error] [pid 2211:tid 140093611] (13)Permission denied: AH00957: HTTP: attempt to connect to 127.0.0.1:8080 (localhost:8080) failed',
    );
    expect(blocked.cause).toBe('selinux-apparmor');

    const slow = read(
      '[Wed Mar 06 10:15:32.481516 2024] [proxy_fcgi:error] [pid 2211:tid 140093611] (70007)The timeout specified has expired: [client 203.0.113.7:51234] AH01075: Error dispatching request to : (polling)',
    );
    expect(slow.cause).toBe('execution-time-limit');
  });

  it('lets the PHP message inside AH01071 decide, and reads "Primary script unknown" as configuration', () => {
    const php = read(
      "[Wed Mar 06 10:15:32.481516 2024] [proxy_fcgi:error] [pid 2211:tid 140093611] [client 203.0.113.7:51234] AH01071: Got error 'PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/lib/db.php:12'",
    );
    expect(php.family).toBe('dependency-failure');
    expect(php.cause).toBe('database-down');
    expect(php.clue('apache:AH01071')!.look!.en).toMatch(/Got error/);

    const script = read(
      "[Wed Mar 06 10:15:33.481516 2024] [proxy_fcgi:error] [pid 2212:tid 140093612] [client 203.0.113.7:51240] AH01071: Got error 'Primary script unknown'",
    );
    expect(script.cause).toBe('web-server-config');
    expect(script.rules).toContain('apache:AH01071#1');
  });

  it('reads an unknown directive as server configuration (a module not enabled), with a missing module next', () => {
    const r = read(
      "[Wed Mar 06 10:15:32.481516 2024] [core:alert] [pid 2211:tid 140093611] [client 203.0.113.7:51234] /var/www/shop/public/.htaccess: Invalid command 'RewriteEngine', perhaps misspelled or defined by a module not included in the server configuration",
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('web-server-config');
    expect(r.belief.families[1]!.family).toBe('deployment-artifact');
  });

  it('follows mod_wsgi to the Python error on the lines after it', () => {
    const missing = read(log`
      [Wed Mar 06 10:15:32.481516 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] mod_wsgi (pid=2211): Failed to exec Python script file '/srv/shop/shop/wsgi.py'.
      [Wed Mar 06 10:15:32.481600 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] mod_wsgi (pid=2211): Exception occurred processing WSGI script '/srv/shop/shop/wsgi.py'.
      [Wed Mar 06 10:15:32.481700 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] Traceback (most recent call last):
      [Wed Mar 06 10:15:32.481800 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234]   File "/srv/shop/shop/wsgi.py", line 12, in <module>
      [Wed Mar 06 10:15:32.481900 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234]     from django.core.wsgi import get_wsgi_application
      [Wed Mar 06 10:15:32.482000 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] ModuleNotFoundError: No module named 'django'
    `);
    expect(missing.family).toBe('deployment-artifact');
    expect(missing.cause).toBe('missing-package');
    expect(missing.clue('signature:mod-wsgi-script-load-failed')!.look!.en).toMatch(/ImportError/);

    const denied = read(log`
      [Wed Mar 06 10:15:32.481516 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] mod_wsgi (pid=2211): Target WSGI script '/srv/shop/shop/wsgi.py' cannot be loaded as Python module.
      [Wed Mar 06 10:15:32.481600 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] mod_wsgi (pid=2211): Exception occurred processing WSGI script '/srv/shop/shop/wsgi.py'.
      [Wed Mar 06 10:15:32.481700 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] Traceback (most recent call last):
      [Wed Mar 06 10:15:32.481800 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234]   File "/srv/shop/shop/settings.py", line 40, in <module>
      [Wed Mar 06 10:15:32.481900 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234]     LOG_FILE = open('/var/log/shop/app.log', 'a')
      [Wed Mar 06 10:15:32.482000 2024] [wsgi:error] [pid 2211:tid 140093611] [remote 203.0.113.7:51234] PermissionError: [Errno 13] Permission denied: '/var/log/shop/app.log'
    `);
    expect(denied.family).toBe('permissions');
  });

  it('says where the real error is when only "End of script output before headers" is there', () => {
    const r = read(
      '[Wed Mar 06 10:15:32.481516 2024] [cgi:error] [pid 2211:tid 140093611] [client 203.0.113.7:51234] End of script output before headers: index.php',
    );
    expect(r.belief.band).toBe('several');
    expect(r.clue('signature:cgi-end-of-script-headers')!.look!.en).toMatch(/AH01215/);
  });
});

describe('Java servlet containers and ASP.NET Core', () => {
  it('lets the root cause under Tomcat\'s "threw exception" decide', () => {
    const r = read(log`
      06-Mar-2024 10:15:32.481 SEVERE [http-nio-8080-exec-7] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.dao.DataAccessResourceFailureException: Failed to obtain JDBC Connection] with root cause
      	java.net.ConnectException: Connection refused
      		at java.base/sun.nio.ch.Net.connect0(Native Method)
      Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure
    `);
    expect(r.family).toBe('dependency-failure');
    expect(r.cause).toBe('database-down');
    expect(r.rules).toContain('signature:tomcat-servlet-threw-exception');
  });

  it("reads Tomcat's busy connector as overload", () => {
    const r = read(
      'Mar 06, 2024 10:15:32 AM org.apache.tomcat.util.net.JIoEndpoint$Acceptor run\nSEVERE: All threads (200) are currently busy, waiting. Increase maxThreads (200) or check the servlet status',
    );
    expect(r.cause).toBe('traffic-overload');
  });

  it('points from "Context startup failed" to the log that has the details', () => {
    const r = read(
      '06-Mar-2024 10:15:32.481 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start. Full details will be found in the appropriate container log file',
    );
    expect(r.belief.band).toBe('several');
    expect(r.clue('signature:tomcat-context-startup-failed')!.look!.en).toMatch(/localhost\.<date>\.log/);
  });

  it('lets the exception after an ASP.NET Core "unhandled exception" line decide', () => {
    const r = read(log`
      fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
            An unhandled exception has occurred while executing the request.
            System.InvalidOperationException: Unable to resolve service for type 'Shop.Orders.IOrderService' while attempting to activate 'Shop.Controllers.OrdersController'.
               at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, Boolean isDefaultParameterRequired)
    `);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('missing-registration');
    expect(r.rules).toContain('signature:aspnetcore-unhandled-request-exception');
  });

  it('reads a port that is already taken as application configuration', () => {
    const r = read(
      'crit: Microsoft.AspNetCore.Server.Kestrel[0] Unable to start Kestrel. System.IO.IOException: Failed to bind to address http://127.0.0.1:5000: address already in use.',
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('app-config-error');
  });
});

describe('reverse proxies', () => {
  it('reads a refused app behind Caddy or Traefik as the app being down', () => {
    const r = read(
      '{"level":"error","ts":1709720132.4815,"logger":"http.log.error","msg":"dial tcp 127.0.0.1:3000: connect: connection refused","request":{"remote_ip":"203.0.113.7","method":"GET","uri":"/checkout"},"duration":0.0004,"status":502,"err_id":"h2k9qz","err_trace":"reverseproxy.statusError (reverseproxy.go:1272)"}',
    );
    expect(r.family).toBe('dependency-failure');
  });

  it("reads Envoy's overflow as overload and its connection termination as a pointer to the app", () => {
    expect(read('upstream connect error or disconnect/reset before headers. reset reason: overflow').rules).toContain('signature:envoy-upstream-overflow');
    const term = read('upstream connect error or disconnect/reset before headers. reset reason: connection termination');
    expect(term.clue('signature:envoy-upstream-connection-termination')!.look!.en).toMatch(/OOMKilled/);
  });
});

describe('near misses: healthy server logs', () => {
  it('finds nothing of these tables in ordinary startup, access and notice lines', () => {
    const healthy = log`
      [Wed Mar 06 10:15:31.100000 2024] [mpm_event:notice] [pid 901:tid 140093611] AH00489: Apache/2.4.62 (Debian) configured -- resuming normal operations
      [Wed Mar 06 10:15:31.100100 2024] [core:notice] [pid 901:tid 140093611] AH00094: Command line: '/usr/sbin/apache2'
      AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.1.1. Set the 'ServerName' directive globally to suppress this message
      [Wed Mar 06 10:15:33.481516 2024] [authz_core:error] [pid 2212:tid 140093612] [client 198.51.100.9:40112] AH01630: client denied by server configuration: /var/www/html/.env
      203.0.113.7 - - [06/Mar/2024:10:15:32 +0000] "GET /checkout HTTP/1.1" 200 5123 "-" "Mozilla/5.0"
      2024/03/06 10:15:30 [notice] 901#901: signal process started
      [06-Mar-2024 10:15:30] NOTICE: fpm is running, pid 880
      [06-Mar-2024 10:15:30] NOTICE: ready to handle connections
      [2024-03-06 10:15:31 +0000] [811] [INFO] Listening at: http://0.0.0.0:8000 (811)
      [2024-03-06 10:15:31 +0000] [812] [INFO] Booting worker with pid: 812
      WSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x55d0c0 pid: 812 (default app)
      [901] - Worker 0 (PID: 4242) booted in 1.2s, phase: 0
      06-Mar-2024 10:15:32.481 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [4210] milliseconds
      info: Microsoft.Hosting.Lifetime[14]
            Now listening on: http://[::]:8080
    `;
    const r = read(healthy);
    expect(r.rules.filter(isOurs)).toEqual([]);
    expect(r.analysis.evidence.families).toEqual({});
  });
});
