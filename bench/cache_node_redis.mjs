/**
 * node-redis' runner of the cache bench: RESP3 with its `clientSideCache`, or without.
 *
 * Run: `node bench/cache_node_redis.mjs <node-redis|node-redis-cache> <mixed|hits> <port> <ops> <callers>`
 *
 * @module
 */
import { createRequire } from "node:module";
import { runCacheWorkload } from "./_cache_workload.mjs";

const require = createRequire(new URL("./peers/", import.meta.url));
const { createClient } = require("redis");

const [variant, shape, port, ops, callers] = process.argv.slice(2);
const cached = variant === "node-redis-cache";
const r = createClient({
  socket: { host: "127.0.0.1", port: Number(port) },
  ...(cached
    ? { RESP: 3, clientSideCache: { ttl: 0, maxEntries: 10_000 } }
    : {}),
});
await r.connect();
await runCacheWorkload(
  {
    get: (key) => r.get(key),
    set: (key, value) => r.set(key, value),
    stats() {
      const s = cached ? r.clientSideCache.stats() : undefined;
      return s && { hits: s.hitCount, misses: s.missCount };
    },
    close: () => r.quit(),
  },
  shape,
  Number(ops),
  () => process.memoryUsage().rss,
  Number(callers),
);
