/**
 * The routing of a cluster client: which node a command goes to (by its keys, its
 * policy and `readFrom`), fan-out over slots or nodes, and recovery: the one reading of
 * MOVED and ASK, and the retries of what did not run. The nodes live in `_nodes.ts`, the
 * slot map and its refreshes in `_refresh.ts`.
 *
 * @module
 */
import type { Redis } from "../client.ts";
import {
  type CommandOptions,
  Connection,
  type ConnectionOptions,
} from "../connection.ts";
import { aborted, clientClosed } from "../_error_factories.ts";
import type { RespValue } from "../resp/decode.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { commandKeys, commandName } from "../command_keys.ts";
import { isBlocking } from "../_blocking.ts";
import {
  POLICIES,
  READONLY,
  type RequestPolicy,
  type ResponsePolicy,
  SHARD_CHANNEL_COMMANDS,
} from "../_command_tips.ts";
import { defaultTransport } from "../transport/default.ts";
import type { HostPort } from "../transport/types.ts";
import { keySlot } from "./slot.ts";
import {
  addressOf,
  type ClusterNodeInfo,
  type ClusterShard,
} from "./topology.ts";
import {
  aggregate,
  mergeInKeyOrder,
  type Part,
  splitBySlot,
} from "./_policy.ts";
import { ClusterError } from "../errors.ts";
import type { CacheOptions } from "../cache/client_cache.ts";
import { dropSlots, type Node, Nodes } from "./_nodes.ts";
import { type RouterEvents, Topology } from "./_refresh.ts";
import {
  crossSlot,
  notServed,
  type Redirect,
  redirectOf,
  retryable,
  tooManyRedirections,
  unsupported,
} from "./_failures.ts";

export type { RouterEvents };

/** Which nodes serve read-only commands. */
export type ReadFrom = "master" | "replica" | "preferReplica";

/** What the router needs to know. @internal */
export interface RouterOptions {
  /** Where to ask for the topology first. */
  seeds: HostPort[];
  /** Options of every node's client (no hostname or port). */
  node: ConnectionOptions & { cache?: CacheOptions };
  readFrom: ReadFrom;
  maxRedirections: number;
  retryTimeout: number;
}

/**
 * Routes commands to the nodes that serve their slots.
 * @internal
 */
export class Router {
  readonly #nodes: Nodes;
  readonly #topology: Topology;
  readonly #masters = new WeakMap<ClusterNodeInfo, Node>();
  /** The slots each node answered ASK for since the last refresh. */
  readonly #asked = new Map<Redis, Set<number>>();
  #turn = 0;

