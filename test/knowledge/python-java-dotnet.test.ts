/**
 * The Python, Java and .NET exception-class tables (and their wrapper signatures), read the way an
 * on-call engineer pastes logs: whole tracebacks and stacks, not single lines. Each case checks the
 * family the belief puts first and the rule of these tables that decided it; near misses (healthy
 * lines, client aborts, startup noise) must not produce a clue from these tables.
 */
import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog, type Clue } from '../../src/engine/log-analyzer.ts';
import type { FamilyId } from '../../src/engine/types.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();
const OUR_TABLES =
  /^(?:python|java|dotnet):|^signature:(?:django-internal-server-error|flask-exception-on-request|tomcat-servlet-threw-exception|spring-boot-startup-failed|aspnetcore-startup-failed)$/;

function read(log: string) {
  const analysis = analyzeLog(content, log);
  const belief = believe(content, logScores(analysis.evidence));
  const lines = log.split('\n');
  /** The clue of our tables on the (first) line containing `text`. */
  const on = (text: string): Clue[] => {
    const n = lines.findIndex((l) => l.includes(text)) + 1;
    expect(n, `no line contains ${text}`).toBeGreaterThan(0);
    return analysis.clues.filter((c) => c.line === n && OUR_TABLES.test(c.rule));
  };
  return { analysis, belief, on, top: belief.families[0]!.family, topCause: belief.top?.cause.id };
}

/** Asserts the family ranked first (and, when given, the cause ranked first within it). */
function expectTop(r: ReturnType<typeof read>, family: FamilyId, cause?: string) {
  expect(r.top, JSON.stringify(r.belief.families.slice(0, 3).map((f) => [f.family, f.p.toFixed(2)]))).toBe(family);
  if (cause) expect(r.topCause).toBe(cause);
}

const ourClues = (log: string) => analyzeLog(content, log).clues.filter((c) => OUR_TABLES.test(c.rule));

