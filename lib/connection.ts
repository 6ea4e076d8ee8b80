/**
 * One socket to one server: its states, write batching, the reply queue, drops and
 * reconnects. The handshake, the connect deadline, the reconnect delay, the offline queue
 * and the LOADING/BUSY wait live in files of their own; the hot path (send, encode,
 * flush; reply, match, resolve) stays here with the state it reads, one class and no hop
 * between modules per command, which is why this file is a little over 450 lines.
 *
 * @module
 */
import {
  ConnectionError,
  DesirError,
  ProtocolError,
  RedisError,
  TimeoutError,
} from "./errors.ts";
import { clientClosed, connectionLost } from "./_error_factories.ts";
import { Decoder, type ReplyHandler, type RespValue } from "./resp/decode.ts";
import { type RedisArgument, WriteBuffer } from "./resp/encode.ts";
import {
  type HostPort,
  QUIET_TICKS,
  type Socket,
  type SocketHandlers,
  type Transport,
} from "./transport/types.ts";
import type { CommandOptions } from "./connection_options.ts";
import type { LinkOptions } from "./_link_options.ts";
import { type Command, type ReplyTarget, TargetCommand } from "./_command.ts";
import { handshake } from "./_handshake.ts";
import { reconnectDelay } from "./_reconnect.ts";
import {
  type Attempt,
  describeConnectFailure,
  target,
  within,
} from "./_connect_attempt.ts";
import { ReplyQueue } from "./_reply_queue.ts";
import { notReady, ServerWait } from "./_server_wait.ts";
import { OfflineQueue } from "./_offline_queue.ts";
import { clearTimer } from "./_timeout.ts";
import type {
  ConnectionEvents,
  ConnectionState,
} from "./_connection_events.ts";

export type {
  CommandOptions,
  ConnectionOptions,
  ReconnectOptions,
} from "./connection_options.ts";
export type { ReplyTarget };

/**
 * A single connection. Commands issued in the same tick leave in one write; replies are
 * matched to commands in order.
 */
export class Connection {
  state: ConnectionState = "idle";
  /** The RESP version agreed in the handshake. */
  protocol: 2 | 3 = 3;

  readonly #options: LinkOptions;
  readonly #transport: Transport;
  readonly #events: Partial<ConnectionEvents>;
  /** The owner's reply hook, read on every reply: kept here, not looked up in #events. */
  readonly #claim: ConnectionEvents["reply"] | undefined;
  /** Small at first: an idle connection keeps both halves (it grows with the batches). */
  readonly #writer = new WriteBuffer(128);
  readonly #inflight = new ReplyQueue<Command>();
  readonly #offline: OfflineQueue;
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
  /** Made on the first LOADING or BUSY: most connections never meet one. */
  #refused: ServerWait | undefined;
  /** Between a written MULTI and its EXEC or DISCARD. */
  #inMulti = false;

  constructor(
    options: LinkOptions,
    transport: Transport,
    events: Partial<ConnectionEvents> = {},
  ) {
    this.#options = options;
    this.#transport = transport;
    this.#events = events;
    this.#claim = events.reply;
    this.#offline = new OfflineQueue(options.maxOfflineCommands ?? 100_000);
    this.#decoder = new Decoder(new Connection.#ReplyHandler(this), options);
    this.#decoder.bytes = options.bytes ?? false;
    this.#decoder.pushBytes = options.bytes ?? false;
    // Only a subscriber's connection claims replies: its frames repeat kinds and channels.
    this.#decoder.internFrames = events.reply !== undefined;
  }

  /** `host:port` or the socket path, for messages. */
  get address(): string {
    const o = this.#options;
    const at = this.#resolved ?? o;
    return o.path ?? `${at.hostname ?? "127.0.0.1"}:${at.port ?? 6379}`;
  }

