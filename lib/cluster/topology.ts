/**
 * The shape of a cluster: who serves which slots, from `CLUSTER SHARDS` (Redis 7) or
 * `CLUSTER SLOTS` (older servers), and the slot map a client routes with.
 *
 * @module
 */
import type { RespValue } from "../resp/decode.ts";
import type { HostPort } from "../transport/types.ts";
import { SLOTS } from "./slot.ts";
import { text } from "../_text.ts";

/** One node of a cluster, as the cluster describes it. */
export interface ClusterNodeInfo {
  /** The node's 40-character id ("" when the server did not say). */
  readonly id: string;
  /** Where clients reach it. */
  readonly hostname: string;
  /** Its client port (the TLS one when connecting with TLS). */
  readonly port: number;
  /** Whether it serves the shard's slots or replicates them. */
  readonly role: "master" | "replica";
  /** `online`; `loading` (a replica still syncing, or with nothing written yet); `fail`. */
  readonly health: "online" | "loading" | "fail";
}

/** A master, its replicas, and the slots they serve. */
export interface ClusterShard {
  /** Slot ranges, both ends included. */
  readonly slots: readonly (readonly [from: number, to: number])[];
  /** The node that takes writes for these slots. */
  readonly master: ClusterNodeInfo;
  /** Its replicas. */
  readonly replicas: readonly ClusterNodeInfo[];
}

/** `hostname:port`, the key a client keeps its node connections by. */
export function addressOf(node: HostPort): string {
  return node.hostname.includes(":")
    ? `[${node.hostname}]:${node.port}`
    : `${node.hostname}:${node.port}`;
}

function str(value: RespValue | undefined): string {
  return value === undefined || value === null ? "" : text(value);
}

/** A RESP3 map (as a `Map` or an object) or a RESP2 flat array of pairs, by field name. */
function fields(value: RespValue): Map<string, RespValue> {
  const out = new Map<string, RespValue>();
  if (value instanceof Map) {
    for (const [k, v] of value) out.set(str(k), v);
  } else if (Array.isArray(value)) {
    for (let i = 0; i + 1 < value.length; i += 2) {
      out.set(str(value[i]), value[i + 1]);
    }
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) out.set(k, v as RespValue);
  }
  return out;
}

/** Where a client reaches a node: its preferred endpoint, else its IP, else where we asked. */
function endpoint(preferred: string, ip: string, asked: string): string {
  if (preferred && preferred !== "?") return preferred;
  return ip && ip !== "?" ? ip : asked;
}

/**
 * Reads a `CLUSTER SHARDS` reply. `asked` is the host that answered (for nodes that do not
 * know their own address); with `tls`, nodes are reached on their `tls-port`. Each
 * shard's master is its healthiest; replicas keep their health, so that readers skip
 * failed ones.
 * @internal
 */
export function parseShards(
  reply: RespValue,
  asked: string,
  tls: boolean,
): ClusterShard[] {
  if (!Array.isArray(reply)) {
    throw new TypeError("CLUSTER SHARDS did not return an array");
  }
  const shards: ClusterShard[] = [];
  for (const entry of reply) {
    const shard = fields(entry);
    const flat = (shard.get("slots") ?? []) as RespValue[];
    const slots: [number, number][] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      slots.push([Number(str(flat[i])), Number(str(flat[i + 1]))]);
    }
    const nodes = ((shard.get("nodes") ?? []) as RespValue[]).map((raw) => {
      const n = fields(raw);
      const port = Number(str(tls ? n.get("tls-port") : n.get("port"))) ||
        Number(str(n.get("port")));
      const health = str(n.get("health"));
      return {
        id: str(n.get("id")),
        hostname: endpoint(str(n.get("endpoint")), str(n.get("ip")), asked),
        port,
        role: str(n.get("role")) === "master" ? "master" : "replica",
        health: health === "fail" || health === "loading" ? health : "online",
      } satisfies ClusterNodeInfo;
    });
    const master = healthiest(nodes.filter((n) => n.role === "master"));
    const replicas = nodes.filter((n) => n.role === "replica");
    if (master) shards.push({ slots, master, replicas });
  }
  return shards;
}