describe('Python: database errors through Django, SQLAlchemy and the drivers', () => {
  it('reads a chained Django traceback: the driver message decides (credentials), on both exception lines', () => {
    const r = read(`[2024-05-02 10:14:03,221] ERROR django.request: Internal Server Error: /orders/42/
Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.11/site-packages/django/db/backends/base/base.py", line 289, in ensure_connection
    self.connect()
  File "/srv/app/venv/lib/python3.11/site-packages/psycopg2/__init__.py", line 122, in connect
    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)
psycopg2.OperationalError: connection to server at "db.internal" (10.0.3.7), port 5432 failed: FATAL:  password authentication failed for user "shop"

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/srv/app/venv/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
django.db.utils.OperationalError: connection to server at "db.internal" (10.0.3.7), port 5432 failed: FATAL:  password authentication failed for user "shop"`);
    expectTop(r, 'misconfiguration', 'wrong-db-credentials');
    expect(r.on('psycopg2.OperationalError').map((c) => c.cause)).toContain('wrong-db-credentials');
    expect(r.on('django.db.utils.OperationalError').some((c) => c.rule.startsWith('python:django.db.utils.') && c.cause === 'wrong-db-credentials')).toBe(true);
    // Django's "Internal Server Error" line is a wrapper: it says where to look and weighs little.
    const wrapper = r.on('Internal Server Error')[0]!;
    expect(wrapper.look?.en).toMatch(/traceback/);
    expect(wrapper.weight).toBeLessThan(0.1);
  });

  it("reads <class '…'> with the message two lines down (pool exhausted, not an outage)", () => {
    const r = read(`2024-05-02 10:14:03 ERROR [django.request] Internal Server Error: /checkout/
<class 'django.db.utils.OperationalError'>

FATAL:  sorry, too many clients already
2024-05-02 10:14:04 INFO [django.server] "GET /health HTTP/1.1" 200 2`);
    expectTop(r, 'resource-exhaustion', 'connection-pool-exhausted');
    const onClass = r.on("<class 'django.db.utils.OperationalError'>");
    expect(onClass.map((c) => c.cause)).toEqual(['connection-pool-exhausted']);
  });

  it("reads Django's debug page: a bare ProgrammingError and its value on a later line (migrations not run)", () => {
    const r = read(`Request Method:\tGET
Request URL:\thttps://shop.example.com/orders/
Django Version:\t4.2.11
Exception Type:\tProgrammingError
Exception Value:\t
relation "orders_order" does not exist
LINE 1: ...der"."id", "orders_order"."total" FROM "orders_order" ...
Exception Location:\t/srv/app/venv/lib/python3.11/site-packages/django/db/backends/utils.py, line 89, in _execute`);
    expectTop(r, 'deployment-artifact', 'migrations-not-run');
    expect(r.on('Exception Type:').some((c) => c.rule.startsWith('python:django.db.utils.') && c.cause === 'migrations-not-run')).toBe(true);
  });

  it('knows a SQLAlchemy pool timeout and a PyMySQL connection refusal', () => {
    const pool = read(`Traceback (most recent call last):
  File "/app/api/orders.py", line 88, in list_orders
    rows = session.execute(stmt).all()
sqlalchemy.exc.TimeoutError: QueuePool limit reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)`);
    expectTop(pool, 'resource-exhaustion', 'connection-pool-exhausted');
    expect(pool.on('sqlalchemy.exc.TimeoutError').map((c) => c.rule)).toEqual(['python:sqlalchemy.exc.TimeoutError']);

    const mysql = read(`  File "/usr/lib/python3/dist-packages/pymysql/connections.py", line 664, in connect
    raise exc
pymysql.err.OperationalError: (2003, "Can't connect to MySQL server on 'mysql.internal' (timed out)")`);
    expectTop(mysql, 'dependency-failure', 'database-down');
    expect(mysql.on('pymysql.err.OperationalError').some((c) => c.rule.startsWith('python:pymysql.err.'))).toBe(true);
  });

  it('finds nothing in healthy database logging', () => {
    expect(
      ourClues(`2024-05-02 10:14:03,221 DEBUG django.db.backends (0.002) SELECT "orders_order"."id" FROM "orders_order" LIMIT 21; args=(); alias=default
2024-05-02 10:14:03,230 INFO sqlalchemy.engine.Engine COMMIT`),
    ).toEqual([]);
  });
});

