/**
 * The database and datastore tables (content/knowledge/{sqlstate,mysql,sqlserver,oracle,datastores}.json)
 * and content/signatures/databases.json, read the way an on-call engineer pastes logs: whole excerpts
 * through analyzeLog and believe, the family that comes first, and the rule that explains it.
 */
import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

function read(log: string) {
  const analysis = analyzeLog(content, log);
  const belief = believe(content, logScores(analysis.evidence));
  return {
    analysis,
    belief,
    rules: analysis.clues.map((c) => c.rule),
    families: belief.families.map((f) => f.family),
    cause: belief.top?.cause.id,
  };
}

/** The family that comes first, the rules among the clues and, when given, the most likely cause. */
function expectReading(log: string, family: string, rules: readonly string[], cause?: string) {
  const r = read(log);
  expect(r.families[0], `families: ${r.families.join(', ')}; clues: ${r.rules.join(', ')}`).toBe(family);
  for (const rule of rules) expect(r.rules, `clues: ${r.rules.join(', ')}`).toContain(rule);
  if (cause) expect(r.cause).toBe(cause);
  return r;
}

const OWN_TABLES = ['sqlstate:', 'mysql:', 'sqlserver:', 'oracle:', 'datastores:'];
const OWN_SIGNATURES = [
  'db-object-privilege-denied',
  'pg-out-of-memory',
  'pg-extension-missing',
  'pgbouncer-pool-full',
  'pgbouncer-server-unreachable',
  'pgbouncer-config-mismatch',
  'pg-prepared-statement-pooler',
  'mysql-idle-connection-dropped',
  'mysql-unknown-server-host',
  'redis-moved-redirect',
  'rabbitmq-disk-alarm',
  'rabbitmq-memory-alarm',
  'amqp-port-unreachable',
].map((id) => `signature:${id}`);
const ours = (rule: string) => OWN_TABLES.some((t) => rule.startsWith(t)) || OWN_SIGNATURES.includes(rule);

