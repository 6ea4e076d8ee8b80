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
import { printAs, redact } from "./_redact.ts";
import { ownedCommandError } from "./_raw_command_guard.ts";
import { isBlocking } from "./_blocking.ts";
import { ConnectionPool } from "./_pool.ts";
import { checkDelay, checkDelays } from "./_delay.ts";
import { defaultTransport } from "./transport/default.ts";
import { Pipeline } from "./pipeline.ts";
import { Transaction } from "./transaction.ts";
import type { CommandHints } from "./commands.ts";
import { ClientBase } from "./client_base.ts";
import { Subscriber } from "./pubsub.ts";
import type { Transport } from "./transport/types.ts";
import { Sentinel, type SentinelOptions } from "./sentinel/sentinel.ts";
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
   * Keep replies of reads in memory, invalidated by the server (`CLIENT TRACKING`,
   * RESP3 only); see {@linkcode ClientCache}. @default off
   */
  cache?: CacheOptions;
}

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

/** Something that calls back a promise, used by `sendCommand`. */
class PromiseTarget implements ReplyTarget {
  constructor(
    readonly resolve: (value: unknown) => void,
    readonly reject: (error: Error) => void,
  ) {}
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
  /** The resolved connection options. */
  readonly options: Readonly<ConnectionOptions>;
  private readonly main: Connection;
  private readonly pool: ConnectionPool;
  private readonly transport: Transport;
  /** The options every connection of this client is made with. */
  private readonly connection: ConnectionOptions;
  private readonly sentinel: Sentinel | undefined;
  private readonly subscribers: { text?: Subscriber; bytes?: Subscriber } = {};
  private readonly events: EventTarget;
  private readonly defaults: CommandOptions | undefined;
  /** The client-side cache, when the `cache` option was given. */
  readonly cache: ClientCache | undefined;

  /**
   * Creates a client; nothing connects until the first command.
   *
   * @param url A `redis://`, `rediss://` or `unix://` URL, or all options. @default "redis://127.0.0.1:6379"
   * @param options Options that override the URL's parts.
   * @throws {TypeError} When the URL cannot be parsed, or a `cache` option is wrong.
   * @throws {RangeError} When a delay option is longer than a timer can wait.
   */
  constructor(url?: string | RedisOptions, options?: RedisOptions) {
    super();
    const given = typeof url === "string"
      ? { ...options, url }
      : { ...url, ...options };
    const resolved: RedisOptions = {
      ...(given.url ? parseRedisUrl(given.url) : {}),
      ...withoutUndefined(given),
    };
    delete resolved.url;
    checkDelays(resolved);
    this.options = resolved;
    printAs(resolved, "", () => redact(resolved));
    printAs(this, "Redis", () => ({ options: redact(resolved) }));
    // With sentinels, every connection asks them where the master is and follows it.
    this.sentinel = resolved.sentinels
      ? new Sentinel(resolved, resolved.transport ?? defaultTransport())
      : undefined;
    const connection = this.connection = this.sentinel?.options ?? resolved;
    const transport = this.transport = connection.transport ??
      defaultTransport();
    this.events = new EventTarget();
    const dispatch = (type: string, detail?: unknown) =>
      this.events.dispatchEvent(new CustomEvent(type, { detail }));
    const cache = this.cache = cacheFor(resolved);
    // Invalidations may have been missed whenever the connection drops or is new.
    this.main = new Connection(
      cache ? { ...connection, setup: [cache.tracking] } : connection,
      transport,
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
    this.pool = new ConnectionPool(connection, transport);
    this.defaults = undefined;
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

  /** Sends on the main connection, or on a pooled one for blocking calls. */
  private dispatch<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    if (isBlocking(args)) return this.blocking<T>(args, parse, options);
    if (this.cache !== undefined && options?.cache !== false) {
      const cached = this.cache.request<T>(args, parse, options, this.main);
      if (cached !== undefined) return cached;
    }
    return new Promise<T>((resolve, reject) => {
      this.main.send(
        args,
        new PromiseTarget(resolve as (v: unknown) => void, reject),
        options,
        parse,
      );
    });
  }

  /** Runs a blocking call on a pooled connection, closed if the call is abandoned. */
  private async blocking<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T> {
    const connection = this.pool.acquire();
    let broken = false;
    try {
      return await new Promise<T>((resolve, reject) => {
        connection.send(
          args,
          new PromiseTarget(resolve as (v: unknown) => void, reject),
          options,
          parse,
        );
      });
    } catch (e) {
      // An aborted or timed-out call leaves the server blocked on this socket.
      broken = !(e instanceof RedisError);
      throw e;
    } finally {
      this.pool.release(connection, broken);
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
    options: CommandOptions & { bytes?: B },
  ): B extends true ? Redis<Uint8Array>
    : B extends false ? Redis<string>
    : Redis<S> {
    const view = Object.create(this);
    view.defaults = { ...this.defaults, ...options };
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
    return new Pipeline<S>(this.main, this.defaults);
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
    return new Transaction<S>(this.main, this.defaults, this.pool);
  }

  /** The subscriber connection of this view's reply mode, made on first use. */
  protected subscriptionHost(): Subscriber {
    const bytes = this.defaults?.bytes ?? this.options.bytes ?? false;
    return this.subscribers[bytes ? "bytes" : "text"] ??= new Subscriber(
      { ...this.connection, bytes },
      this.transport,
      (error) =>
        this.events.dispatchEvent(new CustomEvent("error", { detail: error })),
    );
  }

  /**
   * Connects now (normally the first command does), resolving once the handshake is done.
   *
   * @throws {ConnectionError} The server cannot be reached or refused the handshake.
   */
  async connect(): Promise<void> {
    await this.sendCommand(["PING"]);
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
    return new Redis<S>(this.options);
  }

  /**
   * Closes gracefully: waits for the replies of commands already sent, then closes every
   * connection. Commands issued afterwards reject with `ConnectionError` (`CLOSED`).
   * With a `timeout`, replies still missing by then are given up: as with `destroy()`,
   * their commands reject with `ConnectionLostError`.
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
    const closing = Promise.all([
      this.main.close(),
      this.pool.close(),
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
