/**
 * The PHP, Ruby, Node.js and Go knowledge (content/knowledge/php.json, ruby.json,
 * node.json, node-codes.json and content/signatures/php.json, ruby.json, node.json,
 * go.json) read through the real log analyzer, on excerpts as an on-call engineer
 * pastes them: a laravel.log entry with its escaped JSON context and "#0" frames,
 * a Whoops and a Slim error page, a Rails log where ActionView::Template::Error wraps
 * the real error, Node stacks with "at …" frames, Go panics with goroutine dumps.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { believe, logScores } from '../../src/engine/belief.ts';
import { analyzeLog } from '../../src/engine/log-analyzer.ts';
import { realContent } from '../helpers/load.ts';

const content = realContent();

function read(log: string) {
  const analysis = analyzeLog(content, log);
  const belief = believe(content, logScores(analysis.evidence));
  return {
    family: analysis.clues.length > 0 ? belief.families[0]!.family : null,
    cause: analysis.clues.length > 0 ? belief.top?.cause.id : null,
    rules: analysis.clues.map((c) => c.rule),
    clues: analysis.clues,
    band: belief.band,
  };
}

/** Rules that come from this area's tables and signature files. */
const OWN_SIGNATURES = new Set(
  ['php', 'ruby', 'node', 'go'].flatMap((f) =>
    (JSON.parse(readFileSync(resolve(import.meta.dirname, `../../content/signatures/${f}.json`), 'utf8')) as { signatures: { id: string }[] }).signatures.map(
      (s) => `signature:${s.id}`,
    ),
  ),
);
const ownRule = (rule: string) => /^(?:php|ruby|node|node-codes):/.test(rule) || OWN_SIGNATURES.has(rule);