describe('connection failures', () => {
  it('reads a Laravel PDO 2002 as the database being down, and its DNS variant as a name that does not resolve', () => {
    expectReading(
      `[2024-05-02 10:14:03] production.ERROR: SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from \`sessions\` where \`id\` = 7Xc limit 1) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 2002): SQLSTATE[HY000] [2002] Connection refused at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:829)
[stacktrace]
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(783): Illuminate\\\\Database\\\\Connection->runQueryCallback()`,
      'dependency-failure',
      ['mysql:2002'],
      'database-down',
    );
    expectReading(
      `[2024-05-02 10:14:03] production.ERROR: SQLSTATE[HY000] [2002] php_network_getaddresses: getaddrinfo for mysql failed: Name or service not known (Connection: mysql, SQL: select * from \`users\` where \`id\` = 1 limit 1)`,
      'dependency-failure',
      ['mysql:2002#1'],
      'dns-failure',
    );
  });

  it('tells a refused login apart from an outage even when PDO reports both as SQLSTATE 08006', () => {
    expectReading(
      `PHP Fatal error:  Uncaught PDOException: SQLSTATE[08006] [7] FATAL:  password authentication failed for user "shop" in /var/www/app/src/Db.php:14
Stack trace:
#0 /var/www/app/src/Db.php(14): PDO->__construct('pgsql:host=db;d...', 'shop', Object(SensitiveParameterValue))`,
      'misconfiguration',
      ['sqlstate:08006#1', 'sqlstate:class-08#1'],
      'wrong-db-credentials',
    );
  });

  it("reads Flyway's SQL State 08001 as an unreachable database", () => {
    expectReading(
      `org.flywaydb.core.internal.exception.FlywaySqlException: Unable to obtain connection from database: Connection to db.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.
-------------------------------------------------------------------------------------------------
SQL State  : 08001
Error Code : 0
Message    : Connection to db.internal:5432 refused.`,
      'dependency-failure',
      ['sqlstate:08001'],
    );
  });

  it('keeps "server has gone away" a dependency problem but leaves wait_timeout/max_allowed_packet in view', () => {
    const r = expectReading(
      `[2024-05-02 03:00:12] production.ERROR: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (Connection: mysql, SQL: insert into \`jobs\` (\`queue\`, \`payload\`) values (default, {...}))`,
      'dependency-failure',
      ['mysql:2006'],
    );
    expect(r.families[1]).toBe('misconfiguration');
  });

  it('reads a Connector/J link failure after hours of idleness as a wait_timeout mismatch', () => {
    expectReading(
      `2024-05-02 09:00:01.204  WARN 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 08S01
2024-05-02 09:00:01.204 ERROR 1 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper   : Communications link failure

The last packet successfully received from the server was 28,800,417 milliseconds ago. The last packet sent successfully to the server was 28,800,418 milliseconds ago.
2024-05-02 09:00:01.210 ERROR 1 --- [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

The last packet successfully received from the server was 28,800,417 milliseconds ago. The last packet sent successfully to the server was 28,800,418 milliseconds ago.
	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)`,
      'misconfiguration',
      ['sqlstate:08S01#7', 'mysql:communications-link-failure#1'],
      'database-server-config',
    );
    // Right after a restart the driver never heard from the server: that is an outage.
    expectReading(
      `Caused by: com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure

The last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.
	at com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)`,
      'dependency-failure',
      ['mysql:communications-link-failure'],
      'database-down',
    );
  });

  it('reads SqlClient network numbers and Azure SQL availability errors as the database being unreachable', () => {
    expectReading(
      `fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
      An unhandled exception has occurred while executing the request.
      Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. (provider: TCP Provider, error: 0 - No connection could be made because the target machine actively refused it.)
       ---> System.ComponentModel.Win32Exception (10061): No connection could be made because the target machine actively refused it.
      ClientConnectionId:00000000-0000-0000-0000-000000000000
      Error Number:10061,State:0,Class:20`,
      'dependency-failure',
      ['sqlserver:10061'],
      'database-down',
    );
    expectReading(
      `Microsoft.Data.SqlClient.SqlException (0x80131904): Database 'shop' on server 'shop-sql' is not currently available. Please retry the connection later. If the problem persists, contact customer support, and provide them the session tracing ID of '{A1B2}'.
   at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action\`1 wrapCloseInAction)
ClientConnectionId:6c1d2f0e-0000-0000-0000-000000000000
Error Number:40613,State:1,Class:14`,
      'dependency-failure',
      ['sqlserver:40613'],
    );
  });

  it('reads Oracle listener errors: no listener is an outage, an unresolvable alias is configuration', () => {
    expectReading(
      `java.sql.SQLRecoverableException: Listener refused the connection with the following error:
ORA-12541, TNS:no listener
	at oracle.jdbc.driver.T4CConnection.logon(T4CConnection.java:854)
Caused by: oracle.net.ns.NetException: Listener refused the connection with the following error: ORA-12541, TNS:no listener`,
      'dependency-failure',
      ['oracle:ORA-12541'],
      'database-down',
    );
    expectReading(
      `Traceback (most recent call last):
  File "/app/db.py", line 8, in connect
    return cx_Oracle.connect(user, password, "SHOPDB")
cx_Oracle.DatabaseError: ORA-12154: TNS:could not resolve the connect identifier specified`,
      'misconfiguration',
      ['oracle:ORA-12154'],
    );
  });

  it('reads a MongoDB write on a non-primary as a failover (dependency)', () => {
    expectReading(
      `MongoServerError: not primary
    at Connection.onMessage (/app/node_modules/mongodb/lib/cmap/connection.js:205:26)
    at MessageStream.<anonymous> (/app/node_modules/mongodb/lib/cmap/connection.js:61:60) {
  ok: 0,
  code: 10107,
  codeName: 'NotWritablePrimary',
  [Symbol(errorLabels)]: Set(1) { 'RetryableWriteError' }
}`,
      'dependency-failure',
      ['datastores:mongo-10107'],
    );
  });
});

