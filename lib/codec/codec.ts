/**
 * A compact binary codec for everything `structuredClone` accepts, built on web
 * standards only, so Deno, Bun, Node and workers write and read the same bytes. desir
 * uses it for values it keeps in Redis (Connector messages, RPC calls, RedisMap/Set/List).
 *
 * `deserialize(serialize(v))` gives what `structuredClone(v)` gives: `-0`, `NaN`,
 * `undefined`, bigints, boxed primitives, Dates (also invalid ones), RegExps (without
 * `lastIndex`), Maps, Sets, arrays with holes and named properties, plain objects (own
 * enumerable string keys; getters read once; class instances become plain objects),
 * ArrayBuffers (also resizable), every typed array and DataView (views of one buffer
 * still share one buffer), Errors (Error, EvalError, RangeError, ReferenceError,
 * SyntaxError, TypeError, URIError by `name`, any other name becomes Error; `message`,
 * `stack` and `cause` kept, like Deno), DOMExceptions (name, message, stack), and shared
 * references and cycles with their identity.
 *
 * Where it differs from Deno's `structuredClone`: a SharedArrayBuffer (whose point is
 * shared memory) and Blob/File (whose bytes are only readable asynchronously) are
 * rejected, and so are URL, URLSearchParams, Headers, Request and Response also inside
 * other values (Deno rejects them at the top level only and elsewhere makes them `{}`);
 * a Proxy is read through its traps, and a Map, Set or ArrayBuffer whose prototype was
 * replaced is not recognised, as plain JavaScript cannot tell them apart; nesting is
 * limited to 1000 levels on both sides (Deno's own limit is about 3000).
 *
 * ## Format (version 1)
 * One version byte (1), then one value, then nothing. A value is a tag byte and a body.
 * Counts and lengths are unsigned LEB128 varints.
 *
 * | tag         | value                 | body                                                                |
 * | ----------- | --------------------- | ------------------------------------------------------------------- |
 * | 0x80..0xff  | integer 0..127        | none                                                                |
 * | 0x40..0x7f  | Latin-1 string, 0..63 | the chars, one byte each                                            |
 * | 0x00..0x03  | undefined null false true | none                                                            |
 * | 0x04        | integer, abs < 2^52   | zigzag varint                                                       |
 * | 0x05        | number                | float64, little-endian                                              |
 * | 0x06        | bigint                | varint (bytes << 1 \| negative), magnitude little-endian            |
 * | 0x07/08/09  | string                | varint length, Latin-1 / UTF-8 / UTF-16LE (lone surrogates) units    |
 * | 0x0a        | back-reference        | varint id: objects are numbered as first met (a view after its buffer) |
 * | 0x0b        | object                | properties                                                          |
 * | 0x0c        | array                 | varint length, that many values (0x0e = hole), properties          |
 * | 0x0d        | sparse array          | varint length, varint count, count × (varint index, value), properties |
 * | 0x0f        | Date                  | float64 time value                                                  |
 * | 0x10        | RegExp                | source string, flags string                                        |
 * | 0x11 / 0x12 | Map / Set             | varint size, keys and values / values                              |
 * | 0x13        | boxed primitive       | the primitive value                                                 |
 * | 0x14 / 0x15 | ArrayBuffer           | varint length, [varint maxByteLength if resizable], bytes          |
 * | 0x16        | typed array, DataView | kind byte (+0x80 length-tracking), buffer, varint offset, [varint length] |
 * | 0x17        | Error                 | byte (constructor \| 0x10 message \| 0x20 stack \| 0x40 cause), those fields |
 * | 0x18        | DOMException          | byte (1 = has stack), name, message, [stack]                       |
 * | 0x19        | object of a known shape | varint shape id, one value per key (0x0e = key deleted by a getter) |
 *
 * Properties are (key, value) pairs ended by a zero byte. A key is a varint `h`: `h & 3`
 * is 1 for a new Latin-1 key, 2 for UTF-8, 0 for UTF-16 (`h >> 2` units follow), or 3 for
 * a key met before (`h >> 2` is its id), so repeated keys cost a byte or two. Each 0x0b
 * object with keys defines the next shape id: a later object with the same keys in the
 * same order (an array of records) is written as 0x19 and carries only its values.
 *
 * ## Untrusted input
 * Anyone who can write the Redis key writes the bytes, so `deserialize` checks every
 * length and count against the bytes left before allocating (a resizable ArrayBuffer's
 * `maxByteLength` is capped at 4 GiB, and all of them together at 64 MiB plus 16 bytes per
 * input byte, as the address space they reserve is real), bounds nesting, runs no code but the builtin
 * constructors, and defines keys such as `__proto__` as own properties, as
 * `structuredClone` and `JSON.parse` do.
 *
 * @module
 */

import { encode } from "./_codec_encode.ts";
import { decode } from "./_codec_decode.ts";

/**
 * Encodes a value that `structuredClone` accepts into bytes that {@linkcode deserialize}
 * turns back into what `structuredClone` would return.
 *
 * @example Round trip
 * ```ts
 * import { deserialize, serialize } from "@desir/desir/codec";
 * const bytes = serialize({ when: new Date(0), tags: new Set(["a"]), n: 10n });
 * const copy = deserialize(bytes) as { when: Date; tags: Set<string>; n: bigint };
 * console.log(copy.when.getTime(), copy.tags.has("a"), copy.n); // 0 true 10n
 * ```
 *
 * @param value Anything `structuredClone` accepts.
 * @returns The encoding, starting with the format version byte.
 * @throws {DOMException} named `DataCloneError` for what `structuredClone` rejects:
 * functions, symbols, WeakMap, WeakSet, WeakRef, Promise, … (also inside other values),
 * and SharedArrayBuffer and Blob.
 * @throws {RangeError} when the value nests deeper than 1000 levels.
 */
export function serialize(value: unknown): Uint8Array {
  return encode(value);
}

/**
 * Decodes bytes written by {@linkcode serialize}. The bytes may come from anyone: a
 * malformed input fails with a TypeError or RangeError saying what is wrong and where,
 * without large allocations, deep recursion or prototype changes.
 *
 * @example Read back a value stored in Redis
 * ```ts
 * import { deserialize, serialize } from "@desir/desir/codec";
 * const stored = serialize(new Map([["k", [1, , 3]]]));
 * const map = deserialize(stored) as Map<string, number[]>;
 * console.log(map.get("k")); // [ 1, <1 empty item>, 3 ]
 * ```
 *
 * @param bytes A whole encoding, as {@linkcode serialize} returned it.
 * @returns The decoded value.
 * @throws {TypeError} when the bytes are not this format: another version, an unknown
 * tag, a reference to an unknown object, invalid UTF-8, trailing bytes.
 * @throws {RangeError} when the bytes are cut short, a length or count exceeds what is
 * left, or nesting is deeper than 1000 levels.
 */
export function deserialize(bytes: Uint8Array): unknown {
  return decode(bytes);
}
