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
} from "./connection.ts";
import { RedisError } from "./errors.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { LINK, type Linked, type LinkOptions } from "./_link_options.ts";
import { blockTime, isBlocking } from "./_blocking.ts";
import { closedWhileWaiting, ConnectionPool } from "./_pool.ts";
import { addCommandContext, useCallerStack } from "./_command_context.ts";
import { PromiseTarget, TracedTarget } from "./_promise_target.ts";
import { printAs, redact } from "./_redact.ts";
import { checkDelays } from "./_delay.ts";
import { defaultTransport } from "./transport/default.ts";
import { ConnectionPipeline } from "./pipeline.ts";
import type { Pipeline, Transaction } from "./command_queue.ts";
import { ConnectionTransaction } from "./transaction.ts";
import { ClientBase, type ViewOptions, type ViewReply } from "./client_base.ts";
import type { ClientEventMap } from "./client_events.ts";
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
 * What every client has (`sendCommand`, `with`, events, `duplicate`, `close`,
 * `destroy`, scripts, pub/sub, scans, the sugar) is documented on
 * {@linkcode ClientBase} and {@linkcode ClientFeatures}.
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
  extends ClientBase<S, RedisEventMap> {
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
    printAs(resolved, "", () => redact(resolved));
    printAs(this, "Redis", () => ({ options: redact(resolved) }));
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
    // Invalidations may have been missed whenever the connection drops or is new.
    this.main = new Connection(
      cache ? { ...connection, setup: [cache.tracking] } : connection,
      idle?.main(transport) ?? transport,
      {
        connect: () => (cache?.reset(), this.emit("connect", undefined)),
        ready: () => this.emit("ready", undefined),
        error: (error) => (cache?.reset(), this.emit("error", error)),
        reconnecting: (attempt, delay) =>
          this.emit("reconnecting", { attempt, delay }),
        close: () => (cache?.reset(), this.emit("close", undefined)),
        push: (frame) => cache?.push(frame) || this.emit("push", frame),
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
    const main = this.main;
    this.tracer = new Tracer(
      resolved.tracing,
      () => main.address,
      resolved.db ?? 0,
    );
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
    if (this.tracer.active) {
      return this.tracer.command(
        args,
        () => this.deliver(args, parse, options),
      );
    }
    return this.deliver(args, parse, options);
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
    return this.subscribers[bytes ? "bytes" : "text"] ??= new Subscriber(
      { ...this.connection, bytes },
      this.transport,
      (error) => this.emit("error", error),
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
