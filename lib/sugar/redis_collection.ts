/**
 * RedisCollection: what RedisMap, RedisSet and RedisList share, written once.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import type { RedisArgument } from "../resp/encode.ts";
import {
  type CollectionOptions,
  Values,
  type ValueSite,
} from "./value_codec.ts";
import { integer } from "./_replies.ts";

/**
 * The base of {@linkcode RedisMap}, {@linkcode RedisSet} and {@linkcode RedisList}: a
 * view of the one Redis key `key` (after the client's `keyPrefix`), whose values go
 * through a codec (desir's by default), made with `new X(redis, key, options)`. Nothing
 * is sent until an operation.
 *
 * @example
 * ```ts
 * import { Redis, RedisCollection, RedisSet } from "@desir/desir";
 * await using r = new Redis();
 * const tags: RedisCollection<string> = new RedisSet<string>(r, "tags");
 * await tags.clear();
 * ```
 */
export abstract class RedisCollection<V = unknown> {
  /** The Redis key of the collection. */
  readonly key: string;
  // Private, so that logging a collection shows its key, not the client.
  readonly #redis: CommandSender;
  readonly #codec: Values<V>;

  /**
   * A view of `key` (nothing is sent until an operation).
   *
   * @param redis The client to use (any object with `sendCommand`).
   * @param key The collection's key.
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
    this.#codec = new Values({ kind: this.kind(), key }, options);
  }

  /**
   * The client the commands go through.
   * @ignore
   */
  protected get redis(): CommandSender {
    return this.#redis;
  }

  /**
   * The values' codec, whose decode errors name the key and the field or index.
   * @ignore
   */
  protected get codec(): Values<V> {
    return this.#codec;
  }

  /**
   * The class's name, for messages (a method, so that the constructor can call it).
   * @ignore
   */
  protected abstract kind(): ValueSite["kind"];

  /**
   * Removes everything (deletes the key).
   *
   * @example
   * ```ts
   * import { Redis, RedisMap } from "@desir/desir";
   * await using r = new Redis();
   * await new RedisMap(r, "user:1").clear();
   * ```
   */
  async clear(): Promise<void> {
    await this.#redis.sendCommand(["DEL", this.key]);
  }

  /**
   * Sends `command key ...args`; its integer reply (whatever the client's reply mode).
   * @ignore
   */
  protected async integer(
    command: string,
    ...args: RedisArgument[]
  ): Promise<number> {
    return integer(await this.#redis.sendCommand([command, this.key, ...args]));
  }
}
