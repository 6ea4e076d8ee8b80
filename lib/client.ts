/**
 * The `Redis` client: one auto-pipelining connection, plus dedicated connections for
 * blocking calls and WATCH transactions.
 *
 * @module
 */
import {
  type CommandOptions,
  Connection,
  type ConnectionOptions,
  type ReplyTarget,
} from "./connection.ts";
import { RedisError } from "./errors.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { parseRedisUrl } from "./_url.ts";
import { LINK, type Linked, type LinkOptions } from "./_link_options.ts";
import { blockTime, isBlocking } from "./_blocking.ts";
import { ConnectionPool } from "./_pool.ts";
import { closedWhileWaiting } from "./_error_factories.ts";
import { addCommandContext, useCallerStack } from "./_command_context.ts";
import {
  checkOptions,
  COMMAND_OPTIONS,
  CONNECTION_OPTIONS,
} from "./_options.ts";
import { printAs, redact } from "./_redact.ts";
import { ownedCommandError } from "./_raw_command_guard.ts";
import { checkDelay, checkDelays } from "./_delay.ts";
import { defaultTransport } from "./transport/default.ts";
import { ConnectionPipeline } from "./pipeline.ts";
import type { Pipeline, Transaction } from "./command_queue.ts";
import { ConnectionTransaction } from "./transaction.ts";
import type { CommandHints } from "./commands.ts";
import { type BytesOption, ClientBase } from "./client_base.ts";
import { Subscriber } from "./pubsub.ts";
import type { Transport } from "./transport/types.ts";
import { Sentinel, type SentinelOptions } from "./sentinel/sentinel.ts";
import { KeyPrefix } from "./key_prefix.ts";
import { Tracer, type TracingHooks } from "./tracing.ts";
import { clearTimer } from "./_timeout.ts";
import { reauthenticate, schedule } from "./credentials.ts";
import { IdleCloser } from "./idle.ts";
import {
  cacheFor,
  type CacheOptions,
  type ClientCache,
} from "./cache/client_cache.ts";

export type {
  CommandOptions,
  ConnectionOptions,
  ReconnectOptions,
} from "./connection.ts";

/**
 * Options of `new Redis(...)`: where to connect (or which sentinels to ask), how to
 * authenticate, how to behave.
 */
export interface RedisOptions extends ConnectionOptions, SentinelOptions {
  /** A `redis://`, `rediss://` or `unix://` URL; other options override its parts. */
  url?: string;
  /**
   * Record where each command was called, so that its error's stack shows the caller's
   * code instead of the client's internals. Costs a stack capture per command.
   * @default false
   */
  captureStack?: boolean;
  /**
   * How many blocking calls (BLPOP, XREAD BLOCK, …) may run at once, each on its own
   * connection; more wait in line for a free one (their `timeout` and `signal` apply
   * while they wait).
   * @default 10
   */
  maxBlockingConnections?: number;
  /**
   * Keep replies of reads in memory, invalidated by the server (`CLIENT TRACKING`,
   * RESP3 only); see {@linkcode ClientCache}. @default off
   */
  cache?: CacheOptions;
  /**
   * Prepended to every key of every command (and to key patterns); removed from the keys
   * replies name. See the README's "Key prefix" section for the rules.
   */
  keyPrefix?: string;
  /** Functions called around each command and on connection events. */
  tracing?: TracingHooks;
  /**
   * Calls `reauthenticate()` every this many ms (for tokens that expire while a
   * connection is open); a failure is reported as an `error` event. `close()` stops it.
   */
  reauthenticateEvery?: number;
  /**
   * Closes the main connection, and spare pooled ones, after this many ms without
   * traffic; the next command reopens it. Subscriptions and blocking calls keep
   * their connections.
   */
  idleTimeout?: number;
}

/** Options of `with()`: per-call options, and a key prefix added to the client's. */
export interface ViewOptions extends CommandOptions {
  /** Appended to the client's `keyPrefix` (or the prefix, if it has none). */
  keyPrefix?: string;
}

/**
 * The arguments of `new Redis(...)`, following the reply type: a bytes client
 * (`Redis<Uint8Array>`) must ask for bytes (`bytes: true`), and a text one must not.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using text = new Redis("redis://127.0.0.1:6379");
 * await using bytes = new Redis<Uint8Array>({ bytes: true });
 * const body = await bytes.get("image"); // Uint8Array<ArrayBuffer> | null
 * const response = new Response(body);
 * ```
 */
