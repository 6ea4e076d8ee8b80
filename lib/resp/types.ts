/**
 * The shapes the RESP decoder produces and its options: what a reply is, and where it goes.
 *
 * @module
 */

import type { RedisError } from "../errors.ts";

/**
 * A decoded reply. Bulk, verbatim and streamed strings are `Uint8Array`s in bytes mode;
 * RESP3 maps are `Map`s (or {@linkcode RespObject}s), sets are arrays (or `Set`s), error
 * replies are {@linkcode RedisError}s, integers beyond 2^53 and big numbers are bigints.
 */
export type RespValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | Uint8Array
  | RedisError
  | RespValue[]
  | Map<RespValue, RespValue>
  | Set<RespValue>
  | RespObject;

/** A RESP3 map decoded with `maps: "object"`: a null-prototype object with string keys. */
export interface RespObject {
  /** A map value under its key, as a string (numbers and bytes converted). */
  [key: string]: RespValue;
}

/** Safety limits and shapes for a {@linkcode Decoder}. */
export interface DecoderOptions {
  /** Longest bulk, verbatim, blob error or streamed string accepted, in bytes. @default 536870912 (512 MiB, Redis' proto-max-bulk-len) */
  maxBulkLength?: number;
  /** Most elements (map pairs) in one array, map, set, attribute or push. @default 4294967295 (the longest JS array) */
  maxAggregateLength?: number;
  /** Deepest nesting of aggregates. @default 128 */
  maxDepth?: number;
  /** Longest line (simple string, error, number, type header) without its CRLF, in bytes. @default 65536 */
  maxLineLength?: number;
  /** RESP3 maps as `Map`s, or as null-prototype objects with string keys. @default "map" */
  maps?: "map" | "object";
  /** RESP3 sets as arrays (the RESP2 shape), or as `Set`s. @default "array" */
  sets?: "array" | "set";
}

/** Where a {@linkcode Decoder} delivers what it decoded. Handlers must not throw. */
export interface ReplyHandler {
  /**
   * One complete top-level reply; an error reply arrives as a `RedisError`.
   * `attributes` holds every RESP3 attribute map met while decoding it, in order.
   */
  reply(value: RespValue, attributes?: Map<RespValue, RespValue>[]): void;
  /** One complete top-level RESP3 push frame, with the attributes met while decoding it. */
  push(value: RespValue[], attributes?: Map<RespValue, RespValue>[]): void;
}
