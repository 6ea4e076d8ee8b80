/**
 * Start a real cluster for a test: `--cluster-enabled yes` servers on free
 * loopback ports, joined by the server's own `cli --cluster create`.
 *
 * @module
 */

import { freePorts } from "./_free_port.ts";
import { type RedisServer, startRedis } from "./redis_server.ts";
import { testServer } from "./server_kind.ts";
import { Redis } from "../../lib/client.ts";
import type { RedisArgument } from "../../lib/resp/encode.ts";

/** How to build a test cluster. */
export interface ClusterOptions {
  /** Masters; the 16384 slots are split evenly between them. @default 3 */
  masters?: number;
  /** Replicas of each master. @default 1 */
  replicas?: number;
  /**
   * `cluster-node-timeout` in ms: how long a node may be unreachable before failover
   * starts. Short, so failover tests are quick.
   * @default 1000
   */
  nodeTimeout?: number;
  /** Extra `redis-server` arguments for every node. */
  args?: string[];
}

/** One node of a test cluster. */
export interface ClusterNode {
  /** The client port. */
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** The cluster bus port. */
  readonly busPort: number;
  /** The node's 40-character id. */
  readonly id: string;
  /** Whether the process runs (false after `kill()` until `restart()`). */
  readonly running: boolean;
  /** Sends a command to this node alone (no redirects followed). */
  call<T = unknown>(args: readonly RedisArgument[]): Promise<T>;
  /** SIGKILL the node, to simulate a crash. */
  kill(): Promise<void>;
  /** Starts the node again, on the same ports with its `nodes.conf` (so the same id). */
  restart(): Promise<void>;
}

/** A running test cluster; `await using` kills every node and removes its files. */
export interface TestCluster extends AsyncDisposable {
  /** Every node, masters first (in the order `redis-cli` made them). */
  readonly nodes: readonly ClusterNode[];
  /** The nodes' URLs, to seed a client. */
  readonly urls: string[];
  /** The node listening on `port`. */
  node(port: number): ClusterNode;
  /** The running nodes that currently are masters (asked to each node). */
  masters(): Promise<ClusterNode[]>;
  /** The master that owns `slot`, as the running nodes agree. */
  ownerOf(slot: number): Promise<ClusterNode>;
  /** The master that owns each slot (indexed by slot), from one `CLUSTER NODES`. */
  slotOwners(): Promise<(ClusterNode | undefined)[]>;
  /** The running replicas of `master`. */
  replicasOf(master: ClusterNode): Promise<ClusterNode[]>;
  /**
   * Moves `slot` to the master `to` the way `redis-cli --cluster reshard` does:
   * IMPORTING/MIGRATING, MIGRATE of its keys in batches, then SETSLOT NODE on every
   * master. `whileMigrating` runs once both ends are marked and some keys have moved.
   */
  moveSlot(
    slot: number,
    to: ClusterNode,
    whileMigrating?: () => Promise<void>,
  ): Promise<void>;
  /**
   * Waits until every running node says `cluster_state:ok`, they all agree on who owns
   * which slot and on which running nodes are the masters (as many as the cluster was
   * made with), and every running replica's link to its master is up.
   */
  waitHealthy(timeoutMs?: number): Promise<void>;
}

/**
 * Starts a cluster (3 masters with 1 replica each unless told otherwise) and resolves once
 * it is healthy.
 *
 * @throws {Error} When a node does not start or the cluster does not become healthy in time.
 * @example
 * ```ts
 * await using cluster = await startCluster();
 * const c = new RedisCluster({ nodes: cluster.urls });
 * ```
 */
export async function startCluster(
  options: ClusterOptions = {},
): Promise<TestCluster> {
  const masters = options.masters ?? 3;
  const replicas = options.replicas ?? 1;
  const count = masters * (replicas + 1);
  const ports = freePorts(count * 2);
  const settled = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      startRedis({
        port: ports[2 * i],
        // deno-fmt-ignore
        args: [
          "--cluster-enabled", "yes",
          "--cluster-config-file", "nodes.conf", // in the node's own temp dir
          "--cluster-port", String(ports[2 * i + 1]),
          "--cluster-node-timeout", String(options.nodeTimeout ?? 1000),
          // A replica may always take over, however stale: tests kill masters on purpose.
          "--cluster-replica-validity-factor", "0",
          "--cluster-allow-replica-migration", "no",
          // Replicas sync at once instead of waiting 5 s for others to share the transfer.
          "--repl-diskless-sync-delay", "0",
          ...(options.args ?? []),
        ],
      })),
  );
  const servers = settled.flatMap((s) =>
    s.status === "fulfilled" ? [s.value] : []
  );
  const cluster = new LocalCluster(
    servers.map((server, i) => new LocalNode(server, ports[2 * i + 1])),
    masters,
  );
  try {
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    await create(servers.map((s) => s.port), replicas);
    await cluster.waitHealthy(20_000);
    await Promise.all(cluster.nodes.map((node) => node.learnId()));
    return cluster;
  } catch (error) {
    await cluster[Symbol.asyncDispose]();
    throw error;
  }
}

