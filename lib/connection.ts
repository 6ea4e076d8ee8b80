/**
 * One socket to one server: handshake, write batching, the reply queue, reconnects.
 *
 * @module
 */
import {
  ConnectionError,
  ConnectionLostError,
  DesirError,
  ProtocolError,
  RedisError,
  TimeoutError,
} from "./errors.ts";
import {
  aborted,
  clientClosed,
  connectionLost,
  handshakeRefused,
  noReplyWithin,
  offlineQueueFull,
} from "./_error_factories.ts";
import { Decoder, type DecoderOptions, type RespValue } from "./resp/decode.ts";
import { type RedisArgument, WriteBuffer } from "./resp/encode.ts";
import type {
  HostPort,
  Socket,
  TlsOptions,
  Transport,
} from "./transport/types.ts";
import { ReplyQueue } from "./_reply_queue.ts";
import { text } from "./_text.ts";
import { delayError, tooLong } from "./_delay.ts";
import { type Credential, credentials } from "./credentials.ts";

/** How to reconnect after a connection that was ready drops. */
export interface ReconnectOptions {
  /** Attempts before giving up; waiting commands then reject. @default 20 */
  retries?: number;
  /** Delay before the first attempt, in ms; it doubles each attempt, with jitter. @default 50 */
  minDelay?: number;
  /** Longest delay between attempts, in ms. @default 2000 */
  maxDelay?: number;
}

/** Everything one connection needs to know. */
export interface ConnectionOptions extends DecoderOptions {
  /** Host name or IP address. @default "127.0.0.1" */
  hostname?: string;
  /** TCP port. @default 6379 */
  port?: number;
  /** Unix socket path; when set, `hostname` and `port` are not used. */
  path?: string;
  /** TLS settings; `true` uses the system's trusted authorities. */
  tls?: TlsOptions | boolean;
  /**
   * ACL user name, or a function that returns it, called for each new connection.
   * @default "default" when a password is given
   */
  username?: Credential;
  /**
   * Password (of `username`, or of the default user), or a function that returns it
   * (a short-lived token), called for each new connection.
   */
  password?: Credential;
  /** Database index, selected on every (re)connect. @default 0 */
  db?: number;
  /** Connection name shown by `CLIENT LIST`. */
  name?: string;
  /** RESP version to speak; falls back to 2 when the server has no `HELLO`. @default 3 */
  protocol?: 2 | 3;
  /** Give up connecting (socket plus handshake) after this many ms. @default 10000 */
  connectTimeout?: number;
  /**
   * Reject a command whose reply has not come after this many ms, counted from the end
   * of the time a blocking command asked to wait (BLPOP's timeout, XREAD's BLOCK, WAIT's
   * timeout; one that waits until served is never cut). @default no limit
   */
  commandTimeout?: number;
  /** Reconnect with exponential backoff and jitter, or `false` not to. @default {} */
  reconnect?: ReconnectOptions | false;
  /** Most commands that may wait while the client is not connected. @default 100000 */
  maxOfflineCommands?: number;
  /**
   * How long, in ms, a command the server refused without running it because it is not
   * ready (`LOADING` its data set after a restart, `BUSY` running a script) waits and goes
   * again, with backoff, before that error is its answer; 0 not to wait. Its `timeout`
   * still applies. Commands inside a transaction are never resent.
   * @default 60000
   */
  waitForServer?: number;
  /** Decode replies as `Uint8Array` instead of strings. @default false */
  bytes?: boolean;
  /** The socket implementation. @default picked for the runtime */
  transport?: Transport;
  /** Route RESP2 pub/sub arrays to `push` (a subscriber's connection). @internal */
  subscriber?: boolean;
  /**
   * Finds where to connect before each attempt, instead of `hostname`/`port` (Sentinel
   * asks the sentinels for the current master). @internal
   */
  resolveAddress?: () => Promise<HostPort>;
  /** Refuse a server whose `ROLE` is not this one (after a failover). @internal */
  role?: "master" | "slave";
  /** Send `READONLY` in the handshake, to read from a cluster replica. @internal */
  readOnly?: boolean;
  /** Commands that end every handshake (the cache's `CLIENT TRACKING`). @internal */
  setup?: readonly (readonly RedisArgument[])[];
}

