/**
 * The caches of a cluster client's nodes, seen as one: summed stats, one flush.
 *
 * @module
 */
import type { CacheStats, ClientCache } from "./client_cache.ts";
import { noStats } from "./_entries.ts";

/**
 * A cluster client's cache (`new RedisCluster({ cache })`): each node's client keeps its
 * own entries, tracked on its own connection, and this view adds them up.
 *
 * @example
 * ```ts
 * import { RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"], cache: {} });
 * await c.get("user:{1}");
 * console.log(c.cache!.stats.entries); // the entries of every node
 * ```
 */
export class CacheGroup {
  readonly #caches: () => Iterable<ClientCache | undefined>;

  /**
   * Sums these caches; `new RedisCluster({ cache })` makes the cluster's.
   *
   * @param caches The nodes' caches, asked anew each time.
   */
  constructor(caches: () => Iterable<ClientCache | undefined>) {
    this.#caches = caches;
  }

  /** The counters of every node's cache, summed. */
  get stats(): CacheStats {
    const sum = noStats();
    for (const cache of this.#caches()) {
      if (!cache) continue;
      const stats = cache.stats;
      for (const name of Object.keys(sum) as (keyof CacheStats)[]) {
        sum[name] += stats[name];
      }
    }
    return sum;
  }

  /** Drops every entry of every node. */
  flush(): void {
    for (const cache of this.#caches()) cache?.flush();
  }
}