  constructor(
    readonly options: RouterOptions,
    events: RouterEvents,
  ) {
    this.#nodes = new Nodes({
      node: options.node,
      readOnly: options.readFrom !== "master",
      failed: (error) => {
        events.error(error);
        void this.refresh();
      },
    });
    this.#topology = new Topology(this.#nodes, {
      seeds: options.seeds,
      tls: Boolean(options.node.tls),
      events: {
        error: events.error,
        refresh: (shards) => {
          this.#asked.clear(); // a migration that went on answers ASK again
          events.refresh(shards);
        },
      },
    });
  }

  /** The shards as last seen (empty before the first command). */
  get shards(): readonly ClusterShard[] {
    return this.#topology.shards;
  }

  /** Sends a command where its keys, or its policy, say; resolves to the (merged) reply. */
  execute(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
  ): Promise<RespValue> {
    if (this.#nodes.closed) return Promise.reject(clientClosed());
    if (!this.#topology.map) {
      return this.load().then(() => this.execute(args, options));
    }
    const name = commandName(args);
    const [request, response]: readonly [RequestPolicy?, ResponsePolicy?] =
      Object.hasOwn(POLICIES, name) ? POLICIES[name] : [];
    const readonly = READONLY.has(name);
    if (SHARD_CHANNEL_COMMANDS.has(name) && args.length > 1) {
      return this.run(args, options, keySlot(args[1]), false);
    }
    const keys = commandKeys(args);
    if (keys.length > 0) {
      const slot = keySlot(keys[0]);
      let same = true;
      for (let i = 1; i < keys.length && same; i++) {
        same = keySlot(keys[i]) === slot;
      }
      if (same) return this.run(args, options, slot, readonly);
      const parts = request === "multi_shard"
        ? splitBySlot(args, keys)
        : undefined;
      if (parts) {
        return this.#split(parts, keys.length, options, readonly, response);
      }
      return Promise.reject(crossSlot(args, keys));
    }
    if (response !== "special") {
      if (request === "all_shards") {
        return this.#allShards(args, options, readonly, response);
      }
      if (request === "all_nodes") {
        return this.#allNodes(args, options, response);
      }
    }
    if (request === "special") {
      return Promise.reject(unsupported(args));
    }
    return this.run(args, options, this.anySlot(), readonly);
  }

  /**
   * Runs a command on the node serving `slot`: follows MOVED and ASK, waits out
   * TRYAGAIN, CLUSTERDOWN and unreachable nodes (refreshing the topology), and never
   * resends a command that may have run.
   */
  run(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    slot: number,
    readonly: boolean,
  ): Promise<RespValue> {
    const replica = readonly && this.options.readFrom !== "master";
    let node: Node | undefined;
    try {
      node = this.#target(slot, replica);
    } catch (e) {
      return Promise.reject(e);
    }
    // The common case stays cheap: one send, and the recovery only on failure.
    if (!node) {
      return this.#recover(args, options, slot, replica, notServed(), node);
    }
    const sent = node;
    return node.redis.sendCommand<RespValue>(args, options).catch((e) =>
      this.#recover(args, options, slot, replica, e, sent)
    );
  }

  /** Decides what a failure means, then tries again, until a reply or a final error. */
  async #recover(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    slot: number,
    replica: boolean,
    failure: unknown,
    node: Node | undefined,
  ): Promise<RespValue> {
    const started = Date.now();
    let redirections = 0;
    let attempts = 0;
    for (;;) {
      if (this.#nodes.closed) throw failure;
      let asking: Node | undefined;
      const redirect = redirectOf(failure);
      const retry = redirect ? undefined : retryable(failure);
      if (redirect) {
        if (++redirections > this.options.maxRedirections) {
          throw tooManyRedirections(args, redirections, failure as Error);
        }
        asking = this.#follow(redirect, node!.redis, node!.hostname);
      } else if (
        !retry || Date.now() - started >= this.options.retryTimeout
      ) {
        throw failure;
      } else if (retry === "master" && replica) {
        replica = false;
      } else if (retry === "refresh") {
        // Paced by the refreshes (one at a time, one per 100 ms at most), which every
        // waiting command shares: it goes again as soon as a new master is known.
        await this.refresh();
      } else {
        await this.#nodes.sleep(
          Math.min(10 * 2 ** attempts++, 500),
          options?.signal,
        );
      }
      if (this.#nodes.closed) throw clientClosed();
      if (options?.signal?.aborted) {
        throw aborted(commandName(args).toUpperCase(), {
          reason: options.signal.reason,
        });
      }
      node = asking ?? this.#target(slot, replica);
      try {
        if (!node) throw notServed();
        return await (asking
          ? this.#asking(node, args, options)
          : node.redis.sendCommand(args, options));
      } catch (e) {
        failure = e;
      }
    }
  }

  /**
   * Reads a redirect error for a caller that counts its own redirections (a cluster
   * transaction): returns the client to ask after an ASK, undefined after a MOVED.
   * Throws anything that is not a redirect.
   */
  redirect(error: unknown, from: Redis): Redis | undefined {
    const redirect = redirectOf(error);
    if (!redirect) throw error;
    const hostname = this.#nodes.find(from)?.hostname ?? "127.0.0.1";
    return this.#follow(redirect, from, hostname)?.redis;
  }

  /**
   * The one reading of MOVED and ASK. An ASK returns the node to ask, for this command
   * only; `from` is handing the slot over, so it drops its cached entries of that slot
   * (once per slot until the next refresh): a key read there as missing may be written
   * on the other node, which `from` never hears of. A MOVED means the slot lives
   * elsewhere now: the slot map learns it (and a refresh is scheduled), and `from`,
   * which no longer serves the slot, drops them too. A redirect without a host means
   * `from`'s.
   */
  #follow(redirect: Redirect, from: Redis, fromHost: string): Node | undefined {
    const hostname = redirect.hostname || fromHost;
    const slot = redirect.slot;
    if (redirect.ask) {
      const asked = this.#asked.get(from);
      if (!asked?.has(slot)) {
        dropSlots(from, (s) => s === slot);
        this.#asked.set(from, (asked ?? new Set()).add(slot));
      }
      return this.#nodes.get(hostname, redirect.port);
    }
    const owner = this.ownerOf(slot);
    // Once per move: every call in flight to the slot answers MOVED, and a drop costs
    // a hash of each cached key.
    if (owner?.hostname !== hostname || owner.port !== redirect.port) {
      dropSlots(from, (s) => s === slot);
    }
    this.#topology.map?.moved(slot, hostname, redirect.port);
    void this.refresh();
    return undefined;
  }

  /** The client of the master serving `slot`. */
  masterOf(slot: number): Redis {
    const node = this.#target(slot, false);
    if (!node) throw notServed();
    return node.redis;
  }

  /** Where `slot` is served, if anywhere. */
  ownerOf(slot: number): HostPort | undefined {
    return this.#topology.map?.shardOf(slot)?.master;
  }

  /** A slot of a random shard, to send keyless commands to an arbitrary master. */
  anySlot(): number {
    const served = this.#topology.map?.served() ?? [];
    return served.length === 0
      ? 0
      : served[Math.floor(Math.random() * served.length)].slot;
  }

  /** The nodes in the topology that are not failing. */
  alive(role: "master" | "replica" | "all"): ClusterNodeInfo[] {
    return this.#topology.alive(role);
  }

  /** The clients of the nodes in the topology that are not failing. */
  clients(role: "master" | "replica" | "all"): Redis[] {
    return this.alive(role).map((n) =>
      this.#nodes.get(n.hostname, n.port).redis
    );
  }

  /**
   * The clients of the masters that serve slots, one per shard: a master with no slot
   * (e.g. a node the cluster has not yet made a replica) holds no key of the cluster.
   */
  slotMasters(): Redis[] {
    const map = this.#topology.map;
    if (!map) return [];
    return map.served().map(({ shard }) =>
      this.#nodes.get(shard.master.hostname, shard.master.port).redis
    );
  }

  /** Options for a connection of one's own to a node (pub/sub). */
  connectionOptions(node: HostPort): ConnectionOptions {
    return this.#nodes.connectionOptions(node);
  }

  /** Loads the topology unless known. */
  load(): Promise<void> {
    return this.#topology.load();
  }

  /**
   * Reloads the topology: one refresh at a time, at most one per 100 ms; never rejects
   * (a failure is reported as an `error` event).
   */
  refresh(): Promise<void> {
    return this.#topology.refresh();
  }

  /** The node to send a command for `slot` to, by `readFrom`. */
  #target(slot: number, replica: boolean): Node | undefined {
    const shard = this.#topology.map?.shardOf(slot);
    if (!shard) return undefined;
    if (replica) {
      const usable = shard.replicas.filter((r) =>
        r.health !== "fail" && this.#nodes.known(addressOf(r))?.up !== false
      );
      if (usable.length > 0) {
        this.#turn = (this.#turn + 1) % usable.length;
        const { hostname, port } = usable[this.#turn];
        return this.#nodes.get(hostname, port);
      }
      if (this.options.readFrom === "replica") {
        throw new ClusterError(
          `No replica of ${
            addressOf(shard.master)
          } can serve slot ${slot} (readFrom: "replica"): use readFrom: "preferReplica" to fall back to the master`,
          { code: "NO_REPLICA" },
        );
      }
    }
    // Remembered per master: the hot path makes no address string.
    const known = this.#masters.get(shard.master);
    if (known && !known.retired) return known;
    const node = this.#nodes.get(shard.master.hostname, shard.master.port);
    this.#masters.set(shard.master, node);
    return node;
  }

  /** ASKING, then the command, on the same connection. */
  async #asking(
    node: Node,
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
  ): Promise<RespValue> {
    // A failed ASKING shows as the command's own redirect or connection error. The
    // call bypasses the cache: a hit would leave the ASKING to the next command.
    if (!isBlocking(args)) {
      node.redis.sendCommand(["ASKING"]).catch(() => {});
      return await node.redis.sendCommand(args, { ...options, cache: false });
    }
    // Blocking calls run on a connection of their own: ASKING must go there too.
    const connection = new Connection(
      { ...this.connectionOptions(node), reconnect: false },
      this.options.node.transport ?? defaultTransport(),
    );
    try {
      connection.call(["ASKING"]).catch(() => {});
      return await connection.call<RespValue>(args, options);
    } finally {
      connection.destroy();
    }
  }

  async #allShards(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    readonly: boolean,
    response: ResponsePolicy | undefined,
  ): Promise<RespValue> {
    const outcomes = await Promise.allSettled(
      this.#topology.map!.served().map(({ slot }) =>
        this.run(args, options, slot, readonly)
      ),
    );
    return aggregate(response, outcomes);
  }

  async #allNodes(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    response: ResponsePolicy | undefined,
  ): Promise<RespValue> {
    const outcomes = await Promise.allSettled(
      this.clients("all").map((redis) => redis.sendCommand(args, options)),
    );
    return aggregate(response, outcomes);
  }

  async #split(
    parts: Part[],
    count: number,
    options: CommandOptions | undefined,
    readonly: boolean,
    response: ResponsePolicy | undefined,
  ): Promise<RespValue> {
    const outcomes = await Promise.allSettled(
      parts.map((part) => this.run(part.args, options, part.slot, readonly)),
    );
    if (response) return aggregate(response, outcomes);
    const failed = outcomes.find((o) => o.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    return mergeInKeyOrder(
      parts,
      outcomes.map((o) => (o as PromiseFulfilledResult<RespValue>).value),
      count,
    );
  }

  /** Closes every node's client, gracefully for those that work. */
  close(): Promise<void> {
    return this.#nodes.close();
  }

  /** Closes every node's client at once. */
  destroy(): void {
    this.#nodes.destroy();
  }
}
