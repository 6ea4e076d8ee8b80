/**
 * What `Redis` and `RedisCluster` share on top of the generated command methods: scripts,
 * subscriptions, the desir sugar and help.
 *
 * @module
 */
import type { CommandOptions } from "./connection.ts";
import type { CommandSender } from "./command_sender.ts";
import { Commands } from "./commands.ts";
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
import { Counter } from "./sugar/counter.ts";
import { Connector, type ConnectorOptions } from "./sugar/connector.ts";
import { walkCursor } from "./_cursor.ts";
import { toPairs, toScored } from "./_reply.ts";
import { checkOptions } from "./_options.ts";

/**
 * The reply type of a client typed `S`: a bytes client's replies are `Uint8Array`s over
 * an `ArrayBuffer` of their own (so `new Response(bytes)` type-checks).
 */
export type Reply<S extends string | Uint8Array> = S extends string ? S
  : Uint8Array<ArrayBuffer>;

/**
 * The `bytes` option a client typed `S` is made with: a bytes client (`Uint8Array`)
 * must ask for bytes, a text one must not, so the type never lies about the replies.
 */
export type BytesOption<S extends string | Uint8Array> = [S] extends [string]
  ? { bytes?: false }
  : [S] extends [Uint8Array] ? { bytes: true }
  : { bytes?: boolean };

/** What `scanIterator()` looks for. */
export interface ScanIteratorOptions {
  /** A glob-style pattern keys must match (`MATCH`). */
  match?: string;
  /** How many keys each SCAN call looks at (`COUNT`, a hint). @default 100 */
  count?: number;
  /** Only keys of this type (`TYPE`): `string`, `hash`, `list`, `set`, `zset`, `stream`. */
  type?: string;
}

/** What `sscanIterator()` looks for. */
export interface SscanIteratorOptions {
  /** A glob-style pattern members must match (`MATCH`). */
  match?: string;
  /** How many elements each call looks at (`COUNT`, a hint). @default 100 */
  count?: number;
}

/** What `hscanIterator()` looks for. */
export interface HscanIteratorOptions extends SscanIteratorOptions {
  /** Yield field names only (`NOVALUES`, Redis 7.4+ and Valkey 8+). @default false */
  noValues?: boolean;
}

/** What `zscanIterator()` looks for. */
export interface ZscanIteratorOptions extends SscanIteratorOptions {
  /** Yield members only (`NOSCORES`, Redis 8+). @default false */
  noScores?: boolean;
}

/**
 * The methods every desir client has besides the generated commands. Subclasses send
 * commands (`sendCommand`) and host subscriptions (`subscriptionHost`); everything here is
 * built on those two.
 *
 * @example
 * ```ts
 * import { type ClientBase, Redis } from "@desir/desir";
 * async function visits(client: ClientBase): Promise<number> {
 *   return await client.counter("visits").next();
 * }
 * await using r = new Redis();
 * console.log(await visits(r));
 * ```
 */
export abstract class ClientBase<S extends string | Uint8Array = string>
  extends Commands<"promise", Reply<S>>
  implements CommandSender {
  /** Sends any command and returns its reply. */
  abstract sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T>;

  /** Closes the client gracefully. */
  abstract close(): Promise<void>;

  /**
   * Where this client's subscriptions register (per reply mode).
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
   * A counter kept in the key `name`: each `next()` is an `INCR`, unique across every
   * process that shares the server. With a `seed`, the key is set to it first.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const c = r.counter("counter", 5);
   * for await (const i of c) if (i > 10) break; // 6 … 11
   * console.log(await c.next()); // 12
   * ```
   * @throws {TypeError} When `name` is empty or `seed` is not a safe integer.
   */
  counter(name: string, seed?: number): Counter {
    return new Counter(this, name, seed);
  }

  /**
   * A connector: the mailbox `desir:connector:<name>` to `send` to and `receive` from, and
   * the way to serve (`register`, `worker`) and call (`call`, `proxy`) remote functions.
   * Without a name it gets a random one.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await r.connector("toto").send("tata", [1, 2, 3]);
   * const m = await r.connector("tata", { timeout: 5000 }).receive(); // { from: "toto", time, value }
   * const math = r.connector().proxy<{ add(...n: number[]): number }>("testworker");
   * ```
   */
  connector<T = unknown>(
    name?: string,
    options?: ConnectorOptions,
  ): Connector<T> {
    return new Connector<T>(this, name, options);
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

  /** `await using client = …` closes the client at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}

/**
 * The arguments after the cursor that every scan takes, COUNT and MATCH, once the
 * options of `method` (these two and its `own`) are checked.
 */
function scanTail(
  method: string,
  options: SscanIteratorOptions,
  own: Record<string, true>,
): RedisArgument[] {
  checkOptions(method, options, { match: true, count: true, ...own });
  const tail: RedisArgument[] = ["COUNT", options.count ?? 100];
  if (options.match !== undefined) tail.push("MATCH", options.match);
  return tail;
}