describe('credentials and privileges', () => {
  it('reads a Node mysql2 access-denied error object by its code, errno and SQLSTATE', () => {
    expectReading(
      `Error: Access denied for user 'app'@'172.18.0.5' (using password: YES)
    at Packet.asError (/app/node_modules/mysql2/lib/packets/packet.js:728:17)
    at ClientHandshake.execute (/app/node_modules/mysql2/lib/commands/command.js:29:26)
    at Connection.handlePacket (/app/node_modules/mysql2/lib/connection.js:481:34) {
  code: 'ER_ACCESS_DENIED_ERROR',
  errno: 1045,
  sqlState: '28000',
  sqlMessage: "Access denied for user 'app'@'172.18.0.5' (using password: YES)",
  sql: undefined
}`,
      'misconfiguration',
      ['mysql:1045', 'sqlstate:28000'],
      'wrong-db-credentials',
    );
  });

  it('reads a Rails Mysql2 connection error naming an unknown host as DNS, not an outage', () => {
    expectReading(
      `I, [2024-05-02T10:14:03.512 #12]  INFO -- : [9f1c] Started GET "/orders" for 10.0.0.1 at 2024-05-02 10:14:03 +0000
F, [2024-05-02T10:14:03.530 #12] FATAL -- : [9f1c] ActiveRecord::ConnectionNotEstablished (Unknown MySQL server host 'mysql-primary' (-2)):
[9f1c] Mysql2::Error::ConnectionError: Unknown MySQL server host 'mysql-primary' (-2)`,
      'dependency-failure',
      ['signature:mysql-unknown-server-host'],
      'dns-failure',
    );
  });

  it('reads a .NET login failure by its SQL Server error number', () => {
    expectReading(
      `Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user 'shop_app'.
   at Microsoft.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)
   at Microsoft.Data.SqlClient.SqlConnectionFactory.CreateConnection(DbConnectionOptions options, DbConnectionPoolKey poolKey)
ClientConnectionId:9a3c1e42-1111-2222-3333-444455556666
Error Number:18456,State:1,Class:14`,
      'misconfiguration',
      ['sqlserver:18456'],
      'wrong-db-credentials',
    );
  });

  it('reads Oracle ORA-01017 in a Java "Caused by" chain and MongoDB AuthenticationFailed from pymongo', () => {
    expectReading(
      `org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
Caused by: java.sql.SQLException: ORA-01017: invalid username/password; logon denied
	at oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)`,
      'misconfiguration',
      ['oracle:ORA-01017'],
    );
    expectReading(
      `pymongo.errors.OperationFailure: Authentication failed., full error: {'ok': 0.0, 'errmsg': 'Authentication failed.', 'code': 18, 'codeName': 'AuthenticationFailed'}`,
      'misconfiguration',
      ['datastores:mongo-18'],
    );
  });

  it('reads a missing table grant as a permissions problem in PostgreSQL, MySQL and SQL Server', () => {
    expectReading(
      `Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg2.errors.InsufficientPrivilege: permission denied for table billing_invoice

The above exception was the direct cause of the following exception:
django.db.utils.ProgrammingError: permission denied for table billing_invoice`,
      'permissions',
      ['sqlstate:42501', 'signature:db-object-privilege-denied'],
    );
    expectReading(
      `SQLSTATE[42000]: Syntax error or access violation: 1142 SELECT command denied to user 'report'@'10.0.3.4' for table 'orders'`,
      'permissions',
      ['mysql:1142'],
    );
    expectReading(
      `Microsoft.Data.SqlClient.SqlException (0x80131904): The EXECUTE permission was denied on the object 'usp_PlaceOrder', database 'Shop', schema 'dbo'.
Error Number:229,State:5,Class:14`,
      'permissions',
      ['sqlserver:229'],
    );
  });
});