async function create(ports: number[], replicas: number): Promise<void> {
  const { command, args } = testServer.command("cli", [
    "--cluster",
    "create",
    ...ports.map((port) => `127.0.0.1:${port}`),
    "--cluster-replicas",
    String(replicas),
    "--cluster-yes",
  ]);
  const { code, stdout, stderr } = await new Deno.Command(command, {
    args,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    const text = new TextDecoder();
    throw new Error(
      `${testServer.name}'s cli --cluster create failed (${code}):\n${
        text.decode(stdout)
      }${text.decode(stderr)}`,
    );
  }
}

class LocalNode implements ClusterNode {
  id = "";
  running = true;
  #client: Redis;

  constructor(readonly server: RedisServer, readonly busPort: number) {
    this.#client = this.#connect();
  }

  get port(): number {
    return this.server.port;
  }

  get url(): string {
    return this.server.url;
  }

  #connect(): Redis {
    return new Redis({ port: this.port, reconnect: false, protocol: 2 });
  }

  call<T = unknown>(args: readonly RedisArgument[]): Promise<T> {
    return this.#client.sendCommand<T>(args);
  }

  async learnId(): Promise<void> {
    this.id = await this.call<string>(["CLUSTER", "MYID"]);
  }

  async kill(): Promise<void> {
    this.running = false;
    await this.server.kill();
    this.#client.destroy();
  }

  async restart(): Promise<void> {
    await this.server.restart();
    this.#client.destroy();
    this.#client = this.#connect();
    this.running = true;
  }

  async dispose(): Promise<void> {
    this.#client.destroy();
    await this.server[Symbol.asyncDispose]();
  }
}

/** One line of `CLUSTER NODES`. */
interface NodeLine {
  id: string;
  port: number;
  flags: string[];
  master: string;
  slots: [number, number][];
  linkState: string;
}

function parseNodes(text: string): NodeLine[] {
  return text.trim().split("\n").map((line) => {
    const [id, address, flags, master, , , , linkState, ...slots] = line
      .split(" ");
    return {
      id,
      port: Number(address.split("@")[0].split(":")[1]),
      flags: flags.split(","),
      master,
      linkState,
      slots: slots.filter((s) => !s.startsWith("[")).map((s) => {
        const [from, to] = s.split("-").map(Number);
        return [from, to ?? from] as [number, number];
      }),
    };
  });
}

class LocalCluster implements TestCluster {
  /** `masters`: how many masters the cluster is made with, and keeps through failovers. */
  constructor(readonly nodes: LocalNode[], readonly masterCount: number) {}

  get urls(): string[] {
    return this.nodes.map((n) => n.url);
  }

  node(port: number): ClusterNode {
    const node = this.nodes.find((n) => n.port === port);
    if (!node) throw new Error(`No node listens on ${port}`);
    return node;
  }