/** Per-command settings. */
export interface CommandOptions {
  /** Decode this reply's strings as `Uint8Array`. @default the client's `bytes` */
  bytes?: boolean;
  /** Reject with `AbortError` when this signal aborts. */
  signal?: AbortSignal;
  /** Reject with `TimeoutError` after this many ms. @default the client's `commandTimeout` */
  timeout?: number;
  /**
   * Receives the RESP3 attributes the server sent with this reply (e.g. key popularity
   * from client tracking), before the reply itself resolves.
   */
  attributes?: (attributes: Map<RespValue, RespValue>[]) => void;
  /**
   * With the client-side cache: `false` sends this call to the server and keeps no copy;
   * `true` opts in to caching in the `"optin"` mode.
   * @default true in the default and `"bcast"` modes, false in `"optin"`
   */
  cache?: boolean;
}

/** What a command's caller is told when its reply or its failure arrives. */
export interface ReplyTarget {
  resolve(value: unknown): void;
  /** `args` are the command's, for an error message that names it. */
  reject(error: Error, args?: readonly RedisArgument[]): void;
}

/** One command in flight or waiting to be sent. @internal */
export class Command {
  settled = false;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  signal: AbortSignal | undefined = undefined;
  /** False inside MULTI … EXEC and in the handshake: never sent again alone. */
  resendable = true;
  /** When a refused command stops waiting for the server (ms since the epoch). */
  waitUntil = 0;
  onAttributes: CommandOptions["attributes"] = undefined;

  constructor(
    readonly args: readonly RedisArgument[],
    readonly target: ReplyTarget,
    readonly bytes: boolean,
    readonly parse: ((reply: unknown) => unknown) | undefined,
  ) {}

  /** The command's name for error messages. */
  get name(): string {
    const first = this.args[0];
    return typeof first === "string" ? first.toUpperCase() : String(first);
  }

  resolve(value: unknown): void {
    if (this.settled) return;
    this.finish();
    if (this.parse) {
      try {
        value = this.parse(value);
      } catch (e) {
        this.target.reject(e as Error);
        return;
      }
    }
    this.target.resolve(value);
  }

  reject(error: Error): void {
    if (this.settled) return;
    this.finish();
    this.target.reject(error, this.args);
  }

  /** Called by the signal when it aborts (an EventListener object, so no closure per call). */
  handleEvent(): void {
    this.reject(aborted(this.name, { reason: this.signal?.reason }));
  }

  private finish(): void {
    this.settled = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this);
  }
}

function onCommandTimeout(command: Command, ms: number): void {
  command.reject(noReplyWithin(command.name, ms));
}

/** The states a connection goes through. */
export type ConnectionState =
  | "idle"
  | "connecting"
  | "ready"
  | "reconnecting"
  | "closed";

/** Events a connection reports to its owner. */
export interface ConnectionEvents {
  connect(): void;
  ready(): void;
  error(error: Error): void;
  reconnecting(attempt: number, delay: number): void;
  close(): void;
  push(frame: RespValue[]): void;
  /** A subscriber's command was refused: an error reply that no command waited for. */
  refused(error: RedisError): void;
}

/**
 * A single connection. Commands issued in the same tick leave in one write; replies are
 * matched to commands in order.
 */
export class Connection {
  state: ConnectionState = "idle";
  /** The RESP version agreed in the handshake. */
  protocol: 2 | 3 = 3;

  readonly #options: ConnectionOptions;
  readonly #transport: Transport;
  readonly #events: Partial<ConnectionEvents>;
  readonly #writer = new WriteBuffer();
  readonly #inflight = new ReplyQueue<Command>();
  readonly #offline: Command[] = [];
  readonly #decoder: Decoder;
  #socket: Socket | undefined;
  #buffered = 0; // commands at the tail of #inflight that are encoded but not yet written
  #flushScheduled = false;
  #writing = false;
  #wasReady = false;
  #attempt = 0;
  #retryTimer: ReturnType<typeof setTimeout> | undefined;
  #closing: Promise<void> | undefined;
  #resolved: HostPort | undefined;
  #drained: (() => void) | undefined;
  /** Commands the server refused as not ready (LOADING, BUSY), to send again in order. */
  #refused: Command[] = [];
  #refusedTimer: ReturnType<typeof setTimeout> | undefined;
  #refusedAttempt = 0;
  /** Between a written MULTI and its EXEC or DISCARD. */
  #inMulti = false;

