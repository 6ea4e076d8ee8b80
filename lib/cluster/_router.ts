/**
 * The routing core of a cluster client: the slot map, one client per node, redirects,
 * retries, topology refreshes, and fan-out by the commands' policies.
 *
 * @module
 */
import { Redis } from "../client.ts";
import {
  type CommandOptions,
  Connection,
  type ConnectionOptions,
} from "../connection.ts";
import {
  AbortError,
  ConnectionError,
  ConnectionLostError,
  RedisError,
} from "../errors.ts";
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
import { keySlot } from "./slot.ts";
import {
  addressOf,
  type ClusterNodeInfo,
  type ClusterShard,
  parseShards,
  parseSlots,
  SlotMap,
} from "./topology.ts";
import {
  aggregate,
  mergeInKeyOrder,
  type Part,
  splitBySlot,
} from "./_policy.ts";
import { ClusterError } from "./cluster_error.ts";
import type { CacheOptions } from "../cache/client_cache.ts";

/** Which nodes serve read-only commands. */
export type ReadFrom = "master" | "replica" | "preferReplica";

/** What the router needs to know. @internal */
export interface RouterOptions {
  /** Where to ask for the topology first. */
  seeds: { hostname: string; port: number }[];
  /** Options of every node's client (no hostname or port). */
  node: ConnectionOptions & { cache?: CacheOptions };
  readFrom: ReadFrom;
  maxRedirections: number;
  retryTimeout: number;
}

/** What the router tells its owner. @internal */
export interface RouterEvents {
  error(error: Error): void;
  refresh(shards: readonly ClusterShard[]): void;
}

/** A node and its client. */
interface Node {
  readonly address: string;
  readonly hostname: string;
  readonly port: number;
  readonly redis: Redis;
  /** Whether its connection was last seen working (undefined: not yet tried). */
  up: boolean | undefined;
  /** Whether it left the topology (its client is closed). */
  retired: boolean;
}

/** A redirect read from a `MOVED` or `ASK` error. */
interface Redirect {
  ask: boolean;
  slot: number;
  hostname: string;
  port: number;
}

/** Least time between two topology refreshes, in ms. */
const REFRESH_GAP_MS = 100;
/** How long one node may take to describe the cluster, in ms. */
const REFRESH_TIMEOUT_MS = 2_000;

/**
 * Routes commands to the nodes that serve their slots.
 * @internal
 */
export class Router {
  #map: SlotMap | undefined;
  readonly #nodes = new Map<string, Node>();
  readonly #masters = new WeakMap<ClusterNodeInfo, Node>();
  readonly #retiring = new Set<Promise<void>>();
  readonly #sleeps = new Set<() => void>();
  #loading: Promise<void> | undefined;
  #refreshing: Promise<void> | undefined;
  #lastRefresh = 0;
  #turn = 0;
  #closed = false;

  constructor(
    readonly options: RouterOptions,
    readonly events: RouterEvents,
  ) {}

  /** The shards as last seen (empty before the first command). */
  get shards(): readonly ClusterShard[] {
    return this.#map?.shards ?? [];
  }

