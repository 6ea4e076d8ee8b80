/**
 * `ClientFeatures`: what a client offers on top of the generated command methods, built
 * only on `sendCommand` and a place for subscriptions: scripts, pub/sub, scan iterators
 * and help. `ClientBase` adds the client's lifecycle. The desir sugar (`Counter`,
 * `Connector`, `RedisMap`, …) is not here: it is made with `new`, over any
 * `CommandSender`, so a program that does not use it bundles none of it.
 *
 * @module
 */
import type { CommandOptions } from "./connection.ts";
import type { CommandSender } from "./command_sender.ts";
import { Commands } from "./commands.ts";
import type { Reply } from "./command_types.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { bindScript, type BoundScript, runScript, Script } from "./script.ts";
import {
  type PubSubMessage,
  type SubscribeOptions,
  Subscription,
  type SubscriptionHost,
  type SubscriptionKind,
} from "./subscription.ts";
import { help } from "./help.ts";
import { walkCursor } from "./_cursor.ts";
import { toPairs, toScored } from "./_reply.ts";
import {
  type HscanIteratorOptions,
  type ScanIteratorOptions,
  scanTail,
  type SscanIteratorOptions,
  type ZscanIteratorOptions,
} from "./scan_options.ts";

/**
 * The methods of a client built on `sendCommand` and a subscription host: scripts,
 * subscriptions, scan iterators and `help`. Every client has them through
 * {@linkcode ClientBase}.
 *
 * @example
 * ```ts
 * import { type ClientFeatures, Redis } from "@desir/desir";
 * async function keys(client: ClientFeatures): Promise<string[]> {
 *   return await Array.fromAsync(client.scanIterator({ match: "user:*" }));
 * }
 * await using r = new Redis();
 * console.log(await keys(r));
 * ```
 */