  /** CLUSTER NODES as seen from the first running node that answers. */
  async #view(): Promise<NodeLine[]> {
    for (const node of this.nodes) {
      if (!node.running) continue;
      try {
        return parseNodes(await node.call<string>(["CLUSTER", "NODES"]));
      } catch {
        // try the next one
      }
    }
    throw new Error("No cluster node answers");
  }

  async masters(): Promise<ClusterNode[]> {
    const view = await this.#view();
    return view
      .filter((l) => l.flags.includes("master") && !l.flags.includes("fail"))
      .map((l) => this.node(l.port))
      .filter((n) => n.running);
  }

  async ownerOf(slot: number): Promise<ClusterNode> {
    const view = await this.#view();
    const line = view.find((l) =>
      l.flags.includes("master") &&
      l.slots.some(([from, to]) => from <= slot && slot <= to)
    );
    if (!line) throw new Error(`No master owns slot ${slot}`);
    return this.node(line.port);
  }

  async slotOwners(): Promise<(ClusterNode | undefined)[]> {
    const owners: (ClusterNode | undefined)[] = new Array(16384);
    for (const line of await this.#view()) {
      if (!line.flags.includes("master")) continue;
      for (const [from, to] of line.slots) {
        owners.fill(this.node(line.port), from, to + 1);
      }
    }
    return owners;
  }

  async moveSlot(
    slot: number,
    to: ClusterNode,
    whileMigrating?: () => Promise<void>,
  ): Promise<void> {
    const from = await this.ownerOf(slot);
    if (from === to) return;
    await to.call(["CLUSTER", "SETSLOT", slot, "IMPORTING", from.id]);
    await from.call(["CLUSTER", "SETSLOT", slot, "MIGRATING", to.id]);
    let paused = false;
    for (;;) {
      const keys = await from.call<string[]>([
        "CLUSTER",
        "GETKEYSINSLOT",
        slot,
        10,
      ]);
      if (keys.length > 0) {
        // deno-fmt-ignore
        await from.call([
          "MIGRATE", "127.0.0.1", to.port, "", 0, 5000, "REPLACE", "KEYS", ...keys,
        ]);
      }
      if (!paused) {
        paused = true;
        await whileMigrating?.();
      } else if (keys.length === 0) break;
    }
    await to.call(["CLUSTER", "SETSLOT", slot, "NODE", to.id]);
    await from.call(["CLUSTER", "SETSLOT", slot, "NODE", to.id]);
    for (const master of await this.masters()) {
      if (master !== from && master !== to) {
        await master.call(["CLUSTER", "SETSLOT", slot, "NODE", to.id]);
      }
    }
  }

  async replicasOf(master: ClusterNode): Promise<ClusterNode[]> {
    const view = await this.#view();
    const id = view.find((l) => l.port === master.port)!.id;
    return view
      .filter((l) => l.master === id && !l.flags.includes("fail"))
      .map((l) => this.node(l.port))
      .filter((n) => n.running);
  }

  async waitHealthy(timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    while (Date.now() < deadline) {
      last = await this.#unhealthy().catch((e) => String(e));
      if (last === "") return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`The cluster did not become healthy: ${last}`);
  }

  /** What is still wrong, or "" when healthy. */
  async #unhealthy(): Promise<string> {
    const running = this.nodes.filter((n) => n.running);
    const views = await Promise.all(running.map(async (node) => {
      const info = await node.call<string>(["CLUSTER", "INFO"]);
      if (!info.includes("cluster_state:ok")) {
        throw new Error(`${node.port} is not ok`);
      }
      const lines = parseNodes(await node.call<string>(["CLUSTER", "NODES"]));
      const me = lines.find((l) => l.flags.includes("myself"))!;
      if (me.flags.includes("slave")) {
        const replication = await node.call<string>(["INFO", "replication"]);
        if (!replication.includes("master_link_status:up")) {
          throw new Error(`${node.port}'s replication link is down`);
        }
      }
      // Who owns which slot, whose replica each replica is (gossip spreads that too, so a
      // node may not know it yet), and which running nodes are known to be alive.
      const owners = lines.filter((l) => l.flags.includes("master"))
        .filter((l) => l.slots.length > 0)
        .map((l) => `${l.port}:${JSON.stringify(l.slots)}`).sort().join(" ");
      const replicas = lines.filter((l) => l.flags.includes("slave"))
        .map((l) => `${l.port}<${l.master}`).sort().join(" ");
      // For a moment after `--cluster create` says the cluster is ok, replicas are still
      // masters with no slots, and all nodes agree on that (seen with Redis 8.0).
      const masters = lines.filter((l) =>
        l.flags.includes("master") && running.some((n) => n.port === l.port)
      );
      if (masters.length !== this.masterCount) {
        throw new Error(
          `${node.port} sees ${masters.length} masters, not ${this.masterCount}`,
        );
      }
      const failing = lines.filter((l) =>
        running.some((n) => n.port === l.port) &&
        (l.flags.includes("fail") || l.flags.includes("fail?") ||
          l.linkState !== "connected")
      );
      if (failing.length > 0) {
        throw new Error(
          `${node.port} sees ${failing.map((l) => l.port)} as failing`,
        );
      }
      return `${owners} ${replicas}`;
    }));
    if (new Set(views).size !== 1) {
      return "the nodes disagree on the slots or the replicas";
    }
    return "";
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await Promise.all(this.nodes.map((node) => node.dispose()));
  }
}
