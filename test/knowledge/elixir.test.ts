/**
 * The Elixir exception modules (content/knowledge/elixir.json) read through the
 * real log reader, on excerpts as Phoenix and Ecto print them: `** (Module)
 * message` lines with the request id, frames as `(app 1.2.3) lib/x.ex:12:`.
 * In an Elixir log a bare `KeyError` is Elixir's, not Python's.
 */
import { describe, expect, it } from 'vitest';
import { log, read } from './servers-cloud-helpers.ts';

const elixir = (rules: readonly string[]) => rules.filter((r) => r.startsWith('elixir:'));

describe('Phoenix and Ecto errors', () => {
  it("reads a bare KeyError in a Phoenix log as Elixir's, a code bug", () => {
    const r = read(log`
      10:15:02.118 request_id=F8Lh2a1bQx [info] GET /api/rooms/7
      10:15:02.121 request_id=F8Lh2a1bQx [error] ** (KeyError) key :owner not found in: %{id: 7, name: "Lobby"}
          (chat 0.4.1) lib/chat_web/controllers/room_json.ex:18: ChatWeb.RoomJSON.data/1
          (phoenix 1.7.10) lib/phoenix/router.ex:432: Phoenix.Router.__call__/5
    `);
    expect(r.family).toBe('code-bug');
    expect(elixir(r.rules)).toContain('elixir:KeyError');
    expect(r.rules.some((rule) => rule.startsWith('python:') || rule.startsWith('ruby:'))).toBe(false);
  });

  it('tells an exhausted Ecto pool from a database that refuses connections', () => {
    const pool = read(log`
      14:02:11.502 request_id=F8M1 [error] ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after 2843ms. This means requests are coming in and your connection pool cannot serve them fast enough.
          (db_connection 2.6.0) lib/db_connection.ex:1000: DBConnection.run/3
    `);
    expect(pool.family).toBe('resource-exhaustion');
    expect(pool.cause).toBe('connection-pool-exhausted');
    const refused = read(log`
      14:02:11.502 [error] Postgrex.Protocol (#PID<0.2385.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect (db:5432): connection refused - :econnrefused
    `);
    expect(refused.family).toBe('dependency-failure');
    expect(refused.cause).toBe('database-down');
  });

  it('reads pending migrations, a missing module in a release and a missing environment variable', () => {
    const pending = read(log`
      09:00:01.000 request_id=F8M2 [error] ** (Phoenix.Ecto.PendingMigrationError) there are pending migrations for repo: Shop.Repo. Try running \`mix ecto.migrate\` in the command line to migrate it
    `);
    expect(pending.family).toBe('deployment-artifact');
    expect(pending.cause).toBe('migrations-not-run');
    const module = read(log`
      12:01:51.405 request_id=F8Lx [error] ** (UndefinedFunctionError) function :crypto.mac/4 is undefined (module :crypto is not available)
          (plug_crypto 2.0.0) lib/plug/crypto/message_verifier.ex:127: Plug.Crypto.MessageVerifier.sign/3
    `);
    expect(module.family).toBe('deployment-artifact');
    expect(module.rules).toContain('elixir:UndefinedFunctionError#1');
    const typo = read('** (UndefinedFunctionError) function Shop.Orders.list_open/2 is undefined or private');
    expect(typo.family).toBe('code-bug');
    const env = read(log`
      ERROR! Config provider Config.Reader failed with:
      ** (RuntimeError) environment variable DATABASE_URL is missing.
      For example: ecto://USER:PASS@HOST/DATABASE
    `);
    expect(env.family).toBe('misconfiguration');
    expect(env.cause).toBe('missing-env-var');
  });

  it('reads the reason of a File.Error, and a wrong password in a Postgrex FATAL as configuration', () => {
    const denied = read('** (File.Error) could not write to file "/app/uploads/a.png": permission denied');
    expect(denied.family).toBe('permissions');
    const full = read('** (File.Error) could not write to file "/app/tmp/upload-1": no space left on device');
    expect(full.family).toBe('resource-exhaustion');
    const password = read('** (Postgrex.Error) FATAL 28P01 (invalid_password) password authentication failed for user "shop"');
    expect(password.family).toBe('misconfiguration');
    expect(password.rules).toContain('sqlstate:28P01');
  });

  it('finds nothing of the table in a healthy Phoenix log', () => {
    const r = read(log`
      12:01:44.118 [info] Running ShopWeb.Endpoint with Bandit 1.2.3 at :::4000 (http)
      12:01:44.120 [info] Access ShopWeb.Endpoint at https://shop.example
      12:01:51.402 request_id=F8LxYzAbC1 [info] POST /users/log_in
      12:01:51.406 request_id=F8LxYzAbC1 [info] Sent 302 in 4ms
      12:01:52.001 [debug] QUERY OK source="users" db=0.4ms idle=1203.3ms
    `);
    expect(elixir(r.rules)).toEqual([]);
    expect(r.analysis.evidence.families).toEqual({});
  });
});

describe('configuration and file modes refused by the program that reads them', () => {
  it('reads HAProxy and Envoy refusing their configuration as web server configuration', () => {
    const haproxy = read(log`
      [NOTICE]   (1) : haproxy version is 2.8.5-aaba8d0
      [ALERT]    (1) : config : parsing [/usr/local/etc/haproxy/haproxy.cfg:42] : unknown keyword 'timeout-srv' in 'backend' section
      [ALERT]    (1) : config : Fatal errors found in configuration.
    `);
    expect(haproxy.family).toBe('misconfiguration');
    expect(haproxy.cause).toBe('web-server-config');
    const envoy = read(
      "[2024-05-02 10:00:00.001][1][critical][main] [source/server/server.cc:117] error initializing configuration '/etc/envoy/envoy.yaml': Protobuf message has unknown fields",
    );
    expect(envoy.family).toBe('misconfiguration');
    expect(read('[WARNING]  (1) : config : log format ignored for frontend http-in since it has no log address.').analysis.clues).toEqual([]);
  });

  it('reads a data directory or key file with the wrong mode or owner as file permissions', () => {
    const pg = read(log`
      db-1  | 2024-04-10 06:01:33.118 UTC [1] FATAL:  data directory "/var/lib/postgresql/data" has invalid permissions
      db-1  | 2024-04-10 06:01:33.118 UTC [1] DETAIL:  Permissions should be u=rwx (0700) or u=rwx,g=rx (0750).
      db-1 exited with code 1
    `);
    expect(pg.family).toBe('permissions');
    expect(pg.rules).toContain('signature:wrong-mode-or-owner');
    expect(read('FATAL:  data directory "/var/lib/postgresql/data" has wrong ownership').family).toBe('permissions');
  });
});
