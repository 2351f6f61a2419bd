/**
 * The gRPC status table (content/knowledge/grpc.json), read in the shapes each
 * language prints a status, and the messages apps write in words rather than
 * codes (a key that cannot decrypt, a directory they cannot write, an upgrade
 * step not run, a package that cannot be installed, a memory limit, a full
 * store), read through the real log reader.
 */
import { describe, expect, it } from 'vitest';
import { log, read } from './servers-cloud-helpers.ts';

describe('gRPC status codes, in every client language', () => {
  it.each([
    [
      'Go',
      'level=error msg="list failed" error="rpc error: code = Unavailable desc = connection error: desc = \\"transport: dial tcp 10.0.0.7:9090: connect: connection refused\\""',
      'grpc:UNAVAILABLE',
      'dependency-failure',
    ],
    [
      'Python',
      'grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAUTHENTICATED\n\tdetails = "invalid token"',
      'grpc:UNAUTHENTICATED',
      'misconfiguration',
    ],
    ['Java', 'io.grpc.StatusRuntimeException: PERMISSION_DENIED: The caller does not have permission', 'grpc:PERMISSION_DENIED', 'permissions'],
    ['Node', 'Error: 8 RESOURCE_EXHAUSTED: Received message larger than max (5242880 vs. 4194304)', 'grpc:RESOURCE_EXHAUSTED', 'resource-exhaustion'],
    [
      '.NET',
      'Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error starting gRPC call. HttpRequestException: Connection refused")',
      'grpc:UNAVAILABLE',
      'dependency-failure',
    ],
  ])('%s', (_lang, line, rule, family) => {
    const r = read(line);
    expect(r.rules).toContain(rule);
    expect(r.family).toBe(family);
  });

  it('reads UNIMPLEMENTED between two services as versions that do not match (GitLab and Gitaly)', () => {
    const r = read(
      String.raw`{"method":"GET","status":500,"exception.class":"GRPC::Unimplemented","exception.message":"12:unknown method ListLastCommitsForTree for service gitaly.CommitService. debug_error_string:{UNKNOWN:Error received from peer ipv4:10.1.2.15:8075 {grpc_message:\"unknown method\", grpc_status:12}}"}`,
    );
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('dependency-version-mismatch');
  });

  it('finds no status in ordinary lines that look alike', () => {
    expect(read('GRPC::Core::Channel created for gitaly.internal:8075').rules.filter((x) => x.startsWith('grpc:'))).toEqual([]);
    expect(read('rpc error: see the logs above').rules.filter((x) => x.startsWith('grpc:'))).toEqual([]);
  });
});

