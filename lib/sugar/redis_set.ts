/**
 * RedisSet: an async `Set` of any values, kept in a Redis set.
 *
 * @module
 */
import { RedisCollection } from "./redis_collection.ts";
import { scan } from "./_scan.ts";
import type { PageOptions } from "./redis_map.ts";

/**
 * A `Set`-like view of the Redis set `key`: every operation is one command, so several
 * processes can share the set. Members go through the codec, so anything
 * `structuredClone` accepts can be stored.
 *
 * Made with `new RedisSet(redis, key, options?)`: the constructor, `key` and `clear()` are
 * {@linkcode RedisCollection}'s.
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
export class RedisSet<V = unknown> extends RedisCollection<V>
  implements AsyncIterable<V> {
  /** @ignore */
  protected kind(): "RedisSet" {
    return "RedisSet";
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
    await this.redis.sendCommand([
      "SADD",
      this.key,
      this.codec.encode(value),
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
    return await this.integer("SISMEMBER", this.codec.encode(value)) === 1;
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
    return await this.integer("SREM", this.codec.encode(value)) === 1;
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
  size(): Promise<number> {
    return this.integer("SCARD");
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
      const raw of scan(this.redis, "SSCAN", this.key, options.count)
    ) {
      yield this.codec.decode(raw);
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