  /** Sends a command where its keys, or its policy, say; resolves to the (merged) reply. */
  execute(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
  ): Promise<RespValue> {
    if (this.#closed) return Promise.reject(closedError());
    if (!this.#map) return this.load().then(() => this.execute(args, options));
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
      return Promise.reject(
        new ClusterError(
          "UNSUPPORTED",
          `${
            label(args)
          } works on one node's keys at a time: in a cluster, use scanIterator() (it walks every master) or one node's client from nodes()`,
        ),
      );
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
      if (this.#closed) throw failure;
      let asking: Node | undefined;
      const redirect = redirectOf(failure);
      const retry = redirect ? undefined : retryable(failure);
      if (redirect) {
        if (++redirections > this.options.maxRedirections) {
          throw tooManyRedirections(args, redirections, failure as Error);
        }
        const hostname = redirect.hostname || node!.hostname;
        if (redirect.ask) asking = this.#node(hostname, redirect.port);
        else {
          node?.redis.cache?.flush(); // it no longer serves the slot its entries may be in
          this.#map!.moved(redirect.slot, hostname, redirect.port);
          void this.refresh();
        }
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
        if (this.#closed) throw closedError();
        if (options?.signal?.aborted) {
          throw new AbortError(
            "The command was aborted",
            options.signal.reason,
          );
        }
      } else {
        await this.sleep(Math.min(10 * 2 ** attempts++, 500), options?.signal);
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
   * Reads a redirect error: a MOVED updates the slot map (and schedules a refresh) and
   * returns undefined, an ASK returns the node to ask. Throws anything else.
   */
  redirect(error: unknown, from: Redis): Redis | undefined {
    const redirect = redirectOf(error);
    if (!redirect) throw error;
    const hostname = redirect.hostname ||
      [...this.#nodes.values()].find((n) => n.redis === from)?.hostname ||
      "127.0.0.1";
    if (redirect.ask) return this.#node(hostname, redirect.port).redis;
    from.cache?.flush();
    this.#map?.moved(redirect.slot, hostname, redirect.port);
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
  ownerOf(slot: number): { hostname: string; port: number } | undefined {
    return this.#map?.shardOf(slot)?.master;
  }

  /** A slot of a random shard, to send keyless commands to an arbitrary master. */
  anySlot(): number {
    const served = this.#map?.served() ?? [];
    return served.length === 0
      ? 0
      : served[Math.floor(Math.random() * served.length)].slot;
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

  /** The clients of the nodes in the topology that are not failing. */
  clients(role: "master" | "replica" | "all"): Redis[] {
    return this.alive(role).map((n) => this.#node(n.hostname, n.port).redis);
  }

  /** Options for a connection of one's own to a node (pub/sub). */
  connectionOptions(
    node: { hostname: string; port: number },
  ): ConnectionOptions {
    return {
      ...this.options.node,
      hostname: node.hostname,
      port: node.port,
    };
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
    if (this.#closed) return Promise.resolve();
    this.#refreshing ??= this.#refreshOnce().finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  async #refreshOnce(): Promise<void> {
    const wait = this.#lastRefresh + REFRESH_GAP_MS - Date.now();
    try {
      if (wait > 0) await this.sleep(wait);
      await this.#loadTopology();
    } catch (e) {
      if (!this.#closed) this.events.error(e as Error);
    } finally {
      this.#lastRefresh = Date.now();
    }
  }

  /** Asks the nodes, those last seen working first, then the seeds. */
  async #loadTopology(): Promise<void> {
    const known = [...this.#nodes.values()];
    const order = [
      ...known.filter((n) => n.up === true),
      ...known.filter((n) => n.up === undefined),
      ...this.options.seeds.filter((s) => !this.#nodes.has(addressOf(s))),
      ...known.filter((n) => n.up === false),
    ];
    const tried: string[] = [];
    let last: unknown;
    for (const { hostname, port } of order) {
      if (this.#closed) throw closedError();
      const node = this.#node(hostname, port);
      tried.push(node.address);
      try {
        const shards = await this.#describe(node);
        if (shards.length === 0) {
          last = new Error(`${node.address} knows of no slots`);
          continue;
        }
        if (!this.#closed) this.#apply(shards);
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
    const tls = Boolean(this.options.node.tls);
    try {
      const reply = await node.redis.sendCommand(
        ["CLUSTER", "SHARDS"],
        options,
      );
      return parseShards(reply, node.hostname, tls);
    } catch (e) {
      if (!(e instanceof RedisError) || !/unknown/i.test(e.message)) throw e;
      const reply = await node.redis.sendCommand(["CLUSTER", "SLOTS"], options);
      return parseSlots(reply, node.hostname);
    }
  }

  /** Adopts a topology: new slot map, and the clients of vanished or failed nodes closed. */
  #apply(shards: ClusterShard[]): void {
    this.#map = new SlotMap(shards);
    const alive = new Set(this.alive("all").map(addressOf));
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
    this.events.refresh(shards);
  }

  /** The client of a node, made on first use. */
  #node(hostname: string, port: number): Node {
    const address = addressOf({ hostname, port });
    const known = this.#nodes.get(address);
    if (known) return known;
    if (this.#closed) throw closedError(); // close() would not see it
    const redis = new Redis({
      ...this.options.node,
      hostname,
      port,
      readOnly: this.options.readFrom !== "master",
    });
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
      this.events.error((event as CustomEvent<Error>).detail);
      void this.refresh();
    });
    this.#nodes.set(address, node);
    return node;
  }

  /** The node to send a command for `slot` to, by `readFrom`. */
  #target(slot: number, replica: boolean): Node | undefined {
    const shard = this.#map?.shardOf(slot);
    if (!shard) return undefined;
    if (replica) {
      const usable = shard.replicas.filter((r) =>
        r.health !== "fail" && this.#nodes.get(addressOf(r))?.up !== false
      );
      if (usable.length > 0) {
        this.#turn = (this.#turn + 1) % usable.length;
        return this.#node(usable[this.#turn].hostname, usable[this.#turn].port);
      }
      if (this.options.readFrom === "replica") {
        throw new ClusterError(
          "NO_REPLICA",
          `No replica of ${
            addressOf(shard.master)
          } can serve slot ${slot} (readFrom: "replica"): use readFrom: "preferReplica" to fall back to the master`,
        );
      }
    }
    // Remembered per master: the hot path makes no address string.
    const known = this.#masters.get(shard.master);
    if (known && !known.retired) return known;
    const node = this.#node(shard.master.hostname, shard.master.port);
    this.#masters.set(shard.master, node);
    return node;
  }

  /** ASKING, then the command, on the same connection. */
  async #asking(
    node: Node,
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
  ): Promise<RespValue> {
    // A failed ASKING shows as the command's own redirect or connection error.
    if (!isBlocking(args)) {
      node.redis.sendCommand(["ASKING"]).catch(() => {});
      return await node.redis.sendCommand(args, options);
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
      this.#map!.served().map(({ slot }) =>
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

  /** Resolves after `ms`, or at once when closing or when `signal` aborts (then throws). */
  async sleep(ms: number, signal?: AbortSignal): Promise<void> {
    await new Promise<void>((resolve) => {
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
    if (this.#closed) throw closedError();
    if (signal?.aborted) {
      throw new AbortError("The command was aborted", signal.reason);
    }
  }

  /** Closes every node's client, gracefully for those that work. */
  async close(): Promise<void> {
    this.#stop();
    await Promise.all([
      ...[...this.#nodes.values()].map((node) =>
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

function label(args: readonly RedisArgument[]): string {
  return commandName(args).toUpperCase();
}

/** What the server says when no node serves a slot; the client says it too. */
function notServed(): RedisError {
  return new RedisError("CLUSTERDOWN Hash slot not served");
}

function closedError(): ConnectionError {
  return new ConnectionError("The client is closed", { code: "CLOSED" });
}

function crossSlot(
  args: readonly RedisArgument[],
  keys: readonly RedisArgument[],
): ClusterError {
  const slots = [...new Set(keys.map(keySlot))];
  return new ClusterError(
    "CROSSSLOT",
    `The keys of ${label(args)} are in different slots (${
      slots.slice(0, 5).join(", ")
    }${
      slots.length > 5 ? ", …" : ""
    }), and a cluster runs a command on one slot: give them a common hash tag, as in user:{42}:name and user:{42}:email`,
  );
}

function tooManyRedirections(
  args: readonly RedisArgument[],
  count: number,
  last: Error,
): ClusterError {
  return new ClusterError(
    "TOO_MANY_REDIRECTIONS",
    `${label(args)} was redirected ${
      count - 1
    } times (last: ${last.message}): the slots may be moving faster than the client can follow; raise maxRedirections or retry later`,
    { cause: last },
  );
}

function redirectOf(error: unknown): Redirect | undefined {
  if (!(error instanceof RedisError)) return undefined;
  if (error.code !== "MOVED" && error.code !== "ASK") return undefined;
  const [, slot, address] = error.message.split(" ");
  const colon = address?.lastIndexOf(":") ?? -1;
  if (colon === -1) return undefined;
  return {
    ask: error.code === "ASK",
    slot: Number(slot),
    hostname: address.slice(0, colon).replace(/^\[(.*)\]$/, "$1"),
    port: Number(address.slice(colon + 1)),
  };
}

/**
 * Whether a failed command may be sent again, and what to do first: it did not run
 * (the cluster refused it, or it never left the client).
 */
function retryable(
  error: unknown,
): "wait" | "refresh" | "master" | undefined {
  if (error instanceof RedisError) {
    switch (error.code) {
      case "TRYAGAIN":
        return "wait";
      case "CLUSTERDOWN":
        return "refresh";
      case "LOADING":
      case "MASTERDOWN":
        return "master";
    }
    return undefined;
  }
  if (error instanceof ConnectionLostError) {
    return error.mayHaveExecuted ? undefined : "refresh";
  }
  if (
    error instanceof ConnectionError &&
    (error.code === "CONNECTION" || error.code === "CLOSED")
  ) {
    return "refresh";
  }
  return undefined;
}
