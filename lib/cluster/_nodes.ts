/**
 * The nodes of a cluster client and their lifecycle: one `Redis` per node, made on first
 * use, retired when the node leaves the topology, closed with the cluster client; and the
 * waits that closing cuts short.
 *
 * @module
 */
import { Redis } from "../client.ts";
import type { RedisOptions } from "../redis_options.ts";
import type { ConnectionOptions } from "../connection.ts";
import { clientClosed } from "../_error_factories.ts";
import type { HostPort } from "../transport/types.ts";
import type { CacheOptions } from "../cache/client_cache.ts";
import { LINK, type Linked } from "../_link_options.ts";
import { addressOf } from "./topology.ts";
import { keySlot } from "./slot.ts";

/** A node and its client. */
export interface Node extends HostPort {
  readonly address: string;
  readonly redis: Redis;
  /** Whether its connection was last seen working (undefined: not yet tried). */
  up: boolean | undefined;
  /** Whether it left the topology (its client is closed). */
  retired: boolean;
}

/**
 * Drops a node client's cached entries of the slots `lost` says yes to: the node no
 * longer serves them, so no invalidation of their keys comes from it now. Cached keys are
 * text; one that was not UTF-8 (U+FFFD in it) may hash elsewhere, so it goes too.
 */
export function dropSlots(redis: Redis, lost: (slot: number) => boolean): void {
  redis.cache?.drop((key) => lost(keySlot(key)) || key.includes("\uFFFD"));
}

/** How to make the nodes' clients, and whom to tell when one fails. */
export interface NodesOptions {
  /** Options of every node's client (no hostname or port). */
  node: ConnectionOptions & { cache?: CacheOptions };
  /** Send `READONLY` in each handshake, as replicas are read from. */
  readOnly: boolean;
  /** A current node's connection failed (not after closing). */
  failed(error: Error): void;
}

/**
 * The registry of a cluster client's nodes, by `host:port`.
 * @internal
 */
export class Nodes {
  readonly #options: NodesOptions;
  readonly #nodes = new Map<string, Node>();
  readonly #retiring = new Set<Promise<void>>();
  readonly #sleeps = new Set<() => void>();
  #closed = false;

  constructor(options: NodesOptions) {
    this.#options = options;
  }

  /** Whether the cluster client is closing or closed. */
  get closed(): boolean {
    return this.#closed;
  }

  /** The nodes known now. */
  list(): Node[] {
    return [...this.#nodes.values()];
  }

  /** The node at `address` if known, without making it. */
  known(address: string): Node | undefined {
    return this.#nodes.get(address);
  }

  /** The node whose client is `redis`, if it is still a known node. */
  find(redis: Redis): Node | undefined {
    return this.list().find((n) => n.redis === redis);
  }

  /** The node at `hostname:port`, its client made on first use. */
  get(hostname: string, port: number): Node {
    const address = addressOf({ hostname, port });
    const known = this.#nodes.get(address);
    if (known) return known;
    if (this.#closed) throw clientClosed(); // close() would not see it
    // The cluster asks each call for its reply mode; the node client is typed as text.
    const options: RedisOptions & Linked = {
      ...this.#options.node,
      hostname,
      port,
      [LINK]: { readOnly: this.#options.readOnly },
    };
    const redis = new Redis<string | Uint8Array>(options) as unknown as Redis;
    const node: Node = {
      address,
      hostname,
      port,
      redis,
      up: undefined,
      retired: false,
    };
    redis.addEventListener("ready", () => node.up = true);
    redis.addEventListener("error", (event) => {
      node.up = false;
      if (this.#closed || this.#nodes.get(address) !== node) return;
      this.#options.failed((event as CustomEvent<Error>).detail);
    });
    this.#nodes.set(address, node);
    return node;
  }

  /** Options for a connection of one's own to a node (pub/sub, ASKING a blocking call). */
  connectionOptions(node: HostPort): ConnectionOptions {
    return {
      ...this.#options.node,
      hostname: node.hostname,
      port: node.port,
    };
  }

  /** Closes the clients of the nodes not in `alive` (those that left the topology). */
  retain(alive: ReadonlySet<string>): void {
    for (const [address, node] of this.#nodes) {
      if (alive.has(address)) continue;
      this.#nodes.delete(address);
      node.retired = true;
      // A node that is down would keep its waiting commands until it gives up
      // reconnecting: they were never sent, so they fail now and are routed anew.
      if (node.up === false) node.redis.destroy();
      else {
        const closing = node.redis.close().finally(() =>
          this.#retiring.delete(closing)
        );
        this.#retiring.add(closing);
      }
    }
  }

  /** Resolves after `ms`, or at once when closing or when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.#sleeps.delete(done);
        signal?.removeEventListener("abort", done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.#sleeps.add(done);
      signal?.addEventListener("abort", done, { once: true });
    });
  }

  /** Closes every node's client, gracefully for those that work. */
  async close(): Promise<void> {
    this.#stop();
    await Promise.all([
      ...this.list().map((node) =>
        node.up === false ? node.redis.destroy() : node.redis.close()
      ),
      ...this.#retiring,
    ]);
    this.#nodes.clear();
  }

  /** Closes every node's client at once. */
  destroy(): void {
    this.#stop();
    for (const node of this.#nodes.values()) node.redis.destroy();
    this.#nodes.clear();
  }

  #stop(): void {
    this.#closed = true;
    for (const wake of this.#sleeps) wake();
  }
}