describe('PHP: Laravel, Symfony, Whoops and Slim', () => {
  it('reads a laravel.log entry whose exception class is JSON-escaped (Predis cannot reach Redis)', () => {
    const log = String.raw`[2024-03-02 10:14:07] production.ERROR: Connection refused [tcp://redis:6379] {"userId":12,"exception":"[object] (Predis\\Connection\\ConnectionException(code: 111): Connection refused [tcp://redis:6379] at /var/www/html/vendor/predis/predis/src/Connection/AbstractConnection.php:155)
[stacktrace]
#0 /var/www/html/vendor/predis/predis/src/Connection/StreamConnection.php(128): Predis\\Connection\\AbstractConnection->onConnectionError('Connection refu...', 111)
#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Redis/Connections/Connection.php(116): Predis\\Client->__call('get', Array)
#2 {main}
"}`;
    const r = read(log);
    expect(r.family).toBe('dependency-failure');
    expect(r.cause).toBe('cache-down');
    // The escaped name is read as written: Predis's own ConnectionException.
    expect(r.rules.some((rule) => rule.startsWith('php:Predis\\Connection\\ConnectionException'))).toBe(true);
  });

  it('tells an APP_KEY mismatch ("The MAC is invalid") from a generic decryption failure', () => {
    const log = String.raw`[2024-03-02 10:14:07] production.ERROR: The MAC is invalid. {"exception":"[object] (Illuminate\\Contracts\\Encryption\\DecryptException(code: 0): The MAC is invalid. at /var/www/html/vendor/laravel/framework/src/Illuminate/Encryption/Encrypter.php:225)
[stacktrace]
#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Cookie/Middleware/EncryptCookies.php(76): Illuminate\\Encryption\\Encrypter->decrypt('eyJpdiI6Ik...', false)
#1 /var/www/html/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(167): Illuminate\\Cookie\\Middleware\\EncryptCookies->handle(Object(Illuminate\\Http\\Request), Object(Closure))
"}`;
    const r = read(log);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('encryption-key-mismatch');
    expect(r.rules).toContain('php:Illuminate\\Contracts\\Encryption\\DecryptException#1');
    expect(r.band).not.toBe('several');
  });

  it('blames the API behind a Guzzle 5xx, not the app', () => {
    const log =
      String.raw`[2024-03-02 10:14:07] production.ERROR: Server error: ` +
      '`GET https://api.rates.example/v1/latest` resulted in a `503 Service Unavailable` response' +
      String.raw` {"exception":"[object] (GuzzleHttp\\Exception\\ServerException(code: 503): Server error at /var/www/html/vendor/guzzlehttp/guzzle/src/Exception/RequestException.php:113)
[stacktrace]
#0 /var/www/html/vendor/guzzlehttp/guzzle/src/Middleware.php(69): GuzzleHttp\\Exception\\RequestException::create(Object(GuzzleHttp\\Psr7\\Request), Object(GuzzleHttp\\Psr7\\Response), NULL, Array, NULL)
"}`;
    const r = read(log);
    expect(r.family).toBe('dependency-failure');
    expect(r.cause).toBe('upstream-api-failing');
    expect(r.rules).toContain('php:GuzzleHttp\\Exception\\ServerException');
  });

  it('reads a Symfony container error from its monolog line', () => {
    const log = String.raw`[2024-03-02T10:14:07.512301+00:00] request.INFO: Matched route "app_checkout". {"route":"app_checkout"} []
[2024-03-02T10:14:07.519877+00:00] request.CRITICAL: Uncaught PHP Exception Symfony\Component\DependencyInjection\Exception\ServiceCircularReferenceException: "Circular reference detected for service "App\Service\Mailer", path: "App\Service\Mailer -> App\Service\Notifier -> App\Service\Mailer"." at /var/www/vendor/symfony/dependency-injection/Container.php line 245 {"exception":"[object] (Symfony\\Component\\DependencyInjection\\Exception\\ServiceCircularReferenceException(code: 0): Circular reference detected at /var/www/vendor/symfony/dependency-injection/Container.php:245)"} []`;
    const r = read(log);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('missing-registration');
    expect(r.rules).toContain('php:Symfony\\Component\\DependencyInjection\\Exception\\ServiceCircularReferenceException');
  });

  it('reads a Whoops plain-text page: the PDO driver is not installed', () => {
    const log = `PDOException: could not find driver in file /var/www/html/src/Database.php on line 18
Stack trace:
  #0 /var/www/html/src/Database.php(18): PDO->__construct('pgsql:host=db;d...', 'shop', Object(SensitiveParameterValue))
  #1 /var/www/html/src/Repository/Orders.php(12): App\\Database::connect()
  #2 /var/www/html/public/index.php(31): App\\Repository\\Orders->all()
  #3 {main}`;
    const r = read(log);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('missing-extension');
    expect(r.rules).toContain('php:PDOException#1');
  });

  it('reads a Slim error page: a deadlock between two transactions', () => {
    const log = `Slim Application Error
The application could not run because of the following error:
Details
Type: Doctrine\\DBAL\\Exception\\DeadlockException
Code: 1213
Message: An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction
File: /var/www/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php
Line: 55
Trace
#0 /var/www/vendor/doctrine/dbal/src/Connection.php(1943): Doctrine\\DBAL\\Driver\\API\\MySQL\\ExceptionConverter->convert(Object(Doctrine\\DBAL\\Driver\\PDO\\Exception), Object(Doctrine\\DBAL\\Query))`;
    const r = read(log);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('concurrency-bug');
    expect(r.rules).toContain('php:Doctrine\\DBAL\\Exception\\DeadlockException');
  });

  it('tells a missing PHP extension from a function the code simply lacks', () => {
    const ext = read(
      '2024/03/02 10:14:07 [error] 1234#1234: *56 FastCGI sent in stderr: "PHP message: PHP Fatal error:  Uncaught Error: Call to undefined function exif_read_data() in /var/www/html/app/Services/ImageService.php:31" while reading response header from upstream, client: 10.0.0.1, server: shop.example, request: "POST /photos HTTP/1.1", upstream: "fastcgi://unix:/run/php/php8.2-fpm.sock:"',
    );
    expect(ext.family).toBe('deployment-artifact');
    expect(ext.cause).toBe('missing-extension');
    expect(ext.rules).toContain('signature:php-extension-function-missing-other');
    expect(ext.rules).not.toContain('signature:php-undefined-function');

    const own = read(
      '[02-Mar-2024 10:14:07 UTC] PHP Fatal error:  Uncaught Error: Call to undefined function str_slug() in /var/www/html/app/Http/Controllers/PostController.php:42',
    );
    expect(own.family).toBe('code-bug');
    expect(own.rules).toContain('signature:php-undefined-function');
  });

  it('finds an unwritable log folder behind a Monolog UnexpectedValueException', () => {
    const r =
      read(String.raw`[02-Mar-2024 10:14:07 UTC] PHP Fatal error:  Uncaught UnexpectedValueException: There is no existing directory at "/var/www/html/storage/logs" and it could not be created: Permission denied in /var/www/html/vendor/monolog/monolog/src/Monolog/Handler/StreamHandler.php:216
Stack trace:
#0 /var/www/html/vendor/monolog/monolog/src/Monolog/Handler/StreamHandler.php(133): Monolog\Handler\StreamHandler->createDir('/var/www/html/s...')`);
    expect(r.family).toBe('permissions');
    expect(r.cause).toBe('unwritable-storage');
    expect(r.rules).toContain('php:UnexpectedValueException#1');
  });

  it('lets a known class on an "Uncaught" line count instead of the generic hint', () => {
    const r = read('[02-Mar-2024 10:14:07 UTC] PHP Fatal error:  Uncaught RedisException: Connection lost in /var/www/html/app/Cache.php:20');
    expect(r.rules).toContain('php:RedisException');
    expect(r.rules).not.toContain('signature:generic-uncaught-exception');
    expect(r.family).toBe('dependency-failure');
  });

  it('does not count 4xx exceptions or ordinary lines', () => {
    const quiet = [
      '[2024-03-02 10:14:07] production.INFO: Order 1042 shipped {"userId":12}',
      '10.0.0.1 - - [02/Mar/2024:10:14:07 +0000] "GET /orders HTTP/1.1" 200 5123 "-" "Mozilla/5.0"',
      '[2024-03-02T10:14:07.512301+00:00] request.INFO: Matched route "app_order_show". {"route":"app_order_show"} []',
      String.raw`[2024-03-02 10:14:07] production.ERROR: CSRF token mismatch. {"exception":"[object] (Illuminate\\Session\\TokenMismatchException(code: 0): CSRF token mismatch. at /var/www/html/vendor/laravel/framework/src/Illuminate/Foundation/Http/Middleware/VerifyCsrfToken.php:78)`,
      '[2024-03-02T10:14:07.512301+00:00] request.ERROR: Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "No route found for "GET /wp-login.php"" at /var/www/vendor/symfony/http-kernel/EventListener/RouterListener.php line 135',
    ];
    for (const line of quiet) expect(read(line).clues, line).toEqual([]);
  });
});

