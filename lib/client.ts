/**
 * The `Redis` client: one auto-pipelining connection, plus dedicated connections for
 * blocking calls and WATCH transactions.
 *
 * Its hand-written part is about 450 lines: how a command is dispatched (main
 * connection, blocking pool, cache, tracing) reads best beside the connections it
 * owns and closes; its options, reply targets and pool are files of their own.
 *
 * The file ends with generated code, after its "Generated below" line: each command
 * method declared again with this class's return type and docs, as `deno doc` lists
 * no inherited member (gen/surfaces.ts).
 *
 * @module
 */
import { type CommandOptions, Connection } from "./connection.ts";
import { RedisError } from "./errors.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { LINK, type Linked, type LinkOptions } from "./_link_options.ts";
import { blockTime, isBlocking } from "./_blocking.ts";
import { ConnectionPool } from "./_pool.ts";
import { closedWhileWaiting } from "./_error_factories.ts";
import { addCommandContext, useCallerStack } from "./_command_context.ts";
import {
  PromiseTarget,
  request,
  tracedRequest,
  TracedTarget,
} from "./_promise_target.ts";
import { printRedacted } from "./_redact.ts";
import { checkDelays } from "./_delay.ts";
import { defaultTransport } from "./transport/default.ts";
import { ConnectionPipeline } from "./pipeline.ts";
import type { Pipeline, Transaction } from "./command_queue.ts";
import { ConnectionTransaction } from "./transaction.ts";
import {
  ClientBase,
  type ReplyFor,
  type ViewOptions,
  type ViewReply,
} from "./client_base.ts";
import type { ClientEventMap, EventDetail } from "./client_events.ts";
import {
  type RedisArguments,
  type RedisOptions,
  resolveRedisOptions,
} from "./redis_options.ts";
import { Subscriber } from "./pubsub.ts";
import type { Transport } from "./transport/types.ts";
import { Sentinel } from "./sentinel/sentinel.ts";
import { Tracer } from "./tracing.ts";
import { reauthenticate } from "./credentials.ts";
import { IdleCloser } from "./idle.ts";
import { cacheFor, type ClientCache } from "./cache/client_cache.ts";
import { MainEvents } from "./_main_events.ts";

export type {
  CommandOptions,
  ConnectionOptions,
  ReconnectOptions,
} from "./connection.ts";

/**
 * Events a `Redis` client dispatches, by name: `connect` (socket open), `ready`
 * (handshake done), `error` (`detail`: the error), `reconnecting` (`detail`: `{ attempt,
 * delay }`), `close`, and `push` (`detail`: a RESP3 push frame that is not pub/sub).
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * r.addEventListener("reconnecting", (e) => console.log("retry in", e.detail.delay));
 * ```
 */
export interface RedisEventMap extends ClientEventMap {
  /** The socket is open; the handshake follows. */
  connect: CustomEvent<undefined>;
  /** The handshake is done: commands flow. */
  ready: CustomEvent<undefined>;
  /** The connection dropped; the next attempt is `delay` ms away. */
  reconnecting: CustomEvent<{ attempt: number; delay: number }>;
  /** The connection closed. */
  close: CustomEvent<undefined>;
  /** A RESP3 push frame that is not pub/sub (nor a cache invalidation). */
  push: CustomEvent<RespValue[]>;
}

/** The name of an event of `Redis`. */
export type RedisEventType = keyof RedisEventMap;

/**
 * A Redis client. Commands issued in the same tick go out in one write (auto-pipelining);
 * replies come back in order. The connection opens on the first command.
 *
 * Delivery is at most once: a command already written when the connection drops rejects
 * with `ConnectionLostError` and is never resent; commands not yet written wait for the
 * reconnect.
 *
 * Typed `Redis` (replies as strings) or `Redis<Uint8Array>` (made with
 * `bytes: true`); the second type parameter, `M`, is inferred from `bytes`
 * (see {@linkcode ReplyFor}) and never written by hand.
 *
 * What every client has (`sendCommand`, `with`, events, `duplicate`, `close`,
 * `destroy`, scripts, pub/sub, scans) is written once in {@linkcode ClientBase} and
 * {@linkcode ClientFeatures}, and listed here too.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis("redis://127.0.0.1:6379/0");
 * await r.sendCommand(["SET", "greeting", "hello"]);
 * console.log(await r.sendCommand(["GET", "greeting"])); // "hello"
 * ```
 */
export class Redis<
  S extends ReplyFor<M> = string,
  M extends string | Uint8Array | boolean = S,
> extends ClientBase<S, RedisEventMap> {
  /** The options given (the URL's parts, then the options that override them). */
  readonly options: Readonly<Omit<RedisOptions, "url">>;
  private readonly main: Connection;
  private readonly pool: ConnectionPool;
  private readonly transport: Transport;
  /** The options every connection of this client is made with. */
  private readonly connection: LinkOptions;
  private readonly sentinel: Sentinel | undefined;
  private readonly subscribers: { text?: Subscriber; bytes?: Subscriber } = {};
  private readonly tracer: Tracer;
  private readonly idle: IdleCloser | undefined;
  /** The client-side cache, when the `cache` option was given. */
  readonly cache: ClientCache | undefined;

  /** `"Redis"`, whatever a minifier calls the class. */
  override get [Symbol.toStringTag](): string {
    return "Redis";
  }

  /**
   * Creates a client; nothing connects until the first command.
   *
   * `args`: a `redis://`, `rediss://` or `unix://` URL (default
   * `"redis://127.0.0.1:6379"`), or all options; then options that override the URL's
   * parts. `new Redis({ bytes: true })` is a bytes client, a `Redis<Uint8Array>`.
   *
   * @throws {TypeError} When the URL cannot be parsed, an option is unknown, or a `cache`
   * option is wrong.
   * @throws {RangeError} When `maxBlockingConnections` is not a positive integer.
   * @throws {RangeError} When a delay option is longer than a timer can wait.
   */
  constructor(...args: RedisArguments<S, M>) {
    const [url, options] = args as [
      string | RedisOptions | undefined,
      RedisOptions | undefined,
    ];
    const resolved = resolveRedisOptions(url, options);
    super(resolved);
    // A cluster's node client: READONLY on each of its connections.
    const link = (resolved as Linked)[LINK];
    checkDelays(resolved);
    this.options = resolved;
    printRedacted(resolved);
    // With sentinels, every connection asks them where the master is and follows it.
    this.sentinel = resolved.sentinels
      ? new Sentinel(resolved, resolved.transport ?? defaultTransport())
      : undefined;
    const connection = this.connection = this.sentinel?.options ??
      (link ? { ...resolved, ...link } : resolved);
    const transport = this.transport = connection.transport ??
      defaultTransport();
    const cache = this.cache = cacheFor(
      this.prefix?.options(resolved) ?? resolved,
    );
    const idle = this.idle = resolved.idleTimeout
      ? new IdleCloser(resolved.idleTimeout)
      : undefined;
    this.main = new Connection(
      cache ? { ...connection, setup: [cache.tracking] } : connection,
      idle?.main(transport) ?? transport,
      // MainEventDetails is RedisEventMap's details: a type of its own, as importing
      // client.ts there would make a cycle.
      new MainEvents(
        (type, detail) =>
          this.emit(type, detail as EventDetail<RedisEventMap[typeof type]>),
        cache,
      ),
    );
    const maxBlocking = resolved.maxBlockingConnections ?? 10;
    if (!Number.isSafeInteger(maxBlocking) || maxBlocking < 1) {
      throw new RangeError(
        `maxBlockingConnections must be a positive integer, not ${maxBlocking}`,
      );
    }
    this.pool = new ConnectionPool(
      connection,
      idle?.pool(transport) ?? transport,
      maxBlocking,
    );
    // A rested connection hears no invalidations: the cache starts over.
    idle?.start(
      () => this.main.rest() && cache?.reset(),
      () => this.pool.closeIdle(),
    );
    this.tracer = new Tracer(resolved.tracing, this.main, resolved.db ?? 0);
    this.tracer.connections(this.events);
    this.reauthenticateEvery(resolved.reauthenticateEvery);
  }

  /**
   * Traces the command, when tracing is on, around sending it.
   * @ignore
   */
  protected send<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    if (this.tracer.active) return this.traced(args, parse, options);
    return this.deliver(args, parse, options);
  }

  /**
   * Its own method: a closure in `send` would make every call allocate the context of
   * its variables, traced or not.
   */
  private traced<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    return this.tracer.command(args, () => this.deliver(args, parse, options));
  }

  /** Sends on the main connection, or on a pooled one for blocking calls. */
  private deliver<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    const timeout = this.options.commandTimeout;
    if (timeout !== undefined && options?.timeout === undefined) {
      // commandTimeout counts from the end of the wait the command itself asked for.
      const block = blockTime(args);
      if (block > 0) options = { ...options, timeout: timeout + block };
    }
    // Before the blocking calls: none is cacheable, and their writes drop cached keys
    // (when sent, and again when they answer).
    if (this.cache !== undefined) {
      if (options?.cache === false) this.cache.written(args);
      else {
        const cached = this.cache.request<T>(args, parse, options, this.main);
        if (cached !== undefined) return cached;
      }
    }
    if (isBlocking(args)) {
      const caller = this.captureStack ? new Error() : undefined;
      return this.blocking<T>(args, parse, options, caller);
    }
    if (this.captureStack) {
      return tracedRequest<T>(this.main, args, options, parse);
    }
    return request<T>(this.main, args, options, parse);
  }

  /**
   * Runs a blocking call on a pooled connection, closed if the call is abandoned; waits
   * in line while `maxBlockingConnections` calls run.
   */
  private async blocking<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
    caller: Error | undefined,
  ): Promise<T> {
    const name = String(args[0]).toUpperCase();
    const start = Date.now();
    try {
      await this.pool.startBlocking(name, options?.signal, options?.timeout);
    } catch (e) {
      addCommandContext(e, args);
      if (caller) useCallerStack(e, caller);
      throw e;
    }
    // Time in line counts against the timeout (0 or none: no timeout).
    const waited = Date.now() - start;
    const timeout = options?.timeout;
    if (waited > 0 && timeout !== undefined && timeout > 0) {
      options = { ...options, timeout: Math.max(1, timeout - waited) };
    }
    const connection = this.pool.acquire();
    let broken = false;
    try {
      return await new Promise<T>((resolve, reject) => {
        connection.send(
          args,
          caller
            ? new TracedTarget(resolve as (v: unknown) => void, reject, caller)
            : new PromiseTarget(resolve as (v: unknown) => void, reject),
          options,
          parse,
        );
      });
    } catch (e) {
      // An aborted or timed-out call leaves the server blocked on this socket.
      broken = !(e instanceof RedisError);
      if (!broken || !this.pool.closedGracefully) throw e;
      const closed = closedWhileWaiting(name, e);
      if (caller) useCallerStack(closed, caller);
      throw closed;
    } finally {
      this.pool.release(connection, broken);
      this.pool.endBlocking();
      // Its invalidations come on the main connection, maybe after this answer.
      this.cache?.written(args);
    }
  }

  /**
   * A view of this client whose calls use these options (same connection).
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const bytes = await r.with({ bytes: true }).sendCommand(["GET", "image"]);
   * const quick = r.with({ timeout: 100, signal: AbortSignal.timeout(1000) });
   * await quick.sendCommand(["PING"]);
   * ```
   * @throws {TypeError} An option is unknown.
   */
  override with<B extends boolean | undefined = undefined>(
    options: ViewOptions & { bytes?: B },
  ): Redis<ViewReply<B, S>> {
    return super.with(options) as Redis<ViewReply<B, S>>;
  }

  /**
   * A pipeline: queue commands, then `exec()` sends them in one write and returns every
   * result in order; a failed command leaves its `Error` in its slot.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const p = r.pipeline();
   * p.sendCommand(["SET", "x", "1"]);
   * p.sendCommand(["INCR", "x"]);
   * console.log(await p.exec()); // ["OK", 2]
   * ```
   */
  pipeline(): Pipeline<S> {
    return new ConnectionPipeline<S>(this.main, this.defaults, {
      prefix: this.prefix,
      tracer: this.tracer,
      cache: this.cache,
    });
  }

  /**
   * A MULTI/EXEC transaction. `await tx.watch(keys)` first makes EXEC return `null` when a
   * watched key changed (it then runs on a dedicated connection).
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const tx = r.multi();
   * await tx.watch("balance");
   * const balance = Number(await r.sendCommand(["GET", "balance"]));
   * tx.sendCommand(["SET", "balance", balance + 10]);
   * const result = await tx.exec(); // null when "balance" changed meanwhile
   * ```
   */
  multi(): Transaction<S> {
    return new ConnectionTransaction<S>(
      this.main,
      this.defaults,
      this.pool,
      { prefix: this.prefix, tracer: this.tracer, cache: this.cache },
      this.defaults?.bytes ?? this.options.bytes ?? false,
    );
  }

  /**
   * The subscriber connection of a reply mode, made on first use.
   * @ignore
   */
  protected subscriber(bytes: boolean): Subscriber {
    const made = this.subscribers[bytes ? "bytes" : "text"] ??= new Subscriber(
      { ...this.connection, bytes },
      this.transport,
      (error) => this.emit("error", error),
    );
    // Made after close(): it refuses with CLOSED, as the others do, and opens no socket.
    if (this.main.state === "closed") made.connection.destroy();
    return made;
  }

  /**
   * Connects now (normally the first command does), resolving once the handshake is done.
   *
   * @throws {ConnectionError} The server cannot be reached or refused the handshake.
   */
  async connect(): Promise<void> {
    await this.sendCommand(["PING"]);
  }

  /**
   * Sends AUTH with fresh credentials (the `username`/`password` providers are called)
   * on every open connection: the main one, pooled ones and subscribers. It is queued
   * in line with the commands already sent, so none is dropped; a connection in a
   * blocking call answers once that call returns. One that closes before it answers
   * (lost, or an abandoned blocking call's) needs no AUTH: its next handshake calls the
   * providers.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * let token = "t1";
   * await using r = new Redis({ username: "app", password: () => token });
   * await r.ping();
   * token = "t2"; // rotated
   * await r.reauthenticate();
   * ```
   * @throws {RedisError} The server refused the new credentials (the old ones stay).
   */
  async reauthenticate(): Promise<void> {
    const subscribers = [this.subscribers.text, this.subscribers.bytes];
    await reauthenticate([
      { connection: this.main, subscriber: false },
      ...this.pool.connections.map((connection) => ({
        connection,
        subscriber: false,
      })),
      ...subscribers.filter((s) => s !== undefined).map((s) => ({
        connection: s.connection,
        subscriber: true,
      })),
    ], this.connection);
  }

  /** The RESP version the server agreed to (3 unless it lacks HELLO or `protocol: 2`). */
  get protocol(): 2 | 3 {
    return this.main.protocol;
  }

  /**
   * Closes the main, pooled, subscriber and sentinel connections gracefully.
   * @ignore
   */
  protected async closeConnections(): Promise<void> {
    this.idle?.stop();
    await Promise.all([
      this.main.close(),
      this.pool.close(true),
      this.subscribers.text?.close(),
      this.subscribers.bytes?.close(),
    ]);
    this.sentinel?.close();
  }

  /**
   * Closes every connection at once.
   * @ignore
   */
  protected destroyConnections(): void {
    this.idle?.stop();
    this.main.destroy();
    void this.pool.close();
    void this.subscribers.text?.close();
    void this.subscribers.bytes?.close();
    this.sentinel?.close();
  }
}