describe('Python: configuration, templates and calls to other services', () => {
  it('tells an unset environment variable from a missing dict key', () => {
    const env = read(`Traceback (most recent call last):
  File "/app/settings.py", line 12, in <module>
    DATABASE_URL = os.environ["DATABASE_URL"]
  File "/usr/lib/python3.11/os.py", line 679, in __getitem__
    raise KeyError(key) from None
KeyError: 'DATABASE_URL'`);
    expectTop(env, 'misconfiguration', 'missing-env-var');
    expect(env.on("KeyError: 'DATABASE_URL'").map((c) => c.rule)).toContain('python:KeyError#1');

    const data = read(`  File "/app/api/cart.py", line 31, in add_item
    qty = payload["quantity"]
KeyError: 'quantity'`);
    expectTop(data, 'code-bug');
    expect(data.analysis.clues.some((c) => c.cause === 'missing-env-var')).toBe(false);
  });

  it('reads a Flask traceback: the Flask wrapper line points below, url_for in a template decides', () => {
    const r = read(`[2024-05-02 11:05:40,118] ERROR in app: Exception on /invoice/7 [GET]
Traceback (most recent call last):
  File "/app/venv/lib/python3.11/site-packages/flask/app.py", line 1455, in wsgi_app
    response = self.full_dispatch_request()
  File "/app/templates/invoice.html", line 3, in top-level template code
    <a href="{{ url_for('invoices.pdf') }}">PDF</a>
werkzeug.routing.exceptions.BuildError: Could not build url for endpoint 'invoices.pdf'. Did you forget to specify values ['invoice_id']?`);
    expectTop(r, 'code-bug');
    expect(r.on('werkzeug.routing.exceptions.BuildError').map((c) => [c.rule, c.cause])).toEqual([
      ['python:werkzeug.routing.exceptions.BuildError', 'template-error'],
    ]);
    expect(r.on('Exception on /invoice/7').map((c) => c.look?.en)).toEqual([expect.stringMatching(/traceback/)]);
  });

  it('reads a gunicorn traceback of a failed HTTP call: DNS, not the called service', () => {
    const r = read(`[2024-05-02 11:02:17 +0000] [31] [ERROR] Error handling request /api/quote
Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/gunicorn/workers/sync.py", line 135, in handle
    self.handle_request(listener, req, client, addr)
  File "/app/app/quotes.py", line 41, in quote
    r = requests.get(f"{settings.RATES_URL}/latest", timeout=5)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='rates.partner.example', port=443): Max retries exceeded with url: /latest (Caused by NameResolutionError("<urllib3.connection.HTTPSConnection object at 0x7f3b2a1c>: Failed to resolve 'rates.partner.example' ([Errno -3] Temporary failure in name resolution)"))`);
    expectTop(r, 'dependency-failure', 'dns-failure');
    expect(r.on('requests.exceptions.ConnectionError').map((c) => c.cause)).toContain('dns-failure');
  });

  it('sends an untrusted certificate to TLS configuration, and an empty URL to a missing variable', () => {
    const tls = read(`  File "/app/.venv/lib/python3.12/site-packages/requests/adapters.py", line 517, in send
    raise SSLError(e, request=request)
requests.exceptions.SSLError: HTTPSConnectionPool(host='billing.internal', port=443): Max retries exceeded with url: /v2/charges (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: self-signed certificate in certificate chain (_ssl.c:1006)')))`);
    expectTop(tls, 'misconfiguration', 'tls-certificate');

    const url = read(`requests.exceptions.MissingSchema: Invalid URL 'None/v1/charges': No scheme supplied. Perhaps you meant https://None/v1/charges?`);
    expectTop(url, 'misconfiguration', 'missing-env-var');
  });

  it('knows Redis, Celery and AWS failures by class', () => {
    // Redis's own READONLY reply (datastores table) says the app writes to a replica: its endpoint is wrong, or a failover moved it.
    const redis = read(`redis.exceptions.ReadOnlyError: You can't write against a read only replica.`);
    expectTop(redis, 'misconfiguration');
    expect(redis.analysis.evidence.families['dependency-failure']).toBeGreaterThan(0);

    const celery = read(`[2024-05-02 12:00:03,004: ERROR/MainProcess] Process 'ForkPoolWorker-3' pid:412 exited with 'signal 9 (SIGKILL)'
billiard.exceptions.WorkerLostError: Worker exited prematurely: signal 9 (SIGKILL) Job: 231.`);
    expectTop(celery, 'resource-exhaustion', 'memory-limit');
    expect(celery.on('WorkerLostError').map((c) => c.rule)).toContain('python:billiard.exceptions.WorkerLostError#1');

    const aws = read(
      `botocore.exceptions.ClientError: An error occurred (ThrottlingException) when calling the Invoke operation (reached max retries: 4): Rate exceeded`,
    );
    expectTop(aws, 'dependency-failure', 'upstream-api-failing');
  });
});