  /** Commands sent and not yet answered, plus those waiting to be sent. */
  get pending(): number {
    return this.#inflight.length + this.#offline.length +
      (this.#refused?.length ?? 0);
  }

  /** Sends a command; `target` learns the outcome. */
  send(
    args: readonly RedisArgument[],
    target: ReplyTarget,
    options: CommandOptions | undefined,
    parse?: (reply: unknown) => unknown,
  ): void {
    this.submit(
      new TargetCommand(args, target, this.bytes(options), parse),
      options,
    );
  }

  /** Sends a command made by the caller (one that settles a promise itself). */
  submit(command: Command, options: CommandOptions | undefined): void {
    if (options !== undefined || this.#options.commandTimeout !== undefined) {
      if (!command.watch(options, this.#options.commandTimeout)) return;
    }
    this.#enqueue(command);
  }

  /** Whether a command sent with these options gets its reply as bytes. */
  bytes(options: CommandOptions | undefined): boolean {
    return options?.bytes ?? this.#options.bytes ?? false;
  }

  /** How many more commands may be sent now without being refused. */
  get room(): number {
    if (this.state === "ready") return Infinity;
    if (this.state === "closed" || this.#closing) return 0;
    return this.#offline.room;
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
    clearTimer(this.#retryTimer);
    if (this.#refused) this.#offline.unshift(this.#refused.clear());
    this.#dropSocket(undefined);
    this.#offline.fail(clientClosed());
    this.#checkDrained();
    this.#events.close?.();
  }

  #checkDrained(): void {
    if (this.#drained && this.pending === 0) {
      const drained = this.#drained;
      this.#drained = undefined;
      drained();
    }
  }

  #enqueue(command: Command): void {
    if (this.state === "ready") return this.#write(command);
    if (this.state === "closed" || this.#closing) {
      return command.reject(clientClosed());
    }
    if (this.#offline.push(command, this.address) && this.state === "idle") {
      this.#open();
    }
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

  /**
   * Made once: an arrow function in #scheduleFlush would make V8 allocate, on every
   * command, the context holding `this` that the arrow captures.
   */
  readonly #flushTask = (): Promise<void> => this.#flush();

  #scheduleFlush(): void {
    if (!this.#flushScheduled && !this.#writing) {
      this.#flushScheduled = true;
      queueMicrotask(this.#flushTask);
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
    if (this.#claim?.(value, this.#inflight.length)) return;
    const command = this.#inflight.shift();
    const next = this.#inflight.peek();
    this.#decoder.bytes = next ? next.bytes : (this.#options.bytes ?? false);
    if (!command) {
      throw new ProtocolError(
        `${this.address} sent a reply that no command was waiting for`,
      );
    }
    if (attributes && !command.settled) {
      command.extras?.onAttributes?.(attributes);
    }
    if (value instanceof RedisError) {
      if (notReady(value) && this.#keep(command)) return;
      command.reject(value);
    } else command.resolve(value);
    this.#checkDrained();
  }

  /** Keeps a command the server refused as not ready, to send it again. */
  #keep(command: Command): boolean {
    this.#refused ??= new ServerWait(
      this.#options.waitForServer ?? 60_000,
      (commands) => this.#resend(commands),
    );
    return this.#refused.keep(command);
  }

  /** Commands the server refused as not ready go again, in order. */
  #resend(commands: Command[]): void {
    for (const command of commands) {
      // Written again even while close() waits for it.
      if (command.settled) continue;
      if (this.state === "ready") this.#write(command);
      else this.#enqueue(command);
    }
    this.#checkDrained();
  }

  #open(): void {
    this.state = "connecting";
    const ms = this.#options.connectTimeout ?? 10_000;
    const attempt: Attempt = {
      socket: undefined,
      expired: false,
      resolved: false,
    };
    within(this.#connect(attempt), ms, () => {
      attempt.expired = true;
      attempt.socket?.close();
      return new TimeoutError(
        `Cannot connect to ${this.address}: no answer within ${ms} ms (connectTimeout)`,
      );
    }).then(() => this.#onOpen(), (error) => this.#onFailed(attempt, error));
  }

  /** Resolves where to go, opens the socket, and writes the handshake directly. */
  async #connect(attempt: Attempt): Promise<void> {
    if (this.#options.resolveAddress) {
      this.#resolved = await this.#options.resolveAddress();
      attempt.resolved = true;
    }
    const socket = attempt.socket = await this.#transport(
      target(this.#options, this.#resolved),
      this.#handlers(attempt),
    );
    // Closed, or timed out meanwhile (a later attempt may be connecting already).
    if (attempt.expired || this.state !== "connecting") return socket.close();
    this.#socket = socket;
    this.#events.connect?.();
    this.protocol = await handshake(
      this.#options,
      (args) => this.#direct(args),
      this.address,
    );
  }

  /** The socket's callbacks: they keep only the attempt, not what #open held. */
  #handlers(attempt: Attempt): SocketHandlers {
    return new Connection.#SocketHandlers(this, attempt);
  }

  /** The decoder's callbacks, as methods (see #SocketHandlers). */
  static readonly #ReplyHandler = class implements ReplyHandler {
    constructor(readonly owner: Connection) {}
    reply(
      value: RespValue,
      attributes: Map<RespValue, RespValue>[] | undefined,
    ): void {
      this.owner.#onReply(value, attributes);
    }
    push(frame: RespValue[]): void {
      this.owner.#events.push?.(frame);
    }
  };

  /**
   * The socket's callbacks as methods of one small object: three arrow functions and
   * the context they share cost ~0.25 KiB on every connection.
   */
  static readonly #SocketHandlers = class implements SocketHandlers {
    constructor(readonly owner: Connection, readonly attempt: Attempt) {}
    data(chunk: Uint8Array): boolean {
      return this.owner.#onData(this.attempt.socket!, chunk);
    }
    quiet(): boolean {
      return this.owner.#awaitsNothing();
    }
    end(error?: Error): void {
      this.owner.#onEnd(this.attempt.socket!, error);
    }
  };

