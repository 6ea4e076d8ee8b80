/**
 * The shapes of the generated command tables (lib/_key_specs.ts, lib/_command_tips.ts):
 * kept by hand here, so the generator writes data only.
 *
 * @module
 */

/**
 * One key specification: where the search begins (an index, or a keyword searched from
 * `startfrom`), then how keys are found: a range (`find` 0: last key, step, limit) or
 * a key count argument (`find` 1: its index, first key, step).
 */
export type KeySpec = readonly [
  begin: number | string,
  startfrom: number,
  find: 0 | 1,
  a: number,
  b: number,
  c: number,
];

/** Where a command goes: https://redis.io/docs/reference/command-tips/ */
export type RequestPolicy =
  | "default"
  | "all_nodes"
  | "all_shards"
  | "multi_shard"
  | "special";

/** How the replies of a command sent to several nodes become one. */
export type ResponsePolicy =
  | "one_succeeded"
  | "all_succeeded"
  | "agg_logical_and"
  | "agg_logical_or"
  | "agg_min"
  | "agg_max"
  | "agg_sum"
  | "special";