describe('schema out of date', () => {
  it('reads a Laravel QueryException by its SQLSTATE and its native MySQL code', () => {
    expectReading(
      `[2024-05-02 10:14:03] production.ERROR: SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.order_items' doesn't exist (Connection: mysql, SQL: select * from \`order_items\` where \`order_id\` = 42) {"userId":7,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 42S02): SQLSTATE[42S02]: Base table or view not found: 1146 Table 'shop.order_items' doesn't exist at /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php:795)
[stacktrace]
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Database/Connection.php(755): Illuminate\\\\Database\\\\Connection->runQueryCallback()`,
      'deployment-artifact',
      ['sqlstate:42S02', 'mysql:1146'],
      'migrations-not-run',
    );
  });

  it('reads a Django traceback from psycopg2 by the error class psycopg derives from the SQLSTATE', () => {
    expectReading(
      `Internal Server Error: /orders/
Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg2.errors.UndefinedColumn: column orders_order.coupon_id does not exist
LINE 1: SELECT "orders_order"."id", "orders_order"."coupon_id" FROM "orders_order"`,
      'deployment-artifact',
      ['sqlstate:42703'],
      'migrations-not-run',
    );
  });

  it('reads Hibernate\'s SQLState line in a Spring stack with "Caused by: org.postgresql.util.PSQLException"', () => {
    expectReading(
      `2024-05-02 10:15:01.233  WARN 1 --- [nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Error: 0, SQLState: 42P01
2024-05-02 10:15:01.233 ERROR 1 --- [nio-8080-exec-3] o.h.engine.jdbc.spi.SqlExceptionHelper   : ERROR: relation "loyalty_points" does not exist
  Position: 15
2024-05-02 10:15:01.240 ERROR 1 --- [nio-8080-exec-3] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
org.springframework.dao.InvalidDataAccessResourceUsageException: could not extract ResultSet; SQL [n/a]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:259)
Caused by: org.postgresql.util.PSQLException: ERROR: relation "loyalty_points" does not exist
  Position: 15`,
      'deployment-artifact',
      ['sqlstate:42P01'],
      'migrations-not-run',
    );
  });

  it("reads sqlcmd's Msg line, an Oracle error with its PL/SQL backtrace, and a missing Elasticsearch index", () => {
    expectReading(
      `Msg 208, Level 16, State 1, Procedure dbo.GetOrders, Line 12 [Batch Start Line 0]
Invalid object name 'dbo.OrderLines'.`,
      'deployment-artifact',
      ['sqlserver:208'],
    );
    const oracle = expectReading(
      `java.sql.SQLSyntaxErrorException: ORA-00942: table or view does not exist
ORA-06512: at "SHOP.BILLING", line 42
ORA-06512: at line 1`,
      'deployment-artifact',
      ['oracle:ORA-00942'],
    );
    // The backtrace says where, not what: it is never counted.
    expect(oracle.rules).not.toContain('oracle:ORA-06512');
    expectReading(
      `elasticsearch.NotFoundError: NotFoundError(404, 'index_not_found_exception', 'no such index [products_v2]', products_v2, index_or_alias)`,
      'deployment-artifact',
      ['datastores:es-index_not_found_exception'],
    );
  });

  it('reads a function from an extension that is not installed as a missing extension, not a missing migration', () => {
    expectReading(
      `2024-05-02 10:14:03.512 UTC [4242] app@shop ERROR:  function uuid_generate_v4() does not exist at character 50
2024-05-02 10:14:03.512 UTC [4242] app@shop HINT:  No function matches the given name and argument types. You might need to add explicit type casts.
SQLSTATE[42883]: Undefined function: 7 ERROR:  function uuid_generate_v4() does not exist`,
      'deployment-artifact',
      ['signature:pg-extension-missing', 'sqlstate:42883#1'],
      'missing-extension',
    );
  });
});

