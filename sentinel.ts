/**
 * Redis Sentinel: the types of the `RedisOptions` fields that make a client ask the
 * sentinels where the master is, and follow it through failovers.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * import type { SentinelOptions } from "@desir/desir/sentinel";
 *
 * const sentinel: SentinelOptions = {
 *   sentinels: [{ hostname: "10.0.0.1" }, { hostname: "10.0.0.2" }],
 *   masterName: "mymaster",
 * };
 * await using r = new Redis(sentinel);
 * await r.set("k", "v"); // on whichever server is the master now
 * ```
 *
 * @module
 */
export type {
  SentinelAddress,
  SentinelOptions,
} from "./lib/sentinel/sentinel.ts";
