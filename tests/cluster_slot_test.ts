import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";
import { keySlot } from "../lib/cluster/slot.ts";
import { parseShards, parseSlots, SlotMap } from "../lib/cluster/topology.ts";
import {
  aggregate,
  mergeInKeyOrder,
  splitBySlot,
} from "../lib/cluster/_policy.ts";

Deno.test("keySlot matches the slots Redis documents", () => {
  assert.equal(keySlot("foo"), 12182);
  assert.equal(keySlot("123456789"), 12739); // CRC16/XMODEM check value 0x31C3
  assert.equal(keySlot(""), 0);
  assert.equal(keySlot("user:{42}:name"), keySlot("42"));
  assert.equal(
    keySlot("{user1000}.following"),
    keySlot("{user1000}.followers"),
  );
  // An empty tag, or no closing brace, hashes the whole key.
  assert.equal(
    keySlot("foo{}{bar}"),
    keySlot(new TextEncoder().encode("foo{}{bar}")),
  );
  assert.notEqual(keySlot("foo{}{bar}"), keySlot("bar"));
  assert.equal(keySlot("foo{{bar}}zap"), keySlot("{bar"));
  assert.equal(keySlot("foo{bar}{zap}"), keySlot("bar"));
  assert.equal(keySlot(42), keySlot("42"));
});

Deno.test("keySlot computes the slot of 5000 random keys as CLUSTER KEYSLOT does", async () => {
  await using server = await startRedis({ args: ["--cluster-enabled", "yes"] });
  await using r = new Redis(server.url);
  const keys: (string | Uint8Array)[] = [];
  const alphabet = "ab{}:xé😀\u0000 ";
  for (let i = 0; i < 2500; i++) {
    const length = Math.floor(Math.random() * 12);
    let key = "";
    for (let j = 0; j < length; j++) {
      key += [...alphabet][Math.floor(Math.random() * [...alphabet].length)];
    }
    keys.push(key);
  }
  for (let i = 0; i < 2500; i++) {
    // Random bytes, with braces often enough to make hash tags.
    const bytes = crypto.getRandomValues(
      new Uint8Array(Math.floor(Math.random() * 16)),
    );
    for (let j = 0; j < bytes.length; j++) {
      if (bytes[j] % 5 === 0) bytes[j] = 0x7b;
      else if (bytes[j] % 5 === 1) bytes[j] = 0x7d;
    }
    keys.push(bytes);
  }
  const slots = await Promise.all(
    keys.map((key) => r.sendCommand<number>(["CLUSTER", "KEYSLOT", key])),
  );
  const wrong = keys.filter((key, i) => keySlot(key) !== slots[i]);
  assert.deepEqual(wrong, []);
});

const SHARDS_RESP3 = [
  new Map<string, unknown>([
    ["slots", [0, 5460, 10000, 10001]],
    ["nodes", [
      new Map<string, unknown>([
        ["id", "a".repeat(40)],
        ["port", 7000],
        ["tls-port", 8000],
        ["ip", "10.0.0.1"],
        ["endpoint", "node-a.local"],
        ["role", "master"],
        ["replication-offset", 10],
        ["health", "online"],
      ]),
      new Map<string, unknown>([
        ["id", "b".repeat(40)],
        ["port", 7001],
        ["ip", "10.0.0.2"],
        ["endpoint", "?"],
        ["role", "replica"],
        ["replication-offset", 0],
        ["health", "loading"],
      ]),
    ]],
  ]),
];

Deno.test("parseShards reads CLUSTER SHARDS over RESP3 and RESP2", () => {
  const shards = parseShards(SHARDS_RESP3 as never, "127.0.0.1", false);
  assert.deepEqual(shards, [{
    slots: [[0, 5460], [10000, 10001]],
    master: {
      id: "a".repeat(40),
      hostname: "node-a.local",
      port: 7000,
      role: "master",
      health: "online",
    },
    replicas: [{
      id: "b".repeat(40),
      hostname: "10.0.0.2", // its endpoint is unknown ("?"): its IP
      port: 7001,
      role: "replica",
      health: "loading",
    }],
  }]);
  // RESP2: maps are flat arrays of pairs.
  const flat = (m: Map<string, unknown>): unknown[] =>
    [...m].flatMap((
      [k, v],
    ) => [k, k === "nodes" ? (v as never[]).map(flat) : v]);
  assert.deepEqual(
    parseShards(SHARDS_RESP3.map(flat) as never, "127.0.0.1", false),
    shards,
  );
  // RESP3 with maps: "object": null-prototype objects.
  const object = (m: Map<string, unknown>): unknown =>
    Object.assign(
      Object.create(null),
      Object.fromEntries(
        [...m].map((
          [k, v],
        ) => [k, k === "nodes" ? (v as never[]).map(object) : v]),
      ),
    );
  assert.deepEqual(
    parseShards(SHARDS_RESP3.map(object) as never, "127.0.0.1", false),
    shards,
  );
  // With TLS, nodes are reached on their TLS port.
  assert.equal(
    parseShards(SHARDS_RESP3 as never, "127.0.0.1", true)[0].master.port,
    8000,
  );
});

/** One shard of Valkey 8.1.1's CLUSTER SHARDS (RESP3) after its master was killed and its
 * replica promoted: the dead master comes first, still as a master. */