describe('exhausted resources', () => {
  it('reads connection limits from PostgreSQL (Npgsql), MySQL and Oracle', () => {
    expectReading(
      `Npgsql.PostgresException (0x80004005): 53300: sorry, too many clients already
   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)`,
      'resource-exhaustion',
      ['sqlstate:53300'],
      'connection-pool-exhausted',
    );
    expectReading(`ERROR 1040 (08004): Too many connections`, 'resource-exhaustion', ['mysql:1040'], 'connection-pool-exhausted');
    expectReading(
      `java.sql.SQLException: ORA-00020: maximum number of processes (300) exceeded`,
      'resource-exhaustion',
      ['oracle:ORA-00020'],
      'connection-pool-exhausted',
    );
  });

  it("reads full tablespaces, transaction logs and Elasticsearch's flood-stage block as a full disk", () => {
    expectReading(
      `Caused by: java.sql.SQLException: ORA-01653: unable to extend table SHOP.ORDERS by 128 in tablespace USERS`,
      'resource-exhaustion',
      ['oracle:ORA-01653'],
      'disk-full',
    );
    expectReading(
      `Microsoft.Data.SqlClient.SqlException (0x80131904): The transaction log for database 'Shop' is full due to 'LOG_BACKUP'.
Error Number:9002,State:2,Class:17`,
      'resource-exhaustion',
      ['sqlserver:9002#1'],
      'disk-full',
    );
    expectReading(
      `[2024-05-02T10:14:03,512][WARN ][r.suppressed] path: /orders/_doc, params: {index=orders}
org.elasticsearch.cluster.block.ClusterBlockException: index [orders] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block];`,
      'resource-exhaustion',
      ['datastores:es-block-12'],
      'disk-full',
    );
  });

  it('reads a Django OperationalError from psycopg2 by the class psycopg names after the SQLSTATE', () => {
    expectReading(
      `Internal Server Error: /checkout/
Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
psycopg2.errors.DiskFull: could not extend file "base/16384/24576.1": No space left on device
HINT:  Check free disk space.

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
django.db.utils.OperationalError: could not extend file "base/16384/24576.1": No space left on device`,
      'resource-exhaustion',
      ['sqlstate:53100'],
      'disk-full',
    );
    expectReading(
      `Traceback (most recent call last):
  File "/app/.venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 103, in _execute
    return self.cursor.execute(sql)
psycopg2.errors.AdminShutdown: terminating connection due to administrator command
server closed the connection unexpectedly
	This probably means the server terminated abnormally
	before or while processing the request.
django.db.utils.OperationalError: terminating connection due to administrator command`,
      'dependency-failure',
      ['sqlstate:57P01'],
      'database-down',
    );
  });

  it('reads Redis MISCONF as a full disk and OOM as its memory limit', () => {
    expectReading(
      `Traceback (most recent call last):
  File "/app/cache.py", line 31, in set_session
    self.redis.set(key, value, ex=3600)
redis.exceptions.ResponseError: MISCONF Redis is configured to save RDB snapshots, but it's currently unable to persist to disk. Commands that may modify the data set are disabled, because this instance is configured to report errors during writes if RDB snapshotting fails (stop-writes-on-bgsave-error option). Please check the Redis logs for details about the RDB error.`,
      'resource-exhaustion',
      ['datastores:redis-MISCONF'],
      'disk-full',
    );
    expectReading(
      `[ioredis] Unhandled error event: ReplyError: OOM command not allowed when used memory > 'maxmemory'.
    at parseError (/app/node_modules/redis-parser/lib/parser.js:179:12)`,
      'resource-exhaustion',
      ['datastores:redis-OOM'],
      'memory-limit',
    );
  });

  it('reads Elasticsearch circuit breakers as memory and rejected executions as overload', () => {
    expectReading(
      `elasticsearch.ApiError: ApiError(429, 'circuit_breaking_exception', '[parent] Data too large, data for [<http_request>] would be [1029734512/982mb], which is larger than the limit of [1020054732/972.7mb]')`,
      'resource-exhaustion',
      ['datastores:es-circuit_breaking_exception'],
      'memory-limit',
    );
    expectReading(
      `{"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"rejected execution of coordinating operation [coordinating_and_primary_bytes=0, replica_bytes=0, all_bytes=0, coordinating_operation_bytes=52488, max_coordinating_and_primary_bytes=53687091]"}],"type":"es_rejected_execution_exception"},"status":429}`,
      'resource-exhaustion',
      ['datastores:es-es_rejected_execution_exception'],
      'traffic-overload',
    );
  });

  it('reads a statement timeout, a full SQLite disk and memcached out of memory', () => {
    expectReading(
      `psycopg2.errors.QueryCanceled: canceling statement due to statement timeout`,
      'resource-exhaustion',
      ['sqlstate:57014#1'],
      'execution-time-limit',
    );
    expectReading(`sqlite3.OperationalError: database or disk is full`, 'resource-exhaustion', ['datastores:sqlite-SQLITE_FULL'], 'disk-full');
    expectReading(`Memcached::set(): SERVER_ERROR out of memory storing object`, 'resource-exhaustion', ['datastores:memcached-out-of-memory'], 'memory-limit');
  });
});

