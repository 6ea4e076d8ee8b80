/**
 * The codec desir stores values with (Connector messages, RPC calls,
 * RedisMap/Set/List): {@linkcode serialize} writes anything `structuredClone` accepts
 * as versioned bytes, {@linkcode deserialize} reads them back, safely from any source.
 *
 * @example
 * ```ts
 * import { deserialize, serialize } from "@desir/desir/codec";
 *
 * const bytes = serialize({ when: new Date(0), tags: new Set(["a"]), n: 10n });
 * const copy = deserialize(bytes) as { when: Date; tags: Set<string>; n: bigint };
 * console.log(copy.when.getTime(), copy.tags.has("a"), copy.n); // 0 true 10n
 * ```
 *
 * @module
 */
export { deserialize, serialize } from "./lib/codec/codec.ts";