describe('Java: Spring Boot, Tomcat and the JDK', () => {
  it('reads a Spring Boot startup stack: wrappers count little, the deepest causes decide (database down)', () => {
    const r = read(`2024-05-02 10:22:41.512 ERROR 1 --- [           main] o.s.boot.SpringApplication               : Application run failed

org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory' defined in class path resource [org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaConfiguration.class]: Invocation of init method failed
\tat org.springframework.beans.factory.support.AbstractAutowireCapableBeanFactory.initializeBean(AbstractAutowireCapableBeanFactory.java:1786)
\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:1352)
Caused by: org.hibernate.service.spi.ServiceException: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment]
\tat org.hibernate.service.internal.AbstractServiceRegistryImpl.createService(AbstractServiceRegistryImpl.java:277)
\t... 25 common frames omitted
Caused by: org.hibernate.exception.JDBCConnectionException: Unable to open JDBC Connection for DDL execution
\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)
\t... 42 common frames omitted
Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30004ms.
\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)
\t... 50 common frames omitted
Caused by: org.postgresql.util.PSQLException: Connection to db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.
\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)
\t... 62 common frames omitted
Caused by: java.net.ConnectException: Connection refused
\tat java.base/sun.nio.ch.Net.connect0(Native Method)
\t... 75 common frames omitted`);
    expectTop(r, 'dependency-failure', 'database-down');
    // The wrappers point below and weigh less than the causes they wrap.
    const wrappers = [...r.on('Application run failed'), ...r.on('BeanCreationException'), ...r.on('ServiceException')];
    expect(wrappers.map((c) => c.look !== null)).toEqual([true, true, true]);
    // A refinement reads its own line only: the Hikari message below does not turn the Hibernate line into a pool problem.
    expect(r.on('JDBCConnectionException').map((c) => [c.rule, c.cause])).toEqual([['java:org.hibernate.exception.JDBCConnectionException', 'database-down']]);
    expect(r.on('PSQLException').map((c) => c.cause)).toContain('database-down');
    const weightOf = (text: string) => Math.max(...r.on(text).map((c) => c.weight));
    expect(weightOf('BeanCreationException')).toBeLessThan(weightOf('PSQLException'));
  });

  it("reads Tomcat's SEVERE Servlet.service() wrapper: the root cause below it decides (TLS trust)", () => {
    const r =
      read(`02-May-2024 10:31:07.991 SEVERE [http-nio-8080-exec-4] org.apache.catalina.core.StandardWrapperValve.invoke Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalStateException: Quote unavailable] with root cause
\tjavax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target
\t\tat java.base/sun.security.ssl.Alert.createSSLException(Alert.java:131)
\t\tat java.base/sun.security.ssl.TransportContext.fatal(TransportContext.java:371)`);
    expectTop(r, 'misconfiguration', 'tls-certificate');
    // The wrapper line does not count the nested IllegalStateException as a first error: "with root cause" names the next line the root.
    expect(r.on('Servlet.service()').map((c) => c.rule)).toContain('signature:tomcat-servlet-threw-exception');
    const nested = r.on('Servlet.service()').find((c) => c.rule === 'java:java.lang.IllegalStateException')?.weight ?? 0;
    const root = Math.max(...r.on('SSLHandshakeException').map((c) => c.weight));
    expect(nested).toBeLessThan(root / 2);
    expect(r.on('SSLHandshakeException').every((c) => c.cause === 'tls-certificate')).toBe(true);
  });

  it('knows JDK classes whose message decides: native threads, unresolved placeholders, JNDI names, missing files', () => {
    const threads = read(
      `Exception in thread "http-nio-8080-Acceptor" java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached`,
    );
    expectTop(threads, 'resource-exhaustion');
    expect(threads.analysis.clues.map((c) => c.rule)).toContain('java:java.lang.OutOfMemoryError#1');

    const port = read(`Caused by: java.lang.NumberFormatException: For input string: "\${SMTP_PORT}"
\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)`);
    expectTop(port, 'misconfiguration', 'missing-env-var');

    const jndi = read(`javax.naming.NameNotFoundException: Name [jdbc/ShopDB] is not bound in this Context. Unable to find [jdbc].
\tat org.apache.naming.NamingContext.lookup(NamingContext.java:833)`);
    expectTop(jndi, 'misconfiguration', 'app-config-error');

    const file = read(`java.io.FileNotFoundException: /opt/shop/config/keys/signing.pem (No such file or directory)
\tat java.base/java.io.FileInputStream.open0(Native Method)`);
    expectTop(file, 'deployment-artifact', 'incomplete-deploy');
  });

  it('finds nothing in client aborts and healthy startup lines', () => {
    expect(
      ourClues(`02-May-2024 10:31:07.991 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [2412] milliseconds
2024-05-02 10:22:41.512  INFO 1 --- [           main] com.shop.ShopApplication                 : Started ShopApplication in 4.2 seconds (process running for 4.9)
org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe
\tat org.apache.catalina.connector.OutputBuffer.realWriteBytes(OutputBuffer.java:353)`),
    ).toEqual([]);
  });
});

