/**
 * Test servers: a real `redis-server` per test, and a scripted fake for what a real
 * server cannot do.
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
