/**
 * `ClientBase`: the one client surface `Redis` and `RedisCluster` share, written once:
 * per-call options and `with()` views, the key prefix, typed events, `duplicate()`,
 * `close({ timeout })` and `destroy()`, on top of what `ClientFeatures` builds on
 * `sendCommand` (scripts, subscriptions, scans, the sugar, help). A client adds only how
 * it sends a command and which connections it owns.
 *
 * @module
 */
import { printClient } from "./_redact.ts";
import type { CommandOptions } from "./connection.ts";
import type { CommandHints } from "./commands.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";
import type { SubscriptionHost } from "./subscription.ts";
import { ClientFeatures } from "./client_features.ts";
import { checkOptions, COMMAND_OPTIONS } from "./_options.ts";
import { checkDelay } from "./_delay.ts";
import { clearTimer } from "./_timeout.ts";
import { ownedCommandError } from "./_raw_command_guard.ts";
import { schedule } from "./credentials.ts";
import { KeyPrefix } from "./key_prefix.ts";
import {
  type ClientEventListener,
  type ClientEventMap,
  ClientEvents,
  type EventDetail,
} from "./client_events.ts";

/**
 * The reply type a client's mode `M` stands for: `true` (the `bytes: true` option) is
 * `Uint8Array`, `false` is `string`, and a reply type stands for itself. It is the
 * constraint of a client's `S`, which is how `new Redis({ bytes: true })` becomes a
 * `Redis<Uint8Array>`: TypeScript infers `M` from the `bytes` option, finds that `S`'s
 * default (`string`) does not satisfy `ReplyFor<true>`, and takes the constraint.
 * (`M` standing for itself is written as mapped types, not conditional ones, so that a
 * generic `Redis<S>` is valid too.)
 *
 * @example
 * ```ts
 * import type { ReplyFor } from "@desir/desir";
 * const body: ReplyFor<true> = new Uint8Array(); // a bytes client's strings
 * const text: ReplyFor<false> = "ok";
 * ```
 */
export type ReplyFor<M> =
  | { [K in M extends string ? "is" : never]: string }[
    M extends string ? "is" : never
  ]
  | { [K in M extends Uint8Array ? "is" : never]: Uint8Array }[
    M extends Uint8Array ? "is" : never
  ]
  | (M extends true ? Uint8Array : never)
  | (M extends false ? string : never);

/**
 * The `bytes` option of a client of reply type `S` made in mode `M`: a bytes client must
 * ask for bytes (`bytes: true`), a text one must not; a `boolean` not known when
 * type-checking is a compile error naming what to write instead, unless the client is
 * typed `string | Uint8Array`. So the type never lies about the replies.
 *
 * @example
 * ```ts
 * import type { BytesOption } from "@desir/desir";
 * const bytes: BytesOption<Uint8Array, true> = { bytes: true };
 * const text: BytesOption<string, string> = {};
 * ```
 */
export type BytesOption<S, M> = [M] extends [true] | [Uint8Array]
  ? { bytes: true }
  : {
    bytes?: [string | Uint8Array] extends [S] ? boolean
      : [boolean] extends [M] ? {
          "bytes: write true or false, or type the client <string | Uint8Array>":
            0;
        }
      : (M & boolean) | false;
  };

/** Options of `with()`: per-call options, and a key prefix added to the client's. */
export interface ViewOptions extends CommandOptions {
  /** Appended to the client's `keyPrefix` (or the prefix, if it has none). */
  keyPrefix?: string;
}

/** The reply type of a `with()` view: bytes or text when it says so, else its client's. */
export type ViewReply<
  B extends boolean | undefined,
  S extends string | Uint8Array,
> = B extends true ? Uint8Array : B extends false ? string : S;

/** Options of `close()`. */
export interface CloseOptions {
  /**
   * How long to wait for replies still missing, in ms; then the client is destroyed
   * (their commands reject with `ConnectionLostError`). @default no limit
   */
  timeout?: number;
}

/** What every client takes besides its connection options. */
export interface ClientBaseOptions {
  /** Prepended to every key of every command (and to key patterns). */
  keyPrefix?: string;
  /** Record where each command was called, for its error's stack. @default false */
  captureStack?: boolean;
}

/** Every option of `with()`, checked at run time for plain-JS callers. */
const VIEW_OPTIONS = {
  ...COMMAND_OPTIONS,
  keyPrefix: true,
} satisfies Record<keyof ViewOptions, true>;

/**
 * The methods every desir client has besides the generated commands. A client says how
 * it sends one command (`send`), which connections it closes (`closeConnections`,
 * `destroyConnections`) and which subscriber serves a reply mode (`subscriber`);
 * everything else is here, once.
 *
 * @example
 * ```ts
 * import { type ClientBase, Redis } from "@desir/desir";
 * async function visits(client: ClientBase): Promise<number> {
 *   return await client.incr("visits");
 * }
 * await using r = new Redis();
 * console.log(await visits(r));
 * ```
 */
export abstract class ClientBase<
  S extends string | Uint8Array = string,
  E extends ClientEventMap = ClientEventMap,
