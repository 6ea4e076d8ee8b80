/**
 * Redis Cluster: {@linkcode RedisCluster} routes each command to the node that owns its
 * keys' hash slot and follows MOVED, ASK and failovers; this entry adds what only a
 * cluster user names: topology types, the slot function, and the cache group of a
 * cluster's nodes. Its pipelines and transactions are the main entry's `Pipeline` and
 * `Transaction`, as on one server.
 *
 * @example
 * ```ts
 * import { keySlot, RedisCluster } from "@desir/desir/cluster";
 *
 * await using c = new RedisCluster({ nodes: ["redis://10.0.0.1:7000"] });
 * await c.set("user:{42}:name", "Ada");
 * console.log(keySlot("user:{42}:name") === keySlot("{42}")); // true
 * ```
 *
 * @module
 */
export {
  type ClusterEventMap,
  type ClusterEventType,
  type ClusterSeed,
  type ReadFrom,
  RedisCluster,
  type RedisClusterOptions,
} from "./lib/cluster/cluster.ts";
export { ClusterError, type ClusterErrorCode } from "./lib/errors.ts";
export { keySlot, SLOTS } from "./lib/cluster/slot.ts";
export type { ClusterNodeInfo, ClusterShard } from "./lib/cluster/topology.ts";
export { CacheGroup } from "./lib/cache/cache_group.ts";