export abstract class ClientFeatures<S extends string | Uint8Array = string>
  extends Commands<"promise", Reply<S>>
  implements CommandSender {
  /** Sends any command and returns its reply. */
  abstract sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T>;

  /**
   * Where this client's subscriptions register (for the reply mode of this view).
   * @ignore
   */
  protected abstract subscriptionHost(): SubscriptionHost;

  /**
   * A Lua script handle that runs by EVALSHA and falls back to EVAL when the server does
   * not have it.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const hello = r.script("return 'hello ' .. ARGV[1]");
   * console.log(await hello.run([], ["world"])); // "hello world"
   * ```
   */
  script(source: string): BoundScript {
    return bindScript(
      new Script(source),
      (script, keys, args) => this.evalScript(script, keys, args),
    );
  }

  /**
   * Runs a script by EVALSHA, and by EVAL when the server answers NOSCRIPT (on a
   * cluster, the keys must share a slot).
   *
   * @example
   * ```ts
   * import { Redis, Script } from "@desir/desir";
   * await using r = new Redis();
   * const get = new Script("return redis.call('GET', KEYS[1])");
   * console.log(await r.evalScript(get, ["k"]));
   * ```
   */
  evalScript<T = RespValue>(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): Promise<T> {
    return runScript(
      (command) => this.sendCommand<T>(command),
      script,
      keys,
      args,
    );
  }

  /**
   * Subscribes to channels. Without a listener, iterate the returned subscription with
   * `for await`; with one, it is called for each message. Subscriptions survive
   * reconnects (they are renewed on the new connection). Messages published while the
   * connection was down are lost, as with any Redis pub/sub client.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const sub = await r.subscribe("news", (m) => console.log(m.channel, m.message));
   * await r.sendCommand(["PUBLISH", "news", "hello"]);
   * await sub.unsubscribe();
   * ```
   * @throws {ConnectionError} The subscriber connection could not be opened.
   */
  subscribe(
    channels: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("channel", channels, listener, options);
  }

  // subscribe, psubscribe and ssubscribe are alike on purpose: three public names (as
  // Redis has three commands), each one call of listen(), which holds the logic.

  /**
   * Subscribes to glob-style patterns (`news.*`); each message has its `pattern`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await using sub = await r.psubscribe("news.*");
   * ```
   */
  psubscribe(
    patterns: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("pattern", patterns, listener, options);
  }

  /**
   * Subscribes to shard channels (SSUBSCRIBE, Redis 7+), published with SPUBLISH; on a
   * cluster, on the master of each channel's slot, following the slot when it moves.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await using sub = await r.ssubscribe("orders:{42}");
   * ```
   */
  ssubscribe(
    channels: string | readonly string[],
    listener?: (message: PubSubMessage<S>) => void,
    options?: SubscribeOptions,
  ): Promise<Subscription<S>> {
    return this.listen("shard", channels, listener, options);
  }

  /** Registers a subscription with this client's host for the current reply mode. */
  private async listen(
    kind: SubscriptionKind,
    names: string | readonly string[],
    listener: ((message: PubSubMessage<S>) => void) | undefined,
    options: SubscribeOptions | undefined,
  ): Promise<Subscription<S>> {
    const list = typeof names === "string" ? [names] : [...names];
    if (list.length === 0 || list.some((name) => typeof name !== "string")) {
      throw new TypeError(
        `Subscribing needs one or more ${kind} names as strings`,
      );
    }
    const host = this.subscriptionHost();
    const subscription = new Subscription<S>(
      host,
      kind,
      list,
      listener,
      options,
    );
    await host.add(
      subscription as unknown as Subscription<string | Uint8Array>,
    );
    return subscription;
  }

  /**
   * The documentation of a command: syntax, summary, complexity, since, history and its
   * redis.io page, from the same table the methods are generated from.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * console.log(await r.help("rpop"));
   * console.log(await r.help(r.configGet));
   * ```
   */
  help(command: string | ((...args: never[]) => unknown)): Promise<string> {
    return help(command);
  }

  /**
   * Every key (matching the options), walking SCAN's cursor one page at a time; on a
   * cluster, every master in turn. A key present for the whole walk is yielded; one
   * added or removed meanwhile may or may not be, and one may rarely come twice.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * for await (const key of r.scanIterator({ match: "user:*", type: "hash" })) {
   *   console.log(key);
   * }
   * ```
   */
  scanIterator(
    options: ScanIteratorOptions = {},
  ): AsyncGenerator<S, void, undefined> {
    const tail = scanTail("scanIterator", options, { type: true });
    if (options.type !== undefined) tail.push("TYPE", options.type);
    return this.scanPages(["SCAN"], tail);
  }

  /**
   * The fields and values of the hash at `key` as `[field, value]` pairs (field names
   * only with `noValues`), by HSCAN, one page at a time.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await r.hset("user:7", { name: "ada", lang: "en" });
   * for await (const [field, value] of r.hscanIterator("user:7")) {
   *   console.log(field, value);
   * }
   * ```
   */
  hscanIterator(
    key: RedisArgument,
    options?: HscanIteratorOptions & { noValues?: false },
  ): AsyncGenerator<[field: S, value: S], void, undefined>;
  /** The field names of the hash at `key` (HSCAN … NOVALUES). */
  hscanIterator(
    key: RedisArgument,
    options: HscanIteratorOptions & { noValues: true },
  ): AsyncGenerator<S, void, undefined>;
  hscanIterator(
    key: RedisArgument,
    options: HscanIteratorOptions = {},
  ): AsyncGenerator<S | [S, S], void, undefined> {
    const tail = scanTail("hscanIterator", options, { noValues: true });
    if (options.noValues) {
      return this.scanPages(["HSCAN", key], [...tail, "NOVALUES"]);
    }
    return this.scanPages(
      ["HSCAN", key],
      tail,
      (page) => toPairs(page) as [S, S][],
    );
  }

  /**
   * The members of the set at `key`, by SSCAN, one page at a time.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await r.sadd("tags", "a", "b");
   * for await (const tag of r.sscanIterator("tags", { match: "a*" })) console.log(tag);
   * ```
   */
  sscanIterator(
    key: RedisArgument,
    options: SscanIteratorOptions = {},
  ): AsyncGenerator<S, void, undefined> {
    return this.scanPages(
      ["SSCAN", key],
      scanTail("sscanIterator", options, {}),
    );
  }

  // Alike hscanIterator in shape on purpose: overloads typed per command, and a body of
  // one scanPages() call either way.

  /**
   * The members of the sorted set at `key` as `[member, score]` pairs (members only with
   * `noScores`), by ZSCAN, one page at a time.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await r.zadd("board", [[10, "ada"], [7, "bob"]]);
   * for await (const [member, score] of r.zscanIterator("board")) {
   *   console.log(member, score);
   * }
   * ```
   */
  zscanIterator(
    key: RedisArgument,
    options?: ZscanIteratorOptions & { noScores?: false },
  ): AsyncGenerator<[member: S, score: number], void, undefined>;
  /** The members of the sorted set at `key` (ZSCAN … NOSCORES). */
  zscanIterator(
    key: RedisArgument,
    options: ZscanIteratorOptions & { noScores: true },
  ): AsyncGenerator<S, void, undefined>;
  zscanIterator(
    key: RedisArgument,
    options: ZscanIteratorOptions = {},
  ): AsyncGenerator<S | [S, number], void, undefined> {
    const tail = scanTail("zscanIterator", options, { noScores: true });
    if (options.noScores) {
      return this.scanPages(["ZSCAN", key], [...tail, "NOSCORES"]);
    }
    return this.scanPages(
      ["ZSCAN", key],
      tail,
      (page) => toScored(page) as [S, number][],
    );
  }

  /**
   * Walks a scan's cursor: `head` (`["HSCAN", key]`), the cursor, then `tail`; each
   * page's items as they are, or through `shape` (into pairs).
   */
  private scanPages<T = S>(
    head: RedisArgument[],
    tail: RedisArgument[],
    shape?: (page: S[]) => T[],
  ): AsyncGenerator<T, void, undefined> {
    return walkCursor<T>(async (cursor) => {
      const [next, page] = await this.sendCommand<[unknown, S[]]>(
        [...head, cursor, ...tail],
      );
      return [next, shape ? shape(page) : page as unknown as T[]];
    });
  }
}
