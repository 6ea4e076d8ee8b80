/**
 * RedisList: an async `Array`-like list of any values, kept in a Redis list.
 *
 * @module
 */
import { RedisError } from "../errors.ts";
import { RedisCollection } from "./redis_collection.ts";
import { items } from "./_replies.ts";
import { checkPageSize, PAGE_SIZE } from "./_scan.ts";
import type { PageOptions } from "./redis_map.ts";

/**
 * An `Array`-like view of the Redis list `key`, which doubles as a queue or a stack
 * shared by several processes: `push`/`shift` is a FIFO queue, `push`/`pop` a stack.
 * Every operation is one command. Values go through the codec, so anything
 * `structuredClone` accepts can be stored, and what you get back is a copy.
 *
 * Made with `new RedisList(redis, key, options?)`: the constructor, `key` and `clear()` are
 * {@linkcode RedisCollection}'s.
 *
 * Keys: one, `key` itself (after the client's `keyPrefix`), a Redis list of the encoded
 * values, index 0 at its head.
 *
 * Indexes work as with arrays (`at(-1)` is the last element). Iteration reads a page at a
 * time with `LRANGE`, by position: elements pushed meanwhile are seen, and removing
 * elements at the head meanwhile skips as many.
 *
 * @example
 * ```ts
 * import { Redis, RedisList } from "@desir/desir";
 * await using r = new Redis();
 * const queue = new RedisList<{ job: string }>(r, "queue");
 * await queue.push({ job: "a" }, { job: "b" });
 * console.log(await queue.length(), await queue.at(-1)); // 2 { job: "b" }
 * console.log(await queue.shift()); // { job: "a" }
 * for await (const item of queue) console.log(item);
 * ```
 */
export class RedisList<V = unknown> extends RedisCollection<V>
  implements AsyncIterable<V> {
  /** @ignore */
  protected kind(): "RedisList" {
    return "RedisList";
  }

  /**
   * Appends values at the end; returns the new length.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const length = await new RedisList(r, "queue").push("a", "b");
   * ```
   * @throws {DOMException} `DataCloneError` when `structuredClone` would refuse a value.
   */
  async push(...values: V[]): Promise<number> {
    if (values.length === 0) return this.length();
    return await this.integer(
      "RPUSH",
      ...values.map((value) => this.codec.encode(value)),
    );
  }

  /**
   * Removes and returns the last value; `undefined` when the list is empty.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const last = await new RedisList(r, "stack").pop();
   * ```
   */
  pop(): Promise<V | undefined> {
    return this.#one(["RPOP", this.key]);
  }

  /**
   * Removes and returns the first value; `undefined` when the list is empty.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const next = await new RedisList(r, "queue").shift();
   * ```
   */
  shift(): Promise<V | undefined> {
    return this.#one(["LPOP", this.key]);
  }

  /**
   * Inserts values at the start, in the order given (as `Array.prototype.unshift`);
   * returns the new length.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisList(r, "queue").unshift("first", "second");
   * ```
   * @throws {DOMException} `DataCloneError` when `structuredClone` would refuse a value.
   */
  async unshift(...values: V[]): Promise<number> {
    if (values.length === 0) return this.length();
    const encoded = values.map((value) => this.codec.encode(value))
      .reverse(); // LPUSH inserts one by one
    return await this.integer("LPUSH", ...encoded);
  }

  /**
   * The value at `index` (negative counts from the end); `undefined` when out of range.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const last = await new RedisList(r, "queue").at(-1);
   * ```
   */
  at(index: number): Promise<V | undefined> {
    const at = toIndex(index);
    return this.#one(["LINDEX", this.key, at], at);
  }

  /**
   * Replaces the value at `index` (negative counts from the end).
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisList(r, "queue").set(0, "replaced");
   * ```
   * @throws {RangeError} When `index` is out of range: a list does not grow by `set`.
   */
  async set(index: number, value: V): Promise<void> {
    try {
      await this.redis.sendCommand([
        "LSET",
        this.key,
        toIndex(index),
        this.codec.encode(value),
      ]);
    } catch (e) {
      if (
        e instanceof RedisError && /out of range|no such key/i.test(e.message)
      ) {
        throw new RangeError(
          `Index ${index} is out of range for the list ${this.key}: push() or unshift() to grow it`,
          { cause: e },
        );
      }
      throw e;
    }
  }

  /**
   * The number of values.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new RedisList(r, "queue").length());
   * ```
   */
  length(): Promise<number> {
    return this.integer("LLEN");
  }

  /**
   * The values from `start` up to, not including, `end`, as `Array.prototype.slice`
   * (negative indexes count from the end).
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const list = new RedisList(r, "queue");
   * const firstThree = await list.slice(0, 3);
   * const allButLast = await list.slice(0, -1);
   * ```
   */
  async slice(start = 0, end?: number): Promise<V[]> {
    // LRANGE's stop is inclusive; -1 is the last element.
    const stop = end === undefined ? -1 : toIndex(end) - 1;
    if (stop === -1 && end !== undefined) return []; // end 0: nothing
    return await this.#range(toIndex(start), stop);
  }

  /**
   * The values from first to last, read `count` at a time.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * for await (const value of new RedisList(r, "queue").values({ count: 1000 })) {
   *   console.log(value);
   * }
   * ```
   */
  async *values(
    options: PageOptions = {},
  ): AsyncGenerator<V, void, undefined> {
    const count = options.count ?? PAGE_SIZE;
    checkPageSize(count);
    for (let start = 0;; start += count) {
      const page = await this.#range(start, start + count - 1);
      yield* page;
      if (page.length < count) return;
    }
  }

  /** Same as `values()`. */
  [Symbol.asyncIterator](): AsyncGenerator<V, void, undefined> {
    return this.values();
  }

  /**
   * A local array copy of every value.
   *
   * @example
   * ```ts
   * import { Redis, RedisList } from "@desir/desir";
   * await using r = new Redis();
   * const copy: unknown[] = await new RedisList(r, "queue").toArray();
   * ```
   */
  toArray(): Promise<V[]> {
    return this.slice();
  }

  async #one(
    args: (string | number)[],
    index?: number,
  ): Promise<V | undefined> {
    const raw = await this.redis.sendCommand<Uint8Array | null>(args, {
      bytes: true,
    });
    return raw === null ? undefined : this.codec.decode(raw, { index });
  }

  async #range(start: number, stop: number): Promise<V[]> {
    const page = await this.redis.sendCommand(
      ["LRANGE", this.key, start, stop],
      { bytes: true },
    );
    return items(page).map((raw, i) =>
      this.codec.decode(raw as Uint8Array, { index: start + i })
    );
  }
}

/** An index as arrays read it: truncated toward zero, NaN as 0. */
function toIndex(index: number): number {
  const n = Math.trunc(Number(index)) || 0;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${index} is not a usable list index`);
  }
  return n;
}
