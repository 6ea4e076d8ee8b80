/**
 * The topology of a cluster client and the pace of its refreshes: the slot map, loaded
 * once before the first command and reloaded (one refresh at a time, at most one per
 * 100 ms, shared by every waiting command) when a node fails or a slot moves.
 *
 * @module
 */
import { ConnectionError, RedisError } from "../errors.ts";
import type { HostPort } from "../transport/types.ts";
import {
  addressOf,
  type ClusterNodeInfo,
  type ClusterShard,
  parseShards,
  parseSlots,
  SlotMap,
} from "./topology.ts";
import { SLOTS } from "./slot.ts";
import { dropSlots, type Node, type Nodes } from "./_nodes.ts";
import { clientClosed } from "../_error_factories.ts";

/** What the router tells its owner. @internal */
export interface RouterEvents {
  error(error: Error): void;
  refresh(shards: readonly ClusterShard[]): void;
}

/** Least time between two topology refreshes, in ms. */
const REFRESH_GAP_MS = 100;
/** How long one node may take to describe the cluster, in ms. */
const REFRESH_TIMEOUT_MS = 2_000;

/**
 * The slot map as last loaded, and its loading and refreshing.
 * @internal
 */
export class Topology {
  readonly #nodes: Nodes;
  readonly #seeds: readonly HostPort[];
  readonly #tls: boolean;
  readonly #events: RouterEvents;
  #map: SlotMap | undefined;
  #loading: Promise<void> | undefined;
  #refreshing: Promise<void> | undefined;
  #lastRefresh = 0;

  /** Learns the cluster from `seeds` first, then from the nodes it knows. */
  constructor(
    nodes: Nodes,
    options: { seeds: readonly HostPort[]; tls: boolean; events: RouterEvents },
  ) {
    this.#nodes = nodes;
    this.#seeds = options.seeds;
    this.#tls = options.tls;
    this.#events = options.events;
  }

  /** The slot map, once loaded. */
  get map(): SlotMap | undefined {
    return this.#map;
  }

  /** The shards as last seen (empty before the first command). */
  get shards(): readonly ClusterShard[] {
    return this.#map?.shards ?? [];
  }

  /** The nodes in the topology that are not failing. */
  alive(role: "master" | "replica" | "all"): ClusterNodeInfo[] {
    const nodes = new Map<string, ClusterNodeInfo>();
    for (const shard of this.shards) {
      for (const node of [shard.master, ...shard.replicas]) {
        // A MOVED may have named a master the last refresh knew as a replica.
        const address = addressOf(node);
        if (node.health === "fail" || nodes.has(address)) continue;
        if (role === "all" || node.role === role) nodes.set(address, node);
      }
    }
    return [...nodes.values()];
  }

  /** Loads the topology unless known. */
  load(): Promise<void> {
    if (this.#map) return Promise.resolve();
    this.#loading ??= this.#loadTopology().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  /**
   * Reloads the topology: one refresh at a time, at most one per 100 ms; never rejects
   * (a failure is reported as an `error` event).
   */
  refresh(): Promise<void> {
    if (this.#nodes.closed) return Promise.resolve();
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<void> {
    const wait = this.#lastRefresh + REFRESH_GAP_MS - Date.now();
    try {
      if (wait > 0) await this.#nodes.sleep(wait);
      await this.#loadTopology();
    } catch (e) {
      if (!this.#nodes.closed) this.#events.error(e as Error);
    } finally {
      this.#lastRefresh = Date.now();
    }
  }

  /** Asks the nodes, those last seen working first, then the seeds. */
  async #loadTopology(): Promise<void> {
    const known = this.#nodes.list();
    const order = [
      ...known.filter((n) => n.up === true),
      ...known.filter((n) => n.up === undefined),
      ...this.#seeds.filter((s) => !this.#nodes.known(addressOf(s))),
      ...known.filter((n) => n.up === false),
    ];
    const tried: string[] = [];
    let last: unknown;
    for (const { hostname, port } of order) {
      if (this.#nodes.closed) throw clientClosed();
      const node = this.#nodes.get(hostname, port);
      tried.push(node.address);
      try {
        const shards = await this.#describe(node);
        if (shards.length === 0) {
          last = new Error(`${node.address} knows of no slots`);
          continue;
        }
        if (!this.#nodes.closed) this.#apply(shards);
        return;
      } catch (e) {
        if (
          e instanceof RedisError && /cluster support disabled/i.test(e.message)
        ) {
          throw new ConnectionError(
            `${node.address} is not a cluster node (cluster support disabled): use Redis instead of RedisCluster`,
            { cause: e },
          );
        }
        last = e;
      }
    }
    throw new ConnectionError(
      `Cannot learn the cluster's slots from any node (tried ${
        tried.join(", ")
      }): are they running?`,
      { cause: last },
    );
  }

  async #describe(node: Node): Promise<ClusterShard[]> {
    const options = { bytes: false, timeout: REFRESH_TIMEOUT_MS };
    try {
      const reply = await node.redis.sendCommand(
        ["CLUSTER", "SHARDS"],
        options,
      );
      return parseShards(reply, node.hostname, this.#tls);
    } catch (e) {
      if (!(e instanceof RedisError) || !/unknown/i.test(e.message)) throw e;
      const reply = await node.redis.sendCommand(["CLUSTER", "SLOTS"], options);
      return parseSlots(reply, node.hostname);
    }
  }

  /**
   * Adopts a topology: new slot map, the clients of vanished or failed nodes closed, and
   * the slots whose master changed (a move, a failover) dropped from the caches of the
   * nodes that served them: no invalidation of their keys comes from those now (a key
   * read there as missing may since be written elsewhere).
   */
  #apply(shards: ClusterShard[]): void {
    const old = this.#map;
    this.#map = new SlotMap(shards);
    if (old) {
      for (const [shard, lost] of movedSlots(old, this.#map)) {
        for (const node of [shard.master, ...shard.replicas]) {
          const known = this.#nodes.known(addressOf(node));
          if (known) dropSlots(known.redis, (slot) => lost.has(slot));
        }
      }
    }
    this.#nodes.retain(new Set(this.alive("all").map(addressOf)));
    this.#events.refresh(shards);
  }
}

/** The slots of each shard of `old` that another master serves in `next`. */
function movedSlots(
  old: SlotMap,
  next: SlotMap,
): Map<ClusterShard, Set<number>> {
  const moved = new Map<ClusterShard, Set<number>>();
  for (let slot = 0; slot < SLOTS; slot++) {
    const was = old.shardOf(slot);
    if (!was) continue;
    const now = next.shardOf(slot)?.master;
    if (now?.port === was.master.port && now.hostname === was.master.hostname) {
      continue;
    }
    let slots = moved.get(was);
    if (!slots) moved.set(was, slots = new Set());
    slots.add(slot);
  }
  return moved;
}
