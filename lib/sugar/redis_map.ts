/**
 * RedisMap: an async `Map` of string keys to any value, kept in a Redis hash.
 *
 * @module
 */
import { text } from "../_text.ts";
import { RedisCollection } from "./redis_collection.ts";
import { scan } from "./_scan.ts";

/** How iteration reads the collection. */
export interface PageOptions {
  /** Elements asked for per round trip (a hint to the server for scans). @default 100 */
  count?: number;
}

/**
 * A `Map`-like view of the Redis hash `key`: every operation is one command, so several
 * processes can share the map. Keys are strings (the hash's fields); values go through
 * the codec, so anything `structuredClone` accepts can be stored, and what you get back
 * is a copy.
 *
 * Made with `new RedisMap(redis, key, options?)`: the constructor, `key` and `clear()` are
 * {@linkcode RedisCollection}'s.
 *
 * Keys: one, `key` itself (after the client's `keyPrefix`), a Redis hash: each entry is
 * one field, named by the entry's key, holding the encoded value.
 *
 * Iteration reads the hash a page at a time with `HSCAN`: an entry present for the whole
 * iteration is seen, one added or removed meanwhile may or may not be, and one may
 * rarely come twice.
 *
 * @example
 * ```ts
 * import { Redis, RedisMap } from "@desir/desir";
 * await using r = new Redis();
 * const user = new RedisMap<string | Date>(r, "user:1");
 * await user.set("name", "Ada");
 * await user.set("joined", new Date());
 * console.log(await user.get("name"), await user.size()); // "Ada" 2
 * for await (const [field, value] of user) console.log(field, value);
 * ```
 */
export class RedisMap<V = unknown> extends RedisCollection<V>
  implements AsyncIterable<[string, V]> {
  /** @ignore */
  protected kind(): "RedisMap" {
    return "RedisMap";
  }

  /**
   * The value of `field`, or `undefined` when there is none.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * const name = await new RedisMap<string>(r, "user:1").get("name");
   * ```
   */
  async get(field: string): Promise<V | undefined> {
    const raw = await this.redis.sendCommand<Uint8Array | null>(
      ["HGET", this.key, field],
      { bytes: true },
    );
    return raw === null ? undefined : this.codec.decode(raw, { field });
  }

  /**
   * Sets `field` to `value`.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisMap(r, "user:1").set("tags", new Set(["admin"]));
   * ```
   * @returns This map.
   * @throws {DOMException} `DataCloneError` when `structuredClone` would refuse `value`.
   */
  async set(field: string, value: V): Promise<this> {
    await this.redis.sendCommand([
      "HSET",
      this.key,
      field,
      this.codec.encode(value),
    ]);
    return this;
  }

  /**
   * Whether `field` is set.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new RedisMap(r, "user:1").has("name"));
   * ```
   */
  async has(field: string): Promise<boolean> {
    return await this.integer("HEXISTS", field) === 1;
  }

  /**
   * Removes `field`; true when it was there.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisMap(r, "user:1").delete("name");
   * ```
   */
  async delete(field: string): Promise<boolean> {
    return await this.integer("HDEL", field) === 1;
  }

  /**
   * The number of entries.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new RedisMap(r, "user:1").size());
   * ```
   */
  size(): Promise<number> {
    return this.integer("HLEN");
  }

  /**
   * The `[field, value]` pairs, read a page at a time.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * for await (const [field, value] of new RedisMap(r, "user:1").entries()) {
   *   console.log(field, value);
   * }
   * ```
   */
  async *entries(
    options: PageOptions = {},
  ): AsyncGenerator<[string, V], void, undefined> {
    let field: Uint8Array | undefined;
    for await (
      const raw of scan(this.redis, "HSCAN", this.key, options.count)
    ) {
      if (field === undefined) {
        field = raw;
      } else {
        const name = text(field);
        yield [name, this.codec.decode(raw, { field: name })];
        field = undefined;
      }
    }
  }

  /**
   * The fields, read a page at a time.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * for await (const field of new RedisMap(r, "user:1").keys()) console.log(field);
   * ```
   */
  async *keys(
    options: PageOptions = {},
  ): AsyncGenerator<string, void, undefined> {
    let isField = true;
    for await (
      const raw of scan(this.redis, "HSCAN", this.key, options.count)
    ) {
      if (isField) yield text(raw);
      isField = !isField;
    }
  }

  /**
   * The values, read a page at a time.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * for await (const value of new RedisMap(r, "user:1").values()) console.log(value);
   * ```
   */
  async *values(
    options: PageOptions = {},
  ): AsyncGenerator<V, void, undefined> {
    for await (const [, value] of this.entries(options)) yield value;
  }

  /** Same as `entries()`. */
  [Symbol.asyncIterator](): AsyncGenerator<[string, V], void, undefined> {
    return this.entries();
  }

  /**
   * A local `Map` copy of every entry.
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * const copy: Map<string, unknown> = await new RedisMap(r, "user:1").toMap();
   * ```
   */
  async toMap(options: PageOptions = {}): Promise<Map<string, V>> {
    const map = new Map<string, V>();
    for await (const [field, value] of this.entries(options)) {
      map.set(field, value);
    }
    return map;
  }
}