  constructor(
    options: ConnectionOptions,
    transport: Transport,
    events: Partial<ConnectionEvents> = {},
  ) {
    this.#options = options;
    this.#transport = transport;
    this.#events = events;
    this.#decoder = new Decoder({
      reply: (value, attributes) => this.#onReply(value, attributes),
      push: (frame) => this.#events.push?.(frame),
    }, options);
    this.#decoder.bytes = options.bytes ?? false;
    this.#decoder.pushBytes = options.bytes ?? false;
  }

  /** `host:port` or the socket path, for messages. */
  get address(): string {
    const o = this.#options;
    const at = this.#resolved ?? o;
    return o.path ?? `${at.hostname ?? "127.0.0.1"}:${at.port ?? 6379}`;
  }

  /** Commands sent and not yet answered, plus those waiting to be sent. */
  get pending(): number {
    return this.#inflight.length + this.#offline.length + this.#refused.length;
  }

  /** Sends a command; `target` learns the outcome. */
  send(
    args: readonly RedisArgument[],
    target: ReplyTarget,
    options: CommandOptions | undefined,
    parse?: (reply: unknown) => unknown,
  ): void {
    const command = new Command(
      args,
      target,
      options?.bytes ?? this.#options.bytes ?? false,
      parse,
    );
    if (options !== undefined || this.#options.commandTimeout !== undefined) {
      if (!this.#watch(command, options)) return;
    }
    this.#enqueue(command);
  }

  /** How many more commands may be sent now without being refused. */
  get room(): number {
    if (this.state === "ready") return Infinity;
    if (this.state === "closed" || this.#closing) return 0;
    return (this.#options.maxOfflineCommands ?? 100_000) - this.#offline.length;
  }

  /** Sends a command and returns its reply. */
  call<T = unknown>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.send(
        args,
        { resolve: resolve as (v: unknown) => void, reject },
        options,
      );
    });
  }

  /**
   * Writes a command whose answer comes as a push frame, not as a reply (SUBSCRIBE and
   * friends). Only while ready: a subscriber re-sends its state on every `ready`.
   */
  post(args: readonly RedisArgument[]): void {
    if (this.state !== "ready") return;
    this.#writer.write(args);
    this.#scheduleFlush();
  }

  /** Opens the socket if nothing has yet. */
  connect(): void {
    if (this.state === "idle") this.#open();
  }

  /**
   * Closes the socket of a ready connection that has nothing pending or being written,
   * back to `idle` (no error, no event): the next command opens a new socket. For
   * `idleTimeout`; returns whether it did.
   */
  rest(): boolean {
    if (
      this.state !== "ready" || this.pending > 0 || this.#writing ||
      this.#flushScheduled || this.#writer.length > 0
    ) return false;
    this.state = "idle";
    this.#dropSocket(undefined);
    return true;
  }

  /** Waits for every pending reply, then closes. Later commands reject. */
  close(): Promise<void> {
    this.#closing ??= new Promise<void>((resolve) => {
      this.#drained = resolve;
      this.#checkDrained();
    }).then(() => this.destroy());
    return this.#closing;
  }

  /** Closes at once: commands in flight reject with `ConnectionLostError`. */
  destroy(): void {
    if (this.state === "closed") return;
    this.state = "closed";
    this.#closing ??= Promise.resolve();
    clearTimeout(this.#retryTimer);
    clearTimeout(this.#refusedTimer);
    this.#offline.unshift(...this.#refused.splice(0));
    this.#dropSocket(undefined);
    this.#failOffline(clientClosed());
    this.#events.close?.();
  }

  #checkDrained(): void {
    if (this.#drained && this.pending === 0) {
      const drained = this.#drained;
      this.#drained = undefined;
      drained();
    }
  }

  #watch(command: Command, options: CommandOptions | undefined): boolean {
    command.onAttributes = options?.attributes;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) {
        command.reject(aborted(command.name, { reason: signal.reason }));
        return false;
      }
      command.signal = signal;
      signal.addEventListener("abort", command, { once: true });
    }
    const ms = options?.timeout ?? this.#options.commandTimeout;
    if (ms !== undefined && ms > 0 && Number.isFinite(ms)) {
      if (tooLong(ms)) {
        command.reject(delayError("timeout", ms));
        return false;
      }
      command.timer = setTimeout(onCommandTimeout, ms, command, ms);
    }
    return true;
  }

  #enqueue(command: Command): void {
    if (this.state === "ready") return this.#write(command);
    if (this.state === "closed" || this.#closing) {
      return command.reject(clientClosed());
    }
    const max = this.#options.maxOfflineCommands ?? 100_000;
    if (this.#offline.length >= max) {
      return command.reject(
        offlineQueueFull(
          command.name,
          `${max} commands already wait for the connection to ${this.address}`,
        ),
      );
    }
    this.#offline.push(command);
    if (this.state === "idle") this.#open();
  }

  #write(command: Command): void {
    try {
      this.#writer.write(command.args);
    } catch (e) {
      return command.reject(e as Error);
    }
    if (this.#inflight.length === 0) this.#decoder.bytes = command.bytes;
    // Only Transaction sends these (sendCommand refuses them), spelled so.
    const name = command.args[0];
    if (name === "MULTI") this.#inMulti = true;
    if (this.#inMulti) command.resendable = false;
    if (name === "EXEC" || name === "DISCARD") this.#inMulti = false;
    this.#inflight.push(command);
    this.#buffered++;
    this.#scheduleFlush();
  }

  #scheduleFlush(): void {
    if (!this.#flushScheduled && !this.#writing) {
      this.#flushScheduled = true;
      queueMicrotask(() => this.#flush());
    }
  }

  async #flush(): Promise<void> {
    this.#flushScheduled = false;
    const socket = this.#socket;
    if (this.#writing || !socket) return;
    this.#writing = true;
    try {
      while (this.#writer.length > 0 && this.#socket === socket) {
        const parts = this.#writer.takeParts();
        this.#buffered = 0;
        for (const part of parts) await socket.write(part);
      }
    } catch (e) {
      if (this.#socket === socket) this.#onEnd(socket, e as Error);
    } finally {
      this.#writing = false;
    }
  }

  #onReply(
    value: RespValue,
    attributes: Map<RespValue, RespValue>[] | undefined,
  ): void {
    if (this.#options.subscriber && isPubSubFrame(value)) {
      // RESP2 subscribed mode: messages and confirmations arrive as plain arrays.
      return this.#events.push?.(value);
    }
    if (
      this.#options.subscriber && value instanceof RedisError &&
      this.#inflight.length === 0
    ) {
      // A refused SUBSCRIBE (NOPERM, CROSSSLOT): its error is the only reply it gets.
      return this.#events.refused?.(value);
    }
    const command = this.#inflight.shift();
    const next = this.#inflight.peek();
    this.#decoder.bytes = next ? next.bytes : (this.#options.bytes ?? false);
    if (!command) {
      throw new ProtocolError(
        `${this.address} sent a reply that no command was waiting for`,
      );
    }
    if (attributes && !command.settled) command.onAttributes?.(attributes);
    if (value instanceof RedisError) {
      if (this.#waitForServer(command, value)) return;
      command.reject(value);
    } else command.resolve(value);
    this.#refusedAttempt = 0;
    this.#checkDrained();
  }

  /**
   * Keeps a command the server refused because it is not ready, to send again after a
   * backoff; false when the error is its answer. Commands refused together go again
   * together, in their order.
   */
  #waitForServer(command: Command, error: RedisError): boolean {
    if (
      (error.code !== "LOADING" && error.code !== "BUSY") || command.settled ||
      !command.resendable
    ) return false;
    const now = Date.now();
    if (command.waitUntil === 0) {
      command.waitUntil = now + (this.#options.waitForServer ?? 60_000);
    }
    if (now >= command.waitUntil) return false;
    this.#refused.push(command);
    if (this.#refusedTimer === undefined) {
      const delay = Math.min(1000, 10 * 2 ** this.#refusedAttempt++);
      this.#refusedTimer = setTimeout(() => {
        this.#refusedTimer = undefined;
        for (const c of this.#refused.splice(0)) {
          // Written again even while close() waits for it.
          if (c.settled) continue;
          if (this.state === "ready") this.#write(c);
          else this.#enqueue(c);
        }
        this.#checkDrained();
      }, delay);
    }
    return true;
  }

  #open(): void {
    this.state = "connecting";
    const connectTimeout = this.#options.connectTimeout ?? 10_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let socket: Socket | undefined;
    let expired = false;
    let resolved = false;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        expired = true;
        socket?.close();
        reject(
          new TimeoutError(
            `Cannot connect to ${this.address}: no answer within ${connectTimeout} ms (connectTimeout)`,
          ),
        );
      }, connectTimeout);
    });
    const attempt = (async () => {
      if (this.#options.resolveAddress) {
        this.#resolved = await this.#options.resolveAddress();
        resolved = true;
      }
      socket = await this.#transport(this.#target(), {
        data: (chunk) => this.#onData(socket!, chunk),
        end: (error) => this.#onEnd(socket!, error),
      });
      // Closed, or timed out meanwhile (a later attempt may be connecting already).
      if (expired || this.state !== "connecting") {
        socket.close();
        return;
      }
      this.#socket = socket;
      this.#events.connect?.();
      await this.#handshake();
    })();
    Promise.race([attempt, timeout]).then(
      () => {
        clearTimeout(timer);
        if (this.state !== "connecting") return;
        this.state = "ready";
        this.#wasReady = true;
        this.#attempt = 0;
        // Waiting commands go first, ahead of any that a `ready` listener sends.
        const waiting = this.#offline.splice(0);
        for (const command of waiting) {
          if (!command.settled) this.#write(command);
        }
        this.#checkDrained(); // close() may wait on commands aborted while offline
        this.#events.ready?.();
      },
      (error) => {
        clearTimeout(timer);
        attempt.catch(() => {}); // its failure is reported once, below
        if (this.state !== "connecting") return;
        const failure = describeConnectFailure(error, this.address);
        this.#events.error?.(failure);
        if (socket && this.#socket === socket) this.#dropSocket(failure);
        // A resolved server may be unusable while a failover is under way (the old
        // master, not yet replaced): retry, even a first connect. Not when it refused
        // the handshake (a wrong password stays wrong) or when resolving failed.
        this.#retryOrFail(failure, resolved && !(error instanceof RedisError));
      },
    );
  }

  /** The handshake writes directly: it runs ahead of the offline queue. */
  async #handshake(): Promise<void> {
    const o = this.#options;
    const { username, password } = await credentials(o);
    const wanted = o.protocol ?? 3;
    const hello: RedisArgument[] = ["HELLO", wanted];
    if (password !== undefined) {
      hello.push("AUTH", username ?? "default", password);
    }
    if (o.name) hello.push("SETNAME", o.name);
    try {
      await this.#direct(hello);
      this.protocol = wanted;
    } catch (e) {
      if (
        !(e instanceof RedisError) ||
        !/unknown command|NOPROTO/i.test(e.message)
      ) throw e;
      this.protocol = 2;
      if (password !== undefined) {
        await this.#direct(
          username ? ["AUTH", username, password] : ["AUTH", password],
        );
      }
      if (o.name) await this.#direct(["CLIENT", "SETNAME", o.name]);
    }
    if (o.db) await this.#direct(["SELECT", o.db]);
    if (o.readOnly) await this.#direct(["READONLY"]);
    for (const args of o.setup ?? []) await this.#direct(args);
    if (o.role) {
      const [role] = await this.#direct(["ROLE"]) as [string];
      if (role !== o.role) {
        throw new ConnectionError(
          `${this.address} is a ${role}, not the ${o.role} expected: a failover may be under way`,
          { code: "WRONG_ROLE" },
        );
      }
    }
  }

  #direct(args: readonly RedisArgument[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const command = new Command(args, { resolve, reject }, false, undefined);
      command.resendable = false; // a refused handshake fails the attempt
      this.#write(command);
    });
  }

  #target() {
    const o = this.#options;
    return {
      hostname: this.#resolved?.hostname ?? o.hostname ?? "127.0.0.1",
      port: this.#resolved?.port ?? o.port ?? 6379,
      path: o.path,
      tls: o.tls === true ? {} : o.tls || undefined,
    };
  }

  #onData(socket: Socket, chunk: Uint8Array): void {
    if (this.#socket !== socket) return;
    try {
      this.#decoder.feed(chunk);
    } catch (e) {
      const error = e instanceof DesirError ? e : new ProtocolError(String(e));
      socket.close();
      this.#onEnd(socket, error);
    }
  }

  #onEnd(socket: Socket, error: Error | undefined): void {
    if (this.#socket !== socket) return;
    this.#dropSocket(error);
    if (this.state === "closed") return;
    if (this.state === "connecting") return; // the connect attempt reports it
    const failure = error ??
      new ConnectionError(
        `The connection to ${this.address} was closed by the server`,
      );
    this.#events.error?.(failure);
    this.#retryOrFail(failure);
  }

  /** Forgets the socket: written commands reject, unwritten ones wait to be resent. */
  #dropSocket(error: Error | undefined): void {
    const socket = this.#socket;
    this.#socket = undefined;
    socket?.close();
    this.#decoder.reset();
    this.#writer.takeParts();
    const unwritten = this.#buffered;
    this.#buffered = 0;
    const commands = this.#inflight.drain();
    const written = commands.length - unwritten;
    for (let i = 0; i < written; i++) {
      commands[i].reject(
        error instanceof ProtocolError
          ? error
          : connectionLost(commands[i].name, {
            mayHaveExecuted: true,
            cause: error,
          }),
      );
    }
    const resend = commands.slice(written).filter((c) => !c.settled);
    if (this.state !== "ready" && this.state !== "reconnecting") {
      // Handshake commands, or a client closing: nothing is resent.
      for (const c of resend) {
        c.reject(
          connectionLost(c.name, { mayHaveExecuted: false, cause: error }),
        );
      }
    } else {
      this.#offline.unshift(...resend);
    }
    this.#checkDrained();
  }

  #retryOrFail(error: Error, failover = false): void {
    const policy = this.#options.reconnect ?? {};
    if (
      !policy || !(this.#wasReady || failover) ||
      this.#attempt >= (policy.retries ?? 20)
    ) {
      // Never connected, or out of attempts: fail what waits; the next command tries anew.
      this.state = "idle";
      this.#attempt = 0;
      this.#failOffline(error);
      return;
    }
    const ceiling = Math.min(
      policy.maxDelay ?? 2000,
      (policy.minDelay ?? 50) * 2 ** this.#attempt,
    );
    const delay = Math.round(ceiling / 2 + Math.random() * ceiling / 2);
    this.#attempt++;
    this.state = "reconnecting";
    this.#events.reconnecting?.(this.#attempt, delay);
    this.#retryTimer = setTimeout(() => {
      if (this.state === "reconnecting") this.#open();
    }, delay);
  }

  #failOffline(error: Error): void {
    const waiting = this.#offline.splice(0);
    for (const command of waiting) {
      command.reject(
        error instanceof ConnectionError || error instanceof TimeoutError
          ? error
          : new ConnectionError(error.message, { cause: error }),
      );
    }
    this.#checkDrained();
  }
}

