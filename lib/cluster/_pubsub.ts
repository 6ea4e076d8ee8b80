/**
 * Pub/sub on a cluster: shard channels are subscribed on the master that serves their
 * slot, and follow it when the slot moves; channels and patterns on any one master
 * (Redis forwards every PUBLISH to all nodes), moved when that master goes away.
 *
 * @module
 */
import { Connection } from "../connection.ts";
import type { RedisError } from "../errors.ts";
import { clientClosed } from "../_error_factories.ts";
import type { RespValue } from "../resp/decode.ts";
import type { HostPort, Transport } from "../transport/types.ts";
import {
  COMMANDS,
  type Confirmation,
  confirmation,
  CONFIRMS,
  type PubSubMessage,
  refuse,
  subscribedReplies,
  type Subscription,
  type SubscriptionHost,
  type SubscriptionKind,
} from "../pubsub.ts";
import { text } from "../_text.ts";
import { keySlot } from "./slot.ts";
import { addressOf } from "./topology.ts";
import type { Router } from "./_router.ts";
import { SentCommands } from "../_pubsub_replies.ts";

type AnySubscription = Subscription<string | Uint8Array>;
type Message = PubSubMessage<string | Uint8Array>;

const KINDS: readonly SubscriptionKind[] = ["channel", "pattern", "shard"];

/** Refusals of a SSUBSCRIBE that mean: the slot is, or soon will be, served elsewhere. */
const REROUTED = new Set(["MOVED", "ASK", "TRYAGAIN", "CLUSTERDOWN"]);

/** How long to wait before placing again a shard channel no node would take. */
const REPLACE_DELAY_MS = 200;

/** One subscriber connection to one node, and the names it holds. */
interface Link {
  readonly address: string;
  readonly connection: Connection;
  readonly names: Record<SubscriptionKind, Set<string>>;
  /** The (un)subscribes written and not yet answered, to tell whose an error is. */
  readonly sent: SentCommands;
  /** When it last stopped being connected, if it is not. */
  failingSince?: number;
  /** The next attempt to connect, once its connection gave up. */
  restart?: ReturnType<typeof setTimeout>;
}

/**
 * The subscriptions of one cluster client (of one reply mode), spread over one
 * subscriber connection per node that holds some.
 * @internal
 */
