/**
 * Pub/sub: subscriptions as async iterators or callbacks, over one dedicated connection
 * per client that re-subscribes after every reconnect.
 *
 * @module
 */
import { Connection } from "./connection.ts";
import { DesirError, RedisError } from "./errors.ts";
import { clientClosed } from "./_error_factories.ts";
import type { RespValue } from "./resp/decode.ts";
import type { Transport } from "./transport/types.ts";
import type { LinkOptions } from "./_link_options.ts";
import { SentCommands, type SubscriptionKind } from "./_pubsub_replies.ts";
import { text } from "./_text.ts";

export type { SubscriptionKind };

/** A message received on a subscription. */
export interface PubSubMessage<S extends string | Uint8Array = string> {
  /** The channel it was published to. */
  channel: S;
  /** The payload. */
  message: S;
  /** The pattern that matched, for pattern subscriptions. */
  pattern?: S;
}

/**
 * Settings of one subscription. An iterating consumer's unread messages are bounded in
 * bytes (channel, pattern and payload; a string counts its length), with Redis' own
 * defaults for pub/sub clients (`client-output-buffer-limit pubsub 32mb 8mb 60`): over
 * `maxBufferBytes`, or over `softBufferBytes` for `softBufferTime` ms on end, it overflows.
 */
export interface SubscribeOptions {
  /** Most bytes of unread messages an iterating consumer may hold. @default 33554432 (32 MiB) */
  maxBufferBytes?: number;
  /** Bytes of unread messages that may be held for `softBufferTime` ms only. @default 8388608 (8 MiB) */
  softBufferBytes?: number;
  /** How long, in ms, unread messages may stay over `softBufferBytes`. @default 60000 */
  softBufferTime?: number;
  /** Most unread messages, a bound besides the bytes. @default Infinity */
  bufferSize?: number;
  /**
   * What happens when the buffer is full: `"error"` ends the iteration with a
   * `DesirError` (`SUBSCRIPTION_OVERFLOW`), as Redis disconnects slow subscribers;
   * `"drop-oldest"` discards the oldest buffered messages and counts them in `dropped`.
   * @default "error"
   */
  overflow?: "error" | "drop-oldest";
}

/** The bytes a message holds, as the buffer limits count them. */
function sizeOf(message: PubSubMessage<string | Uint8Array>): number {
  return message.channel.length + message.message.length +
    (message.pattern?.length ?? 0);
}

/** The commands that start and stop each kind of subscription. @internal */
export const COMMANDS = {
  channel: ["SUBSCRIBE", "UNSUBSCRIBE"],
  pattern: ["PSUBSCRIBE", "PUNSUBSCRIBE"],
  shard: ["SSUBSCRIBE", "SUNSUBSCRIBE"],
} as const;

/** The push frames that confirm a subscription, by kind. @internal */
export const CONFIRMS: Record<string, SubscriptionKind> = {
  subscribe: "channel",
  psubscribe: "pattern",
  ssubscribe: "shard",
};

/**
 * A live subscription. Iterate it with `for await`, or give `subscribe` a callback.
 * `unsubscribe()` (or `await using`) ends it.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * await using sub = await r.subscribe("news");
 * await r.sendCommand(["PUBLISH", "news", "hello"]);
 * for await (const m of sub) {
 *   console.log(m.channel, m.message); // "news" "hello"
 *   break;
 * }
 * ```
 */