describe('concurrency and data errors in the code', () => {
  it('reads deadlocks from PostgreSQL, SQL Server, MySQL (Node) and Oracle', () => {
    expectReading(
      `psycopg2.errors.DeadlockDetected: deadlock detected
DETAIL:  Process 4242 waits for ShareLock on transaction 9121; blocked by process 4243.
Process 4243 waits for ShareLock on transaction 9120; blocked by process 4242.
HINT:  See server log for query details.`,
      'code-bug',
      ['sqlstate:40P01'],
      'concurrency-bug',
    );
    expectReading(
      `Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID 64) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.
   at Microsoft.Data.SqlClient.SqlCommand.ExecuteNonQuery()
Error Number:1205,State:51,Class:13`,
      'code-bug',
      ['sqlserver:1205'],
      'concurrency-bug',
    );
    expectReading(
      `Error: Deadlock found when trying to get lock; try restarting transaction
    at PromisePool.query (/app/node_modules/mysql2/promise.js:356:22) {
  code: 'ER_LOCK_DEADLOCK',
  errno: 1213,
  sqlState: '40001',
}`,
      'code-bug',
      ['mysql:1213', 'sqlstate:40001'],
      'concurrency-bug',
    );
    expectReading(`java.sql.SQLException: ORA-00060: deadlock detected while waiting for resource`, 'code-bug', ['oracle:ORA-00060'], 'concurrency-bug');
  });

  it('reads a locked SQLite file and a MongoDB write conflict as concurrency', () => {
    expectReading(`Error: SQLITE_BUSY: database is locked`, 'code-bug', ['datastores:sqlite-SQLITE_BUSY'], 'concurrency-bug');
    expectReading(
      `pymongo.errors.OperationFailure: WriteConflict error: this operation conflicted with another operation. Please retry your operation or multi-document transaction., full error: {'errorLabels': ['TransientTransactionError'], 'ok': 0.0, 'errmsg': 'WriteConflict error', 'code': 112, 'codeName': 'WriteConflict'}`,
      'code-bug',
      ['datastores:mongo-112'],
      'concurrency-bug',
    );
  });

  it("reads a duplicate key through Spring's SQL state and an invalid integer through psycopg", () => {
    expectReading(
      `org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into users (email) values (?)]; SQL state [23505]; error code [0]; ERROR: duplicate key value violates unique constraint "users_email_key"`,
      'code-bug',
      ['sqlstate:23505'],
    );
    expectReading(`psycopg2.errors.InvalidTextRepresentation: invalid input syntax for type integer: "abc"`, 'code-bug', ['sqlstate:22P02']);
  });

  it('falls back to the SQLSTATE class for a code the table does not list', () => {
    expectReading(`SQLSTATE[2200G]: Most specific type mismatch: 7 ERROR:  most specific type mismatch`, 'code-bug', ['sqlstate:class-22']);
  });
});

describe('read-only targets and server settings', () => {
  it('reads writes to a replica as configuration, in PostgreSQL, Redis and MySQL', () => {
    expectReading(`psycopg2.errors.ReadOnlySqlTransaction: cannot execute UPDATE in a read-only transaction`, 'misconfiguration', ['sqlstate:25006']);
    expectReading(
      `Predis\\Response\\ServerException: READONLY You can't write against a read only replica. in /var/www/vendor/predis/predis/src/Client.php:370`,
      'misconfiguration',
      ['datastores:redis-READONLY'],
    );
    expectReading(
      `SQLSTATE[HY000]: General error: 1290 The MySQL server is running with the --read-only option so it cannot execute this statement`,
      'misconfiguration',
      ['mysql:1290#1'],
    );
  });

  it('reads server limits: max_allowed_packet, transactions on a standalone MongoDB, PgBouncer parameters', () => {
    expectReading(
      `SQLSTATE[08S01]: Communication link failure: 1153 Got a packet bigger than 'max_allowed_packet' bytes`,
      'misconfiguration',
      ['mysql:1153'],
      'database-server-config',
    );
    expectReading(
      `pymongo.errors.OperationFailure: Transaction numbers are only allowed on a replica set member or mongos, full error: {'ok': 0.0, 'errmsg': 'Transaction numbers are only allowed on a replica set member or mongos', 'code': 20, 'codeName': 'IllegalOperation'}`,
      'misconfiguration',
      ['datastores:mongo-20#1'],
      'database-server-config',
    );
    expectReading(`org.postgresql.util.PSQLException: FATAL: unsupported startup parameter: extra_float_digits`, 'misconfiguration', [
      'signature:pgbouncer-config-mismatch',
    ]);
  });
});