// Generated below by gen/generate.ts from commands.json; do not edit: run `deno task gen`.
import type {
  BgsaveOptions,
  BitfieldOperation,
  BitfieldRoOptions,
  BlmpopOptions,
  BzmpopOptions,
  ClientKillFilter,
  ClientListOptions,
  ClientSetinfoOptions,
  ClientTrackingOptions,
  ClusterSetslotOptions,
  ClusterSlotStatsOptions,
  CommandListOptions,
  CopyOptions,
  FailoverOptions,
  FunctionListOptions,
  FunctionLoadOptions,
  GeoaddOptions,
  GeoMatch,
  GeoradiusbymemberOptions,
  GeoradiusbymemberRoOptions,
  GeoradiusOptions,
  GeoradiusRoOptions,
  GeosearchOptions,
  GeosearchstoreOptions,
  GetexOptions,
  HexpireatOptions,
  HexpireOptions,
  HexpiretimeOptions,
  HgetdelOptions,
  HgetexOptions,
  HpersistOptions,
  HpexpireatOptions,
  HpexpireOptions,
  HpexpiretimeOptions,
  HpttlOptions,
  HscanOptions,
  HsetexOptions,
  HttlOptions,
  IfOption,
  LcsOptions,
  LmpopOptions,
  LolwutOptions,
  LposOptions,
  MemoryUsageOptions,
  MigrateOptions,
  ModuleLoadexOptions,
  NoOptions,
  RedisKey,
  ReplicaofArgs,
  RestoreAskingOptions,
  RestoreOptions,
  ScanOptions,
  ScoredMember,
  SetOptions,
  ShutdownOptions,
  SintercardOptions,
  SlaveofArgs,
  SortOptions,
  SortRoOptions,
  SscanOptions,
  StreamEntry,
  Token,
  VaddOptions,
  VembOptions,
  VlinksOptions,
  VsimOptions,
  XaddOptions,
  XautoclaimOptions,
  XclaimOptions,
  XgroupCreateOptions,
  XgroupSetidOptions,
  XinfoStreamOptions,
  XrangeOptions,
  XreadgroupOptions,
  XreadOptions,
  XrevrangeOptions,
  XsetidOptions,
  XtrimTrim,
  ZaddOptions,
  ZdiffOptions,
  ZintercardOptions,
  ZinterOptions,
  ZinterstoreOptions,
  ZmpopOptions,
  ZrangebylexOptions,
  ZrangebyscoreOptions,
  ZrangeOptions,
  ZrangestoreOptions,
  ZrankOptions,
  ZrevrangebylexOptions,
  ZrevrangebyscoreOptions,
  ZrevrangeOptions,
  ZrevrankOptions,
  ZscanOptions,
  ZunionOptions,
  ZunionstoreOptions,
} from "./commands.ts";
import type { Reply } from "./command_types.ts";
import type { CloseOptions } from "./client_base.ts";
import type { ClientEventListener } from "./client_events.ts";
import type {
  HscanIteratorOptions,
  ScanIteratorOptions,
  SscanIteratorOptions,
  ZscanIteratorOptions,
} from "./scan_options.ts";
import type { BoundScript, Script } from "./script.ts";
import type {
  PubSubMessage,
  SubscribeOptions,
  Subscription,
} from "./subscription.ts";

/**
 * The members {@linkcode Redis} has from
 * {@linkcode ClientBase} and {@linkcode ClientFeatures},
 * declared here again so that its documentation lists them.
 */
export interface Redis<
  S extends ReplyFor<M> = string,
  M extends string | Uint8Array | boolean = S,
