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
import type { AnySubscription, SubscriptionHost } from "../subscription.ts";
import { Listeners } from "../_pubsub_listeners.ts";
import {
  COMMANDS,
  KINDS,
  SentCommands,
  subscribedReplies,
  type SubscriptionKind,
} from "../_pubsub_replies.ts";
import { text } from "../_text.ts";
import { keySlot } from "./slot.ts";
import { addressOf } from "./topology.ts";
import type { Router } from "./_router.ts";

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
  readonly #listeners = new Listeners();
  readonly #placed: Record<SubscriptionKind, Map<string, Link>> = {
    channel: new Map(),
    pattern: new Map(),
    shard: new Map(),
  };
  readonly #links = new Map<string, Link>();
  /** Shard channels a node dropped (its slot moved), by the node that dropped them. */
  readonly #dropped = new Map<string, string>();
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

  /** Reports an error thrown by a subscription's listener. */
  reportError(error: unknown): void {
    this.#onError(error instanceof Error ? error : new Error(String(error)));
  }

  /** Registers a subscription and resolves once the servers confirmed all its names. */
  async add(subscription: AnySubscription): Promise<void> {
    if (this.#closed) throw clientClosed();
    await this.#router.load();
    if (this.#closed) throw clientClosed();
    const { fresh, confirmed } = this.#listeners.add(subscription);
    if (fresh.length > 0) this.#place(subscription.kind, fresh);
    await confirmed;
  }

  /** Unregisters a subscription, unsubscribing names nobody else listens to. */
  remove(subscription: AnySubscription): Promise<void> {
    const gone = this.#listeners.remove(subscription);
    for (const name of gone) this.#dropped.delete(name);
    this.#unplace(subscription.kind, gone);
    return Promise.resolve();
  }

  /** Moves every name whose node is not where the topology now says. */
  rebalance(): void {
    if (this.#closed) return;
    let unplaced = false;
    for (const kind of KINDS) {
      const moving: string[] = [];
      for (const name of this.#listeners.names(kind)) {
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
    this.#listeners.endAll(undefined);
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
      for (const name of link.names[kind]) this.#placed[kind].delete(name);
      // An ended subscription leaves its names on the other nodes too.
      for (const ended of this.#listeners.fail(kind, link.names[kind], error)) {
        void this.remove(ended);
      }
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
    const kind = this.#listeners.receive(frame, link.sent);
    // Unasked: the node no longer serves the channel's slot. Find its new master.
    if (kind === "sunsubscribe") this.#moved(link, [text(frame[1])]);
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
   * A SSUBSCRIBE sent to a node that lost the slot (MOVED, ...) moves on; any other refused
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
    for (const refused of this.#listeners.fail(kind, names, error)) {
      void this.remove(refused);
    }
    this.#closeIfIdle(link);
  }
}