export class Subscription<S extends string | Uint8Array = string>
  implements AsyncIterable<PubSubMessage<S>>, AsyncDisposable {
  /** What it listens to: channels, patterns or shard channels. */
  readonly kind: SubscriptionKind;
  /** The channel names or patterns. */
  readonly names: readonly string[];
  /** Messages discarded by the `"drop-oldest"` overflow policy. */
  dropped = 0;

  readonly #subscriber: SubscriptionHost;
  readonly #listener: ((message: PubSubMessage<S>) => void) | undefined;
  readonly #bufferSize: number;
  readonly #maxBytes: number;
  readonly #softBytes: number;
  readonly #softTime: number;
  readonly #overflow: "error" | "drop-oldest";
  #buffer: PubSubMessage<S>[] = [];
  /** Bytes of the messages in #buffer. */
  #bytes = 0;
  /** When #bytes last rose over the soft limit, or undefined while under it. */
  #softSince: number | undefined;
  #waiting: ((result: IteratorResult<PubSubMessage<S>>) => void) | undefined;
  #failWaiting: ((error: Error) => void) | undefined;
  #error: Error | undefined;
  #ended = false;
  #removed = false;

  /** Made by `r.subscribe()`, `r.psubscribe()`, `r.ssubscribe()`. @internal */
  constructor(
    subscriber: SubscriptionHost,
    kind: SubscriptionKind,
    names: readonly string[],
    listener: ((message: PubSubMessage<S>) => void) | undefined,
    options: SubscribeOptions | undefined,
  ) {
    this.#subscriber = subscriber;
    this.kind = kind;
    this.names = names;
    this.#listener = listener;
    this.#bufferSize = options?.bufferSize ?? Infinity;
    this.#maxBytes = options?.maxBufferBytes ?? 32 * 1024 * 1024;
    this.#softBytes = options?.softBufferBytes ?? 8 * 1024 * 1024;
    this.#softTime = options?.softBufferTime ?? 60_000;
    this.#overflow = options?.overflow ?? "error";
  }

  /** Stops listening; a pending iteration ends. */
  async unsubscribe(): Promise<void> {
    if (this.#removed) return;
    this.#removed = true;
    this.end();
    await this.#subscriber.remove(this as unknown as AnySubscription);
  }

  /** `await using sub = await r.subscribe(...)` unsubscribes at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.unsubscribe();
  }

  /** Called by the subscriber for each message. @internal */
  deliver(message: PubSubMessage<S>): void {
    if (this.#ended) return;
    if (this.#listener) {
      try {
        this.#listener(message);
      } catch (error) {
        // A listener's bug must not break the connection the other subscriptions share.
        this.#subscriber.reportError(error);
      }
      return;
    }
    if (this.#waiting) {
      const resolve = this.#waiting;
      this.#waiting = this.#failWaiting = undefined;
      return resolve({ value: message, done: false });
    }
    this.#buffer.push(message);
    this.#bytes += sizeOf(message);
    const over = this.#overLimit();
    if (over === undefined) return;
    if (this.#overflow === "drop-oldest") {
      while (this.#overLimit() !== undefined) {
        this.#take();
        this.dropped++;
      }
      return;
    }
    this.#buffer.pop(); // the iterator gets every message before this one, then the error
    this.end(
      new DesirError(
        `The subscriber fell ${over} behind on ${
          this.names.join(", ")
        }: read faster, raise the limit, or use overflow: "drop-oldest"`,
        { code: "SUBSCRIPTION_OVERFLOW" },
      ),
    );
    void this.unsubscribe(); // the server stops sending what nobody reads
  }

  /** Which limit the unread messages break, for the message; undefined when none. */
  #overLimit(): string | undefined {
    const n = this.#buffer.length;
    if (n > this.#bufferSize) {
      return `${this.#bufferSize} messages (bufferSize)`;
    }
    if (n > 1 && this.#bytes > this.#maxBytes) {
      return `${this.#maxBytes} bytes (maxBufferBytes)`;
    }
    if (this.#bytes <= this.#softBytes) {
      this.#softSince = undefined;
      return;
    }
    const now = Date.now();
    this.#softSince ??= now;
    if (n > 1 && now - this.#softSince >= this.#softTime) {
      return `${this.#softBytes} bytes for ${this.#softTime} ms (softBufferBytes, softBufferTime)`;
    }
  }

  /** The oldest unread message, out of the buffer. */
  #take(): PubSubMessage<S> | undefined {
    const message = this.#buffer.shift();
    if (message) this.#bytes -= sizeOf(message);
    return message;
  }

  /** Ends the subscription locally, with an error for the iterator if given. @internal */
  end(error?: Error): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#error = error;
    if (error && this.#failWaiting) this.#failWaiting(error);
    else this.#waiting?.({ value: undefined, done: true });
    this.#waiting = this.#failWaiting = undefined;
  }

  /** Messages in arrival order, until `unsubscribe()` or `break`. */
  [Symbol.asyncIterator](): AsyncIterator<PubSubMessage<S>> {
    return {
      next: () => {
        const message = this.#take();
        if (message) return Promise.resolve({ value: message, done: false });
        if (this.#error) return Promise.reject(this.#error);
        if (this.#ended) {
          return Promise.resolve({ value: undefined, done: true });
        }
        return new Promise((resolve, reject) => {
          this.#waiting = resolve;
          this.#failWaiting = reject;
        });
      },
      return: async () => {
        await this.unsubscribe();
        return { value: undefined, done: true };
      },
    };
  }
}

type AnySubscription = Subscription<string | Uint8Array>;

/**
 * Where a client's subscriptions register: its subscriber connection(s). `Redis` has one
 * per reply mode; `RedisCluster` one per node it subscribes on.
 */
export interface SubscriptionHost {
  /** Registers a subscription; resolves once the server confirmed all its names. */
  add(subscription: Subscription<string | Uint8Array>): Promise<void>;
  /** Unregisters a subscription. */
  remove(subscription: Subscription<string | Uint8Array>): Promise<void>;
  /** Reports an error thrown by a subscription's listener. */
  reportError(error: unknown): void;
}

/**
 * One client's subscriber connection: counts who listens to what, sends SUBSCRIBE and
 * UNSUBSCRIBE only when that changes, and re-subscribes everything after a reconnect.
 * @internal
 */
export class Subscriber implements SubscriptionHost {
  readonly #connection: Connection;
  readonly #listeners: Record<
    SubscriptionKind,
    Map<string, Set<AnySubscription>>
  > = {
    channel: new Map(),
    pattern: new Map(),
    shard: new Map(),
  };
  #confirmations: Confirmation[] = [];
  readonly #sent = new SentCommands();
  readonly #onError: (error: Error) => void;

  constructor(
    options: LinkOptions,
    transport: Transport,
    onError: (error: Error) => void,
  ) {
    this.#onError = onError;
    this.#connection = new Connection(
      options,
      transport,
      {
        push: (frame) => this.#onFrame(frame),
        reply: subscribedReplies(
          (frame) => this.#onFrame(frame),
          (error) => this.#refused(error),
        ),
        ready: () => {
          this.#sent.reset();
          this.#resubscribe();
        },
        error: (error) => {
          onError(error);
          // After the error the connection may give up (state "idle"): then nothing that
          // waits or listens would ever hear from it again.
          queueMicrotask(() => {
            if (this.#connection.state === "idle") this.#endAll(error);
          });
        },
      },
    );
  }

  /** The subscriber connection (for `reauthenticate()`). */
  get connection(): Connection {
    return this.#connection;
  }

  /** Reports an error thrown by a subscription's listener as the client's `error` event. */
  reportError(error: unknown): void {
    this.#onError(error instanceof Error ? error : new Error(String(error)));
  }

  /** Registers a subscription and resolves once the server confirmed all its names. */
  add(subscription: AnySubscription): Promise<void> {
    if (this.#connection.state === "closed") {
      return Promise.reject(clientClosed());
    }
    const map = this.#listeners[subscription.kind];
    const fresh = subscription.names.filter((name) => !map.has(name));
    // Names another subscription is still joining: wait for the server's confirmation too.
    const joining = this.#confirmations
      .filter((waiter) =>
        waiter.kind === subscription.kind &&
        subscription.names.some((name) => waiter.names.has(name))
      )
      .map((waiter) => waiter.done);
    for (const name of subscription.names) {
      let set = map.get(name);
      if (!set) map.set(name, set = new Set());
      set.add(subscription);
    }
    if (fresh.length === 0) return Promise.all(joining).then(() => {});
    const waiter = confirmation(subscription.kind, fresh);
    this.#confirmations.push(waiter);
    if (this.#connection.state === "ready") {
      this.#post(subscription.kind, true, fresh);
    } else {
      this.#connection.connect();
    }
    return Promise.all([waiter.done, ...joining]).then(() => {});
  }

  /** Unregisters a subscription, unsubscribing names nobody else listens to. */
  remove(subscription: AnySubscription): Promise<void> {
    const map = this.#listeners[subscription.kind];
    const gone: string[] = [];
    for (const name of subscription.names) {
      const set = map.get(name);
      if (!set?.delete(subscription) || set.size > 0) continue;
      map.delete(name);
      gone.push(name);
    }
    if (gone.length > 0) this.#post(subscription.kind, false, gone);
    return Promise.resolve();
  }

  /** Writes (UN)SUBSCRIBE if connected, and notes it to tell whose reply is whose. */
  #post(kind: SubscriptionKind, subscribe: boolean, names: string[]): void {
    if (this.#connection.state !== "ready") return;
    this.#connection.post([COMMANDS[kind][subscribe ? 0 : 1], ...names]);
    this.#sent.sent({ kind, subscribe, names });
  }

  /** Closes the connection; every subscription ends. */
  async close(): Promise<void> {
    this.#endAll(undefined);
    await this.#connection.close();
  }

  /** Ends every subscription (iterators throw `error` if given) and every wait. */
  #endAll(error: Error | undefined): void {
    for (const map of Object.values(this.#listeners)) {
      for (const set of map.values()) for (const s of set) s.end(error);
      map.clear();
    }
    const waiting = this.#confirmations.splice(0);
    const reason = error ?? clientClosed();
    for (const waiter of waiting) waiter.reject(reason);
  }

  #resubscribe(): void {
    for (const kind of Object.keys(COMMANDS) as SubscriptionKind[]) {
      const names = [...this.#listeners[kind].keys()];
      if (names.length > 0) this.#post(kind, true, names);
    }
  }

  #onFrame(frame: RespValue[]): void {
    const kind = text(frame[0]);
    if (kind === "message" || kind === "smessage") {
      const set = this.#listeners[kind === "message" ? "channel" : "shard"].get(
        text(frame[1]),
      );
      if (!set) return;
      const message = {
        channel: frame[1],
        message: frame[2],
      } as unknown as PubSubMessage<string | Uint8Array>;
      for (const subscription of set) subscription.deliver(message);
    } else if (kind === "pmessage") {
      const set = this.#listeners.pattern.get(text(frame[1]));
      if (!set) return;
      const message = {
        channel: frame[2],
        message: frame[3],
        pattern: frame[1],
      } as unknown as PubSubMessage<string | Uint8Array>;
      for (const subscription of set) subscription.deliver(message);
    } else {
      this.#sent.confirmed(kind, text(frame[1]));
      if (kind in CONFIRMS) this.#confirm(CONFIRMS[kind], text(frame[1]));
    }
  }

  /**
   * An error reply: the refusal of the oldest (un)subscribe not yet answered, as replies
   * keep order. A refused SUBSCRIBE (NOPERM) fails whoever listens to or waits for its
   * names; a refused UNSUBSCRIBE (NOSUB: nothing was subscribed) changes nothing.
   */
  #refused(error: RedisError): void {
    const command = this.#sent.refused();
    if (!command) return this.#onError(error);
    if (!command.subscribe) return;
    const { confirmations, refused } = refuse(
      this.#listeners[command.kind],
      this.#confirmations,
      command,
      error,
    );
    this.#confirmations = confirmations;
    for (const subscription of refused) void this.remove(subscription);
  }

  #confirm(kind: SubscriptionKind, name: string): void {
    this.#confirmations = this.#confirmations.filter((waiter) => {
      if (waiter.kind === kind) waiter.names.delete(name);
      if (waiter.names.size > 0) return true;
      waiter.resolve();
      return false;
    });
  }
}

