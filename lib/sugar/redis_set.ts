/**
 * RedisSet: an async `Set` of any values, kept in a Redis set.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import { type CollectionOptions, Values } from "./value_codec.ts";
import { integer } from "./_replies.ts";
import { scan } from "./_scan.ts";
import type { PageOptions } from "./redis_map.ts";

/**
 * A `Set`-like view of the Redis set `key`: every operation is one command, so several
 * processes can share the set. Members go through the codec, so anything
 * `structuredClone` accepts can be stored.
 *
 * Keys: one, `key` itself (after the client's `keyPrefix`), a Redis set whose members
 * are the encoded values.
 *
 * Members are compared by value, not identity: two values are the same member when they
 * encode to the same bytes (`{ a: 1 }` and another `{ a: 1 }` are; `{ a: 1, b: 2 }` and
 * `{ b: 2, a: 1 }` are not, as key order is kept).
 *
 * Iteration reads the set a page at a time with `SSCAN`: a member present for the whole
 * iteration is seen, one added or removed meanwhile may or may not be, and one may
 * rarely come twice.
 *
 * @example
 * ```ts
 * import { Redis, RedisSet } from "@desir/desir";
 * await using r = new Redis();
 * const tags = new RedisSet<string>(r, "tags");
 * await tags.add("redis");
 * await tags.add("redis");
 * console.log(await tags.size(), await tags.has("redis")); // 1 true
 * for await (const tag of tags) console.log(tag);
 * ```
 */
export class RedisSet<V = unknown> implements AsyncIterable<V> {
  /** The Redis key of the set. */
  readonly key: string;
  readonly #redis: CommandSender;
  readonly #values: Values<V>;

  /**
   * A view of the set `key` (nothing is sent until an operation).
   *
   * @param redis The client to use (any object with `sendCommand`).
   * @param key The set's key.
   * @param options How values are stored (`codec`, desir's by default).
   * @throws {TypeError} When `options` is not an options object or `codec` is not a
   * known codec.
   */
  constructor(
    redis: CommandSender,
    key: string,
    options: CollectionOptions<V> = {},
  ) {
    this.#redis = redis;
    this.key = key;
    this.#values = new Values({ kind: "RedisSet", key }, options);
  }

  /**
   * Adds `value` (nothing changes when it is already a member).
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisSet(r, "seen").add({ x: 1, y: 2 });
   * ```
   * @returns This set.
   * @throws {DOMException} `DataCloneError` when `structuredClone` would refuse `value`.
   */
  async add(value: V): Promise<this> {
    await this.#redis.sendCommand([
      "SADD",
      this.key,
      this.#values.encode(value),
    ]);
    return this;
  }

  /**
   * Whether `value` is a member.
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new RedisSet(r, "seen").has({ x: 1, y: 2 }));
   * ```
   */
  async has(value: V): Promise<boolean> {
    return integer(
      await this.#redis.sendCommand([
        "SISMEMBER",
        this.key,
        this.#values.encode(value),
      ]),
    ) === 1;
  }

  /**
   * Removes `value`; true when it was a member.
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisSet(r, "seen").delete({ x: 1, y: 2 });
   * ```
   */
  async delete(value: V): Promise<boolean> {
    return integer(
      await this.#redis.sendCommand([
        "SREM",
        this.key,
        this.#values.encode(value),
      ]),
    ) === 1;
  }

  /**
   * Removes every member (deletes the key).
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisSet(r, "seen").clear();
   * ```
   */
  async clear(): Promise<void> {
    await this.#redis.sendCommand(["DEL", this.key]);
  }

  /**
   * The number of members.
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new RedisSet(r, "seen").size());
   * ```
   */
  async size(): Promise<number> {
    return integer(await this.#redis.sendCommand(["SCARD", this.key]));
  }

  /**
   * The members, read a page at a time, in no particular order.
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * for await (const member of new RedisSet(r, "seen").values({ count: 500 })) {
   *   console.log(member);
   * }
   * ```
   */
  async *values(
    options: PageOptions = {},
  ): AsyncGenerator<V, void, undefined> {
    for await (
      const raw of scan(this.#redis, "SSCAN", this.key, options.count)
    ) {
      yield this.#values.decode(raw);
    }
  }

  /** Same as `values()`. */
  [Symbol.asyncIterator](): AsyncGenerator<V, void, undefined> {
    return this.values();
  }

  /**
   * A local `Set` copy of every member.
   *
   * @example
   * ```ts
   * import { Redis, RedisSet } from "@desir/desir";
   * await using r = new Redis();
   * const copy: Set<unknown> = await new RedisSet(r, "seen").toSet();
   * ```
   */
  async toSet(options: PageOptions = {}): Promise<Set<V>> {
    const set = new Set<V>();
    for await (const value of this.values(options)) set.add(value);
    return set;
  }
}
