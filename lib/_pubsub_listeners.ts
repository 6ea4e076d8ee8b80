/**
 * Who listens to what, for one client's subscriptions of one reply mode: the
 * subscriptions by kind and name, the waits for the server's confirmations, and the
 * delivery of each push frame. `Subscriber` (one connection) and `ClusterSubscriber`
 * (one per node) keep one each; where the names are subscribed is theirs to decide.
 *
 * @module
 */
import { clientClosed } from "./_error_factories.ts";
import type { RespValue } from "./resp/decode.ts";
import type { AnySubscription, PubSubMessage } from "./subscription.ts";
import {
  FRAMES,
  type SentCommands,
  type SubscriptionKind,
} from "./_pubsub_replies.ts";
import { text } from "./_text.ts";

type Message = PubSubMessage<string | Uint8Array>;

/** Someone waiting for the server to confirm these names. */
interface Confirmation {
  kind: SubscriptionKind;
  names: Set<string>;
  resolve(): void;
  reject(error: Error): void;
  /** Settles with resolve/reject. */
  done: Promise<void>;
}

/**
 * The subscriptions listening to each name, and who waits for which names to be
 * confirmed. A name is subscribed on the server while anyone listens to it.
 * @internal
 */
export class Listeners {
  readonly #byName: Record<
    SubscriptionKind,
    Map<string, Set<AnySubscription>>
  > = { channel: new Map(), pattern: new Map(), shard: new Map() };
  #confirmations: Confirmation[] = [];

  /** The names of `kind` someone listens to. */
  names(kind: SubscriptionKind): IterableIterator<string> {
    return this.#byName[kind].keys();
  }

  /**
   * Registers a subscription. `fresh` are its names nobody listened to yet: the caller
   * subscribes them. `confirmed` resolves once the server confirmed all its names (also
   * those another subscription is still joining), and rejects if one is refused.
   */
  add(
    subscription: AnySubscription,
  ): { fresh: string[]; confirmed: Promise<void> } {
    const { kind, names } = subscription;
    const map = this.#byName[kind];
    const fresh = names.filter((name) => !map.has(name));
    const waits = this.#confirmations
      .filter((waiter) =>
        waiter.kind === kind && names.some((name) => waiter.names.has(name))
      )
      .map((waiter) => waiter.done);
    for (const name of names) {
      let set = map.get(name);
      if (!set) map.set(name, set = new Set());
      set.add(subscription);
    }
    if (fresh.length > 0) waits.push(this.#wait(kind, fresh));
    return { fresh, confirmed: Promise.all(waits).then(() => {}) };
  }

  /** Unregisters a subscription; returns its names nobody listens to any more. */
  remove(subscription: AnySubscription): string[] {
    const map = this.#byName[subscription.kind];
    const gone: string[] = [];
    for (const name of subscription.names) {
      const set = map.get(name);
      if (!set?.delete(subscription) || set.size > 0) continue;
      map.delete(name);
      gone.push(name);
    }
    return gone;
  }

  /**
   * A push frame from a subscriber connection whose written (un)subscribes `sent` holds:
   * a message goes to every subscription listening to its channel or pattern; a
   * confirmation answers `sent` and whoever waits for its name. Returns the frame's kind.
   */
  receive(frame: RespValue[], sent: SentCommands): string {
    const kind = text(frame[0]);
    if (kind === "message" || kind === "smessage") {
      const set = this.#byName[kind === "message" ? "channel" : "shard"]
        .get(text(frame[1]));
      if (!set) return kind;
      const message = { channel: frame[1], message: frame[2] } as Message;
      for (const subscription of set) subscription.deliver(message);
    } else if (kind === "pmessage") {
      const set = this.#byName.pattern.get(text(frame[1]));
      if (!set) return kind;
      const message = {
        channel: frame[2],
        message: frame[3],
        pattern: frame[1],
      } as Message;
      for (const subscription of set) subscription.deliver(message);
    } else {
      const name = text(frame[1]);
      sent.confirmed(kind, name);
      const confirms = FRAMES[kind];
      if (confirms?.subscribe) this.#confirm(confirms.kind, name);
    }
    return kind;
  }

  /**
   * The names can no longer be subscribed (refused, or their node is gone): every wait
   * for them rejects, and every subscription to them ends, with `error`. The names
   * leave the registry (nothing to unsubscribe). Returns the ended subscriptions, whose
   * other names the caller may unsubscribe by removing them.
   */
  fail(
    kind: SubscriptionKind,
    names: Iterable<string>,
    error: Error,
  ): Set<AnySubscription> {
    const map = this.#byName[kind];
    const lost = new Set(names);
    const ended = new Set<AnySubscription>();
    for (const name of lost) {
      for (const subscription of map.get(name) ?? []) ended.add(subscription);
      map.delete(name);
    }
    for (const subscription of ended) subscription.end(error);
    this.#confirmations = this.#confirmations.filter((waiter) => {
      const match = waiter.kind === kind &&
        [...waiter.names].some((name) => lost.has(name));
      if (match) waiter.reject(error);
      return !match;
    });
    return ended;
  }

  /**
   * Ends every subscription (iterators throw `error` if given) and rejects every wait
   * (with `error`, or as closed).
   */
  endAll(error: Error | undefined): void {
    for (const map of Object.values(this.#byName)) {
      for (const set of map.values()) for (const s of set) s.end(error);
      map.clear();
    }
    const waiting = this.#confirmations.splice(0);
    const reason = error ?? clientClosed();
    for (const waiter of waiting) waiter.reject(reason);
  }

  /** A wait for the server to confirm `names` of one kind. */
  #wait(kind: SubscriptionKind, names: readonly string[]): Promise<void> {
    const waiter = { kind, names: new Set(names) } as Confirmation;
    waiter.done = new Promise<void>((resolve, reject) => {
      waiter.resolve = resolve;
      waiter.reject = reject;
    });
    this.#confirmations.push(waiter);
    return waiter.done;
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