const PUBSUB_KINDS = new Set([
  "message",
  "pmessage",
  "smessage",
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "unsubscribe",
  "punsubscribe",
  "sunsubscribe",
]);

function isPubSubFrame(value: RespValue): value is RespValue[] {
  if (!Array.isArray(value) || value.length < 3) return false;
  const kind = value[0];
  return PUBSUB_KINDS.has(text(kind));
}

/** Turns a runtime's socket error into a message that says what to do. */
function describeConnectFailure(error: unknown, address: string): Error {
  if (error instanceof RedisError) return handshakeRefused(address, error);
  if (error instanceof ConnectionLostError) {
    const why = error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return new ConnectionError(
      `Cannot connect to ${address} as the connection closed during the handshake${why}`,
      { cause: error },
    );
  }
  if (error instanceof DesirError) return error;
  const e = error as { name?: string; code?: string; message?: string };
  const what = `${e.name ?? ""} ${e.code ?? ""} ${e.message ?? ""}`;
  let reason = e.message ?? String(error);
  if (/ConnectionRefused|ECONNREFUSED|refused/i.test(what)) {
    reason = "the connection was refused: is redis-server running?";
  } else if (/NotFound|ENOENT|ENOTFOUND|No such file/i.test(what)) {
    reason = "the address was not found: check the host name or socket path";
  } else if (/certificate|tls|ssl|handshake/i.test(what)) {
    reason =
      `the TLS handshake failed (${e.message}): check the tls options and certificates`;
  }
  return new ConnectionError(`Cannot connect to ${address} as ${reason}`, {
    cause: error,
  });
}