> {
  /**
   * Sends any command and returns its reply: strings (or `Uint8Array` in bytes mode),
   * numbers, `bigint`, `null`, arrays, `Map`s (RESP3 maps). An error reply rejects with
   * `RedisError`. Blocking commands (BLPOP, XREAD BLOCK, ...) run on a dedicated
   * connection so they never stall other commands. Commands whose effect the client owns
   * (SUBSCRIBE and friends, MULTI/EXEC/WATCH, SELECT, HELLO, AUTH, CLIENT REPLY, ...) reject
   * with a `TypeError` that names the API to use instead. On a cluster, the command goes
   * to the node its keys (or its policy) say.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const [, n] = await Promise.all([
   *   r.sendCommand(["SET", "n", 1]),
   *   r.sendCommand<number>(["INCR", "n"]),
   * ]);
   * console.log(n); // 2
   * ```
   * @throws {RedisError} The server answered with an error.
   * @throws {ClusterError} On a cluster: `CROSSSLOT`, `TOO_MANY_REDIRECTIONS`, `NO_REPLICA`.
   * @throws {ConnectionLostError} The connection dropped while the command was in flight.
   * @throws {TypeError} A command the client owns, or an argument of a wrong type.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T>;

  /**
   * Listens to one of the client's events; the listener gets that event's type (an
   * `error` event's `detail` is an `Error`).
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * r.addEventListener("error", (e) => console.error(e.detail.message));
   * ```
   */
  addEventListener<K extends keyof RedisEventMap & string>(
    type: K,
    listener: ClientEventListener<RedisEventMap[K]>,
    options?: AddEventListenerOptions | boolean,
  ): void;

  /** Stops listening. */
  removeEventListener<K extends keyof RedisEventMap & string>(
    type: K,
    listener: ClientEventListener<RedisEventMap[K]>,
    options?: EventListenerOptions | boolean,
  ): void;

  /**
   * A new client with the same options and its own connections.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * await using blocking = r.duplicate();
   * ```
   */
  duplicate(): this;

  /**
   * Closes gracefully: waits for the replies of commands already sent, then closes every
   * connection. Commands issued afterwards reject with `ConnectionError` (`CLOSED`).
   * With a `timeout`, replies still missing by then are given up: as with `destroy()`,
   * their commands reject with `ConnectionLostError`. Blocking calls (BLPOP, ...), which
   * could wait forever, end at once with `ConnectionError` `CLOSED`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * const r = new Redis();
   * await r.sendCommand(["PING"]);
   * await r.close({ timeout: 1000 }); // a stalled server cannot hold this up for long
   * ```
   * @throws {RangeError} When `timeout` is longer than a timer can wait.
   */
  close(options?: CloseOptions): Promise<void>;

  /**
   * Closes at once; commands in flight reject with `ConnectionLostError`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * const r = new Redis();
   * r.destroy();
   * ```
   */
  destroy(): void;

  /** `await using client = ...` closes the client at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void>;

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
  script(source: string): BoundScript;

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
    keys?: readonly RedisArgument[],
    args?: readonly RedisArgument[],
  ): Promise<T>;

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
  ): Promise<Subscription<S>>;

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
  ): Promise<Subscription<S>>;

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
  ): Promise<Subscription<S>>;

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
  help(command: string | ((...args: never[]) => unknown)): Promise<string>;

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
    options?: ScanIteratorOptions,
  ): AsyncGenerator<S, void, undefined>;

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
    options?: SscanIteratorOptions,
  ): AsyncGenerator<S, void, undefined>;

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
}

/**
 * The command methods of {@linkcode Redis}, one per Redis command: each
 * sends its command and resolves to the reply.
 */
export interface Redis<
  S extends ReplyFor<M> = string,
  M extends string | Uint8Array | boolean = S,
> {
  /**
   * List the ACL categories or the commands inside a category.
   *
   * `ACL CAT [categoryname]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) since the categories and commands are a fixed set.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-cat/}
   */
  aclCat(categoryname?: RedisArgument): Promise<Reply<S>[]>;

  /**
   * Remove the specified ACL users and the associated rules.
   *
   * `ACL DELUSER username [username ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) amortized time considering the typical user.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-deluser/}
   */
  aclDeluser(
    ...usernames: RedisArgument[] | [usernames: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Returns whether the user can execute the given command without executing the command.
   *
   * `ACL DRYRUN username command [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1).
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-dryrun/}
   */
  aclDryrun(
    username: RedisArgument,
    command: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<Reply<S>>;

  /**
   * Generate a pseudorandom secure password to use for ACL users.
   *
   * `ACL GENPASS [bits]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-genpass/}
   */
  aclGenpass(bits?: number | bigint): Promise<Reply<S>>;

  /**
   * Get the rules for a specific ACL user.
   *
   * `ACL GETUSER username`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of password, command and pattern rules that the user has.
   * - Since: 6.0.0 (group: server)
   * - 6.2.0: Added Pub/Sub channel patterns.
   * - 7.0.0: Added selectors and changed the format of key and channel patterns from a list to their rule representation.
   *
   * @see {@link https://redis.io/commands/acl-getuser/}
   */
  aclGetuser(
    username: RedisArgument,
  ): Promise<Record<string, RespValue> | null>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `ACL HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-help/}
   */
  aclHelp(): Promise<Reply<S>[]>;

  /**
   * List the current ACL rules in ACL config file format.
   *
   * `ACL LIST`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of configured users.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-list/}
   */
  aclList(): Promise<Reply<S>[]>;

  /**
   * Reload the ACLs from the configured ACL file.
   *
   * `ACL LOAD`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of configured users.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-load/}
   */
  aclLoad(): Promise<"OK">;

  /**
   * List latest events denied because of ACLs in place.
   *
   * `ACL LOG [count | RESET]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of entries shown.
   * - Since: 6.0.0 (group: server)
   * - 7.2.0: Added entry ID, timestamp created, and timestamp last updated.
   *
   * @see {@link https://redis.io/commands/acl-log/}
   */
  aclLog(operation?: (number | bigint) | Token<"RESET">): Promise<RespValue>;

  /**
   * Save the current ACL rules in the configured ACL file.
   *
   * `ACL SAVE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of configured users.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-save/}
   */
  aclSave(): Promise<"OK">;

  /**
   * Modify or create the rules for a specific ACL user.
   *
   * `ACL SETUSER username [rule [rule ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of rules provided.
   * - Since: 6.0.0 (group: server)
   * - 6.2.0: Added Pub/Sub channel patterns.
   * - 7.0.0: Added selectors and key based permissions.
   *
   * @see {@link https://redis.io/commands/acl-setuser/}
   */
  aclSetuser(
    username: RedisArgument,
    ...rules: RedisArgument[] | [rules: readonly RedisArgument[]]
  ): Promise<"OK">;

  /**
   * List the username of all the configured ACL rules.
   *
   * `ACL USERS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N). Where N is the number of configured users.
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-users/}
   */
  aclUsers(): Promise<Reply<S>[]>;

  /**
   * Return the name of the user associated to the current connection.
   *
   * `ACL WHOAMI`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/acl-whoami/}
   */
  aclWhoami(): Promise<Reply<S>>;

  /**
   * Append a value to a key.
   *
   * `APPEND key value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1). The amortized time complexity is O(1) assuming the appended value is small and the already present value is of any size, since the dynamic string library used by Redis will double the free space available on every reallocation.
   * - Since: 2.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/append/}
   */
  append(key: RedisKey, value: RedisArgument): Promise<number>;

  /**
   * Sent by cluster clients after an -ASK redirect.
   *
   * `ASKING`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/asking/}
   */
  asking(): Promise<"OK">;

  /**
   * Asynchronously rewrite the append-only file.
   *
   * `BGREWRITEAOF`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/bgrewriteaof/}
   */
  bgrewriteaof(): Promise<string>;

  /**
   * Asynchronously save the dataset to disk.
   *
   * `BGSAVE [SCHEDULE] [CANCEL]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - CANCEL: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   * - 3.2.2: Added the `SCHEDULE` option.
   * - Valkey 8.1.0: Added the `CANCEL` option.
   *
   * @see {@link https://redis.io/commands/bgsave/}
   */
  bgsave(options?: BgsaveOptions): Promise<string>;

  /**
   * Count set bits in a string.
   *
   * `BITCOUNT key [start end [BYTE | BIT]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N)
   * - Since: 2.6.0 (group: bitmap)
   * - 7.0.0: Added the `BYTE|BIT` option.
   * - Valkey 8.0.0: `end` made optional; when called without argument the command reports the last BYTE.
   *
   * @see {@link https://redis.io/commands/bitcount/}
   */
  bitcount(
    key: RedisKey,
    index?: readonly [
      start: number | bigint,
      end: number | bigint,
      indexUnit?: Token<"BYTE" | "BIT">,
    ],
  ): Promise<number>;

  /**
   * Perform arbitrary bitfield integer operations on strings.
   *
   * `BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each subcommand specified.
   * - Since: 3.2.0 (group: bitmap)
   *
   * @see {@link https://redis.io/commands/bitfield/}
   */
  bitfield(
    key: RedisKey,
    ...operations: BitfieldOperation[]
  ): Promise<(number | null)[]>;

  /**
   * Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD.
   *
   * `BITFIELD_RO key [GET encoding offset [GET encoding offset ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each subcommand specified.
   * - Since: 6.0.0 (group: bitmap)
   *
   * @see {@link https://redis.io/commands/bitfield_ro/}
   */
  bitfieldRo(key: RedisKey, options?: BitfieldRoOptions): Promise<number[]>;

  /**
   * Perform bitwise operations between strings.
   *
   * `BITOP operation destkey key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N)
   * - Since: 2.6.0 (group: bitmap)
   *
   * @see {@link https://redis.io/commands/bitop/}
   */
  bitop(
    operation: RedisArgument,
    destkey: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<number>;

  /**
   * Find first bit set or clear in a string.
   *
   * `BITPOS key bit [start [end [BYTE | BIT]]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N)
   * - Since: 2.8.7 (group: bitmap)
   * - 7.0.0: Added the `BYTE|BIT` option.
   *
   * @see {@link https://redis.io/commands/bitpos/}
   */
  bitpos(
    key: RedisKey,
    bit: number | bigint,
    index?:
      | number
      | bigint
      | readonly [
        start: number | bigint,
        end?: number | bigint,
        indexUnit?: Token<"BYTE" | "BIT">,
      ],
  ): Promise<number>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: list)
   *
   * @see {@link https://redis.io/commands/blmove/}
   */
  blmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
    timeout: number,
  ): Promise<Reply<S> | null>;

  /**
   * Pop elements from a list, or block until one is available.
   *
   * `BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
   * - Since: 7.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/blmpop/}
   */
  blmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: BlmpopOptions,
  ): Promise<[key: Reply<S>, elements: Reply<S>[]] | null>;

  /**
   * Remove and get the first element in a list, or block until one is available.
   *
   * `BLPOP key [key ...] timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of provided keys.
   * - Since: 2.0.0 (group: list)
   * - 6.0.0: `timeout` is interpreted as a double instead of an integer.
   *
   * @see {@link https://redis.io/commands/blpop/}
   */
  blpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Promise<[key: Reply<S>, element: Reply<S>] | null>;

  /**
   * Remove and get the last element in a list, or block until one is available.
   *
   * `BRPOP key [key ...] timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of provided keys.
   * - Since: 2.0.0 (group: list)
   * - 6.0.0: `timeout` is interpreted as a double instead of an integer.
   *
   * @see {@link https://redis.io/commands/brpop/}
   */
  brpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Promise<[key: Reply<S>, element: Reply<S>] | null>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BRPOPLPUSH source destination timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.0 (group: list)
   * - 6.0.0: `timeout` is interpreted as a double instead of an integer.
   *
   * @see {@link https://redis.io/commands/brpoplpush/}
   * @deprecated since Redis 6.2.0: use `BLMOVE` with the `RIGHT` and `LEFT` arguments
   */
  brpoplpush(
    source: RedisKey,
    destination: RedisKey,
    timeout: number,
  ): Promise<Reply<S> | null>;

  /**
   * Remove and return members with scores in a sorted set or block until one is available.
   *
   * `BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
   * - Since: 7.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/bzmpop/}
   */
  bzmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: BzmpopOptions,
  ): Promise<[key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null>;

  /**
   * Remove and return the member with the highest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMAX key [key ...] timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) with N being the number of elements in the sorted set.
   * - Since: 5.0.0 (group: sorted-set)
   * - 6.0.0: `timeout` is interpreted as a double instead of an integer.
   *
   * @see {@link https://redis.io/commands/bzpopmax/}
   */
  bzpopmax(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Promise<[key: Reply<S>, member: Reply<S>, score: number] | null>;

  /**
   * Remove and return the member with the lowest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMIN key [key ...] timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) with N being the number of elements in the sorted set.
   * - Since: 5.0.0 (group: sorted-set)
   * - 6.0.0: `timeout` is interpreted as a double instead of an integer.
   *
   * @see {@link https://redis.io/commands/bzpopmin/}
   */
  bzpopmin(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Promise<[key: Reply<S>, member: Reply<S>, score: number] | null>;

  /**
   * Instruct the server about tracking or not keys in the next request.
   *
   * `CLIENT CACHING <YES | NO>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-caching/}
   */
  clientCaching(mode: Token<"YES" | "NO">): Promise<"OK">;

  /**
   * **Valkey ≥ 8.1 only.** A client claims its capability.
   *
   * `CLIENT CAPA capability [capability ...]`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: Valkey 8.0.0 (group: connection)
   *
   * @see {@link https://valkey.io/commands/client-capa/}
   */
  clientCapa(
    ...capabilitys: RedisArgument[] | [capabilitys: readonly RedisArgument[]]
  ): Promise<"OK">;

  /**
   * Get the current connection name.
   *
   * `CLIENT GETNAME`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.9 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-getname/}
   */
  clientGetname(): Promise<Reply<S> | null>;

  /**
   * Get tracking notifications redirection client ID if any.
   *
   * `CLIENT GETREDIR`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-getredir/}
   */
  clientGetredir(): Promise<number>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLIENT HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-help/}
   */
  clientHelp(): Promise<Reply<S>[]>;

  /**
   * Returns the client ID for the current connection.
   *
   * `CLIENT ID`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-id/}
   */
  clientId(): Promise<number>;

  /**
   * **Valkey ≥ 8.1 only.** Mark this client as an import source when server is in import mode.
   *
   * `CLIENT IMPORT-SOURCE <ON | OFF>`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: Valkey 8.1.0 (group: connection)
   *
   * @see {@link https://valkey.io/commands/client-import-source/}
   */
  clientImportSource(enabled: Token<"ON" | "OFF">): Promise<"OK">;

  /**
   * Returns information about the current client connection.
   *
   * `CLIENT INFO`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-info/}
   */
  clientInfo(): Promise<Reply<S>>;

  /**
   * Kill the connection of a client.
   *
   * `CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] [[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] ...]>>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - PRIMARY: Valkey ≥ 8.1 only
   * - MAXAGE maxage: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of client connections.
   * - Since: 2.4.0 (group: connection)
   * - 2.8.12: Added new filter format.
   * - 2.8.12: `ID` option.
   * - 3.2.0: Added `master` type in for `TYPE` option.
   * - 5.0.0: Replaced `slave` `TYPE` with `replica`. `slave` still supported for backward compatibility.
   * - 6.2.0: `LADDR` option.
   * - 7.4.0: `MAXAGE` option.
   * - Valkey 8.0.0: Replaced `master` `TYPE` with `primary`. `master` still supported for backward compatibility.
   * - Valkey 8.1.0: `ID` option accepts multiple IDs.
   *
   * @see {@link https://redis.io/commands/client-kill/}
   */
  clientKill(filter: ClientKillFilter): Promise<"OK" | number>;

  /**
   * Get the list of client connections.
   *
   * `CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id [client-id ...]] [USER username] [ADDR ip:port] [LADDR ip:port] [SKIPME YES | NO] [MAXAGE maxage]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - USER username: Valkey ≥ 8.1 only
   * - ADDR ip:port: Valkey ≥ 8.1 only
   * - LADDR ip:port: Valkey ≥ 8.1 only
   * - SKIPME <YES | NO>: Valkey ≥ 8.1 only
   * - MAXAGE maxage: Valkey ≥ 8.1 only
   * - Complexity: O(N) where N is the number of client connections.
   * - Since: 2.4.0 (group: connection)
   * - 2.8.12: Added unique client `id` field.
   * - 5.0.0: Added optional `TYPE` filter.
   * - 6.0.0: Added `user` field.
   * - 6.2.0: Added `argv-mem`, `tot-mem`, `laddr` and `redir` fields and the optional `ID` filter.
   * - 7.0.0: Added `resp`, `multi-mem`, `rbs` and `rbp` fields.
   * - 7.0.3: Added `ssub` field.
   * - 7.2.0: Added `lib-name` and `lib-ver` fields.
   * - 7.4.0: Added `watch` field.
   * - 8.0.0: Added `io-thread` field.
   * - Valkey 8.0.0: Replaced `master` `TYPE` with `primary`. `master` still supported for backward compatibility.
   * - Valkey 8.1.0: Added filters USER, ADDR, LADDR, SKIPME, and MAXAGE.
   *
   * @see {@link https://redis.io/commands/client-list/}
   */
  clientList(options?: ClientListOptions): Promise<Reply<S>>;

  /**
   * Set client eviction mode for the current connection.
   *
   * `CLIENT NO-EVICT <ON | OFF>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-no-evict/}
   */
  clientNoEvict(enabled: Token<"ON" | "OFF">): Promise<"OK">;

  /**
   * Controls whether commands sent by the client affect the LRU/LFU of accessed keys.
   *
   * `CLIENT NO-TOUCH <ON | OFF>`
   *
   * - Available: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.2.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-no-touch/}
   */
  clientNoTouch(enabled: Token<"ON" | "OFF">): Promise<"OK">;

  /**
   * Stop processing commands from clients for some time.
   *
   * `CLIENT PAUSE timeout [WRITE | ALL]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.9.50 (group: connection)
   * - 6.2.0: `CLIENT PAUSE WRITE` mode added along with the `mode` option.
   *
   * @see {@link https://redis.io/commands/client-pause/}
   */
  clientPause(
    timeout: number | bigint,
    mode?: Token<"WRITE" | "ALL">,
  ): Promise<"OK">;

  /**
   * Sets information specific to the client or connection.
   *
   * `CLIENT SETINFO <LIB-NAME libname | LIB-VER libver>`
   *
   * - Available: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.2.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-setinfo/}
   */
  clientSetinfo(options: ClientSetinfoOptions): Promise<"OK">;

  /**
   * Set the current connection name.
   *
   * `CLIENT SETNAME connection-name`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.9 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-setname/}
   */
  clientSetname(connectionName: RedisArgument): Promise<"OK">;

  /**
   * Enable or disable server assisted client side caching support.
   *
   * `CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1). Some options may introduce additional complexity.
   * - Since: 6.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-tracking/}
   */
  clientTracking(
    status: Token<"ON" | "OFF">,
    options?: ClientTrackingOptions,
  ): Promise<"OK">;

  /**
   * Return information about server assisted client side caching for the current connection.
   *
   * `CLIENT TRACKINGINFO`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-trackinginfo/}
   */
  clientTrackinginfo(): Promise<Record<string, RespValue>>;

  /**
   * Unblock a client blocked in a blocking command from a different connection.
   *
   * `CLIENT UNBLOCK client-id [TIMEOUT | ERROR]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log N) where N is the number of client connections.
   * - Since: 5.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-unblock/}
   */
  clientUnblock(
    clientId: number | bigint,
    timeoutError?: Token<"TIMEOUT" | "ERROR">,
  ): Promise<number>;

  /**
   * Resume processing of clients that were paused.
   *
   * `CLIENT UNPAUSE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) Where N is the number of paused clients.
   * - Since: 6.2.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/client-unpause/}
   */
  clientUnpause(): Promise<"OK">;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTS slot [slot ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of hash slot arguments.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-addslots/}
   */
  clusterAddslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Promise<"OK">;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of the slots between the start slot and end slot arguments.
   * - Since: 7.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-addslotsrange/}
   */
  clusterAddslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Promise<"OK">;

  /**
   * Advance the cluster config epoch.
   *
   * `CLUSTER BUMPEPOCH`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-bumpepoch/}
   */
  clusterBumpepoch(): Promise<string>;

  /**
   * Return the number of failure reports active for a given node.
   *
   * `CLUSTER COUNT-FAILURE-REPORTS node-id`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of failure reports.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-count-failure-reports/}
   */
  clusterCountFailureReports(nodeId: RedisArgument): Promise<number>;

  /**
   * Return the number of local keys in the specified hash slot.
   *
   * `CLUSTER COUNTKEYSINSLOT slot`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-countkeysinslot/}
   */
  clusterCountkeysinslot(slot: number | bigint): Promise<number>;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTS slot [slot ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of hash slot arguments.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-delslots/}
   */
  clusterDelslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Promise<"OK">;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of the slots between the start slot and end slot arguments.
   * - Since: 7.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-delslotsrange/}
   */
  clusterDelslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Promise<"OK">;

  /**
   * Forces a replica to perform a manual failover of its master.
   *
   * `CLUSTER FAILOVER [FORCE | TAKEOVER]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-failover/}
   */
  clusterFailover(options?: Token<"FORCE" | "TAKEOVER">): Promise<"OK">;

  /**
   * Delete a node's own slots information.
   *
   * `CLUSTER FLUSHSLOTS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-flushslots/}
   */
  clusterFlushslots(): Promise<"OK">;

  /**
   * Remove a node from the nodes table.
   *
   * `CLUSTER FORGET node-id`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-forget/}
   */
  clusterForget(nodeId: RedisArgument): Promise<"OK">;

  /**
   * Return local key names in the specified hash slot.
   *
   * `CLUSTER GETKEYSINSLOT slot count`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) where N is the number of requested keys.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-getkeysinslot/}
   */
  clusterGetkeysinslot(
    slot: number | bigint,
    count: number | bigint,
  ): Promise<Reply<S>[]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLUSTER HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-help/}
   */
  clusterHelp(): Promise<Reply<S>[]>;

  /**
   * Provides info about Redis Cluster node state.
   *
   * `CLUSTER INFO`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-info/}
   */
  clusterInfo(): Promise<Reply<S>>;

  /**
   * Returns the hash slot of the specified key.
   *
   * `CLUSTER KEYSLOT key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of bytes in the key.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-keyslot/}
   */
  clusterKeyslot(key: RedisArgument): Promise<number>;

  /**
   * Returns a list of all TCP links to and from peer nodes in cluster.
   *
   * `CLUSTER LINKS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of Cluster nodes.
   * - Since: 7.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-links/}
   */
  clusterLinks(): Promise<Record<string, RespValue>[]>;

  /**
   * Force a node cluster to handshake with another node.
   *
   * `CLUSTER MEET ip port [cluster_bus_port]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   * - 4.0.0: Added the optional `cluster_bus_port` argument.
   *
   * @see {@link https://redis.io/commands/cluster-meet/}
   */
  clusterMeet(
    ip: RedisArgument,
    port: number | bigint,
    clusterBusPort?: number | bigint,
  ): Promise<"OK">;

  /**
   * Return the node id.
   *
   * `CLUSTER MYID`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-myid/}
   */
  clusterMyid(): Promise<Reply<S>>;

  /**
   * Returns the shard ID of a node.
   *
   * `CLUSTER MYSHARDID`
   *
   * - Available: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.2.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-myshardid/}
   */
  clusterMyshardid(): Promise<Reply<S>>;

  /**
   * Get Cluster config for the node.
   *
   * `CLUSTER NODES`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of Cluster nodes.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-nodes/}
   */
  clusterNodes(): Promise<Reply<S>>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER REPLICAS node-id`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-replicas/}
   */
  clusterReplicas(nodeId: RedisArgument): Promise<Reply<S>[]>;

  /**
   * Reconfigure a node as a replica of the specified master node.
   *
   * `CLUSTER REPLICATE node-id`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-replicate/}
   */
  clusterReplicate(nodeId: RedisArgument): Promise<"OK">;

  /**
   * Reset a Redis Cluster node.
   *
   * `CLUSTER RESET [HARD | SOFT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of known nodes. The command may execute a FLUSHALL as a side effect.
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-reset/}
   */
  clusterReset(hardSoft?: Token<"HARD" | "SOFT">): Promise<"OK">;

  /**
   * Forces the node to save cluster state on disk.
   *
   * `CLUSTER SAVECONFIG`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-saveconfig/}
   */
  clusterSaveconfig(): Promise<"OK">;

  /**
   * Set the configuration epoch in a new node.
   *
   * `CLUSTER SET-CONFIG-EPOCH config-epoch`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-set-config-epoch/}
   */
  clusterSetConfigEpoch(configEpoch: number | bigint): Promise<"OK">;

  /**
   * Bind a hash slot to a specific node.
   *
   * `CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE> [TIMEOUT timeout]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - TIMEOUT timeout: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   * - Valkey 8.0.0: Added the `TIMEOUT` option.
   *
   * @see {@link https://redis.io/commands/cluster-setslot/}
   */
  clusterSetslot(
    slot: number | bigint,
    options: ClusterSetslotOptions,
  ): Promise<"OK">;

  /**
   * Get array of cluster slots to node mappings.
   *
   * `CLUSTER SHARDS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of cluster nodes.
   * - Since: 7.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-shards/}
   */
  clusterShards(): Promise<RespValue>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER SLAVES node-id`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/cluster-slaves/}
   * @deprecated since Redis 5.0.0: use `CLUSTER REPLICAS`
   */
  clusterSlaves(nodeId: RedisArgument): Promise<Reply<S>[]>;

  /**
   * **Valkey ≥ 8.1 only.** Return an array of slot usage statistics for slots assigned to the current node.
   *
   * `CLUSTER SLOT-STATS <SLOTSRANGE start-slot end-slot | ORDERBY metric [LIMIT limit] [ASC | DESC]>`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(N) where N is the total number of slots based on arguments. O(N*log(N)) with ORDERBY subcommand.
   * - Since: Valkey 8.0.0 (group: cluster)
   *
   * @see {@link https://valkey.io/commands/cluster-slot-stats/}
   */
  clusterSlotStats(
    options: ClusterSlotStatsOptions,
  ): Promise<[slot: number, stats: Record<string, number>][]>;

  /**
   * Get array of Cluster slot to node mappings.
   *
   * `CLUSTER SLOTS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of Cluster nodes.
   * - Since: 3.0.0 (group: cluster)
   * - 4.0.0: Added node IDs.
   * - 7.0.0: Added additional networking metadata field.
   *
   * @see {@link https://redis.io/commands/cluster-slots/}
   * @deprecated since Redis 7.0.0: use `CLUSTER SHARDS`
   */
  clusterSlots(): Promise<RespValue>;

  /**
   * Get total number of Redis commands.
   *
   * `COMMAND COUNT`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/command-count/}
   */
  commandCount(): Promise<number>;

  /**
   * Get array of specific Redis command documentation.
   *
   * `COMMAND DOCS [command-name [command-name ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of commands to look up.
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/command-docs/}
   */
  commandDocs(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Extract keys given a full Redis command.
   *
   * `COMMAND GETKEYS [arg ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of arguments to the command.
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/command-getkeys/}
   */
  commandGetkeys(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<Reply<S>[]>;

  /**
   * Extract keys and access flags given a full Redis command.
   *
   * `COMMAND GETKEYSANDFLAGS [arg ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of arguments to the command.
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/command-getkeysandflags/}
   */
  commandGetkeysandflags(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMAND HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/command-help/}
   */
  commandHelp(): Promise<Reply<S>[]>;

  /**
   * Get array of specific Redis command details, or all when no argument is given.
   *
   * `COMMAND INFO [command-name [command-name ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of commands to look up.
   * - Since: 2.8.13 (group: server)
   * - 7.0.0: Allowed to be called with no argument to get info on all commands.
   *
   * @see {@link https://redis.io/commands/command-info/}
   */
  commandInfo(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Get an array of Redis command names.
   *
   * `COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN pattern]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of Redis commands.
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/command-list/}
   */
  commandList(options?: CommandListOptions): Promise<Reply<S>[]>;

  /**
   * **Valkey ≥ 8.1 only.** Returns the specified command log's entries.
   *
   * `COMMANDLOG GET count <slow | large-request | large-reply>`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(N) where N is the number of entries returned.
   * - Since: Valkey 8.1.0 (group: server)
   *
   * @see {@link https://valkey.io/commands/commandlog-get/}
   */
  commandlogGet(
    count: number | bigint,
    type: RedisArgument,
  ): Promise<RespValue>;

  /**
   * **Valkey ≥ 8.1 only.** Show helpful text about the different subcommands.
   *
   * `COMMANDLOG HELP`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: Valkey 8.1.0 (group: server)
   *
   * @see {@link https://valkey.io/commands/commandlog-help/}
   */
  commandlogHelp(): Promise<Reply<S>[]>;

  /**
   * **Valkey ≥ 8.1 only.** Returns the number of entries in the specified type of command log.
   *
   * `COMMANDLOG LEN <slow | large-request | large-reply>`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: Valkey 8.1.0 (group: server)
   *
   * @see {@link https://valkey.io/commands/commandlog-len/}
   */
  commandlogLen(type: RedisArgument): Promise<number>;

  /**
   * **Valkey ≥ 8.1 only.** Clears all entries from the specified type of command log.
   *
   * `COMMANDLOG RESET <slow | large-request | large-reply>`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(N) where N is the number of entries in the commandlog.
   * - Since: Valkey 8.1.0 (group: server)
   *
   * @see {@link https://valkey.io/commands/commandlog-reset/}
   */
  commandlogReset(type: RedisArgument): Promise<"OK">;

  /**
   * Get the values of configuration parameters.
   *
   * `CONFIG GET parameter [parameter ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) when N is the number of configuration parameters provided.
   * - Since: 2.0.0 (group: server)
   * - 7.0.0: Added the ability to pass multiple pattern parameters in one call.
   *
   * @see {@link https://redis.io/commands/config-get/}
   */
  configGet(
    ...parameters: RedisArgument[] | [parameters: readonly RedisArgument[]]
  ): Promise<Record<string, Reply<S>>>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CONFIG HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/config-help/}
   */
  configHelp(): Promise<Reply<S>[]>;

  /**
   * Reset the stats returned by INFO.
   *
   * `CONFIG RESETSTAT`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/config-resetstat/}
   */
  configResetstat(): Promise<"OK">;

  /**
   * Rewrite the configuration file with the in memory configuration.
   *
   * `CONFIG REWRITE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.0 (group: server)
   *
   * @see {@link https://redis.io/commands/config-rewrite/}
   */
  configRewrite(): Promise<"OK">;

  /**
   * Set configuration parameters to the given values.
   *
   * `CONFIG SET parameter value [parameter value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) when N is the number of configuration parameters provided.
   * - Since: 2.0.0 (group: server)
   * - 7.0.0: Added the ability to set multiple parameters in one call.
   *
   * @see {@link https://redis.io/commands/config-set/}
   */
  configSet(
    ...parameterValues: [
      parameterValues:
        | Record<string, RedisArgument>
        | readonly (readonly [
          parameter: RedisArgument,
          value: RedisArgument,
        ])[],
    ] | [parameter: RedisArgument, value: RedisArgument]
  ): Promise<"OK">;

  /**
   * Copy a key.
   *
   * `COPY source destination [DB destination-db] [REPLACE]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) worst case for collections, where N is the number of nested items. O(1) for string values.
   * - Since: 6.2.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/copy/}
   */
  copy(
    source: RedisKey,
    destination: RedisKey,
    options?: CopyOptions,
  ): Promise<number>;

  /**
   * Return the number of keys in the selected database.
   *
   * `DBSIZE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/dbsize/}
   */
  dbsize(): Promise<number>;

  /**
   * A container for debugging commands.
   *
   * `DEBUG [arg ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on subcommand.
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/debug/}
   */
  debug(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Decrement the integer value of a key by one.
   *
   * `DECR key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/decr/}
   */
  decr(key: RedisKey): Promise<number>;

  /**
   * Decrement the integer value of a key by the given number.
   *
   * `DECRBY key decrement`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/decrby/}
   */
  decrby(key: RedisKey, decrement: number | bigint): Promise<number>;

  /**
   * Delete a key.
   *
   * `DEL key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys that will be removed. When a key to remove holds a value other than a string, the individual complexity for this key is O(M) where M is the number of elements in the list, set, sorted set or hash. Removing a single key that holds a string value is O(1).
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/del/}
   */
  del(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<number>;

  /**
   * Return a serialized version of the value stored at the specified key.
   *
   * `DUMP key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) to access the key and additional O(N*M) to serialize it, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1).
   * - Since: 2.6.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/dump/}
   */
  dump(key: RedisKey): Promise<Uint8Array | null>;

  /**
   * Echo the given string.
   *
   * `ECHO message`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/echo/}
   */
  echo(message: RedisArgument): Promise<Reply<S>>;

  /**
   * Execute a Lua script server side.
   *
   * `EVAL script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the script that is executed.
   * - Since: 2.6.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/eval/}
   */
  eval(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVAL_RO script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the script that is executed.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/eval_ro/}
   */
  evalRo(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Execute a Lua script server side.
   *
   * `EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the script that is executed.
   * - Since: 2.6.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/evalsha/}
   */
  evalsha(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the script that is executed.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/evalsha_ro/}
   */
  evalshaRo(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Determine if a key exists.
   *
   * `EXISTS key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys to check.
   * - Since: 1.0.0 (group: generic)
   * - 3.0.3: Accepts multiple `key` arguments.
   *
   * @see {@link https://redis.io/commands/exists/}
   */
  exists(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<number>;

  /**
   * Set a key's time to live in seconds.
   *
   * `EXPIRE key seconds [NX | XX | GT | LT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   * - 7.0.0: Added options: `NX`, `XX`, `GT` and `LT`.
   *
   * @see {@link https://redis.io/commands/expire/}
   */
  expire(
    key: RedisKey,
    seconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Promise<number>;

  /**
   * Set the expiration for a key as a UNIX timestamp.
   *
   * `EXPIREAT key unix-time-seconds [NX | XX | GT | LT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.2.0 (group: generic)
   * - 7.0.0: Added options: `NX`, `XX`, `GT` and `LT`.
   *
   * @see {@link https://redis.io/commands/expireat/}
   */
  expireat(
    key: RedisKey,
    unixTimeSeconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Promise<number>;

  /**
   * Get the expiration Unix timestamp for a key.
   *
   * `EXPIRETIME key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/expiretime/}
   */
  expiretime(key: RedisKey): Promise<number>;

  /**
   * Start a coordinated failover between this server and one of its replicas.
   *
   * `FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: server)
   *
   * @see {@link https://redis.io/commands/failover/}
   */
  failover(options?: FailoverOptions): Promise<"OK">;

  /**
   * Invoke a function.
   *
   * `FCALL function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the function that is executed.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/fcall/}
   */
  fcall(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Invoke a read-only function.
   *
   * `FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on the function that is executed.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/fcall_ro/}
   */
  fcallRo(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Promise<RespValue>;

  /**
   * Remove all keys from all databases.
   *
   * `FLUSHALL [ASYNC | SYNC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of keys in all databases.
   * - Since: 1.0.0 (group: server)
   * - 4.0.0: Added the `ASYNC` flushing mode modifier.
   * - 6.2.0: Added the `SYNC` flushing mode modifier.
   *
   * @see {@link https://redis.io/commands/flushall/}
   */
  flushall(async?: Token<"ASYNC" | "SYNC">): Promise<"OK">;

  /**
   * Remove all keys from the current database.
   *
   * `FLUSHDB [ASYNC | SYNC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys in the selected database.
   * - Since: 1.0.0 (group: server)
   * - 4.0.0: Added the `ASYNC` flushing mode modifier.
   * - 6.2.0: Added the `SYNC` flushing mode modifier.
   *
   * @see {@link https://redis.io/commands/flushdb/}
   */
  flushdb(async?: Token<"ASYNC" | "SYNC">): Promise<"OK">;

  /**
   * Delete a function by name.
   *
   * `FUNCTION DELETE library-name`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-delete/}
   */
  functionDelete(libraryName: RedisArgument): Promise<"OK">;

  /**
   * Dump all functions into a serialized binary payload.
   *
   * `FUNCTION DUMP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of functions.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-dump/}
   */
  functionDump(): Promise<Uint8Array>;

  /**
   * Deleting all functions.
   *
   * `FUNCTION FLUSH [ASYNC | SYNC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of functions deleted.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-flush/}
   */
  functionFlush(async?: Token<"ASYNC" | "SYNC">): Promise<"OK">;

  /**
   * Show helpful text about the different subcommands.
   *
   * `FUNCTION HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-help/}
   */
  functionHelp(): Promise<Reply<S>[]>;

  /**
   * Kill the function currently in execution.
   *
   * `FUNCTION KILL`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-kill/}
   */
  functionKill(): Promise<"OK">;

  /**
   * List information about all the functions.
   *
   * `FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of functions.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-list/}
   */
  functionList(options?: FunctionListOptions): Promise<RespValue>;

  /**
   * Create a function with the given arguments (name, code, description)
   *
   * `FUNCTION LOAD [REPLACE] function-code`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) (considering compilation time is redundant)
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-load/}
   */
  functionLoad(
    functionCode: RedisArgument,
    options?: FunctionLoadOptions,
  ): Promise<Reply<S>>;

  /**
   * Restore all the functions on the given payload.
   *
   * `FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of functions on the payload.
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-restore/}
   */
  functionRestore(
    serializedValue: RedisArgument,
    policy?: Token<"FLUSH" | "APPEND" | "REPLACE">,
  ): Promise<"OK">;

  /**
   * Return information about the function currently running (name, description, duration)
   *
   * `FUNCTION STATS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/function-stats/}
   */
  functionStats(): Promise<RespValue>;

  /**
   * Add one or more geospatial items in the geospatial index represented using a sorted set.
   *
   * `GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
   * - Since: 3.2.0 (group: geo)
   * - 6.2.0: Added the `CH`, `NX` and `XX` options.
   *
   * @see {@link https://redis.io/commands/geoadd/}
   */
  geoadd(
    key: RedisKey,
    longitudeLatitudeMembers: readonly (readonly [
      longitude: number,
      latitude: number,
      member: RedisArgument,
    ])[],
    options?: GeoaddOptions,
  ): Promise<number>;

  /**
   * Returns the distance between two members of a geospatial index.
   *
   * `GEODIST key member1 member2 [M | KM | FT | MI]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N))
   * - Since: 3.2.0 (group: geo)
   *
   * @see {@link https://redis.io/commands/geodist/}
   */
  geodist(
    key: RedisKey,
    member1: RedisArgument,
    member2: RedisArgument,
    unit?: Token<"M" | "KM" | "FT" | "MI">,
  ): Promise<number | null>;

  /**
   * Returns members of a geospatial index as standard geohash strings.
   *
   * `GEOHASH key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) for each member requested, where N is the number of elements in the sorted set.
   * - Since: 3.2.0 (group: geo)
   *
   * @see {@link https://redis.io/commands/geohash/}
   */
  geohash(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<(Reply<S> | null)[]>;

  /**
   * Returns longitude and latitude of members of a geospatial index.
   *
   * `GEOPOS key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of members requested.
   * - Since: 3.2.0 (group: geo)
   *
   * @see {@link https://redis.io/commands/geopos/}
   */
  geopos(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<([longitude: number, latitude: number] | null)[]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point.
   *
   * `GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
   * - Since: 3.2.0 (group: geo)
   * - 6.2.0: Added the `ANY` option for `COUNT`.
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/georadius/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument
   */
  georadius(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusOptions,
  ): Promise<RespValue>;

  /**
   * A read-only variant for GEORADIUS.
   *
   * `GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
   * - Since: 3.2.10 (group: geo)
   * - 6.2.0: Added the `ANY` option for `COUNT`.
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/georadius_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` argument
   */
  georadiusRo(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusRoOptions,
  ): Promise<RespValue>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member.
   *
   * `GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
   * - Since: 3.2.0 (group: geo)
   * - 6.2.0: Added the `ANY` option for `COUNT`.
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/georadiusbymember/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymember(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberOptions,
  ): Promise<RespValue>;

  /**
   * A read-only variant for GEORADIUSBYMEMBER.
   *
   * `GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements inside the bounding box of the circular area delimited by center and radius and M is the number of items inside the index.
   * - Since: 3.2.10 (group: geo)
   * - 6.2.0: Added the `ANY` option for `COUNT`.
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/georadiusbymember_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymemberRo(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberRoOptions,
  ): Promise<RespValue>;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.
   *
   * `GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape.
   * - Since: 6.2.0 (group: geo)
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/geosearch/}
   */
  geosearch<O extends GeosearchOptions = GeosearchOptions>(
    key: RedisKey,
    options: O,
  ): Promise<
    O extends { withcoord: true } | { withdist: true } | { withhash: true }
      ? GeoMatch<Reply<S>>[]
      : Reply<S>[]
  >;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.
   *
   * `GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+log(M)) where N is the number of elements in the grid-aligned bounding box area around the shape provided as the filter and M is the number of items inside the shape.
   * - Since: 6.2.0 (group: geo)
   * - 7.0.0: Added support for uppercase unit names.
   *
   * @see {@link https://redis.io/commands/geosearchstore/}
   */
  geosearchstore(
    destination: RedisKey,
    source: RedisKey,
    options: GeosearchstoreOptions,
  ): Promise<number>;

  /**
   * Get the value of a key.
   *
   * `GET key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/get/}
   */
  get(key: RedisKey): Promise<Reply<S> | null>;

  /**
   * Returns the bit value at offset in the string value stored at key.
   *
   * `GETBIT key offset`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.0 (group: bitmap)
   *
   * @see {@link https://redis.io/commands/getbit/}
   */
  getbit(key: RedisKey, offset: number | bigint): Promise<number>;

  /**
   * Get the value of a key and delete the key.
   *
   * `GETDEL key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: string)
   *
   * @see {@link https://redis.io/commands/getdel/}
   */
  getdel(key: RedisKey): Promise<Reply<S> | null>;

  /**
   * Get the value of a key and optionally set its expiration.
   *
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: string)
   *
   * @see {@link https://redis.io/commands/getex/}
   */
  getex(key: RedisKey, options?: GetexOptions): Promise<Reply<S> | null>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `GETRANGE key start end`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
   * - Since: 2.4.0 (group: string)
   *
   * @see {@link https://redis.io/commands/getrange/}
   */
  getrange(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Promise<Reply<S>>;

  /**
   * Set the string value of a key and return its old value.
   *
   * `GETSET key value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/getset/}
   * @deprecated since Redis 6.2.0: use `SET` with the `!GET` argument
   */
  getset(key: RedisKey, value: RedisArgument): Promise<Reply<S> | null>;

  /**
   * Delete one or more hash fields.
   *
   * `HDEL key field [field ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of fields to be removed.
   * - Since: 2.0.0 (group: hash)
   * - 2.4.0: Accepts multiple `field` arguments.
   *
   * @see {@link https://redis.io/commands/hdel/}
   */
  hdel(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Determine if a hash field exists.
   *
   * `HEXISTS key field`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hexists/}
   */
  hexists(key: RedisKey, field: RedisArgument): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Set expiry for hash field using relative time to expire (seconds)
   *
   * `HEXPIRE key seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hexpire/}
   */
  hexpire(
    key: RedisKey,
    seconds: number | bigint,
    options: HexpireOptions,
  ): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Set expiry for hash field using an absolute Unix timestamp (seconds)
   *
   * `HEXPIREAT key unix-time-seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hexpireat/}
   */
  hexpireat(
    key: RedisKey,
    unixTimeSeconds: number,
    options: HexpireatOptions,
  ): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Returns the expiration time of a hash field as a Unix timestamp, in seconds.
   *
   * `HEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hexpiretime/}
   */
  hexpiretime(key: RedisKey, options: HexpiretimeOptions): Promise<number[]>;

  /**
   * Get the value of a hash field.
   *
   * `HGET key field`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hget/}
   */
  hget(key: RedisKey, field: RedisArgument): Promise<Reply<S> | null>;

  /**
   * Get all the fields and values in a hash.
   *
   * `HGETALL key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the size of the hash.
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hgetall/}
   */
  hgetall(key: RedisKey): Promise<Record<string, Reply<S>>>;

  /**
   * **Redis ≥ 8.0 only.** Returns the value of a field and deletes it from the hash.
   *
   * `HGETDEL key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 8.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hgetdel/}
   */
  hgetdel(key: RedisKey, options: HgetdelOptions): Promise<(Reply<S> | null)[]>;

  /**
   * **Redis ≥ 8.0 only.** Get the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HGETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST] FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 8.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hgetex/}
   */
  hgetex(key: RedisKey, options: HgetexOptions): Promise<(Reply<S> | null)[]>;

  /**
   * Increment the integer value of a hash field by the given number.
   *
   * `HINCRBY key field increment`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hincrby/}
   */
  hincrby(
    key: RedisKey,
    field: RedisArgument,
    increment: number | bigint,
  ): Promise<number>;

  /**
   * Increment the float value of a hash field by the given amount.
   *
   * `HINCRBYFLOAT key field increment`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hincrbyfloat/}
   */
  hincrbyfloat(
    key: RedisKey,
    field: RedisArgument,
    increment: number,
  ): Promise<number>;

  /**
   * Get all the fields in a hash.
   *
   * `HKEYS key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the size of the hash.
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hkeys/}
   */
  hkeys(key: RedisKey): Promise<Reply<S>[]>;

  /**
   * Get the number of fields in a hash.
   *
   * `HLEN key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hlen/}
   */
  hlen(key: RedisKey): Promise<number>;

  /**
   * Get the values of all the given hash fields.
   *
   * `HMGET key field [field ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of fields being requested.
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hmget/}
   */
  hmget(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Promise<(Reply<S> | null)[]>;

  /**
   * Set multiple hash fields to multiple values.
   *
   * `HMSET key field value [field value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of fields being set.
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hmset/}
   * @deprecated since Redis 4.0.0: use `HSET` with multiple field-value pairs
   */
  hmset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Promise<"OK">;

  /**
   * **Redis ≥ 8.0 only.** Removes the expiration time for each specified field.
   *
   * `HPERSIST key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hpersist/}
   */
  hpersist(key: RedisKey, options: HpersistOptions): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Set expiry for hash field using relative time to expire (milliseconds)
   *
   * `HPEXPIRE key milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hpexpire/}
   */
  hpexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    options: HpexpireOptions,
  ): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Set expiry for hash field using an absolute Unix timestamp (milliseconds)
   *
   * `HPEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hpexpireat/}
   */
  hpexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    options: HpexpireatOptions,
  ): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Returns the expiration time of a hash field as a Unix timestamp, in msec.
   *
   * `HPEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hpexpiretime/}
   */
  hpexpiretime(key: RedisKey, options: HpexpiretimeOptions): Promise<number[]>;

  /**
   * **Redis ≥ 8.0 only.** Returns the TTL in milliseconds of a hash field.
   *
   * `HPTTL key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hpttl/}
   */
  hpttl(key: RedisKey, options: HpttlOptions): Promise<number[]>;

  /**
   * Get one or multiple random fields from a hash.
   *
   * `HRANDFIELD key [count [WITHVALUES]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of fields returned.
   * - Since: 6.2.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hrandfield/}
   */
  hrandfield<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withvalues?: Token<"WITHVALUES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Promise<
    O extends undefined ? Reply<S> | null
      : O extends readonly [unknown, "WITHVALUES" | "withvalues"]
        ? [field: Reply<S>, value: Reply<S>][]
      : Reply<S>[]
  >;

  /**
   * Incrementally iterate hash fields and associated values.
   *
   * `HSCAN key cursor [MATCH pattern] [COUNT count] [NOVALUES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - NOVALUES: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
   * - Since: 2.8.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hscan/}
   */
  hscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: HscanOptions,
  ): Promise<[cursor: Reply<S>, items: Reply<S>[]]>;

  /**
   * Set the string value of a hash field.
   *
   * `HSET key field value [field value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each field/value pair added, so O(N) to add N field/value pairs when the command is called with multiple field/value pairs.
   * - Since: 2.0.0 (group: hash)
   * - 4.0.0: Accepts multiple `field` and `value` arguments.
   *
   * @see {@link https://redis.io/commands/hset/}
   */
  hset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Set the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HSETEX key [FNX | FXX] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL] FIELDS numfields field value [field value ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of fields being set.
   * - Since: 8.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hsetex/}
   */
  hsetex(key: RedisKey, options: HsetexOptions): Promise<number>;

  /**
   * Set the value of a hash field, only if the field does not exist.
   *
   * `HSETNX key field value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hsetnx/}
   */
  hsetnx(
    key: RedisKey,
    field: RedisArgument,
    value: RedisArgument,
  ): Promise<number>;

  /**
   * Get the length of the value of a hash field.
   *
   * `HSTRLEN key field`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.2.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hstrlen/}
   */
  hstrlen(key: RedisKey, field: RedisArgument): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Returns the TTL in seconds of a hash field.
   *
   * `HTTL key FIELDS numfields field [field ...]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the number of specified fields.
   * - Since: 7.4.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/httl/}
   */
  httl(key: RedisKey, options: HttlOptions): Promise<number[]>;

  /**
   * Get all the values in a hash.
   *
   * `HVALS key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the size of the hash.
   * - Since: 2.0.0 (group: hash)
   *
   * @see {@link https://redis.io/commands/hvals/}
   */
  hvals(key: RedisKey): Promise<Reply<S>[]>;

  /**
   * Increment the integer value of a key by one.
   *
   * `INCR key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/incr/}
   */
  incr(key: RedisKey): Promise<number>;

  /**
   * Increment the integer value of a key by the given amount.
   *
   * `INCRBY key increment`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/incrby/}
   */
  incrby(key: RedisKey, increment: number | bigint): Promise<number>;

  /**
   * Increment the float value of a key by the given amount.
   *
   * `INCRBYFLOAT key increment`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: string)
   *
   * @see {@link https://redis.io/commands/incrbyfloat/}
   */
  incrbyfloat(key: RedisKey, increment: number): Promise<number>;

  /**
   * Get information and statistics about the server.
   *
   * `INFO [section [section ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   * - 7.0.0: Added support for taking multiple section arguments.
   *
   * @see {@link https://redis.io/commands/info/}
   */
  info(
    ...sections: RedisArgument[] | [sections: readonly RedisArgument[]]
  ): Promise<Reply<S>>;

  /**
   * Find all keys matching the given pattern.
   *
   * `KEYS pattern`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of keys in the database, under the assumption that the key names in the database and the given pattern have limited length.
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/keys/}
   */
  keys(pattern: RedisArgument): Promise<Reply<S>[]>;

  /**
   * Get the UNIX time stamp of the last successful save to disk.
   *
   * `LASTSAVE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/lastsave/}
   */
  lastsave(): Promise<number>;

  /**
   * Return a human readable latency analysis report.
   *
   * `LATENCY DOCTOR`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-doctor/}
   */
  latencyDoctor(): Promise<Reply<S>>;

  /**
   * Return a latency graph for the event.
   *
   * `LATENCY GRAPH event`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-graph/}
   */
  latencyGraph(event: RedisArgument): Promise<RespValue>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `LATENCY HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-help/}
   */
  latencyHelp(): Promise<Reply<S>[]>;

  /**
   * Return the cumulative distribution of latencies of a subset of commands or all.
   *
   * `LATENCY HISTOGRAM [command [command ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of commands with latency information being retrieved.
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-histogram/}
   */
  latencyHistogram(
    ...commands: RedisArgument[] | [commands: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Return timestamp-latency samples for the event.
   *
   * `LATENCY HISTORY event`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-history/}
   */
  latencyHistory(event: RedisArgument): Promise<RespValue>;

  /**
   * Return the latest latency samples for all events.
   *
   * `LATENCY LATEST`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-latest/}
   */
  latencyLatest(): Promise<RespValue>;

  /**
   * Reset latency data for one or more events.
   *
   * `LATENCY RESET [event [event ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.13 (group: server)
   *
   * @see {@link https://redis.io/commands/latency-reset/}
   */
  latencyReset(
    ...events: RedisArgument[] | [events: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Find longest common substring.
   *
   * `LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*M) where N and M are the lengths of s1 and s2, respectively.
   * - Since: 7.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/lcs/}
   */
  lcs<O extends LcsOptions = NoOptions>(
    key1: RedisKey,
    key2: RedisKey,
    options?: O,
  ): Promise<
    O extends { len: true } ? number
      : O extends { idx: true } ? RespValue
      : Reply<S>
  >;

  /**
   * Get an element from a list by its index.
   *
   * `LINDEX key index`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements to traverse to get to the element at index. This makes asking for the first or the last element of the list O(1).
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lindex/}
   */
  lindex(key: RedisKey, index: number | bigint): Promise<Reply<S> | null>;

  /**
   * Insert an element before or after another element in a list.
   *
   * `LINSERT key <BEFORE | AFTER> pivot element`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements to traverse before seeing the value pivot. This means that inserting somewhere on the left end on the list (head) can be considered O(1) and inserting somewhere on the right end (tail) is O(N).
   * - Since: 2.2.0 (group: list)
   *
   * @see {@link https://redis.io/commands/linsert/}
   */
  linsert(
    key: RedisKey,
    where: Token<"BEFORE" | "AFTER">,
    pivot: RedisArgument,
    element: RedisArgument,
  ): Promise<number>;

  /**
   * Get the length of a list.
   *
   * `LLEN key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/llen/}
   */
  llen(key: RedisKey): Promise<number>;

  /**
   * Pop an element from a list, push it to another list and return it.
   *
   * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lmove/}
   */
  lmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
  ): Promise<Reply<S> | null>;

  /**
   * Pop elements from a list.
   *
   * `LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M) where N is the number of provided keys and M is the number of elements returned.
   * - Since: 7.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lmpop/}
   */
  lmpop(
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: LmpopOptions,
  ): Promise<[key: Reply<S>, elements: Reply<S>[]] | null>;

  /**
   * Display some computer art and the Redis version.
   *
   * `LOLWUT [VERSION version]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Since: 5.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/lolwut/}
   */
  lolwut(options?: LolwutOptions): Promise<Reply<S>>;

  /**
   * Remove and get the first elements in a list.
   *
   * `LPOP key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements returned.
   * - Since: 1.0.0 (group: list)
   * - 6.2.0: Added the `count` argument.
   *
   * @see {@link https://redis.io/commands/lpop/}
   */
  lpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Promise<O extends undefined ? Reply<S> | null : Reply<S>[] | null>;

  /**
   * Return the index of matching elements on a list.
   *
   * `LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements in the list, for the average case. When searching for elements near the head or the tail of the list, or when the MAXLEN option is provided, the command may run in constant time.
   * - Since: 6.0.6 (group: list)
   *
   * @see {@link https://redis.io/commands/lpos/}
   */
  lpos<O extends LposOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Promise<O extends { count: number } ? number[] : number | null>;

  /**
   * Prepend one or multiple elements to a list.
   *
   * `LPUSH key element [element ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
   * - Since: 1.0.0 (group: list)
   * - 2.4.0: Accepts multiple `element` arguments.
   *
   * @see {@link https://redis.io/commands/lpush/}
   */
  lpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Prepend an element to a list, only if the list exists.
   *
   * `LPUSHX key element [element ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
   * - Since: 2.2.0 (group: list)
   * - 4.0.0: Accepts multiple `element` arguments.
   *
   * @see {@link https://redis.io/commands/lpushx/}
   */
  lpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Get a range of elements from a list.
   *
   * `LRANGE key start stop`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(S+N) where S is the distance of start offset from HEAD for small lists, from nearest end (HEAD or TAIL) for large lists; and N is the number of elements in the specified range.
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lrange/}
   */
  lrange(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Promise<Reply<S>[]>;

  /**
   * Remove elements from a list.
   *
   * `LREM key count element`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M) where N is the length of the list and M is the number of elements removed.
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lrem/}
   */
  lrem(
    key: RedisKey,
    count: number | bigint,
    element: RedisArgument,
  ): Promise<number>;

  /**
   * Set the value of an element in a list by its index.
   *
   * `LSET key index element`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the length of the list. Setting either the first or the last element of the list is O(1).
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/lset/}
   */
  lset(
    key: RedisKey,
    index: number | bigint,
    element: RedisArgument,
  ): Promise<"OK">;

  /**
   * Trim a list to the specified range.
   *
   * `LTRIM key start stop`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements to be removed by the operation.
   * - Since: 1.0.0 (group: list)
   *
   * @see {@link https://redis.io/commands/ltrim/}
   */
  ltrim(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Promise<"OK">;

  /**
   * Outputs memory problems report.
   *
   * `MEMORY DOCTOR`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-doctor/}
   */
  memoryDoctor(): Promise<Reply<S>>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MEMORY HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-help/}
   */
  memoryHelp(): Promise<Reply<S>[]>;

  /**
   * Show allocator internal stats.
   *
   * `MEMORY MALLOC-STATS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on how much memory is allocated, could be slow.
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-malloc-stats/}
   */
  memoryMallocStats(): Promise<Reply<S>>;

  /**
   * Ask the allocator to release memory.
   *
   * `MEMORY PURGE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Depends on how much memory is allocated, could be slow.
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-purge/}
   */
  memoryPurge(): Promise<"OK">;

  /**
   * Show memory usage details.
   *
   * `MEMORY STATS`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-stats/}
   */
  memoryStats(): Promise<Record<string, RespValue>>;

  /**
   * Estimate the memory usage of a key.
   *
   * `MEMORY USAGE key [SAMPLES count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of samples.
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/memory-usage/}
   */
  memoryUsage(
    key: RedisKey,
    options?: MemoryUsageOptions,
  ): Promise<number | null>;

  /**
   * Get the values of all the given keys.
   *
   * `MGET key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys to retrieve.
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/mget/}
   */
  mget(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<(Reply<S> | null)[]>;

  /**
   * Atomically transfer a key from a Redis instance to another one.
   *
   * `MIGRATE host port <key | > destination-db timeout [COPY] [REPLACE] [[AUTH password] | [AUTH2 username password]] [KEYS key [key ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: This command actually executes a DUMP+DEL in the source instance, and a RESTORE in the target instance. See the pages of these commands for time complexity. Also an O(N) data transfer between the two instances is performed.
   * - Since: 2.6.0 (group: generic)
   * - 3.0.0: Added the `COPY` and `REPLACE` options.
   * - 3.0.6: Added the `KEYS` option.
   * - 4.0.7: Added the `AUTH` option.
   * - 6.0.0: Added the `AUTH2` option.
   *
   * @see {@link https://redis.io/commands/migrate/}
   */
  migrate(
    host: RedisArgument,
    port: number | bigint,
    keyOrEmptyString: RedisKey | Token<"">,
    destinationDb: number | bigint,
    timeout: number | bigint,
    options?: MigrateOptions,
  ): Promise<RespValue>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MODULE HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/module-help/}
   */
  moduleHelp(): Promise<Reply<S>[]>;

  /**
   * List all modules loaded by the server.
   *
   * `MODULE LIST`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of loaded modules.
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/module-list/}
   */
  moduleList(): Promise<RespValue>;

  /**
   * Load a module.
   *
   * `MODULE LOAD path [arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/module-load/}
   */
  moduleLoad(
    path: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<"OK">;

  /**
   * Load a module with extended parameters.
   *
   * `MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/module-loadex/}
   */
  moduleLoadex(
    path: RedisArgument,
    options?: ModuleLoadexOptions,
  ): Promise<"OK">;

  /**
   * Unload a module.
   *
   * `MODULE UNLOAD name`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/module-unload/}
   */
  moduleUnload(name: RedisArgument): Promise<"OK">;

  /**
   * Move a key to another database.
   *
   * `MOVE key db`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/move/}
   */
  move(key: RedisKey, db: number | bigint): Promise<number>;

  /**
   * Set multiple keys to multiple values.
   *
   * `MSET key value [key value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys to set.
   * - Since: 1.0.1 (group: string)
   *
   * @see {@link https://redis.io/commands/mset/}
   */
  mset(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Promise<"OK">;

  /**
   * Set multiple keys to multiple values, only if none of the keys exist.
   *
   * `MSETNX key value [key value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys to set.
   * - Since: 1.0.1 (group: string)
   *
   * @see {@link https://redis.io/commands/msetnx/}
   */
  msetnx(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Promise<number>;

  /**
   * Inspect the internal encoding of a Redis object.
   *
   * `OBJECT ENCODING key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.3 (group: generic)
   *
   * @see {@link https://redis.io/commands/object-encoding/}
   */
  objectEncoding(key: RedisKey): Promise<Reply<S> | null>;

  /**
   * Get the logarithmic access frequency counter of a Redis object.
   *
   * `OBJECT FREQ key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 4.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/object-freq/}
   */
  objectFreq(key: RedisKey): Promise<number | null>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `OBJECT HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/object-help/}
   */
  objectHelp(): Promise<Reply<S>[]>;

  /**
   * Get the time since a Redis object was last accessed.
   *
   * `OBJECT IDLETIME key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.3 (group: generic)
   *
   * @see {@link https://redis.io/commands/object-idletime/}
   */
  objectIdletime(key: RedisKey): Promise<number | null>;

  /**
   * Get the number of references to the value of the key.
   *
   * `OBJECT REFCOUNT key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.3 (group: generic)
   *
   * @see {@link https://redis.io/commands/object-refcount/}
   */
  objectRefcount(key: RedisKey): Promise<number | null>;

  /**
   * Remove the expiration from a key.
   *
   * `PERSIST key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/persist/}
   */
  persist(key: RedisKey): Promise<number>;

  /**
   * Set a key's time to live in milliseconds.
   *
   * `PEXPIRE key milliseconds [NX | XX | GT | LT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: generic)
   * - 7.0.0: Added options: `NX`, `XX`, `GT` and `LT`.
   *
   * @see {@link https://redis.io/commands/pexpire/}
   */
  pexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Promise<number>;

  /**
   * Set the expiration for a key as a UNIX timestamp specified in milliseconds.
   *
   * `PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: generic)
   * - 7.0.0: Added options: `NX`, `XX`, `GT` and `LT`.
   *
   * @see {@link https://redis.io/commands/pexpireat/}
   */
  pexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Promise<number>;

  /**
   * Get the expiration Unix timestamp for a key in milliseconds.
   *
   * `PEXPIRETIME key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/pexpiretime/}
   */
  pexpiretime(key: RedisKey): Promise<number>;

  /**
   * Adds the specified elements to the specified HyperLogLog.
   *
   * `PFADD key [element [element ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) to add every element.
   * - Since: 2.8.9 (group: hyperloglog)
   *
   * @see {@link https://redis.io/commands/pfadd/}
   */
  pfadd(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).
   *
   * `PFCOUNT key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) with a very small average constant time when called with a single key. O(N) with N being the number of keys, and much bigger constant times, when called with multiple keys.
   * - Since: 2.8.9 (group: hyperloglog)
   *
   * @see {@link https://redis.io/commands/pfcount/}
   */
  pfcount(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<number>;

  /**
   * Internal commands for debugging HyperLogLog values.
   *
   * `PFDEBUG subcommand key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: N/A.
   * - Since: 2.8.9 (group: hyperloglog)
   *
   * @see {@link https://redis.io/commands/pfdebug/}
   */
  pfdebug(subcommand: RedisArgument, key: RedisKey): Promise<RespValue>;

  /**
   * Merge N different HyperLogLogs into a single one.
   *
   * `PFMERGE destkey sourcekey [sourcekey ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) to merge N HyperLogLogs, but with high constant times.
   * - Since: 2.8.9 (group: hyperloglog)
   *
   * @see {@link https://redis.io/commands/pfmerge/}
   */
  pfmerge(
    destkey: RedisKey,
    ...sourcekeys: RedisKey[] | [sourcekeys: readonly RedisKey[]]
  ): Promise<"OK">;

  /**
   * An internal command for testing HyperLogLog values.
   *
   * `PFSELFTEST`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: N/A.
   * - Since: 2.8.9 (group: hyperloglog)
   *
   * @see {@link https://redis.io/commands/pfselftest/}
   */
  pfselftest(): Promise<RespValue>;

  /**
   * Ping the server.
   *
   * `PING [message]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: connection)
   *
   * @see {@link https://redis.io/commands/ping/}
   */
  ping<O extends RedisArgument | undefined = undefined>(
    message?: O,
  ): Promise<O extends undefined ? "PONG" : Reply<S>>;

  /**
   * Set the value and expiration in milliseconds of a key.
   *
   * `PSETEX key milliseconds value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: string)
   *
   * @see {@link https://redis.io/commands/psetex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `PX` argument
   */
  psetex(
    key: RedisKey,
    milliseconds: number | bigint,
    value: RedisArgument,
  ): Promise<"OK">;

  /**
   * Get the time to live for a key in milliseconds.
   *
   * `PTTL key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: generic)
   * - 2.8.0: Added the -2 reply.
   *
   * @see {@link https://redis.io/commands/pttl/}
   */
  pttl(key: RedisKey): Promise<number>;

  /**
   * Post a message to a channel.
   *
   * `PUBLISH channel message`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M) where N is the number of clients subscribed to the receiving channel and M is the total number of subscribed patterns (by any client).
   * - Since: 2.0.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/publish/}
   */
  publish(channel: RedisArgument, message: RedisArgument): Promise<number>;

  /**
   * List active channels.
   *
   * `PUBSUB CHANNELS [pattern]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of active channels, and assuming constant time pattern matching (relatively short channels and patterns)
   * - Since: 2.8.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-channels/}
   */
  pubsubChannels(pattern?: RedisArgument): Promise<Reply<S>[]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `PUBSUB HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-help/}
   */
  pubsubHelp(): Promise<Reply<S>[]>;

  /**
   * Get the count of unique patterns pattern subscriptions.
   *
   * `PUBSUB NUMPAT`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-numpat/}
   */
  pubsubNumpat(): Promise<number>;

  /**
   * Get the count of subscribers for channels.
   *
   * `PUBSUB NUMSUB [channel [channel ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) for the NUMSUB subcommand, where N is the number of requested channels.
   * - Since: 2.8.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-numsub/}
   */
  pubsubNumsub(
    ...channels: RedisArgument[] | [channels: readonly RedisArgument[]]
  ): Promise<Record<string, number>>;

  /**
   * List active shard channels.
   *
   * `PUBSUB SHARDCHANNELS [pattern]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of active shard channels, and assuming constant time pattern matching (relatively short shard channels).
   * - Since: 7.0.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-shardchannels/}
   */
  pubsubShardchannels(pattern?: RedisArgument): Promise<Reply<S>[]>;

  /**
   * Get the count of subscribers for shard channels.
   *
   * `PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) for the SHARDNUMSUB subcommand, where N is the number of requested shard channels.
   * - Since: 7.0.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/pubsub-shardnumsub/}
   */
  pubsubShardnumsub(
    ...shardchannels: RedisArgument[] | [
      shardchannels: readonly RedisArgument[],
    ]
  ): Promise<Record<string, number>>;

  /**
   * Return a random key from the keyspace.
   *
   * `RANDOMKEY`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/randomkey/}
   */
  randomkey(): Promise<Reply<S> | null>;

  /**
   * Enables read queries for a connection to a cluster replica node.
   *
   * `READONLY`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/readonly/}
   */
  readonly(): Promise<"OK">;

  /**
   * Disables read queries for a connection to a cluster replica node.
   *
   * `READWRITE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: cluster)
   *
   * @see {@link https://redis.io/commands/readwrite/}
   */
  readwrite(): Promise<"OK">;

  /**
   * Rename a key.
   *
   * `RENAME key newkey`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/rename/}
   */
  rename(key: RedisKey, newkey: RedisKey): Promise<"OK">;

  /**
   * Rename a key, only if the new key does not exist.
   *
   * `RENAMENX key newkey`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   * - 3.2.0: The command no longer returns an error when source and destination names are the same.
   *
   * @see {@link https://redis.io/commands/renamenx/}
   */
  renamenx(key: RedisKey, newkey: RedisKey): Promise<number>;

  /**
   * An internal command for configuring the replication stream.
   *
   * `REPLCONF [arg ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/replconf/}
   */
  replconf(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Promise<RespValue>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `REPLICAOF <host port | NO ONE>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/replicaof/}
   */
  replicaof(args: ReplicaofArgs): Promise<"OK">;

  /**
   * Create a key using the provided serialized value, previously obtained using DUMP.
   *
   * `RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
   * - Since: 2.6.0 (group: generic)
   * - 3.0.0: Added the `REPLACE` modifier.
   * - 5.0.0: Added the `ABSTTL` modifier.
   * - 5.0.0: Added the `IDLETIME` and `FREQ` options.
   *
   * @see {@link https://redis.io/commands/restore/}
   */
  restore(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreOptions,
  ): Promise<"OK">;

  /**
   * An internal command for migrating keys in a cluster.
   *
   * `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) to create the new key and additional O(N*M) to reconstruct the serialized value, where N is the number of Redis objects composing the value and M their average size. For small string values the time complexity is thus O(1)+O(1*M) where M is small, so simply O(1). However for sorted set values the complexity is O(N*M*log(N)) because inserting values into sorted sets is O(log(N)).
   * - Since: 3.0.0 (group: server)
   * - 3.0.0: Added the `REPLACE` modifier.
   * - 5.0.0: Added the `ABSTTL` modifier.
   * - 5.0.0: Added the `IDLETIME` and `FREQ` options.
   *
   * @see {@link https://redis.io/commands/restore-asking/}
   */
  restoreAsking(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreAskingOptions,
  ): Promise<"OK">;

  /**
   * Return the role of the instance in the context of replication.
   *
   * `ROLE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.8.12 (group: server)
   *
   * @see {@link https://redis.io/commands/role/}
   */
  role(): Promise<RespValue>;

  /**
   * Remove and get the last elements in a list.
   *
   * `RPOP key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements returned.
   * - Since: 1.0.0 (group: list)
   * - 6.2.0: Added the `count` argument.
   *
   * @see {@link https://redis.io/commands/rpop/}
   */
  rpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Promise<O extends undefined ? Reply<S> | null : Reply<S>[] | null>;

  /**
   * Remove the last element in a list, prepend it to another list and return it.
   *
   * `RPOPLPUSH source destination`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.2.0 (group: list)
   *
   * @see {@link https://redis.io/commands/rpoplpush/}
   * @deprecated since Redis 6.2.0: use `LMOVE` with the `RIGHT` and `LEFT` arguments
   */
  rpoplpush(source: RedisKey, destination: RedisKey): Promise<Reply<S> | null>;

  /**
   * Append one or multiple elements to a list.
   *
   * `RPUSH key element [element ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
   * - Since: 1.0.0 (group: list)
   * - 2.4.0: Accepts multiple `element` arguments.
   *
   * @see {@link https://redis.io/commands/rpush/}
   */
  rpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Append an element to a list, only if the list exists.
   *
   * `RPUSHX key element [element ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
   * - Since: 2.2.0 (group: list)
   * - 4.0.0: Accepts multiple `element` arguments.
   *
   * @see {@link https://redis.io/commands/rpushx/}
   */
  rpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Add one or more members to a set.
   *
   * `SADD key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each element added, so O(N) to add N elements when the command is called with multiple arguments.
   * - Since: 1.0.0 (group: set)
   * - 2.4.0: Accepts multiple `member` arguments.
   *
   * @see {@link https://redis.io/commands/sadd/}
   */
  sadd(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Synchronously save the dataset to disk.
   *
   * `SAVE`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of keys in all databases.
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/save/}
   */
  save(): Promise<"OK">;

  /**
   * Incrementally iterate the keys space.
   *
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection.
   * - Since: 2.8.0 (group: generic)
   * - 6.0.0: Added the `TYPE` subcommand.
   *
   * @see {@link https://redis.io/commands/scan/}
   */
  scan(
    cursor: RedisArgument,
    options?: ScanOptions,
  ): Promise<[cursor: Reply<S>, items: Reply<S>[]]>;

  /**
   * Get the number of members in a set.
   *
   * `SCARD key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/scard/}
   */
  scard(key: RedisKey): Promise<number>;

  /**
   * Set the debug mode for executed scripts.
   *
   * `SCRIPT DEBUG <YES | SYNC | NO>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.2.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/script-debug/}
   */
  scriptDebug(mode: Token<"YES" | "SYNC" | "NO">): Promise<"OK">;

  /**
   * Check existence of scripts in the script cache.
   *
   * `SCRIPT EXISTS sha1 [sha1 ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of scripts to check (so checking a single script is an O(1) operation).
   * - Since: 2.6.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/script-exists/}
   */
  scriptExists(
    ...sha1s: RedisArgument[] | [sha1s: readonly RedisArgument[]]
  ): Promise<number[]>;

  /**
   * Remove all the scripts from the script cache.
   *
   * `SCRIPT FLUSH [ASYNC | SYNC]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of scripts in cache.
   * - Since: 2.6.0 (group: scripting)
   * - 6.2.0: Added the `ASYNC` and `SYNC` flushing mode modifiers.
   *
   * @see {@link https://redis.io/commands/script-flush/}
   */
  scriptFlush(async?: Token<"ASYNC" | "SYNC">): Promise<"OK">;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SCRIPT HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/script-help/}
   */
  scriptHelp(): Promise<Reply<S>[]>;

  /**
   * Kill the script currently in execution.
   *
   * `SCRIPT KILL`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/script-kill/}
   */
  scriptKill(): Promise<"OK">;

  /**
   * Load the specified Lua script into the script cache.
   *
   * `SCRIPT LOAD script`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the length in bytes of the script body.
   * - Since: 2.6.0 (group: scripting)
   *
   * @see {@link https://redis.io/commands/script-load/}
   */
  scriptLoad(script: RedisArgument): Promise<Reply<S>>;

  /**
   * **Valkey ≥ 8.1 only.** Show server-side Lua script in the script cache.
   *
   * `SCRIPT SHOW sha1`
   *
   * - Available: Valkey ≥ 8.1 only
   * - Complexity: O(1).
   * - Since: Valkey 8.0.0 (group: scripting)
   *
   * @see {@link https://valkey.io/commands/script-show/}
   */
  scriptShow(sha1: RedisArgument): Promise<Reply<S>>;

  /**
   * Subtract multiple sets.
   *
   * `SDIFF key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of elements in all given sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sdiff/}
   */
  sdiff(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<Reply<S>[]>;

  /**
   * Subtract multiple sets and store the resulting set in a key.
   *
   * `SDIFFSTORE destination key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of elements in all given sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sdiffstore/}
   */
  sdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<number>;

  /**
   * Set the string value of a key.
   *
   * `SET key value [NX | XX] [IFEQ comparison-value] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - IFEQ comparison-value: Valkey ≥ 8.1 only
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   * - 2.6.12: Added the `EX`, `PX`, `NX` and `XX` options.
   * - 6.0.0: Added the `KEEPTTL` option.
   * - 6.2.0: Added the `GET`, `EXAT` and `PXAT` option.
   * - 7.0.0: Allowed the `NX` and `GET` options to be used together.
   * - Valkey 8.1.0: Added the `IFEQ` option.
   *
   * @see {@link https://redis.io/commands/set/}
   */
  set<O extends SetOptions = NoOptions>(
    key: RedisKey,
    value: RedisArgument,
    options?: O,
  ): Promise<IfOption<O, "get", Reply<S> | null, "OK" | null>>;

  /**
   * Sets or clears the bit at offset in the string value stored at key.
   *
   * `SETBIT key offset value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.0 (group: bitmap)
   *
   * @see {@link https://redis.io/commands/setbit/}
   */
  setbit(
    key: RedisKey,
    offset: number | bigint,
    value: number | bigint,
  ): Promise<number>;

  /**
   * Set the value and expiration of a key.
   *
   * `SETEX key seconds value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/setex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `EX` argument
   */
  setex(
    key: RedisKey,
    seconds: number | bigint,
    value: RedisArgument,
  ): Promise<"OK">;

  /**
   * Set the value of a key, only if the key does not exist.
   *
   * `SETNX key value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/setnx/}
   * @deprecated since Redis 2.6.12: use `SET` with the `NX` argument
   */
  setnx(key: RedisKey, value: RedisArgument): Promise<number>;

  /**
   * Overwrite part of a string at key starting at the specified offset.
   *
   * `SETRANGE key offset value`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1), not counting the time taken to copy the new string in place. Usually, this string is very small so the amortized complexity is O(1). Otherwise, complexity is O(M) with M being the length of the value argument.
   * - Since: 2.2.0 (group: string)
   *
   * @see {@link https://redis.io/commands/setrange/}
   */
  setrange(
    key: RedisKey,
    offset: number | bigint,
    value: RedisArgument,
  ): Promise<number>;

  /**
   * Synchronously save the dataset to disk and then shut down the server.
   *
   * `SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) when saving, where N is the total number of keys in all databases when saving data, otherwise O(1)
   * - Since: 1.0.0 (group: server)
   * - 7.0.0: Added the `NOW`, `FORCE` and `ABORT` modifiers.
   *
   * @see {@link https://redis.io/commands/shutdown/}
   */
  shutdown(options?: ShutdownOptions): Promise<RespValue>;

  /**
   * Intersect multiple sets.
   *
   * `SINTER key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sinter/}
   */
  sinter(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<Reply<S>[]>;

  /**
   * Intersect multiple sets and return the cardinality of the result.
   *
   * `SINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
   * - Since: 7.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sintercard/}
   */
  sintercard(
    keys: readonly RedisKey[],
    options?: SintercardOptions,
  ): Promise<number>;

  /**
   * Intersect multiple sets and store the resulting set in a key.
   *
   * `SINTERSTORE destination key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*M) worst case where N is the cardinality of the smallest set and M is the number of sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sinterstore/}
   */
  sinterstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<number>;

  /**
   * Determine if a given value is a member of a set.
   *
   * `SISMEMBER key member`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sismember/}
   */
  sismember(key: RedisKey, member: RedisArgument): Promise<number>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `SLAVEOF <host port | NO ONE>`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/slaveof/}
   * @deprecated since Redis 5.0.0: use `REPLICAOF`
   */
  slaveof(args: SlaveofArgs): Promise<"OK">;

  /**
   * Get the slow log's entries.
   *
   * `SLOWLOG GET [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of entries returned.
   * - Since: 2.2.12 (group: server)
   * - 4.0.0: Added client IP address, port and name to the reply.
   *
   * @see {@link https://redis.io/commands/slowlog-get/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG GET <count> SLOW`
   */
  slowlogGet(count?: number | bigint): Promise<RespValue>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SLOWLOG HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: server)
   *
   * @see {@link https://redis.io/commands/slowlog-help/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG HELP`
   */
  slowlogHelp(): Promise<Reply<S>[]>;

  /**
   * Get the slow log's length.
   *
   * `SLOWLOG LEN`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.12 (group: server)
   *
   * @see {@link https://redis.io/commands/slowlog-len/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG LEN SLOW`
   */
  slowlogLen(): Promise<number>;

  /**
   * Clear all entries from the slow log.
   *
   * `SLOWLOG RESET`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of entries in the slowlog.
   * - Since: 2.2.12 (group: server)
   *
   * @see {@link https://redis.io/commands/slowlog-reset/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG RESET SLOW`
   */
  slowlogReset(): Promise<"OK">;

  /**
   * Get all the members in a set.
   *
   * `SMEMBERS key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the set cardinality.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/smembers/}
   */
  smembers(key: RedisKey): Promise<Reply<S>[]>;

  /**
   * Returns the membership associated with the given elements for a set.
   *
   * `SMISMEMBER key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements being checked for membership.
   * - Since: 6.2.0 (group: set)
   *
   * @see {@link https://redis.io/commands/smismember/}
   */
  smismember(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<number[]>;

  /**
   * Move a member from one set to another.
   *
   * `SMOVE source destination member`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/smove/}
   */
  smove(
    source: RedisKey,
    destination: RedisKey,
    member: RedisArgument,
  ): Promise<number>;

  /**
   * Sort the elements in a list, set or sorted set.
   *
   * `SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/sort/}
   */
  sort<O extends SortOptions = NoOptions>(
    key: RedisKey,
    options?: O,
  ): Promise<O extends { store: RedisKey } ? number : (Reply<S> | null)[]>;

  /**
   * Sort the elements in a list, set or sorted set. Read-only variant of SORT.
   *
   * `SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N+M*log(M)) where N is the number of elements in the list or set to sort, and M the number of returned elements. When the elements are not sorted, complexity is O(N).
   * - Since: 7.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/sort_ro/}
   */
  sortRo(key: RedisKey, options?: SortRoOptions): Promise<(Reply<S> | null)[]>;

  /**
   * Remove and return one or multiple random members from a set.
   *
   * `SPOP key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Without the count argument O(1), otherwise O(N) where N is the value of the passed count.
   * - Since: 1.0.0 (group: set)
   * - 3.2.0: Added the `count` argument.
   *
   * @see {@link https://redis.io/commands/spop/}
   */
  spop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Promise<O extends undefined ? Reply<S> | null : Reply<S>[]>;

  /**
   * Post a message to a shard channel.
   *
   * `SPUBLISH shardchannel message`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of clients subscribed to the receiving shard channel.
   * - Since: 7.0.0 (group: pubsub)
   *
   * @see {@link https://redis.io/commands/spublish/}
   */
  spublish(
    shardchannel: RedisArgument,
    message: RedisArgument,
  ): Promise<number>;

  /**
   * Get one or multiple random members from a set.
   *
   * `SRANDMEMBER key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: Without the count argument O(1), otherwise O(N) where N is the absolute value of the passed count.
   * - Since: 1.0.0 (group: set)
   * - 2.6.0: Added the optional `count` argument.
   *
   * @see {@link https://redis.io/commands/srandmember/}
   */
  srandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Promise<O extends undefined ? Reply<S> | null : Reply<S>[]>;

  /**
   * Remove one or more members from a set.
   *
   * `SREM key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of members to be removed.
   * - Since: 1.0.0 (group: set)
   * - 2.4.0: Accepts multiple `member` arguments.
   *
   * @see {@link https://redis.io/commands/srem/}
   */
  srem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Incrementally iterate Set elements.
   *
   * `SSCAN key cursor [MATCH pattern] [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
   * - Since: 2.8.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sscan/}
   */
  sscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: SscanOptions,
  ): Promise<[cursor: Reply<S>, items: Reply<S>[]]>;

  /**
   * Get the length of the value stored in a key.
   *
   * `STRLEN key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.2.0 (group: string)
   *
   * @see {@link https://redis.io/commands/strlen/}
   */
  strlen(key: RedisKey): Promise<number>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `SUBSTR key start end`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the length of the returned string. The complexity is ultimately determined by the returned length, but because creating a substring from an existing string is very cheap, it can be considered O(1) for small strings.
   * - Since: 1.0.0 (group: string)
   *
   * @see {@link https://redis.io/commands/substr/}
   * @deprecated since Redis 2.0.0: use `GETRANGE`
   */
  substr(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Promise<Reply<S>>;

  /**
   * Add multiple sets.
   *
   * `SUNION key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of elements in all given sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sunion/}
   */
  sunion(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<Reply<S>[]>;

  /**
   * Add multiple sets and store the resulting set in a key.
   *
   * `SUNIONSTORE destination key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the total number of elements in all given sets.
   * - Since: 1.0.0 (group: set)
   *
   * @see {@link https://redis.io/commands/sunionstore/}
   */
  sunionstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Promise<number>;

  /**
   * Swaps two Redis databases.
   *
   * `SWAPDB index1 index2`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the count of clients watching or blocking on keys from both databases.
   * - Since: 4.0.0 (group: server)
   *
   * @see {@link https://redis.io/commands/swapdb/}
   */
  swapdb(index1: number | bigint, index2: number | bigint): Promise<"OK">;

  /**
   * Return the current server time.
   *
   * `TIME`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 2.6.0 (group: server)
   *
   * @see {@link https://redis.io/commands/time/}
   */
  time(): Promise<[seconds: Reply<S>, microseconds: Reply<S>]>;

  /**
   * Alters the last access time of a key(s). Returns the number of existing keys specified.
   *
   * `TOUCH key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of keys that will be touched.
   * - Since: 3.2.1 (group: generic)
   *
   * @see {@link https://redis.io/commands/touch/}
   */
  touch(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<number>;

  /**
   * Get the time to live for a key in seconds.
   *
   * `TTL key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   * - 2.8.0: Added the -2 reply.
   *
   * @see {@link https://redis.io/commands/ttl/}
   */
  ttl(key: RedisKey): Promise<number>;

  /**
   * Determine the type stored at key.
   *
   * `TYPE key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/type/}
   */
  type(key: RedisKey): Promise<string>;

  /**
   * Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.
   *
   * `UNLINK key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each key removed regardless of its size. Then the command does O(N) work in a different thread in order to reclaim memory, where N is the number of allocations the deleted objects where composed of.
   * - Since: 4.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/unlink/}
   */
  unlink(...keys: RedisKey[] | [keys: readonly RedisKey[]]): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Adds an element with its vector to a vector set.
   *
   * `VADD key [REDUCE reduce] <FP32 fp32 | VALUES num value [value ...]> element [CAS] [NOQUANT | Q8 | BIN] [EF ef] [SETATTR attributes] [M numlinks]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(log(N)) for each element added, N being the set's size.
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vadd/}
   */
  vadd(
    key: RedisKey,
    element: RedisArgument,
    options: VaddOptions,
  ): Promise<boolean>;

  /**
   * **Redis ≥ 8.0 only.** Returns the number of elements in a vector set.
   *
   * `VCARD key`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vcard/}
   */
  vcard(key: RedisKey): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Returns the dimension of the vectors in a vector set.
   *
   * `VDIM key`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vdim/}
   */
  vdim(key: RedisKey): Promise<number>;

  /**
   * **Redis ≥ 8.0 only.** Returns the vector of an element of a vector set.
   *
   * `VEMB key element [RAW]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vemb/}
   */
  vemb<O extends VembOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Promise<IfOption<O, "raw", RespValue[], number[]>>;

  /**
   * **Redis ≥ 8.0 only.** Returns the JSON attributes of an element of a vector set.
   *
   * `VGETATTR key element`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vgetattr/}
   */
  vgetattr(key: RedisKey, element: RedisArgument): Promise<Reply<S> | null>;

  /**
   * **Redis ≥ 8.0 only.** Returns information about a vector set.
   *
   * `VINFO key`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vinfo/}
   */
  vinfo(key: RedisKey): Promise<Record<string, RespValue>>;

  /**
   * **Redis ≥ 8.0 only.** Tells whether an element belongs to a vector set.
   *
   * `VISMEMBER key element`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vismember/}
   */
  vismember(key: RedisKey, element: RedisArgument): Promise<boolean>;

  /**
   * **Redis ≥ 8.0 only.** Returns the neighbors of an element of a vector set, layer by layer.
   *
   * `VLINKS key element [WITHSCORES]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vlinks/}
   */
  vlinks<O extends VlinksOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Promise<
    IfOption<
      O,
      "withscores",
      ScoredMember<Reply<S>>[][] | null,
      Reply<S>[][] | null
    >
  >;

  /**
   * **Redis ≥ 8.0 only.** Returns one or more random elements of a vector set.
   *
   * `VRANDMEMBER key [count]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(N) where N is the absolute value of the count.
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vrandmember/}
   */
  vrandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Promise<O extends undefined ? Reply<S> | null : Reply<S>[]>;

  /**
   * **Redis ≥ 8.0 only.** Removes an element from a vector set.
   *
   * `VREM key element`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(log(N)) where N is the set's size.
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vrem/}
   */
  vrem(key: RedisKey, element: RedisArgument): Promise<boolean>;

  /**
   * **Redis ≥ 8.0 only.** Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.
   *
   * `VSETATTR key element json`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(1)
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vsetattr/}
   */
  vsetattr(
    key: RedisKey,
    element: RedisArgument,
    json: RedisArgument,
  ): Promise<boolean>;

  /**
   * **Redis ≥ 8.0 only.** Returns the elements of a vector set most similar to a vector or to an element.
   *
   * `VSIM key <ELE ele | FP32 fp32 | VALUES num value [value ...]> [WITHSCORES] [COUNT count] [EF ef] [FILTER expression] [FILTER-EF max-effort] [TRUTH] [NOTHREAD]`
   *
   * - Available: Redis ≥ 8.0 only
   * - Complexity: O(log(N)) where N is the set's size.
   * - Since: 8.0.0 (group: vector_set)
   *
   * @see {@link https://redis.io/commands/vsim/}
   */
  vsim<O extends VsimOptions = VsimOptions>(
    key: RedisKey,
    options: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Wait for the synchronous replication of all the write commands sent in the context of the current connection.
   *
   * `WAIT numreplicas timeout`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 3.0.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/wait/}
   */
  wait(numreplicas: number | bigint, timeout: number | bigint): Promise<number>;

  /**
   * Blocks until all of the preceding write commands sent by the connection are written to the append-only file of the master and/or replicas.
   *
   * `WAITAOF numlocal numreplicas timeout`
   *
   * - Available: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 7.2.0 (group: generic)
   *
   * @see {@link https://redis.io/commands/waitaof/}
   */
  waitaof(
    numlocal: number | bigint,
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): Promise<[local: number, replicas: number]>;

  /**
   * Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.
   *
   * `XACK key group id [id ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each message ID processed.
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xack/}
   */
  xack(
    key: RedisKey,
    group: RedisArgument,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Appends a new entry to a stream.
   *
   * `XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]] <* | id> field value [field value ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) when adding a new entry, O(N) when trimming where N being the number of entries evicted.
   * - Since: 5.0.0 (group: stream)
   * - 6.2.0: Added the `NOMKSTREAM` option, `MINID` trimming strategy and the `LIMIT` option.
   * - 7.0.0: Added support for the `<ms>-*` explicit ID form.
   *
   * @see {@link https://redis.io/commands/xadd/}
   */
  xadd(
    key: RedisKey,
    idOrAuto: Token<"*"> | RedisArgument,
    fieldValues:
      | Record<string, RedisArgument>
      | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    options?: XaddOptions,
  ): Promise<Reply<S> | null>;

  /**
   * Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.
   *
   * `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) if COUNT is small.
   * - Since: 6.2.0 (group: stream)
   * - 7.0.0: Added an element to the reply array, containing deleted entries the command cleared from the PEL.
   *
   * @see {@link https://redis.io/commands/xautoclaim/}
   */
  xautoclaim<O extends XautoclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    start: RedisArgument,
    options?: O,
  ): Promise<
    IfOption<
      O,
      "justid",
      [next: Reply<S>, ids: Reply<S>[], deleted: Reply<S>[]],
      [next: Reply<S>, entries: StreamEntry<Reply<S>>[], deleted: Reply<S>[]]
    >
  >;

  /**
   * Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.
   *
   * `XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log N) with N being the number of messages in the PEL of the consumer group.
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xclaim/}
   */
  xclaim<O extends XclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    ids: RedisArgument | readonly RedisArgument[],
    options?: O,
  ): Promise<IfOption<O, "justid", Reply<S>[], StreamEntry<Reply<S>>[]>>;

  /**
   * Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.
   *
   * `XDEL key id [id ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1) for each single item to delete in the stream, regardless of the stream size.
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xdel/}
   */
  xdel(
    key: RedisKey,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Create a consumer group.
   *
   * `XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 7.0.0: Added the `entries_read` named argument.
   *
   * @see {@link https://redis.io/commands/xgroup-create/}
   */
  xgroupCreate(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupCreateOptions,
  ): Promise<"OK">;

  /**
   * Create a consumer in a consumer group.
   *
   * `XGROUP CREATECONSUMER key groupname consumername`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 6.2.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xgroup-createconsumer/}
   */
  xgroupCreateconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Promise<number>;

  /**
   * Delete a consumer from a consumer group.
   *
   * `XGROUP DELCONSUMER key groupname consumername`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xgroup-delconsumer/}
   */
  xgroupDelconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Promise<number>;

  /**
   * Destroy a consumer group.
   *
   * `XGROUP DESTROY key groupname`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of entries in the group's pending entries list (PEL).
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xgroup-destroy/}
   */
  xgroupDestroy(key: RedisKey, groupname: RedisArgument): Promise<number>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XGROUP HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xgroup-help/}
   */
  xgroupHelp(): Promise<Reply<S>[]>;

  /**
   * Set a consumer group to an arbitrary last delivered ID value.
   *
   * `XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 7.0.0: Added the optional `entries_read` argument.
   *
   * @see {@link https://redis.io/commands/xgroup-setid/}
   */
  xgroupSetid(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupSetidOptions,
  ): Promise<"OK">;

  /**
   * List the consumers in a consumer group.
   *
   * `XINFO CONSUMERS key groupname`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 7.2.0: Added the `inactive` field, and changed the meaning of `idle`.
   *
   * @see {@link https://redis.io/commands/xinfo-consumers/}
   */
  xinfoConsumers(
    key: RedisKey,
    groupname: RedisArgument,
  ): Promise<Record<string, RespValue>[]>;

  /**
   * List the consumer groups of a stream.
   *
   * `XINFO GROUPS key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 7.0.0: Added the `entries-read` and `lag` fields.
   *
   * @see {@link https://redis.io/commands/xinfo-groups/}
   */
  xinfoGroups(key: RedisKey): Promise<Record<string, RespValue>[]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XINFO HELP`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xinfo-help/}
   */
  xinfoHelp(): Promise<Reply<S>[]>;

  /**
   * Get information about a stream.
   *
   * `XINFO STREAM key [FULL [COUNT count]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 6.0.0: Added the `FULL` modifier.
   * - 7.0.0: Added the `max-deleted-entry-id`, `entries-added`, `recorded-first-entry-id`, `entries-read` and `lag` fields.
   * - 7.2.0: Added the `active-time` field, and changed the meaning of `seen-time`.
   *
   * @see {@link https://redis.io/commands/xinfo-stream/}
   */
  xinfoStream(
    key: RedisKey,
    options?: XinfoStreamOptions,
  ): Promise<Record<string, RespValue>>;

  /**
   * Return the number of entries in a stream.
   *
   * `XLEN key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xlen/}
   */
  xlen(key: RedisKey): Promise<number>;

  /**
   * Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.
   *
   * `XPENDING key group [[IDLE min-idle-time] start end count [consumer]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of elements returned, so asking for a small fixed number of entries per call is O(1). O(M), where M is the total number of entries scanned when used with the IDLE filter. When the command returns just the summary and the list of consumers is small, it runs in O(1) time; otherwise, an additional O(N) time for iterating every consumer.
   * - Since: 5.0.0 (group: stream)
   * - 6.2.0: Added the `IDLE` option and exclusive range intervals.
   *
   * @see {@link https://redis.io/commands/xpending/}
   */
  xpending<
    O extends {
      /** IDLE min-idle-time (since 6.2.0) */
      idle?: number | bigint;
      /** start */
      start: RedisArgument;
      /** end */
      end: RedisArgument;
      /** count */
      count: number | bigint;
      /** consumer */
      consumer?: RedisArgument;
    } | undefined = undefined,
  >(
    key: RedisKey,
    group: RedisArgument,
    filters?: O,
  ): Promise<
    O extends undefined ? [
        count: number,
        first: Reply<S> | null,
        last: Reply<S> | null,
        consumers: [name: Reply<S>, count: Reply<S>][] | null,
      ]
      : [id: Reply<S>, consumer: Reply<S>, idle: number, deliveries: number][]
  >;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval.
   *
   * `XRANGE key start end [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of elements being returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
   * - Since: 5.0.0 (group: stream)
   * - 6.2.0: Added exclusive ranges.
   *
   * @see {@link https://redis.io/commands/xrange/}
   */
  xrange(
    key: RedisKey,
    start: RedisArgument,
    end: RedisArgument,
    options?: XrangeOptions,
  ): Promise<StreamEntry<Reply<S>>[]>;

  /**
   * Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.
   *
   * `XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: For each stream mentioned: O(N) with N being the number of elements being returned, it means that XREAD-ing with a fixed COUNT is O(1). Note that when the BLOCK option is used, XADD will pay O(M) time in order to serve the M clients blocked on the stream getting new data.
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xread/}
   */
  xread(
    options: XreadOptions,
  ): Promise<[stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null>;

  /**
   * Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.
   *
   * `XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: For each stream mentioned: O(M) with M being the number of elements returned. If M is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1). On the other side when XREADGROUP blocks, XADD will pay the O(N) time in order to serve the N clients blocked on the stream getting new data.
   * - Since: 5.0.0 (group: stream)
   *
   * @see {@link https://redis.io/commands/xreadgroup/}
   */
  xreadgroup(
    options: XreadgroupOptions,
  ): Promise<[stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null>;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE.
   *
   * `XREVRANGE key end start [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) with N being the number of elements returned. If N is constant (e.g. always asking for the first 10 elements with COUNT), you can consider it O(1).
   * - Since: 5.0.0 (group: stream)
   * - 6.2.0: Added exclusive ranges.
   *
   * @see {@link https://redis.io/commands/xrevrange/}
   */
  xrevrange(
    key: RedisKey,
    end: RedisArgument,
    start: RedisArgument,
    options?: XrevrangeOptions,
  ): Promise<StreamEntry<Reply<S>>[]>;

  /**
   * An internal command for replicating stream values.
   *
   * `XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 5.0.0 (group: stream)
   * - 7.0.0: Added the `entries_added` and `max_deleted_entry_id` arguments.
   *
   * @see {@link https://redis.io/commands/xsetid/}
   */
  xsetid(
    key: RedisKey,
    lastId: RedisArgument,
    options?: XsetidOptions,
  ): Promise<"OK">;

  /**
   * Trims the stream to (approximately if '~' is passed) a certain size.
   *
   * `XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N), with N being the number of evicted entries. Constant times are very small however, since entries are organized in macro nodes containing multiple entries that can be released with a single deallocation.
   * - Since: 5.0.0 (group: stream)
   * - 6.2.0: Added the `MINID` trimming strategy and the `LIMIT` option.
   *
   * @see {@link https://redis.io/commands/xtrim/}
   */
  xtrim(key: RedisKey, trim: XtrimTrim): Promise<number>;

  /**
   * Add one or more members to a sorted set, or update its score if it already exists.
   *
   * `ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) for each item added, where N is the number of elements in the sorted set.
   * - Since: 1.2.0 (group: sorted-set)
   * - 2.4.0: Accepts multiple elements.
   * - 3.0.2: Added the `XX`, `NX`, `CH` and `INCR` options.
   * - 6.2.0: Added the `GT` and `LT` options.
   *
   * @see {@link https://redis.io/commands/zadd/}
   */
  zadd<O extends ZaddOptions = NoOptions>(
    key: RedisKey,
    scoreMembers: readonly (readonly [score: number, member: RedisArgument])[],
    options?: O,
  ): Promise<IfOption<O, "incr", number | null, number>>;

  /**
   * Get the number of members in a sorted set.
   *
   * `ZCARD key`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zcard/}
   */
  zcard(key: RedisKey): Promise<number>;

  /**
   * Count the members in a sorted set with scores within the given values.
   *
   * `ZCOUNT key min max`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) with N being the number of elements in the sorted set.
   * - Since: 2.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zcount/}
   */
  zcount(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Promise<number>;

  /**
   * Subtract multiple sorted sets.
   *
   * `ZDIFF numkeys key [key ...] [WITHSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zdiff/}
   */
  zdiff<O extends ZdiffOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Subtract multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZDIFFSTORE destination numkeys key [key ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(L + (N-K)log(N)) worst case where L is the total number of elements in all the sets, N is the size of the first set, and K is the size of the result set.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zdiffstore/}
   */
  zdiffstore(destination: RedisKey, ...keys: RedisKey[]): Promise<number>;

  /**
   * Increment the score of a member in a sorted set.
   *
   * `ZINCRBY key increment member`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) where N is the number of elements in the sorted set.
   * - Since: 1.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zincrby/}
   */
  zincrby(
    key: RedisKey,
    increment: number | bigint,
    member: RedisArgument,
  ): Promise<number>;

  /**
   * Intersect multiple sorted sets.
   *
   * `ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zinter/}
   */
  zinter<O extends ZinterOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Intersect multiple sorted sets and return the cardinality of the result.
   *
   * `ZINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*K) worst case with N being the smallest input sorted set, K being the number of input sorted sets.
   * - Since: 7.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zintercard/}
   */
  zintercard(
    keys: readonly RedisKey[],
    options?: ZintercardOptions,
  ): Promise<number>;

  /**
   * Intersect multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N*K)+O(M*log(M)) worst case with N being the smallest input sorted set, K being the number of input sorted sets and M being the number of elements in the resulting sorted set.
   * - Since: 2.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zinterstore/}
   */
  zinterstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZinterstoreOptions,
  ): Promise<number>;

  /**
   * Count the number of members in a sorted set between a given lexicographical range.
   *
   * `ZLEXCOUNT key min max`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)) with N being the number of elements in the sorted set.
   * - Since: 2.8.9 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zlexcount/}
   */
  zlexcount(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Promise<number>;

  /**
   * Remove and return members with scores in a sorted set.
   *
   * `ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(K) + O(M*log(N)) where K is the number of provided keys, N being the number of elements in the sorted set, and M being the number of elements popped.
   * - Since: 7.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zmpop/}
   */
  zmpop(
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: ZmpopOptions,
  ): Promise<[key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null>;

  /**
   * Get the score associated with the given members in a sorted set.
   *
   * `ZMSCORE key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of members being requested.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zmscore/}
   */
  zmscore(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<(number | null)[]>;

  /**
   * Remove and return members with the highest scores in a sorted set.
   *
   * `ZPOPMAX key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
   * - Since: 5.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zpopmax/}
   */
  zpopmax(
    key: RedisKey,
    count?: number | bigint,
  ): Promise<ScoredMember<Reply<S>>[]>;

  /**
   * Remove and return members with the lowest scores in a sorted set.
   *
   * `ZPOPMIN key [count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)*M) with N being the number of elements in the sorted set, and M being the number of elements popped.
   * - Since: 5.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zpopmin/}
   */
  zpopmin(
    key: RedisKey,
    count?: number | bigint,
  ): Promise<ScoredMember<Reply<S>>[]>;

  /**
   * Get one or multiple random elements from a sorted set.
   *
   * `ZRANDMEMBER key [count [WITHSCORES]]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N) where N is the number of elements returned.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zrandmember/}
   */
  zrandmember<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withscores?: Token<"WITHSCORES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Promise<
    O extends undefined ? Reply<S> | null
      : O extends readonly [unknown, "WITHSCORES" | "withscores"]
        ? ScoredMember<Reply<S>>[]
      : Reply<S>[]
  >;

  /**
   * Return a range of members in a sorted set.
   *
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
   * - Since: 1.2.0 (group: sorted-set)
   * - 6.2.0: Added the `REV`, `BYSCORE`, `BYLEX` and `LIMIT` options.
   *
   * @see {@link https://redis.io/commands/zrange/}
   */
  zrange<O extends ZrangeOptions = NoOptions>(
    key: RedisKey,
    start: RedisArgument,
    stop: RedisArgument,
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Return a range of members in a sorted set, by lexicographical range.
   *
   * `ZRANGEBYLEX key min max [LIMIT offset count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
   * - Since: 2.8.9 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYLEX` argument
   */
  zrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangebylexOptions,
  ): Promise<Reply<S>[]>;

  /**
   * Return a range of members in a sorted set, by score.
   *
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
   * - Since: 1.0.5 (group: sorted-set)
   * - 2.0.0: Added the `WITHSCORES` modifier.
   *
   * @see {@link https://redis.io/commands/zrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYSCORE` argument
   */
  zrangebyscore<O extends ZrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    min: number | string,
    max: number | string,
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Store a range of members from sorted set into another key.
   *
   * `ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements stored into the destination key.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zrangestore/}
   */
  zrangestore(
    dst: RedisKey,
    src: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangestoreOptions,
  ): Promise<number>;

  /**
   * Determine the index of a member in a sorted set.
   *
   * `ZRANK key member [WITHSCORE]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - WITHSCORE: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(log(N))
   * - Since: 2.0.0 (group: sorted-set)
   * - 7.2.0: Added the optional `WITHSCORE` argument.
   *
   * @see {@link https://redis.io/commands/zrank/}
   */
  zrank<O extends ZrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Promise<
    IfOption<
      O,
      "withscore",
      [rank: number, score: number] | null,
      number | null
    >
  >;

  /**
   * Remove one or more members from a sorted set.
   *
   * `ZREM key member [member ...]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(M*log(N)) with N being the number of elements in the sorted set and M the number of elements to be removed.
   * - Since: 1.2.0 (group: sorted-set)
   * - 2.4.0: Accepts multiple elements.
   *
   * @see {@link https://redis.io/commands/zrem/}
   */
  zrem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Promise<number>;

  /**
   * Remove all members in a sorted set between the given lexicographical range.
   *
   * `ZREMRANGEBYLEX key min max`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
   * - Since: 2.8.9 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zremrangebylex/}
   */
  zremrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Promise<number>;

  /**
   * Remove all members in a sorted set within the given indexes.
   *
   * `ZREMRANGEBYRANK key start stop`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
   * - Since: 2.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zremrangebyrank/}
   */
  zremrangebyrank(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Promise<number>;

  /**
   * Remove all members in a sorted set within the given scores.
   *
   * `ZREMRANGEBYSCORE key min max`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements removed by the operation.
   * - Since: 1.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zremrangebyscore/}
   */
  zremrangebyscore(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Promise<number>;

  /**
   * Return a range of members in a sorted set, by index, with scores ordered from high to low.
   *
   * `ZREVRANGE key start stop [WITHSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements returned.
   * - Since: 1.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zrevrange/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` argument
   */
  zrevrange<O extends ZrevrangeOptions = NoOptions>(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.
   *
   * `ZREVRANGEBYLEX key max min [LIMIT offset count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
   * - Since: 2.8.9 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zrevrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYLEX` arguments
   */
  zrevrangebylex(
    key: RedisKey,
    max: RedisArgument,
    min: RedisArgument,
    options?: ZrevrangebylexOptions,
  ): Promise<Reply<S>[]>;

  /**
   * Return a range of members in a sorted set, by score, with scores ordered from high to low.
   *
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(log(N)+M) with N being the number of elements in the sorted set and M the number of elements being returned. If M is constant (e.g. always asking for the first 10 elements with LIMIT), you can consider it O(log(N)).
   * - Since: 2.2.0 (group: sorted-set)
   * - 2.1.6: `min` and `max` can be exclusive.
   *
   * @see {@link https://redis.io/commands/zrevrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYSCORE` arguments
   */
  zrevrangebyscore<O extends ZrevrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    max: number | string,
    min: number | string,
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Determine the index of a member in a sorted set, with scores ordered from high to low.
   *
   * `ZREVRANK key member [WITHSCORE]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - WITHSCORE: Redis ≥ 8.0, Valkey ≥ 8.1
   * - Complexity: O(log(N))
   * - Since: 2.0.0 (group: sorted-set)
   * - 7.2.0: Added the optional `WITHSCORE` argument.
   *
   * @see {@link https://redis.io/commands/zrevrank/}
   */
  zrevrank<O extends ZrevrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Promise<
    IfOption<
      O,
      "withscore",
      [rank: number, score: number] | null,
      number | null
    >
  >;

  /**
   * Incrementally iterate sorted sets elements and associated scores.
   *
   * `ZSCAN key cursor [MATCH pattern] [COUNT count] [NOSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - NOSCORES: Valkey ≥ 8.1 only
   * - Complexity: O(1) for every call. O(N) for a complete iteration, including enough command calls for the cursor to return back to 0. N is the number of elements inside the collection..
   * - Since: 2.8.0 (group: sorted-set)
   * - Valkey 8.0.0: Added noscores option.
   *
   * @see {@link https://redis.io/commands/zscan/}
   */
  zscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: ZscanOptions,
  ): Promise<[cursor: Reply<S>, items: Reply<S>[]]>;

  /**
   * Get the score associated with the given member in a sorted set.
   *
   * `ZSCORE key member`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(1)
   * - Since: 1.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zscore/}
   */
  zscore(key: RedisKey, member: RedisArgument): Promise<number | null>;

  /**
   * Add multiple sorted sets.
   *
   * `ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N)+O(M*log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
   * - Since: 6.2.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zunion/}
   */
  zunion<O extends ZunionOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Promise<IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>>;

  /**
   * Add multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * - Available: Redis ≥ 7.0, Valkey ≥ 8.1
   * - Complexity: O(N)+O(M log(M)) with N being the sum of the sizes of the input sorted sets, and M being the number of elements in the resulting sorted set.
   * - Since: 2.0.0 (group: sorted-set)
   *
   * @see {@link https://redis.io/commands/zunionstore/}
   */
  zunionstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZunionstoreOptions,
  ): Promise<number>;
}