export type RedisArguments<S extends string | Uint8Array> = [S] extends
  [Uint8Array] ?
    | [url: string, options: RedisOptions & BytesOption<S>]
    | [options: RedisOptions & BytesOption<S>]
  : [
    url?: string | (RedisOptions & BytesOption<S>),
    options?: RedisOptions & BytesOption<S>,
  ];

/**
 * Events a client dispatches: `connect` (socket open), `ready` (handshake done), `error`
 * (a `CustomEvent` whose `detail` is the error), `reconnecting` (`detail`: `{ attempt,
 * delay }`), `close`, and `push` (`detail`: a RESP3 push frame that is not pub/sub).
 */
export type RedisEventType =
  | "connect"
  | "ready"
  | "error"
  | "reconnecting"
  | "close"
  | "push";

/** Every option of `new Redis(...)`, checked at run time for plain-JS callers. */
const REDIS_OPTIONS = {
  url: true,
  ...CONNECTION_OPTIONS,
  captureStack: true,
  maxBlockingConnections: true,
  sentinels: true,
  masterName: true,
  replica: true,
  sentinelUsername: true,
  sentinelPassword: true,
  sentinelTls: true,
  sentinelTimeout: true,
  cache: true,
  keyPrefix: true,
  tracing: true,
  reauthenticateEvery: true,
  idleTimeout: true,
} satisfies Record<keyof RedisOptions, true>;

/** Every option of `with()`, checked at run time for plain-JS callers. @internal */
export const VIEW_OPTIONS = {
  ...COMMAND_OPTIONS,
  keyPrefix: true,
} satisfies Record<keyof ViewOptions, true>;

/** Calls back a promise; an error first learns its command. */
class PromiseTarget implements ReplyTarget {
  constructor(
    readonly resolve: (value: unknown) => void,
    readonly fail: (error: Error) => void,
  ) {}
  reject(error: Error, args?: readonly RedisArgument[]): void {
    if (args) addCommandContext(error, args);
    this.fail(error);
  }
}

/** A `PromiseTarget` that also gives the error the stack of the call (`captureStack`). */
class TracedTarget extends PromiseTarget {
  constructor(
    resolve: (value: unknown) => void,
    fail: (error: Error) => void,
    readonly caller: Error = new Error(),
  ) {
    super(resolve, fail);
  }
  override reject(error: Error, args?: readonly RedisArgument[]): void {
    if (args) addCommandContext(error, args);
    useCallerStack(error, this.caller);
    this.fail(error);
  }
}

/**
 * A Redis client. Commands issued in the same tick go out in one write (auto-pipelining);
 * replies come back in order. The connection opens on the first command.
 *
 * Delivery is at most once: a command already written when the connection drops rejects
 * with `ConnectionLostError` and is never resent; commands not yet written wait for the
 * reconnect.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis("redis://127.0.0.1:6379/0");
 * await r.sendCommand(["SET", "greeting", "hello"]);
 * console.log(await r.sendCommand(["GET", "greeting"])); // "hello"
 * ```
 */
