/**
 * Test servers: a real server per test (Redis 7.0, Redis 8.0 or Valkey 8.1, as
 * `DESIR_SERVER` says), and a scripted fake for what a real server cannot do.
 *
 * @example
 * ```ts
 * import { startFakeServer, startRedis } from "./harness/mod.ts";
 * await using server = await startRedis({ tls: true });
 * await using fake = await startFakeServer();
 * ```
 *
 * @module
 */

export * from "./redis_server.ts";
export * from "./fake_server.ts";
export * from "./server_kind.ts";