  #onOpen(): void {
    if (this.state !== "connecting") return;
    this.state = "ready";
    this.#wasReady = true;
    this.#attempt = 0;
    // Waiting commands go first, ahead of any that a `ready` listener sends.
    for (const command of this.#offline.take()) {
      if (!command.settled) this.#write(command);
    }
    this.#checkDrained(); // close() may wait on commands aborted while offline
    this.#events.ready?.();
  }

  #onFailed(attempt: Attempt, error: unknown): void {
    if (this.state !== "connecting") return;
    const failure = describeConnectFailure(error, this.address);
    this.#events.error?.(failure);
    const socket = attempt.socket;
    if (socket && this.#socket === socket) this.#dropSocket(failure);
    // A resolved server may be unusable while a failover is under way (the old master,
    // not yet replaced): retry, even a first connect. Not when it refused the handshake
    // (a wrong password stays wrong) or when resolving failed.
    this.#retryOrFail(
      failure,
      attempt.resolved && !(error instanceof RedisError),
    );
  }

  /** A handshake command: written at once, ahead of the offline queue. */
  #direct(args: readonly RedisArgument[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const command = new TargetCommand(
        args,
        { resolve, reject },
        false,
        undefined,
      );
      command.resendable = false; // a refused handshake fails the attempt
      this.#write(command);
    });
  }

  /** Feeds the decoder; true once no reply is due (a subscriber always awaits more). */
  #onData(socket: Socket, chunk: Uint8Array): boolean {
    if (this.#socket !== socket) return false;
    try {
      this.#decoder.feed(chunk);
    } catch (e) {
      const error = e instanceof DesirError ? e : new ProtocolError(String(e));
      socket.close();
      this.#onEnd(socket, error);
      return false;
    }
    if (!this.#awaitsNothing()) return false;
    if (this.#writer.grown) void this.#shrinkIfStillQuiet();
    return true;
  }

  /** No reply is due (a subscriber always awaits more). */
  /**
   * Lets the write buffers go back to small once a burst is over: QUIET_TICKS after the
   * last reply, if its callers sent nothing more. Shrinking at once made every round of
   * N awaiting callers grow them again from the smallest size.
   */
  async #shrinkIfStillQuiet(): Promise<void> {
    for (let i = 0; i < QUIET_TICKS; i++) await null;
    if (this.#awaitsNothing()) this.#writer.shrink();
  }

  #awaitsNothing(): boolean {
    return this.#inflight.length === 0 && !this.#claim;
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
      this.#offline.unshift(resend);
    }
    this.#checkDrained();
  }

  #retryOrFail(error: Error, failover = false): void {
    const delay = this.#wasReady || failover
      ? reconnectDelay(this.#options.reconnect, this.#attempt)
      : undefined;
    if (delay === undefined) {
      // Never connected, or out of attempts: fail what waits; the next command tries anew.
      this.state = "idle";
      this.#attempt = 0;
      this.#offline.fail(error);
      return this.#checkDrained();
    }
    this.#attempt++;
    this.state = "reconnecting";
    this.#events.reconnecting?.(this.#attempt, delay);
    this.#retryTimer = setTimeout(() => {
      if (this.state === "reconnecting") this.#open();
    }, delay);
  }
}
