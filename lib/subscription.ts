/**
 * A subscription as its consumer sees it: the messages of some channels, patterns or
 * shard channels, as an async iterator with a bounded buffer or through a callback.
 *
 * @module
 */
import { DesirError } from "./errors.ts";
import { ReplyQueue } from "./_reply_queue.ts";
import type { SubscriptionKind } from "./_pubsub_replies.ts";

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
  /** Unread messages: a ring, as `Array.shift` copies a long array on every call. */
  readonly #buffer = new ReplyQueue<PubSubMessage<S>>();
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
    const bytes = this.#bytes + sizeOf(message);
    const over = this.#overLimit(this.#buffer.length + 1, bytes);
    if (over === undefined || this.#overflow === "drop-oldest") {
      this.#buffer.push(message);
      this.#bytes = bytes;
      if (over === undefined) return;
      while (this.#overLimit(this.#buffer.length, this.#bytes) !== undefined) {
        this.#take();
        this.dropped++;
      }
      return;
    }
    // Not buffered: the iterator gets every message before this one, then the error.
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

  /**
   * Which limit `n` unread messages of `bytes` break, for the message; undefined when
   * none.
   */
  #overLimit(n: number, bytes: number): string | undefined {
    if (n > this.#bufferSize) {
      return `${this.#bufferSize} messages (bufferSize)`;
    }
    if (n > 1 && bytes > this.#maxBytes) {
      return `${this.#maxBytes} bytes (maxBufferBytes)`;
    }
    if (bytes <= this.#softBytes) {
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

/** A subscription of either reply mode, as its host keeps it. @internal */
export type AnySubscription = Subscription<string | Uint8Array>;

/**
 * Where a client's subscriptions register: its subscriber connection(s). `Redis` has one
 * per reply mode; `RedisCluster` one per node it subscribes on.
 */
export interface SubscriptionHost {
  /** Registers a subscription; resolves once the server confirmed all its names. */
  add(subscription: AnySubscription): Promise<void>;
  /** Unregisters a subscription. */
  remove(subscription: AnySubscription): Promise<void>;
  /** Reports an error thrown by a subscription's listener. */
  reportError(error: unknown): void;
}