describe('what apps say in words', () => {
  it('reads a secret key that cannot decrypt stored data as configuration (Gitea, Superset, Airflow)', () => {
    for (const line of [
      'gitea  | 2024/02/03 10:11:12 ...ers/web/auth/auth.go:245:SignInPost() [E] UserSignIn: secret.DecryptSecret: failed to decrypt by secret, the key (maybe SECRET_KEY?) might be incorrect: cipher: message authentication failed',
      'superset_app  | ValueError: Invalid decryption key',
      "airflow.exceptions.AirflowException: Can't decrypt `extra` params for login=etl, FERNET_KEY configuration is missing",
    ]) {
      const r = read(line);
      expect(r.family, line).toBe('misconfiguration');
      expect(r.cause, line).toBe('encryption-key-mismatch');
    }
  });

  it('reads a directory the app says it cannot write as file permissions (Moodle, Matomo, Nextcloud)', () => {
    const moodle = read(log`
      Exception - Invalid permissions detected when trying to create a directory. Turn debugging on for further details.
      Error code: invaliddatarootpermissions
    `);
    expect(moodle.family).toBe('permissions');
    const nextcloud = read(
      String.raw`{"reqId":"Tg4h","level":3,"app":"index","message":"Can't write into config directory!","exception":{"Exception":"OCP\\HintException"}}`,
    );
    expect(nextcloud.family).toBe('permissions');
    expect(nextcloud.cause).toBe('unwritable-storage');
  });

  it('reads an upgrade step that did not run as migrations not run (Magento, ownCloud), not on the routine check', () => {
    const magento = read(log`
      [2024-04-18T07:10:07.442519+00:00] main.ERROR: Please upgrade your database: Run "bin/magento setup:upgrade" from the Magento root directory.
      The following modules are outdated:
    `);
    expect(magento.family).toBe('deployment-artifact');
    expect(magento.cause).toBe('migrations-not-run');
    const owncloud = read(
      String.raw`{"level":3,"app":"remote","message":"Exception: {\"Exception\":\"OC\\\\NeedsUpdateException\",\"Message\":\"\",\"Code\":0}"}`,
    );
    expect(owncloud.cause).toBe('migrations-not-run');
    expect(read('{"level":0,"app":"core","message":"Checking whether ownCloud needs an upgrade"}').analysis.clues).toEqual([]);
  });

  it('reads a package that cannot be installed as a missing package, a memory limit and a full store as resources', () => {
    const pip = read('ERROR: Could not find a version that satisfies the requirement pyairvent==2.1.0 (from versions: 1.0.0, 2.0.4)');
    expect(pip.family).toBe('deployment-artifact');
    expect(pip.cause).toBe('missing-package');
    const clickhouse = read(
      '<Error> executeQuery: Code: 241. DB::Exception: Memory limit (for query) exceeded: would use 9.32 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.31 GiB. (MEMORY_LIMIT_EXCEEDED)',
    );
    expect(clickhouse.cause).toBe('memory-limit');
    const minio = read('minio  | Error: Storage resources are insufficient for the write operation .minio.sys/tmp/part.1 (cmd.StorageFull)');
    expect(minio.cause).toBe('disk-full');
  });

  it('reads a syntax error in a PHP configuration file as configuration, and one in app code as a code bug', () => {
    expect(read('PHP Parse error:  syntax error, unexpected token "}", expecting end of file in /etc/phpmyadmin/config.inc.php on line 41').family).toBe(
      'misconfiguration',
    );
    expect(read('PHP Parse error:  syntax error, unexpected token "}" in /var/www/html/src/Controller/OrderController.php on line 88').family).toBe('code-bug');
  });

  it('reads a 401 from a named provider as credentials, and a database that lacks an operator as a version mismatch first', () => {
    expect(read('EmailError: [BULK_EMAIL_SEND_FAILED] Mailgun Error 401: Forbidden').cause).toBe('bad-service-credentials');
    const mongo = read(
      `{"level":50,"msg":"Exception while invoking method 'getStatistics'","err":{"type":"MongoServerError","message":"Unrecognized expression '$dateTrunc'"}}`,
    );
    expect(mongo.family).toBe('deployment-artifact');
  });

  it('reads a service called at localhost as an address to check, next to the outage it looks like', () => {
    const prisma = read(
      [
        'umami-1  | Invalid `prisma.user.findUnique()` invocation:',
        "umami-1  | Can't reach database server at `localhost`:`5432`",
        'db-1     | 2024-03-12 09:01:11.201 UTC [1] LOG:  database system is ready to accept connections',
      ].join('\n'),
    );
    expect(prisma.rules).toContain('signature:dependency-address-is-localhost');
    expect(prisma.belief.families.slice(0, 2).map((f) => f.family)).toEqual(expect.arrayContaining(['misconfiguration', 'dependency-failure']));
    expect(read("Can't reach database server at `db`:`5432`").rules).not.toContain('signature:dependency-address-is-localhost');
  });

  it('reads a secret that is too short and a connection URL that cannot be parsed as configuration', () => {
    expect(read('** (ArgumentError) cookie store expects conn.secret_key_base to be at least 64 bytes').cause).toBe('missing-env-var');
    expect(
      read('Uncaught PHP Exception Doctrine\\DBAL\\Exception\\MalformedDsnException: "Malformed database connection URL" at DsnParser.php line 64').cause,
    ).toBe('app-config-error');
  });

  it('reads output sent from line 1 of a PHP configuration file as a configuration edit, from app code as a code bug', () => {
    const config = read(
      'PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/configuration.php:1) in /var/www/html/libraries/src/Application/WebApplication.php on line 372',
    );
    expect(config.family).toBe('misconfiguration');
    const code = read(
      'PHP Warning:  Cannot modify header information - headers already sent by (output started at /var/www/html/src/View.php:88) in /var/www/html/index.php on line 9',
    );
    expect(code.family).toBe('code-bug');
  });

  it('reads a replica set with no primary as the database being down, a search engine out of memory as a resource, a file it cannot open for writing as permissions', () => {
    expect(
      read('Mongo::Error::NoServerAvailable (No primary server is available in cluster: #<Cluster topology=ReplicaSetNoPrimary[mongo-a:27017]>').family,
    ).toBe('dependency-failure');
    expect(read('W20240312 10:22:40.002 8215 batched_indexer.cpp:284] Rejecting write: running out of resource type: OUT_OF_MEMORY').family).toBe(
      'resource-exhaustion',
    );
    expect(read('MWException: Unable to open CDB file "/var/www/mediawiki/cache/l10n_cache-en.cdb.tmp.1904382716" for write.').family).toBe('permissions');
    expect(read('trac.core.TracError: The Trac Environment needs to be upgraded. Run:').cause).toBe('migrations-not-run');
  });

  it('reads a directory server that is down through its HRESULT, and an ASP.NET configuration page as configuration', () => {
    const ad = read(
      [
        '2024-01-29 08:02:14,551 [27] ERROR Intranet.Controllers.AccountController - Login failed for CORP\\jdoe',
        'System.DirectoryServices.DirectoryServicesCOMException (0x8007203A): The server is not operational.',
        '   at System.DirectoryServices.DirectoryEntry.Bind(Boolean throwIfFail)',
      ].join('\n'),
    );
    expect(ad.family).toBe('dependency-failure');
    expect(ad.cause).toBe('mail-ldap-down');
    expect(ad.rules).toContain('win32:ERROR_DS_SERVER_DOWN');
    const page = read(
      [
        "Server Error in '/Intranet' Application.",
        'Configuration Error',
        "Parser Error Message: It is an error to use a section registered as allowDefinition='MachineToApplication' beyond application level.",
      ].join('\n'),
    );
    expect(page.family).toBe('misconfiguration');
  });

  it('reads a variable that must be set, an S3 access denial, a missing PHP extension and an auth subrequest that is not found', () => {
    expect(read('Error: SESSION_SECRET must be set\n    at getSessionStorage (file:///app/build/server/index.js:1432:11)').cause).toBe('missing-env-var');
    expect(read('[a9c1] Aws::S3::Errors::AccessDenied (Access Denied):').family).toBe('permissions');
    expect(
      read(
        'Error: [Cake\\Database\\Exception\\MissingExtensionException] Database driver `Cake\\Database\\Driver\\Mysql` cannot be used due to a missing PHP extension or unmet dependency.',
      ).cause,
    ).toBe('missing-extension');
    expect(read('2024/04/25 13:02:44 [error] 1277#1277: *58812 auth request unexpected status: 404 while sending to client').family).toBe('misconfiguration');
    expect(read('2024/04/25 13:02:44 [error] 1277#1277: *58812 auth request unexpected status: 401 while sending to client').rules).not.toContain(
      'signature:nginx-auth-request-unexpected-status',
    );
  });
});