const HEALTH_ORDER = ["online", "loading", "fail"] as const;

/**
 * The master a shard's slots go to. After a failover, Redis 8 and Valkey 8 list the
 * dead master in the same shard, even before the promoted one: the healthiest wins, and
 * the others are dropped (a failed master serves nothing, nor is it a replica). A shard
 * whose only master failed keeps it, as it still owns the slots until a replica takes over.
 */
function healthiest(
  masters: ClusterNodeInfo[],
): ClusterNodeInfo | undefined {
  for (const health of HEALTH_ORDER) {
    const found = masters.find((m) => m.health === health);
    if (found) return found;
  }
  return undefined;
}

/**
 * Reads a `CLUSTER SLOTS` reply (servers before 7.0): one entry per slot range, master
 * first. It says nothing of health: each range lists the master that owns it (a failed
 * one until a replica is promoted, as CLUSTER SHARDS does), and failed replicas are not
 * listed at all, so every node is taken as online.
 * @internal
 */
export function parseSlots(reply: RespValue, asked: string): ClusterShard[] {
  if (!Array.isArray(reply)) {
    throw new TypeError("CLUSTER SLOTS did not return an array");
  }
  const byMaster = new Map<string, ClusterShard>();
  for (const entry of reply) {
    if (!Array.isArray(entry) || entry.length < 3) continue;
    const [from, to, ...nodes] = entry;
    const infos = nodes.map((raw, i): ClusterNodeInfo => {
      const [host, port, id] = raw as RespValue[];
      return {
        id: str(id),
        hostname: endpoint(str(host), "", asked),
        port: Number(str(port)),
        role: i === 0 ? "master" : "replica",
        health: "online",
      };
    });
    const key = addressOf(infos[0]);
    const shard = byMaster.get(key) ??
      { slots: [], master: infos[0], replicas: infos.slice(1) };
    (shard.slots as [number, number][]).push([
      Number(str(from)),
      Number(str(to)),
    ]);
    byMaster.set(key, shard);
  }
  return [...byMaster.values()];
}

/** Which shard serves each slot. @internal */
export class SlotMap {
  /** The shards, with the slots each serves. */
  readonly shards: ClusterShard[];
  readonly #owners: (ClusterShard | undefined)[] = new Array(SLOTS);
  #served: { shard: ClusterShard; slot: number }[] | undefined;

  constructor(shards: ClusterShard[]) {
    this.shards = shards;
    for (const shard of shards) {
      for (const [from, to] of shard.slots) {
        for (let slot = from; slot <= to && slot < SLOTS; slot++) {
          this.#owners[slot] = shard;
        }
      }
    }
  }

  /** The shard serving `slot`, if any. */
  shardOf(slot: number): ClusterShard | undefined {
    return this.#owners[slot];
  }

  /** Each shard that serves slots, with one slot it serves (to route to its master). */
  served(): { shard: ClusterShard; slot: number }[] {
    if (this.#served) return this.#served;
    const seen = new Map<ClusterShard, number>();
    for (let slot = 0; slot < SLOTS; slot++) {
      const shard = this.#owners[slot];
      if (shard && !seen.has(shard)) seen.set(shard, slot);
    }
    return this.#served = [...seen].map(([shard, slot]) => ({ shard, slot }));
  }

  /**
   * Records a `MOVED`: `slot` now belongs to the master at this address (a shard of its
   * own until the next refresh tells more).
   */
  moved(slot: number, hostname: string, port: number): void {
    const address = addressOf({ hostname, port });
    let shard = this.shards.find((s) => addressOf(s.master) === address);
    if (!shard) {
      shard = {
        slots: [],
        master: { id: "", hostname, port, role: "master", health: "online" },
        replicas: [],
      };
      this.shards.push(shard);
    }
    this.#owners[slot] = shard;
    this.#served = undefined;
  }
}