describe('.NET: ASP.NET Core, ADO.NET and wrapped exceptions', () => {
  it('reads an ASP.NET Core unhandled-exception log: the provider exception below decides (database down)', () => {
    const r = read(`fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
      An unhandled exception has occurred while executing the request.
      Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.4.12:5432
       ---> System.Net.Sockets.SocketException (111): Connection refused
         at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)
         at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)`);
    expectTop(r, 'dependency-failure', 'database-down');
    expect(r.on('Npgsql.NpgsqlException').some((c) => c.rule.startsWith('dotnet:System.Data.Common.DbException#') && c.cause === 'database-down')).toBe(true);
    expect(r.on('SocketException').map((c) => c.family)).toEqual(['dependency-failure']);
  });

  it('reads an AggregateException: a wrapper, the inner exception decides (Data Protection key ring)', () => {
    const r =
      read(`Unhandled exception. System.AggregateException: One or more errors occurred. (The key {8d3c2f7e-2b41-4d8e-9b3a-5f1c0e6a7d21} was not found in the key ring.)
 ---> System.Security.Cryptography.CryptographicException: The key {8d3c2f7e-2b41-4d8e-9b3a-5f1c0e6a7d21} was not found in the key ring.
   at Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingBasedDataProtector.UnprotectCore(Byte[] protectedData, Boolean allowOperationsOnRevokedKeys, UnprotectStatus& status)
   --- End of inner exception stack trace ---`);
    expectTop(r, 'misconfiguration', 'encryption-key-mismatch');
    const [aggregate] = r.on('System.AggregateException');
    expect(aggregate?.look?.en).toMatch(/inner exception/);
    expect(r.on('CryptographicException').map((c) => c.cause)).toEqual(['encryption-key-mismatch']);
  });

  it('knows configuration files, SQL Server TLS trust and Redis timeouts', () => {
    const config =
      read(`Unhandled exception. System.IO.FileNotFoundException: The configuration file 'appsettings.Production.json' was not found and is not optional. The expected physical path was '/app/appsettings.Production.json'.
   at Microsoft.Extensions.Configuration.FileConfigurationProvider.HandleException(ExceptionDispatchInfo info)`);
    expectTop(config, 'misconfiguration', 'app-config-error');

    const sql =
      read(`Microsoft.Data.SqlClient.SqlException (0x80131904): A connection was successfully established with the server, but then an error occurred during the pre-login handshake. (provider: SSL Provider, error: 0 - The certificate chain was issued by an authority that is not trusted.)
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action\`1 wrapCloseInAction)`);
    expectTop(sql, 'misconfiguration', 'tls-certificate');

    const redis = read(
      `StackExchange.Redis.RedisTimeoutException: Timeout performing GET (5000ms), next: GET session:42, inst: 0, qu: 0, qs: 31, aw: False, rs: ReadAsync, serverEndpoint: redis:6379, IOCP: (Busy=0,Free=1000,Min=4,Max=1000), WORKER: (Busy=212,Free=32555,Min=4,Max=32767)`,
    );
    expectTop(redis, 'dependency-failure', 'cache-down');
  });

  it('finds nothing in client disconnects, bad client requests and healthy host lines', () => {
    expect(
      ourClues(`info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://[::]:8080
Microsoft.AspNetCore.Connections.ConnectionResetException: The client has disconnected
Microsoft.AspNetCore.Server.Kestrel.Core.BadHttpRequestException: Unexpected end of request content.`),
    ).toEqual([]);
  });
});