describe('wrappers and general codes', () => {
  it('lets the first real error of an aborted transaction decide, and tells where to look', () => {
    const r = expectReading(
      `psycopg2.errors.UndefinedColumn: column "coupon_id" of relation "orders" does not exist
LINE 1: INSERT INTO orders (user_id, coupon_id) VALUES (7, NULL)
psycopg2.errors.InFailedSqlTransaction: current transaction is aborted, commands ignored until end of transaction block`,
      'deployment-artifact',
      ['sqlstate:42703', 'sqlstate:25P02'],
    );
    const wrapper = r.analysis.clues.find((c) => c.rule === 'sqlstate:25P02');
    expect(wrapper?.look?.en).toMatch(/first one in this transaction/);
  });

  it('counts an Elasticsearch "all shards failed" little and points to the shard failures', () => {
    const r = read(
      `{"error":{"root_cause":[],"type":"search_phase_execution_exception","reason":"all shards failed","phase":"query","grouped":true,"failed_shards":[]},"status":503}`,
    );
    const clue = r.analysis.clues.find((c) => c.rule === 'datastores:es-search_phase_execution_exception');
    expect(clue?.look?.en).toMatch(/root_cause/);
    expect(clue!.weight).toBeLessThan(0.2);
    expect(r.belief.band).toBe('several');
  });

  it('explains HY000 but lets the native code decide', () => {
    const alone = read(`SQLSTATE[HY000]: General error`);
    expect(alone.rules.filter(ours)).toEqual([]);
    expectReading(`SQLSTATE[HY000]: General error: 1205 Lock wait timeout exceeded; try restarting transaction`, 'code-bug', ['mysql:1205'], 'concurrency-bug');
  });
});

describe('healthy lines', () => {
  const healthy = [
    '2024-05-02 10:00:00.001 UTC [1] LOG:  database system is ready to accept connections',
    '2024-05-02 10:05:00.120 UTC [57] LOG:  checkpoint complete: wrote 1203 buffers (7.3%); 0 WAL file(s) added, 0 removed, 1 recycled',
    "2024-05-02T10:00:00.123456Z 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.36'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.",
    '2024-05-02 10:00:00.51 spid9s      SQL Server is now ready for client connections. This is an informational message; no user action is required.',
    '1:M 02 May 2024 10:00:00.123 * Ready to accept connections tcp',
    '1:M 02 May 2024 10:05:00.001 * Background saving terminated with success',
    '{"t":{"$date":"2024-05-02T10:00:00.000+00:00"},"s":"I","c":"NETWORK","id":23016,"ctx":"listener","msg":"Waiting for connections","attr":{"port":27017,"ssl":"off"}}',
    '[2024-05-02T10:00:00,512][INFO ][o.e.c.r.a.AllocationService] [es-1] current.health="GREEN" message="Cluster health status changed from [YELLOW] to [GREEN]"',
    '2024-05-02 10:00:00.512 [info] <0.456.0> Server startup complete; 4 plugins started.',
    '2024-05-02 10:14:03.512 INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Start completed.',
    'o.h.engine.jdbc.spi.SqlExceptionHelper   : SQL Warning Code: 0, SQLState: 00000',
    '10.0.0.1 - - [02/May/2024:10:14:03 +0000] "GET /api/orders?status=ERROR HTTP/1.1" 200 5120 "-" "curl/8.5.0"',
    'GRANT SELECT, INSERT ON TABLE orders TO app;',
    'max_connections = 200',
  ];
  it.each(healthy)('finds nothing of the database tables in: %s', (line) => {
    expect(read(line).rules.filter(ours)).toEqual([]);
  });
});