/** Someone waiting for the server to confirm these names. @internal */
export interface Confirmation {
  kind: SubscriptionKind;
  names: Set<string>;
  resolve(): void;
  reject(error: Error): void;
  /** Settles with resolve/reject. */
  done: Promise<void>;
}

/** A confirmation to wait for, of `names` of one kind. @internal */
export function confirmation(
  kind: SubscriptionKind,
  names: readonly string[],
): Confirmation {
  const waiter = { kind, names: new Set(names) } as Confirmation;
  waiter.done = new Promise<void>((resolve, reject) => {
    waiter.resolve = resolve;
    waiter.reject = reject;
  });
  return waiter;
}

/**
 * The server refused to subscribe `names` (none of them is subscribed): every wait for
 * them rejects, and every subscription to them ends, with its error. The names leave
 * `listeners` (nothing to unsubscribe); the caller removes the ended subscriptions, which
 * unsubscribes their other names. Returns the waits left and the ended subscriptions.
 * @internal
 */
export function refuse(
  listeners: Map<string, Set<AnySubscription>>,
  confirmations: Confirmation[],
  { kind, names }: { kind: SubscriptionKind; names: readonly string[] },
  error: Error,
): { confirmations: Confirmation[]; refused: Set<AnySubscription> } {
  const refused = new Set<AnySubscription>();
  for (const name of names) {
    for (const subscription of listeners.get(name) ?? []) {
      refused.add(subscription);
    }
    listeners.delete(name);
  }
  for (const subscription of refused) subscription.end(error);
  return {
    confirmations: confirmations.filter((waiter) => {
      const match = waiter.kind === kind &&
        names.some((name) => waiter.names.has(name));
      if (match) waiter.reject(error);
      return !match;
    }),
    refused,
  };
}

/** What a RESP2 pub/sub frame starts with: a message kind, or a command it confirms. */
const PUBSUB_KINDS = new Set([
  "message",
  "pmessage",
  "smessage",
  ...Object.values(COMMANDS).flat().map((name) => name.toLowerCase()),
]);

/**
 * The reply hook of a subscriber's connection (`ConnectionEvents.reply`). In RESP2's
 * subscribed mode messages and (un)subscribe confirmations come as plain arrays, not push
 * frames: they go to `push`. A refused SUBSCRIBE (NOPERM, CROSSSLOT) gets an error as its
 * only reply, which no command waits for: it goes to `refused`.
 * @internal
 */
export function subscribedReplies(
  push: (frame: RespValue[]) => void,
  refused: (error: RedisError) => void = () => {},
): (reply: RespValue, waiting: number) => boolean {
  return (reply, waiting) => {
    if (isPubSubFrame(reply)) push(reply);
    else if (reply instanceof RedisError && waiting === 0) refused(reply);
    else return false;
    return true;
  };
}

function isPubSubFrame(value: RespValue): value is RespValue[] {
  return Array.isArray(value) && value.length >= 3 &&
    PUBSUB_KINDS.has(text(value[0]));
}
