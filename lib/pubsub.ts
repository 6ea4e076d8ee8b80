/**
 * Pub/sub over one dedicated connection per client (and reply mode) that re-subscribes
 * after every reconnect.
 *
 * @module
 */
import { Connection } from "./connection.ts";
import type { RedisError } from "./errors.ts";
import { clientClosed } from "./_error_factories.ts";
import type { RespValue } from "./resp/decode.ts";
import type { Transport } from "./transport/types.ts";
import type { LinkOptions } from "./_link_options.ts";
import type { AnySubscription, SubscriptionHost } from "./subscription.ts";
import { Listeners } from "./_pubsub_listeners.ts";
import {
  COMMANDS,
  KINDS,
  SentCommands,
  subscribedReplies,
  type SubscriptionKind,
} from "./_pubsub_replies.ts";

/**
 * One client's subscriber connection: counts who listens to what, sends SUBSCRIBE and
 * UNSUBSCRIBE only when that changes, and re-subscribes everything after a reconnect.
 * @internal
 */
export class Subscriber implements SubscriptionHost {
  readonly #connection: Connection;
  readonly #listeners = new Listeners();
  readonly #sent = new SentCommands();
  readonly #onError: (error: Error) => void;

  constructor(
    options: LinkOptions,
    transport: Transport,
    onError: (error: Error) => void,
  ) {
    this.#onError = onError;
    const receive = (frame: RespValue[]) =>
      this.#listeners.receive(frame, this.#sent);
    this.#connection = new Connection(
      options,
      transport,
      {
        push: receive,
        reply: subscribedReplies(receive, (error) => this.#refused(error)),
        ready: () => {
          this.#sent.reset();
          this.#resubscribe();
        },
        error: (error) => {
          onError(error);
          // After the error the connection may give up (state "idle"): then nothing that
          // waits or listens would ever hear from it again.
          queueMicrotask(() => {
            if (this.#connection.state === "idle") {
              this.#listeners.endAll(error);
            }
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
    const { fresh, confirmed } = this.#listeners.add(subscription);
    if (fresh.length === 0) return confirmed;
    if (this.#connection.state === "ready") {
      this.#post(subscription.kind, true, fresh);
    } else {
      this.#connection.connect();
    }
    return confirmed;
  }

  /** Unregisters a subscription, unsubscribing names nobody else listens to. */
  remove(subscription: AnySubscription): Promise<void> {
    const gone = this.#listeners.remove(subscription);
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
    this.#listeners.endAll(undefined);
    await this.#connection.close();
  }

  #resubscribe(): void {
    for (const kind of KINDS) {
      const names = [...this.#listeners.names(kind)];
      if (names.length > 0) this.#post(kind, true, names);
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
    const { kind, names } = command;
    for (const refused of this.#listeners.fail(kind, names, error)) {
      void this.remove(refused);
    }
  }
}
