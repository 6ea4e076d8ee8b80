/**
 * desir's runner of the cache bench: with the client-side cache, or without.
 *
 * Run: `deno run --allow-all bench/cache_desir.ts <desir|desir-cache|ceiling> <mixed|hits> <port> <ops> <callers>`,
 * or `… --v8-flags=--expose-gc bench/cache_desir.ts memory - <port> <entries> <maxBytes>`
 * (or `bun bench/cache_desir.ts …`)
 *
 * @module
 */
import process from "node:process";
import { Redis } from "../mod.ts";
import { runCacheWorkload } from "./_cache_workload.mjs";

const [variant, shape, port, ops, callers] = process.argv.slice(2);
const r = new Redis({
  port: Number(port),
  cache: variant === "desir-cache" ? { maxEntries: 10_000 } : undefined,
});
if (variant === "memory") {
  // The heap the entries really take, against the cache's own estimate (stats.bytes)
  // and its bound (maxBytes).
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("memory needs --v8-flags=--expose-gc");
  const maxBytes = Number(callers);
  const cached = new Redis({
    port: Number(port),
    cache: { maxEntries: 1_000_000, maxBytes },
  });
  const n = Number(ops);
  const value = "x".repeat(100);
  for (let i = 0; i < n; i += 1000) {
    await Promise.all(
      Array.from({ length: 1000 }, (_, j) => r.set(`mem:${i + j}`, value)),
    );
  }
  await cached.ping();
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < n; i += 1000) {
    await Promise.all(
      Array.from({ length: 1000 }, (_, j) => cached.get(`mem:${i + j}`)),
    );
  }
  gc();
  const { entries, bytes } = cached.cache!.stats;
  const filled = process.memoryUsage().heapUsed;
  // What the entries hold is what dropping them frees (the connection's own buffers,
  // grown for 1,000 calls at once, stay).
  cached.cache!.flush();
  gc();
  console.log(JSON.stringify({
    maxBytes,
    entries,
    estimatedBytes: bytes,
    heapBytes: filled - process.memoryUsage().heapUsed,
    heapGrowth: filled - before,
  }));
  await Promise.all([cached.close(), r.close()]);
  process.exit(0);
}

// `ceiling`: a plain Map of settled promises, no Redis at all. No cache that answers
// with a promise can beat it: it is what the workload loop itself costs.
const map = new Map<string, Promise<string>>();
const ceiling = {
  get: (key: string) => map.get(key) ?? Promise.resolve(null),
  set: (key: string, value: string) =>
    Promise.resolve(map.set(key, Promise.resolve(value))),
  stats: () => undefined,
  close: () => r.close(),
};
await runCacheWorkload(
  variant === "ceiling" ? ceiling : {
    get: (key) => r.get(key),
    set: (key, value) => r.set(key, value),
    stats: () => r.cache?.stats,
    close: () => r.close(),
  },
  shape,
  Number(ops),
  () => process.memoryUsage().rss,
  Number(callers),
);