export class Redis<S extends string | Uint8Array = string>
  extends ClientBase<S> {
  /** The options given (the URL's parts, then the options that override them). */
  readonly options: Readonly<Omit<RedisOptions, "url">>;
  private readonly main: Connection;
  private readonly pool: ConnectionPool;
  private readonly transport: Transport;
  /** The options every connection of this client is made with. */
  private readonly connection: LinkOptions;
  private readonly sentinel: Sentinel | undefined;
  private readonly subscribers: { text?: Subscriber; bytes?: Subscriber } = {};
  private readonly events: EventTarget;
  private readonly defaults: CommandOptions | undefined;
  private readonly prefix: KeyPrefix | undefined;
  private readonly tracer: Tracer;
  private readonly reauthenticating: ReturnType<typeof setInterval> | undefined;
  private readonly idle: IdleCloser | undefined;
  private readonly captureStack: boolean;
  /** The client-side cache, when the `cache` option was given. */
  readonly cache: ClientCache | undefined;

  /**
   * Creates a client; nothing connects until the first command.
   *
   * `args`: a `redis://`, `rediss://` or `unix://` URL (default
   * `"redis://127.0.0.1:6379"`), or all options; then options that override the URL's
   * parts. A bytes client is made with `new Redis<Uint8Array>({ bytes: true })`.
   *
   * @throws {TypeError} When the URL cannot be parsed, an option is unknown, or a `cache`
   * option is wrong.
   * @throws {RangeError} When `maxBlockingConnections` is not a positive integer.
   * @throws {RangeError} When a delay option is longer than a timer can wait.
   */
  constructor(...args: RedisArguments<S>) {
    super();
    const [url, options] = args as [
      string | RedisOptions | undefined,
      RedisOptions | undefined,
    ];
    if (typeof url !== "string") checkOptions("new Redis", url, REDIS_OPTIONS);
    checkOptions("new Redis", options, REDIS_OPTIONS);
    const given = typeof url === "string"
      ? { ...options, url }
      : { ...url, ...options };
    const resolved: RedisOptions = {
      ...(given.url ? parseRedisUrl(given.url) : {}),
      ...withoutUndefined(given),
    };
    delete resolved.url;
    // What a cluster tells its node clients (READONLY), kept for duplicate().
    const link = (given as Linked)[LINK];
    if (link) (resolved as Linked)[LINK] = link;
    checkDelays(resolved);
    this.options = resolved;
    printAs(resolved, "", () => redact(resolved));
    printAs(this, "Redis", () => ({ options: redact(resolved) }));
    this.prefix = KeyPrefix.of(undefined, resolved.keyPrefix);
    // With sentinels, every connection asks them where the master is and follows it.
    this.sentinel = resolved.sentinels
      ? new Sentinel(resolved, resolved.transport ?? defaultTransport())
      : undefined;
    const connection = this.connection = this.sentinel?.options ??
      (link ? { ...resolved, ...link } : resolved);
    const transport = this.transport = connection.transport ??
      defaultTransport();
    this.events = new EventTarget();
    const dispatch = (type: string, detail?: unknown) =>
      this.events.dispatchEvent(new CustomEvent(type, { detail }));
    const cache = this.cache = cacheFor(
      this.prefix?.options(resolved) ?? resolved,
    );
    const idle = this.idle = resolved.idleTimeout
      ? new IdleCloser(resolved.idleTimeout)
      : undefined;
    // Invalidations may have been missed whenever the connection drops or is new.
    this.main = new Connection(
      cache ? { ...connection, setup: [cache.tracking] } : connection,
      idle?.main(transport) ?? transport,
      {
        connect: () => (cache?.reset(), dispatch("connect")),
        ready: () => dispatch("ready"),
        error: (error) => (cache?.reset(), dispatch("error", error)),
        reconnecting: (attempt, delay) =>
          dispatch("reconnecting", { attempt, delay }),
        close: () => (cache?.reset(), dispatch("close")),
        push: (frame) => cache?.push(frame) || dispatch("push", frame),
      },
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
    this.defaults = undefined;
    this.captureStack = resolved.captureStack ?? false;
    const main = this.main;
    this.tracer = new Tracer(
      resolved.tracing,
      () => main.address,
      resolved.db ?? 0,
    );
    this.tracer.connections(this.events);
    this.reauthenticating = schedule(
      resolved.reauthenticateEvery,
      () => this.reauthenticate(),
      (e) => dispatch("error", e),
    );
  }

  /**
   * Sends any command and returns its reply: strings (or `Uint8Array` in bytes mode),
   * numbers, `bigint`, `null`, arrays, `Map`s (RESP3 maps). An error reply rejects with
   * `RedisError`. Blocking commands (BLPOP, XREAD BLOCK, …) run on a dedicated
   * connection so they never stall other commands. Commands whose effect the client owns
   * (SUBSCRIBE and friends, MULTI/EXEC/WATCH, SELECT, HELLO, AUTH, CLIENT REPLY, …) reject
   * with a `TypeError` that names the API to use instead.
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
   * @throws {ConnectionLostError} The connection dropped while the command was in flight.
   * @throws {TypeError} A command the client owns, or an argument of a wrong type.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T> {
    const refused = ownedCommandError(args);
    if (refused) return Promise.reject(refused);
    const merged = options && this.defaults
      ? { ...this.defaults, ...options }
      : options;
    return this.dispatch<T>(args, undefined, merged ?? this.defaults);
  }

  /** Sends a command for a generated method, parsing its reply when `parse` is given. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Promise<T> {
    return this.dispatch<T>(
      args,
      parse,
      hints ? { ...this.defaults, ...hints } : this.defaults,
    );
  }

  /** Applies the key prefix and tracing, when set, then sends. */
  private dispatch<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    if (this.prefix) {
      try {
        ({ args, parse } = this.prefix.call(args, parse));
      } catch (e) {
        return Promise.reject(e); // a command the table does not know
      }
    }
    if (this.tracer.active) {
      return this.tracer.command(args, () => this.send(args, parse, options));
    }
    return this.send(args, parse, options);
  }

  /** Sends on the main connection, or on a pooled one for blocking calls. */
  private send<T>(
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
    return new Promise<T>((resolve, reject) => {
      this.main.send(
        args,
        this.captureStack
          ? new TracedTarget(resolve as (v: unknown) => void, reject)
          : new PromiseTarget(resolve as (v: unknown) => void, reject),
        options,
        parse,
      );
    });
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
   */
  with<B extends boolean | undefined = undefined>(
    options: ViewOptions & { bytes?: B },
  ): B extends true ? Redis<Uint8Array>
    : B extends false ? Redis<string>
    : Redis<S> {
    checkOptions("Redis.with", options, VIEW_OPTIONS);
    const view = Object.create(this);
    const { keyPrefix, ...defaults } = options;
    view.defaults = { ...this.defaults, ...defaults };
    view.prefix = KeyPrefix.of(this.prefix, keyPrefix);
    return view;
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

  /** The subscriber connection of this view's reply mode, made on first use. */
  protected subscriptionHost(): Subscriber {
    const bytes = this.defaults?.bytes ?? this.options.bytes ?? false;
    const made = this.subscribers[bytes ? "bytes" : "text"] ??= new Subscriber(
      { ...this.connection, bytes },
      this.transport,
      (error) =>
        this.events.dispatchEvent(new CustomEvent("error", { detail: error })),
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
   * blocking call answers once that call returns.
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

  /** Listens to `connect`, `ready`, `error`, `reconnecting`, `close` or `push`. */
  addEventListener(
    type: RedisEventType,
    listener: EventListenerOrEventListenerObject,
    options?: AddEventListenerOptions | boolean,
  ): void {
    this.events.addEventListener(type, listener, options);
  }

  /** Stops listening. */
  removeEventListener(
    type: RedisEventType,
    listener: EventListenerOrEventListenerObject,
    options?: EventListenerOptions | boolean,
  ): void {
    this.events.removeEventListener(type, listener, options);
  }

  /** A new client with the same options and its own connections. */
  duplicate(): Redis<S> {
    return new Redis<string | Uint8Array>(this.options) as unknown as Redis<S>;
  }

  /**
   * Closes gracefully: waits for the replies of commands already sent, then closes every
   * connection. Commands issued afterwards reject with `ConnectionError` (`CLOSED`).
   * With a `timeout`, replies still missing by then are given up: as with `destroy()`,
   * their commands reject with `ConnectionLostError`. Blocking calls (BLPOP, …), which
   * could wait forever, end at once with `ConnectionError` `CLOSED`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * const r = new Redis();
   * await r.sendCommand(["PING"]);
   * await r.close({ timeout: 1000 }); // a stalled server cannot hold this up for long
   * ```
   */
  async close(options?: { timeout?: number }): Promise<void> {
    checkDelay("close timeout", options?.timeout);
    clearTimer(this.reauthenticating);
    this.idle?.stop();
    const closing = Promise.all([
      this.main.close(),
      this.pool.close(true),
      this.subscribers.text?.close(),
      this.subscribers.bytes?.close(),
    ]);
    const timeout = options?.timeout;
    if (timeout === undefined) await closing;
    else {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          this.destroy();
          resolve();
        }, timeout);
      });
      await Promise.race([closing, late]).finally(() => clearTimeout(timer));
    }
    this.sentinel?.close();
  }

  /** Closes at once; commands in flight reject with `ConnectionLostError`. */
  destroy(): void {
    clearTimer(this.reauthenticating);
    this.idle?.stop();
    this.main.destroy();
    void this.pool.close();
    void this.subscribers.text?.close();
    void this.subscribers.bytes?.close();
    this.sentinel?.close();
  }
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