describe('Ruby: Rails logs', () => {
  const railsHead = `I, [2024-03-02T10:14:07.101234 #12345]  INFO -- : [8f2c1e9a] Started GET "/orders" for 10.0.0.1 at 2024-03-02 10:14:07 +0000
I, [2024-03-02T10:14:07.102345 #12345]  INFO -- : [8f2c1e9a] Processing by OrdersController#index as HTML
I, [2024-03-02T10:14:07.181000 #12345]  INFO -- : [8f2c1e9a] Completed 500 Internal Server Error in 79ms (ActiveRecord: 3.2ms | Allocations: 14022)
F, [2024-03-02T10:14:07.182000 #12345] FATAL -- : [8f2c1e9a]   
`;

  it('sees through ActionView::Template::Error to the PostgreSQL error it wraps', () => {
    const r = read(`${railsHead}[8f2c1e9a] ActionView::Template::Error (PG::UndefinedTable: ERROR:  relation "gift_cards" does not exist
LINE 1: SELECT "gift_cards".* FROM "gift_cards" WHERE "gift_cards"."order_id" = $1
                                   ^
):
[8f2c1e9a]     12:   <% @order.gift_cards.each do |card| %>
[8f2c1e9a] app/views/orders/index.html.erb:12`);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('migrations-not-run');
    expect(r.clues.some((c) => c.cause === 'template-error')).toBe(false);
  });

  it('sees through ActionView::Template::Error to a TLS failure of a called API', () => {
    const r =
      read(`${railsHead}[8f2c1e9a] ActionView::Template::Error (Faraday::SSLError: SSL_connect returned=1 errno=0 peeraddr=52.1.2.3:443 state=error: certificate verify failed (unable to get local issuer certificate)):
[8f2c1e9a]     4:   <%= render partial: "rates", locals: { rates: RatesClient.latest } %>
[8f2c1e9a] app/views/orders/index.html.erb:4`);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('tls-certificate');
    expect(r.rules).toContain('node-codes:UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    expect(r.clues.some((c) => c.cause === 'template-error')).toBe(false);
  });

  it('treats a bare ActionView::Template::Error as a pointer to the real error, and names a view bug as a template error', () => {
    const wrapped = read(`${railsHead}[8f2c1e9a] ActionView::Template::Error (something odd happened):\n[8f2c1e9a] app/views/orders/index.html.erb:3`);
    const clue = wrapped.clues.find((c) => c.rule === 'signature:rails-template-error');
    expect(clue?.look?.en).toMatch(/real error/);
    expect(wrapped.band).toBe('several');

    const viewBug = read(
      `${railsHead}[8f2c1e9a] ActionView::Template::Error (undefined local variable or method \`current_cart' for #<ActionView::Base:0x000055d5>):`,
    );
    expect(viewBug.family).toBe('code-bug');
    expect(viewBug.cause).toBe('template-error');
    expect(viewBug.rules).toContain('signature:rails-view-code-error');
  });

  it('reads a missing database password as an environment problem, not an outage', () => {
    const r = read(`${railsHead}[8f2c1e9a] PG::ConnectionBad (fe_sendauth: no password supplied):
[8f2c1e9a] activerecord (7.1.3) lib/active_record/connection_adapters/postgresql_adapter.rb:68:in \`rescue in new_client'`);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('missing-env-var');
    expect(r.rules).toContain('ruby:PG::ConnectionBad#1');
  });

  it('reads a Puma low-level error whose class is in #<…>', () => {
    const r = read(
      '2024-03-02 10:14:07 +0000 Rack app ("GET /account" - (10.0.0.1)): #<ActiveSupport::MessageEncryptor::InvalidMessage: ActiveSupport::MessageEncryptor::InvalidMessage>',
    );
    expect(r.cause).toBe('encryption-key-mismatch');
    expect(r.rules).toContain('ruby:ActiveSupport::MessageEncryptor::InvalidMessage');
  });

  it('reads a boot failure after a Ruby upgrade (Psych 4 aliases)', () => {
    const r = read(`bundler: failed to load command: puma (/app/vendor/bundle/ruby/3.2.0/bin/puma)
/usr/local/lib/ruby/3.2.0/psych/visitors/to_ruby.rb:432:in \`visit_Psych_Nodes_Alias': Unknown alias: default (Psych::BadAlias)
	from /usr/local/lib/ruby/3.2.0/psych/visitors/visitor.rb:30:in \`visit'`);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('dependency-version-mismatch');
    expect(r.rules).toContain('ruby:Psych::BadAlias');
  });

  it('does not count ordinary lines or 4xx exceptions', () => {
    for (const line of [
      `${railsHead.split('\n')[0]}`,
      'I, [2024-03-02T10:14:07.181000 #12345]  INFO -- : [8f2c1e9a] Completed 200 OK in 12ms (Views: 8.1ms | ActiveRecord: 1.2ms | Allocations: 4022)',
      'F, [2024-03-02T10:14:07.182000 #12345] FATAL -- : [8f2c1e9a] ActionController::RoutingError (No route matches [GET] "/wp-login.php"):',
      "F, [2024-03-02T10:14:07.182000 #12345] FATAL -- : [8f2c1e9a] ActiveRecord::RecordNotFound (Couldn't find Order with 'id'=1042):",
    ]) {
      expect(read(line).clues, line).toEqual([]);
    }
  });
});

describe('Node.js: stacks with "at …" frames', () => {
  it('finds the unset environment variable behind ERR_INVALID_URL', () => {
    const r = read(`2024-03-02T10:14:07.512Z info: Server listening on port 3000
2024-03-02T10:14:09.004Z error: Unhandled error in GET /api/rates
TypeError [ERR_INVALID_URL]: Invalid URL
    at new NodeError (node:internal/errors:405:5)
    at new URL (node:internal/url:676:13)
    at fetchRates (/app/src/services/rates.js:14:17)
    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5) {
  input: 'undefined',
  code: 'ERR_INVALID_URL'
}`);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('missing-env-var');
    expect(r.rules).toContain('node-codes:ERR_INVALID_URL');
    expect(r.rules).toContain('signature:node-url-input-undefined');
  });

  it('reads a Prisma request error by its code: migrations were not applied', () => {
    const r = read(`2024-03-02T10:14:09.004Z ERROR [orders] failed to list invoices
PrismaClientKnownRequestError: 
Invalid \`prisma.invoice.findMany()\` invocation in
/app/dist/routes/invoices.js:22:39

  19 router.get('/', async (req, res) => {
→ 22   const rows = await prisma.invoice.findMany(
The table \`public.Invoice\` does not exist in the current database.
    at In.handleRequestError (/app/node_modules/@prisma/client/runtime/library.js:122:6877)
    at async /app/dist/routes/invoices.js:22:18 {
  code: 'P2021',
  clientVersion: '5.10.2',
  meta: { modelName: 'Invoice', table: 'public.Invoice' }
}`);
    expect(r.family).toBe('deployment-artifact');
    expect(r.cause).toBe('migrations-not-run');
    expect(r.rules).toContain('node-codes:P2021');
  });

  it('reads a JWT signed with another secret as a key mismatch', () => {
    const r = read(`{"level":50,"time":1709374447512,"pid":31,"hostname":"api-7d9f","msg":"request failed"}
JsonWebTokenError: invalid signature
    at /app/node_modules/jsonwebtoken/verify.js:171:19
    at getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14)
    at module.exports [as verify] (/app/node_modules/jsonwebtoken/verify.js:101:10)
    at requireUser (/app/src/middleware/auth.js:12:23)`);
    expect(r.family).toBe('misconfiguration');
    expect(r.cause).toBe('encryption-key-mismatch');
    expect(r.rules).toContain('node:JsonWebTokenError#1');
  });

  it('reads an ESM-only dependency required from CommonJS, and OpenSSL 3 refusing an old build tool', () => {
    const esm = read(`/app/src/client.js:3
const fetch = require('node-fetch');
              ^

Error [ERR_REQUIRE_ESM]: require() of ES Module /app/node_modules/node-fetch/src/index.js from /app/src/client.js not supported.
Instead change the require of index.js in /app/src/client.js to a dynamic import() which is available in all CommonJS modules.
    at Object.<anonymous> (/app/src/client.js:3:15) {
  code: 'ERR_REQUIRE_ESM'
}`);
    expect(esm.family).toBe('deployment-artifact');
    expect(esm.rules).toContain('node-codes:ERR_REQUIRE_ESM');

    const ossl = read(`Error: error:0308010C:digital envelope routines::unsupported
    at new Hash (node:internal/crypto/hash:71:19)
    at Object.createHash (node:crypto:133:10)
    at module.exports (/app/node_modules/webpack/lib/util/createHash.js:135:53) {
  opensslErrorStack: [ 'error:03000086:digital envelope routines::initialization error' ],
  library: 'digital envelope routines',
  reason: 'unsupported',
  code: 'ERR_OSSL_EVP_UNSUPPORTED'
}`);
    expect(ossl.family).toBe('deployment-artifact');
    expect(ossl.cause).toBe('wrong-runtime-version');
    expect(ossl.rules).toContain('node-codes:ERR_OSSL_EVP_UNSUPPORTED');
  });

  it('blames the upstream for an AxiosError 5xx and DNS for a failed SRV lookup', () => {
    const axios = read(`AxiosError: Request failed with status code 502
    at settle (/app/node_modules/axios/dist/node/axios.cjs:1909:12)
    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:2989:11)`);
    expect(axios.family).toBe('dependency-failure');
    expect(axios.cause).toBe('upstream-api-failing');
    expect(axios.rules).toContain('node:AxiosError#1');

    const srv = read(`MongooseServerSelectionError: querySrv ENOTFOUND _mongodb._tcp.cluster0.ab1cd.mongodb.net
    at _handleConnectionErrors (/app/node_modules/mongoose/lib/connection.js:829:11)`);
    expect(srv.family).toBe('dependency-failure');
    expect(srv.cause).toBe('dns-failure');
    expect(srv.rules).toContain('signature:mongodb-srv-lookup-failed');
  });

  it('reads a Next.js image host that next.config.js does not allow', () => {
    const r = read(
      ' ⨯ Error: Invalid src prop (https://cdn.shop.example/p/1.png) on `next/image`, hostname "cdn.shop.example" is not configured under images in your `next.config.js`\nSee more info: https://nextjs.org/docs/messages/next-image-unconfigured-host',
    );
    expect(r.family).toBe('misconfiguration');
    expect(r.rules).toContain('signature:next-image-host-not-configured');
  });

  it('does not count ordinary lines', () => {
    expect(OWN_SIGNATURES.has('signature:node-esm-commonjs-mismatch')).toBe(true);
    for (const line of [
      '{"level":30,"time":1709374447512,"pid":31,"hostname":"api-7d9f","req":{"method":"GET","url":"/health"},"res":{"statusCode":200},"responseTime":3,"msg":"request completed"}',
      '2024-03-02T10:14:07.512Z info: Server listening on port 3000',
      'GET /api/orders 200 12.345 ms - 512',
      '(node:31) ExperimentalWarning: The Fetch API is an experimental feature. This feature could change at any time',
    ]) {
      expect(
        read(line).clues.filter((c) => ownRule(c.rule)),
        line,
      ).toEqual([]);
    }
  });
});

describe('Go: panics and goroutine dumps', () => {
  it('reads a concurrent map write as a race in the code', () => {
    const r = read(`2024/03/02 10:14:05 listening on :8080
fatal error: concurrent map writes

goroutine 48 [running]:
main.(*cache).set(...)
	/app/cache.go:31
main.(*server).handleOrder(0xc0000a8000, {0x7a3e80, 0xc0001b4000}, 0xc0001a6300)
	/app/server.go:88 +0x1c5
net/http.HandlerFunc.ServeHTTP(0x0?, {0x7a3e80?, 0xc0001b4000?}, 0x0?)
	/usr/local/go/src/net/http/server.go:2136 +0x29`);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('concurrency-bug');
    expect(r.rules).toContain('signature:go-concurrent-map-access');
  });

  it('reads a recovered handler panic on a nil pointer as a code bug', () => {
    const r = read(`2024/03/02 10:14:07 http: panic serving 10.0.0.7:53122: runtime error: invalid memory address or nil pointer dereference
goroutine 23 [running]:
net/http.(*conn).serve.func1()
	/usr/local/go/src/net/http/server.go:1854 +0xbf
panic({0x6b5e20, 0x9a4ae0})
	/usr/local/go/src/runtime/panic.go:890 +0x263
main.(*api).getOrder(0xc000012345, {0x7a3e80, 0xc0001b4000}, 0xc0001a6300)
	/app/orders.go:57 +0x8a`);
    expect(r.family).toBe('code-bug');
    expect(r.cause).toBe('unhandled-exception');
    expect(r.rules).toContain('signature:go-nil-pointer-dereference');
    expect(r.rules).toContain('signature:go-http-panic-serving');
  });

  it('lets the panic value decide when a panic only carries another error', () => {
    const r = read(`2024/03/02 10:14:05 starting orders service
panic: dial tcp 10.0.3.7:5432: connect: connection refused

goroutine 1 [running]:
main.mustOpenDB({0xc00001e0c0, 0x3d})
	/app/db.go:21 +0x1b4
main.main()
	/app/main.go:14 +0x65
exit status 2`);
    expect(r.family).toBe('dependency-failure');
    expect(r.cause).toBe('database-down');
    expect(r.rules).toContain('signature:go-panic');
  });

  it('reads DNS, TLS and lib/pq errors from a Go service', () => {
    const dns = read(
      '2024/03/02 10:14:07 get rates: Get "https://api.partner.example/v1/rates": dial tcp: lookup api.partner.example on 10.96.0.10:53: no such host',
    );
    expect(dns.family).toBe('dependency-failure');
    expect(dns.cause).toBe('dns-failure');
    expect(dns.rules).toContain('signature:go-dns-lookup-failed');

    const tls = read(
      '2024/03/02 10:14:07 charge failed: Post "https://api.payments.example/v1/charges": tls: failed to verify certificate: x509: certificate signed by unknown authority',
    );
    expect(tls.family).toBe('misconfiguration');
    expect(tls.cause).toBe('tls-certificate');

    const auth = read('2024/03/02 10:14:07 open db: pq: password authentication failed for user "orders"');
    expect(auth.family).toBe('misconfiguration');
    expect(auth.cause).toBe('wrong-db-credentials');

    const table = read('2024/03/02 10:14:07 list invoices: pq: relation "invoices" does not exist');
    expect(table.family).toBe('deployment-artifact');
    expect(table.cause).toBe('migrations-not-run');
  });

  it('reads database/sql misuse as a code bug and a dead pooled connection as the database side', () => {
    const noRows = read('2024/03/02 10:14:07 GET /orders/1042: load order: sql: no rows in result set');
    expect(noRows.family).toBe('code-bug');
    expect(noRows.rules).toContain('signature:go-sql-no-rows');

    const bad = read('2024/03/02 10:14:07 GET /orders: list orders: driver: bad connection');
    expect(bad.family).toBe('dependency-failure');
    expect(bad.rules).toContain('signature:go-driver-bad-connection');
  });

  it('does not count ordinary lines', () => {
    for (const line of [
      '2024/03/02 10:14:05 listening on :8080',
      '2024/03/02 10:14:07 GET /healthz 200 312µs',
      'recovered from panic in worker, continuing',
      'goroutine 1 [running]:',
    ]) {
      expect(read(line).clues, line).toEqual([]);
    }
  });
});