function shardAfterFailover(
  nodes: [id: string, port: number, role: string, health: string][],
): Map<string, unknown> {
  return new Map<string, unknown>([
    ["slots", [0, 5460]],
    [
      "nodes",
      nodes.map(([id, port, role, health]) =>
        new Map<string, unknown>([
          ["id", id.repeat(40)],
          ["port", port],
          ["ip", "127.0.0.1"],
          ["endpoint", "127.0.0.1"],
          ["role", role],
          ["replication-offset", 0],
          ["health", health],
        ])
      ),
    ],
  ]);
}

Deno.test("parseShards takes a shard's online master, not a failed one listed first", () => {
  const [shard] = parseShards(
    [shardAfterFailover([
      ["a", 41165, "master", "fail"],
      ["b", 42699, "master", "online"],
      ["c", 42011, "replica", "fail"],
      ["d", 42012, "replica", "loading"],
    ])] as never,
    "127.0.0.1",
    false,
  );
  assert.equal(shard.master.port, 42699);
  assert.equal(shard.master.health, "online");
  // The dead master is no replica; failed replicas are kept, marked, for readers to skip.
  assert.deepEqual(
    shard.replicas.map((r) => [r.port, r.role, r.health]),
    [[42011, "replica", "fail"], [42012, "replica", "loading"]],
  );
  // Until a replica is promoted, the failed master is the only one that owns the slots.
  const [alone] = parseShards(
    [shardAfterFailover([
      ["c", 42011, "replica", "online"],
      ["a", 41165, "master", "fail"],
    ])] as never,
    "127.0.0.1",
    false,
  );
  assert.equal(alone.master.port, 41165);
  assert.equal(alone.master.health, "fail");
  assert.deepEqual(alone.replicas.map((r) => r.port), [42011]);
});

Deno.test("parseSlots reads CLUSTER SLOTS and groups ranges by master", () => {
  const shards = parseSlots(
    [
      [0, 99, ["", 7000, "a"], ["10.0.0.2", 7001, "b"]],
      [200, 299, ["", 7000, "a"]],
      [100, 199, ["10.0.0.3", 7002, "c"]],
    ] as never,
    "seed.local",
  );
  assert.equal(shards.length, 2);
  assert.deepEqual(shards[0].slots, [[0, 99], [200, 299]]);
  assert.equal(shards[0].master.hostname, "seed.local"); // "" means the node asked
  assert.equal(shards[0].replicas[0].port, 7001);
  assert.equal(shards[1].master.port, 7002);
});

Deno.test("SlotMap answers the shard of a slot and records MOVED", () => {
  const map = new SlotMap(parseShards(SHARDS_RESP3 as never, "h", false));
  assert.equal(map.shardOf(5460)?.master.port, 7000);
  assert.equal(map.shardOf(5461), undefined);
  assert.deepEqual(map.served().map((s) => s.slot), [0]);
  map.moved(0, "10.0.0.9", 7009);
  assert.equal(map.shardOf(0)?.master.port, 7009);
  assert.deepEqual(map.served().map((s) => s.shard.master.port), [7009, 7000]);
});

Deno.test("splitBySlot splits multi-key commands per slot and merges replies in key order", () => {
  const keys = ["a", "b", "{a}1", "c"];
  const parts = splitBySlot(["MGET", ...keys], keys)!;
  const a = parts.find((p) => p.args.includes("a"))!;
  assert.deepEqual(a.args, ["MGET", "a", "{a}1"]);
  assert.deepEqual(a.positions, [0, 2]);
  const replies = parts.map((p) => p.positions.map((i) => `v${i}`));
  assert.deepEqual(mergeInKeyOrder(parts, replies, 4), [
    "v0",
    "v1",
    "v2",
    "v3",
  ]);
  const pairs = splitBySlot(["MSET", "a", 1, "b", 2], ["a", "b"])!;
  assert.deepEqual(pairs.map((p) => p.args), [["MSET", "a", 1], [
    "MSET",
    "b",
    2,
  ]]);
  // Not "name, then one group per key": left to the server.
  assert.equal(splitBySlot(["X", "a", "b", "c"], ["a", "b"]), undefined);
});

Deno.test("aggregate merges replies by response policy", () => {
  const ok = <T>(value: T) => ({ status: "fulfilled" as const, value });
  const no = (reason: unknown) => ({ status: "rejected" as const, reason });
  assert.equal(aggregate("agg_sum", [ok(1), ok(2), ok(3)] as never), 6);
  assert.equal(aggregate("agg_sum", [ok(1), ok(2n)] as never), 3n);
  assert.equal(aggregate("agg_min", [ok(3), ok(1), ok(2)] as never), 1);
  assert.equal(aggregate("agg_max", [ok(3), ok(1), ok(2)] as never), 3);
  assert.deepEqual(
    aggregate("agg_logical_and", [ok([1, 1, 0]), ok([1, 0, 0])] as never),
    [1, 0, 0],
  );
  assert.deepEqual(
    aggregate("agg_logical_or", [ok([1, 0, 0]), ok([0, 0, 1])] as never),
    [1, 0, 1],
  );
  assert.equal(aggregate("all_succeeded", [ok("OK"), ok("OK")] as never), "OK");
  const boom = new Error("boom");
  assert.throws(
    () => aggregate("all_succeeded", [ok("OK"), no(boom)] as never),
    boom,
  );
  assert.equal(aggregate("one_succeeded", [no(boom), ok("OK")] as never), "OK");
  assert.throws(() => aggregate("one_succeeded", [no(boom)] as never), boom);
  assert.deepEqual(aggregate(undefined, [ok(["a"]), ok(["b", "c"])] as never), [
    "a",
    "b",
    "c",
  ]);
  assert.equal(aggregate(undefined, [ok(null), ok("k")] as never), "k");
});
