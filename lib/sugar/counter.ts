/**
 * Counter: a number kept in one Redis key, incremented atomically with `INCR`, so every
 * process that shares the server gets distinct values.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import { checkOptions } from "../_options.ts";
import { integer } from "./_replies.ts";

/** Settings of a counter. */
export interface CounterOptions {
  /**
   * The value to start from: the key is set to it at once, so the first `next()` gives
   * `seed + 1`. Without it, the key keeps what it holds (0 when it does not exist).
   */
  seed?: number;
}

/**
 * A counter shared by every process, thread and server that reaches the same Redis: each
 * `next()` is one `INCR` of the key `name`, so no two callers ever get the same value.
 * Iterating it with `for await` yields successive values forever; `break` stops.
 *
 * Values are JavaScript numbers: exact up to `Number.MAX_SAFE_INTEGER`.
 *
 * Keys: one, `name` itself (after the client's `keyPrefix`), a Redis string holding the
 * value as a decimal integer; nothing else is read or written.
 *
 * @example
 * ```ts
 * import { Counter, Redis } from "@desir/desir";
 * await using r = new Redis();
 * const c = new Counter(r, "counter", { seed: 5 }); // the key "counter" now holds 5
 * console.log(await c.value()); // 5
 * for await (const i of c) {
 *   console.log(i); // 6, 7, … 11
 *   if (i > 10) break;
 * }
 * console.log(await c.next()); // 12
 * ```
 */
export class Counter implements AsyncIterable<number> {
  /** The counter's name, which is also its Redis key. */
  readonly name: string;
  readonly #redis: CommandSender;
  #seeding: Promise<unknown> | undefined;

  /**
   * Makes a counter over the key `name`. With a `seed`, the key is set to it at once (the
   * other calls wait for that).
   *
   * @param redis The client to use (any object with `sendCommand`).
   * @param name The counter's name, used as the key.
   * @param options The value to start from (`seed`).
   * @throws {TypeError} When `name` is empty, `options` is not an options object, or
   * `seed` is not a safe integer.
   */
  constructor(
    redis: CommandSender,
    name: string,
    options: CounterOptions = {},
  ) {
    if (typeof name !== "string" || name === "") {
      throw new TypeError("A counter needs a name: the key that holds it");
    }
    // A seed given the old way, as a third positional number, must not be ignored.
    checkOptions("new Counter(redis, name, { seed })", options, { seed: true });
    this.#redis = redis;
    this.name = name;
    const seed = options?.seed;
    if (seed !== undefined) {
      this.#seeding = redis.sendCommand(["SET", name, checkInteger(seed)]);
      // A failed seed is reported by every later call until reset().
      this.#seeding.catch(() => {});
    }
  }

  /**
   * The current value, 0 when the key does not exist.
   *
   * @example
   * ```ts
   * import { Counter, Redis } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await new Counter(r, "visits").value());
   * ```
   */
  async value(): Promise<number> {
    await this.#seeding;
    return integer(await this.#redis.sendCommand(["GET", this.name]));
  }

  /**
   * Increments the counter and returns the new value, unique across every caller.
   *
   * @example
   * ```ts
   * import { Counter, Redis } from "@desir/desir";
   * await using r = new Redis();
   * const id = await new Counter(r, "user:id").next();
   * ```
   */
  async next(): Promise<number> {
    await this.#seeding;
    return integer(await this.#redis.sendCommand(["INCR", this.name]));
  }

  /**
   * Adds `n` (which may be negative) and returns the new value.
   *
   * @example
   * ```ts
   * import { Counter, Redis } from "@desir/desir";
   * await using r = new Redis();
   * // Reserve a block of 100 ids at once: they are (end - 100, end].
   * const end = await new Counter(r, "user:id").incrementBy(100);
   * ```
   * @throws {TypeError} When `n` is not a safe integer.
   */
  async incrementBy(n: number): Promise<number> {
    checkInteger(n);
    await this.#seeding;
    return integer(await this.#redis.sendCommand(["INCRBY", this.name, n]));
  }

  /**
   * Sets the counter to `value` (0 by default).
   *
   * @example
   * ```ts
   * import { Counter, Redis } from "@desir/desir";
   * await using r = new Redis();
   * await new Counter(r, "round").reset();
   * ```
   * @throws {TypeError} When `value` is not a safe integer.
   */
  async reset(value = 0): Promise<void> {
    checkInteger(value);
    this.#seeding = undefined;
    await this.#redis.sendCommand(["SET", this.name, value]);
  }

  /**
   * Yields `next()` forever: successive values, unique across processes. `break` stops.
   *
   * @example
   * ```ts
   * import { Counter, Redis } from "@desir/desir";
   * await using r = new Redis();
   * for await (const ticket of new Counter(r, "tickets")) {
   *   if (ticket >= 3) break;
   * }
   * ```
   */
  async *[Symbol.asyncIterator](): AsyncGenerator<number, void, undefined> {
    for (;;) yield await this.next();
  }
}

function checkInteger(n: number): number {
  if (!Number.isSafeInteger(n)) {
    throw new TypeError(`A counter holds integers, not ${n}`);
  }
  return n;
}