export class ClusterSubscriber implements SubscriptionHost {
  readonly #router: Router;
  readonly #bytes: boolean;
  readonly #transport: Transport;
  readonly #onError: (error: Error) => void;
  readonly #listeners: Record<
    SubscriptionKind,
    Map<string, Set<AnySubscription>>
  > = { channel: new Map(), pattern: new Map(), shard: new Map() };
  readonly #placed: Record<SubscriptionKind, Map<string, Link>> = {
    channel: new Map(),
    pattern: new Map(),
    shard: new Map(),
  };
  readonly #links = new Map<string, Link>();
  /** Shard channels a node dropped (its slot moved), by the node that dropped them. */
  readonly #dropped = new Map<string, string>();
  #confirmations: Confirmation[] = [];
  #home: string | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #closed = false;

  constructor(
    router: Router,
    bytes: boolean,
    transport: Transport,
    onError: (error: Error) => void,
  ) {
    this.#router = router;
    this.#bytes = bytes;
    this.#transport = transport;
    this.#onError = onError;
  }

  /** This object in the role a `Subscription` expects of its subscriber. */
  /** Reports an error thrown by a subscription's listener. */
  reportError(error: unknown): void {
    this.#onError(error instanceof Error ? error : new Error(String(error)));
  }

  /** Registers a subscription and resolves once the servers confirmed all its names. */
  async add(subscription: AnySubscription): Promise<void> {
    if (this.#closed) throw clientClosed();
    await this.#router.load();
    if (this.#closed) throw clientClosed();
    const { kind } = subscription;
    const map = this.#listeners[kind];
    const fresh = subscription.names.filter((name) => !map.has(name));
    const joining = this.#confirmations
      .filter((w) =>
        w.kind === kind && subscription.names.some((n) => w.names.has(n))
      )
      .map((w) => w.done);
    for (const name of subscription.names) {
      let set = map.get(name);
      if (!set) map.set(name, set = new Set());
      set.add(subscription);
    }
    if (fresh.length === 0) {
      await Promise.all(joining);
      return;
    }
    const waiter = confirmation(kind, fresh);
    this.#confirmations.push(waiter);
    this.#place(kind, fresh);
    await Promise.all([waiter.done, ...joining]);
  }

  /** Unregisters a subscription, unsubscribing names nobody else listens to. */
  remove(subscription: AnySubscription): Promise<void> {
    const { kind } = subscription;
    const map = this.#listeners[kind];
    const gone = new Map<Link, string[]>();
    for (const name of subscription.names) {
      const set = map.get(name);
      if (!set?.delete(subscription) || set.size > 0) continue;
      map.delete(name);
      this.#dropped.delete(name);
      const link = this.#placed[kind].get(name);
      if (!link) continue;
      this.#placed[kind].delete(name);
      link.names[kind].delete(name);
      gone.set(link, [...(gone.get(link) ?? []), name]);
    }
    for (const [link, names] of gone) {
      this.#post(link, COMMANDS[kind][1], kind, names);
      this.#closeIfIdle(link);
    }
    return Promise.resolve();
  }

  /** Moves every name whose node is not where the topology now says. */
  rebalance(): void {
    if (this.#closed) return;
    let unplaced = false;
    for (const kind of KINDS) {
      const moving: string[] = [];
      for (const name of this.#listeners[kind].keys()) {
        const link = this.#placed[kind].get(name);
        const target = this.#target(kind, name);
        if (!target) {
          unplaced ||= !link;
          continue;
        }
        if (link?.address === addressOf(target)) continue;
        if (!link && this.#dropped.get(name) === addressOf(target)) {
          unplaced = true; // the topology does not know of the move yet
          continue;
        }
        moving.push(name);
      }
      this.#unplace(kind, moving);
      this.#place(kind, moving);
    }
    if (unplaced) this.#retryLater();
  }

  /** Closes every connection; every subscription ends. */
  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#retry);
    this.#endAll(undefined);
    const links = [...this.#links.values()];
    this.#links.clear();
    for (const link of links) clearTimeout(link.restart);
    await Promise.all(links.map((link) => link.connection.close()));
  }

  /** Where `name` belongs now: its slot's master, or the home master. */
  #target(
    kind: SubscriptionKind,
    name: string,
  ): HostPort | undefined {
    if (kind === "shard") return this.#router.ownerOf(keySlot(name));
    return this.#homeNode();
  }

  /** The master that holds channels and patterns: the same one while it lives. */
  #homeNode(): HostPort | undefined {
    const masters = this.#router.alive("master");
    const current = masters.find((m) => addressOf(m) === this.#home);
    if (current) return current;
    const chosen = masters[Math.floor(Math.random() * masters.length)];
    this.#home = chosen && addressOf(chosen);
    return chosen;
  }

  /** Subscribes names on the nodes they belong to. */
  #place(kind: SubscriptionKind, names: readonly string[]): void {
    const byLink = new Map<Link, string[]>();
    let unplaced = false;
    for (const name of names) {
      const target = this.#target(kind, name);
      if (!target) {
        unplaced = true;
        continue;
      }
      this.#dropped.delete(name);
      const link = this.#link(target);
      link.names[kind].add(name);
      this.#placed[kind].set(name, link);
      byLink.set(link, [...(byLink.get(link) ?? []), name]);
    }
    for (const [link, list] of byLink) {
      if (link.connection.state === "ready") {
        this.#post(link, COMMANDS[kind][0], kind, list);
      } else link.connection.connect(); // `ready` subscribes all it holds
    }
    if (unplaced) this.#retryLater();
  }

  /** Unsubscribes names from where they are. */
  #unplace(kind: SubscriptionKind, names: readonly string[]): void {
    const byLink = new Map<Link, string[]>();
    for (const name of names) {
      const link = this.#placed[kind].get(name);
      if (!link) continue;
      this.#placed[kind].delete(name);
      link.names[kind].delete(name);
      byLink.set(link, [...(byLink.get(link) ?? []), name]);
    }
    for (const [link, list] of byLink) {
      this.#post(link, COMMANDS[kind][1], kind, list);
      this.#closeIfIdle(link);
    }
  }

  /** Sends (UN)SUBSCRIBE; shard channels one slot per command, as the server requires. */
  #post(
    link: Link,
    command: string,
    kind: SubscriptionKind,
    names: Iterable<string>,
  ): void {
    if (link.connection.state !== "ready") return;
    const groups = new Map<number, string[]>();
    for (const name of names) {
      const slot = kind === "shard" ? keySlot(name) : 0;
      groups.set(slot, [...(groups.get(slot) ?? []), name]);
    }
    const subscribe = command === COMMANDS[kind][0];
    for (const group of groups.values()) {
      link.connection.post([command, ...group]);
      link.sent.sent({ kind, subscribe, names: group });
    }
  }

  /** Every subscriber connection, one per node (for `reauthenticate()`). */
  get connections(): Connection[] {
    return [...this.#links.values()].map((link) => link.connection);
  }

  #link(node: HostPort): Link {
    const address = addressOf(node);
    const known = this.#links.get(address);
    if (known) return known;
    const link: Link = {
      address,
      names: { channel: new Set(), pattern: new Set(), shard: new Set() },
      sent: new SentCommands(),
      connection: new Connection(
        {
          ...this.#router.connectionOptions(node),
          bytes: this.#bytes,
        },
        this.#transport,
        {
          push: (frame) => this.#onFrame(link, frame),
          reply: subscribedReplies(
            (frame) => this.#onFrame(link, frame),
            (error) => this.#refused(link, error),
          ),
          ready: () => {
            link.failingSince = undefined;
            link.sent.reset();
            for (const kind of KINDS) {
              this.#post(link, COMMANDS[kind][0], kind, link.names[kind]);
            }
          },
          error: (error) => {
            this.#onError(error);
            link.failingSince ??= Date.now();
            // The refresh moves the names away if the node failed or lost the slots.
            void this.#router.refresh();
            queueMicrotask(() => {
              if (link.connection.state === "idle") this.#stalled(link, error);
            });
          },
        },
      ),
    };
    this.#links.set(address, link);
    return link;
  }

  /**
   * A link whose connection stopped trying: it tries again while the topology may still
   * move its names elsewhere (as long as a command would be retried), then its
   * subscriptions end with the error.
   */
  #stalled(link: Link, error: Error): void {
    if (this.#links.get(link.address) !== link || this.#closed) return;
    const since = link.failingSince ?? Date.now();
    if (Date.now() - since < this.#router.options.retryTimeout) {
      clearTimeout(link.restart);
      link.restart = setTimeout(() => {
        link.restart = undefined;
        if (this.#links.get(link.address) === link) link.connection.connect();
      }, REPLACE_DELAY_MS);
      return;
    }
    this.#links.delete(link.address);
    for (const kind of KINDS) {
      for (const name of link.names[kind]) {
        for (const s of this.#listeners[kind].get(name) ?? []) s.end(error);
        this.#listeners[kind].delete(name);
        this.#placed[kind].delete(name);
      }
      this.#confirmations = this.#confirmations.filter((waiter) => {
        const lost = waiter.kind === kind &&
          [...waiter.names].some((name) => link.names[kind].has(name));
        if (lost) waiter.reject(error);
        return !lost;
      });
    }
    void link.connection.close();
  }

  #closeIfIdle(link: Link): void {
    if (KINDS.some((kind) => link.names[kind].size > 0)) return;
    if (this.#links.get(link.address) === link) {
      this.#links.delete(link.address);
    }
    clearTimeout(link.restart);
    // After the UNSUBSCRIBE just written: close() lets it leave first.
    void link.connection.close();
  }

  #retryLater(): void {
    if (this.#retry !== undefined || this.#closed) return;
    this.#retry = setTimeout(() => {
      this.#retry = undefined;
      void this.#router.refresh().then(() => this.rebalance());
    }, REPLACE_DELAY_MS);
  }

  #onFrame(link: Link, frame: RespValue[]): void {
    const kind = text(frame[0]);
    if (kind === "message" || kind === "smessage") {
      const set = this.#listeners[kind === "message" ? "channel" : "shard"]
        .get(text(frame[1]));
      const message = { channel: frame[1], message: frame[2] } as Message;
      for (const s of set ?? []) s.deliver(message);
    } else if (kind === "pmessage") {
      const set = this.#listeners.pattern.get(text(frame[1]));
      const message = {
        channel: frame[2],
        message: frame[3],
        pattern: frame[1],
      } as Message;
      for (const s of set ?? []) s.deliver(message);
    } else {
      link.sent.confirmed(kind, text(frame[1]));
      if (kind in CONFIRMS) this.#confirm(CONFIRMS[kind], text(frame[1]));
      // Unasked: the node no longer serves the channel's slot. Find its new master.
      else if (kind === "sunsubscribe") this.#moved(link, [text(frame[1])]);
    }
  }

  /** Shard channels `link`'s node no longer serves: subscribe them where they now are. */
  #moved(link: Link, names: readonly string[]): void {
    let moved = false;
    for (const name of names) {
      if (this.#placed.shard.get(name) !== link) continue;
      this.#placed.shard.delete(name);
      link.names.shard.delete(name);
      this.#dropped.set(name, link.address);
      moved = true;
    }
    if (!moved) return;
    this.#closeIfIdle(link);
    void this.#router.refresh().then(() => this.rebalance());
  }

  /**
   * An error reply on `link`: the refusal of its oldest (un)subscribe not yet answered.
   * A SSUBSCRIBE sent to a node that lost the slot (MOVED, …) moves on; any other refused
   * subscribe (NOPERM) fails whoever listens to or waits for its names; a refused
   * UNSUBSCRIBE (NOSUB: nothing was subscribed) changes nothing.
   */
  #refused(link: Link, error: RedisError): void {
    const command = link.sent.refused();
    if (!command) return this.#onError(error);
    if (!command.subscribe) return;
    const { kind, names } = command;
    if (kind === "shard" && REROUTED.has(error.code)) {
      return this.#moved(link, names);
    }
    for (const name of names) {
      if (this.#placed[kind].get(name) !== link) continue;
      this.#placed[kind].delete(name);
      link.names[kind].delete(name);
    }
    const { confirmations, refused } = refuse(
      this.#listeners[kind],
      this.#confirmations,
      command,
      error,
    );
    this.#confirmations = confirmations;
    for (const subscription of refused) void this.remove(subscription);
    this.#closeIfIdle(link);
  }

  #confirm(kind: SubscriptionKind, name: string): void {
    this.#confirmations = this.#confirmations.filter((waiter) => {
      if (waiter.kind === kind) waiter.names.delete(name);
      if (waiter.names.size > 0) return true;
      waiter.resolve();
      return false;
    });
  }

  #endAll(error: Error | undefined): void {
    for (const map of Object.values(this.#listeners)) {
      for (const set of map.values()) for (const s of set) s.end(error);
      map.clear();
    }
    const waiting = this.#confirmations.splice(0);
    const reason = error ?? clientClosed();
    for (const waiter of waiting) waiter.reject(reason);
  }
}