> extends ClientFeatures<S> {
  /** The options the client was made with. */
  abstract readonly options: Readonly<{ bytes?: boolean }>;
  /**
   * The client's class name, for `Object.prototype.toString` and desir's messages
   * (`Redis.with: …`): written out by each client class, as a minifier renames classes.
   * @ignore
   */
  abstract get [Symbol.toStringTag](): string;
  /**
   * Per-call options of this view (`with()`); `undefined` on the client itself.
   * @ignore
   */
  protected readonly defaults: CommandOptions | undefined = undefined;
  /**
   * The key prefix of this client or view.
   * @ignore
   */
  protected readonly prefix: KeyPrefix | undefined;
  /**
   * Whether each call records its caller's stack for its error (`captureStack`).
   * @ignore
   */
  protected readonly captureStack: boolean;
  /**
   * Where the client's events are dispatched.
   * @ignore
   */
  protected readonly events: ClientEvents = new ClientEvents();
  private reauthenticating: ReturnType<typeof setInterval> | undefined;

  /** Takes the options every client has. */
  constructor(options: ClientBaseOptions) {
    super();
    // A client prints as `Redis { options }`, its secrets redacted (hooks set once per
    // class, on the prototype of the class being made).
    printClient(Object.getPrototypeOf(this), this[Symbol.toStringTag]);
    this.prefix = KeyPrefix.of(undefined, options.keyPrefix);
    this.captureStack = options.captureStack ?? false;
  }

  /**
   * Sends one command (its key prefix applied): on which connection or node, with which
   * tracing, is the client's own business.
   * @ignore
   */
  protected abstract send<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<T>;

  /**
   * Closes every connection gracefully, once their replies are in.
   * @ignore
   */
  protected abstract closeConnections(): Promise<void>;

  /**
   * Closes every connection at once.
   * @ignore
   */
  protected abstract destroyConnections(): void;

  /**
   * The subscriber of one reply mode, made on first use.
   * @ignore
   */
  protected abstract subscriber(bytes: boolean): SubscriptionHost;

  /**
   * Where this view's subscriptions register: the subscriber of its reply mode.
   * @ignore
   */
  protected subscriptionHost(): SubscriptionHost {
    return this.subscriber(this.defaults?.bytes ?? this.options.bytes ?? false);
  }

  /**
   * Sends AUTH with fresh credentials on every open connection.
   *
   * @throws {RedisError} The server refused the new credentials (the old ones stay).
   */
  abstract reauthenticate(): Promise<void>;

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
  ): Promise<T> {
    const refused = ownedCommandError(args);
    if (refused) return Promise.reject(refused);
    const merged = options && this.defaults
      ? { ...this.defaults, ...options }
      : options;
    return this.dispatch<T>(args, undefined, merged ?? this.defaults);
  }

  /**
   * Sends a command for a generated method, parsing its reply when `parse` is given.
   * @ignore
   */
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

  /** Applies the key prefix, when set, then sends. */
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
    return this.send<T>(args, parse, options);
  }

  /**
   * A view of this client whose calls use these options (same connections).
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const bytes = await r.with({ bytes: true }).get("image");
   * const quick = r.with({ timeout: 100, signal: AbortSignal.timeout(1000) });
   * await quick.ping();
   * const tenant = r.with({ keyPrefix: "tenant:7:" });
   * ```
   * @throws {TypeError} An option is unknown.
   */
  with<B extends boolean | undefined = undefined>(
    options: ViewOptions & { bytes?: B },
  ): ClientBase<ViewReply<B, S>, E> {
    checkOptions(`${this[Symbol.toStringTag]}.with`, options, VIEW_OPTIONS);
    const { keyPrefix, ...defaults } = options;
    return Object.assign(Object.create(this), {
      defaults: { ...this.defaults, ...defaults },
      prefix: KeyPrefix.of(this.prefix, keyPrefix),
    });
  }

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
  addEventListener<K extends keyof E & string>(
    type: K,
    listener: ClientEventListener<E[K]>,
    options?: AddEventListenerOptions | boolean,
  ): void {
    this.events.addEventListener(type, listener as EventListener, options);
  }

  // Alike addEventListener on purpose: EventTarget's pair, each typed per event.
  /** Stops listening. */
  removeEventListener<K extends keyof E & string>(
    type: K,
    listener: ClientEventListener<E[K]>,
    options?: EventListenerOptions | boolean,
  ): void {
    this.events.removeEventListener(type, listener as EventListener, options);
  }

  /**
   * Tells the listeners of `type`.
   * @ignore
   */
  protected emit<K extends keyof E & string>(
    type: K,
    detail: EventDetail<E[K]>,
  ): void {
    if (this.events.listened(type)) {
      this.events.dispatchEvent(new CustomEvent(type, { detail }));
    }
  }

  /**
   * Calls `reauthenticate()` every `ms` (option `reauthenticateEvery`) until the client
   * closes; a failure is an `error` event.
   *
   * @throws {TypeError} When `ms` is not a number of ms a timer can wait.
   * @ignore
   */
  protected reauthenticateEvery(ms: number | undefined): void {
    this.reauthenticating = schedule(
      ms,
      () => this.reauthenticate(),
      (error) => this.emit("error", error as EventDetail<E["error"]>),
    );
  }

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
  duplicate(): this {
    const Client = this.constructor as new (options: object) => this;
    return new Client(this.options);
  }

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
  async close(options?: CloseOptions): Promise<void> {
    checkOptions(`${this[Symbol.toStringTag]}.close`, options, {
      timeout: true,
    });
    checkDelay("close timeout", options?.timeout);
    clearTimer(this.reauthenticating);
    const closing = this.closeConnections();
    const timeout = options?.timeout;
    if (timeout === undefined) return await closing;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.destroy();
        resolve();
      }, timeout);
    });
    await Promise.race([closing, late]).finally(() => clearTimeout(timer));
  }

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
  destroy(): void {
    clearTimer(this.reauthenticating);
    this.destroyConnections();
  }

  /** `await using client = ...` closes the client at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
