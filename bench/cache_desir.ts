/**
 * desir's runner of the cache bench: with the client-side cache, or without.
 *
 * Run: `deno run --allow-all bench/cache_desir.ts <desir|desir-cache> <mixed|hits> <port> <ops>`
 * (or `bun bench/cache_desir.ts …`)
 *
 * @module
 */
import process from "node:process";
import { Redis } from "../mod.ts";
import { runCacheWorkload } from "./_cache_workload.mjs";

const [variant, shape, port, ops] = process.argv.slice(2);
const r = new Redis({
  port: Number(port),
  cache: variant === "desir-cache" ? { maxEntries: 10_000 } : undefined,
});
await runCacheWorkload(
  {
    get: (key) => r.get(key),
    set: (key, value) => r.set(key, value),
    stats: () => r.cache?.stats,
    close: () => r.close(),
  },
  shape,
  Number(ops),
  () => process.memoryUsage().rss,
);
