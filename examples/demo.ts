/**
 * A short tour of desir. Uses the server at `REDIS_URL`, or starts a throwaway
 * `redis-server` on a free loopback port when `REDIS_URL` is unset.
 *
 *     deno task demo            # or: ./run demo
 *
 * @module
 */
import {
  Connector,
  ConnectorError,
  Counter,
  Redis,
  RedisCluster,
  RedisError,
  RedisList,
  RedisMap,
  RedisSet,
} from "../mod.ts";
import { deserialize, serialize } from "../codec.ts";
import { startRedis } from "../tests/harness/mod.ts";
import { startCluster } from "../tests/harness/cluster.ts";
import { startSentinels } from "../tests/harness/sentinel.ts";

const step = (title: string) => console.log(`\n── ${title}`);

await using server = Deno.env.get("REDIS_URL") ? undefined : await startRedis();
const url = Deno.env.get("REDIS_URL") ?? server!.url;
console.log(
  `desir demo against ${url}${server ? " (a throwaway redis-server)" : ""}`,
);

await using r = new Redis(url);

step("Commands: raw sendCommand, auto-pipelined");
await r.sendCommand(["SET", "demo:greeting", "hello"]);
console.log(
  "GET demo:greeting →",
  await r.sendCommand(["GET", "demo:greeting"]),
);
const started = performance.now();
const replies = await Promise.all(
  Array.from(
    { length: 10_000 },
    (_, i) => r.sendCommand(["INCR", `demo:n:${i % 10}`]),
  ),
);
console.log(
  `10000 INCRs issued in one tick, sent in one write: last reply ${
    replies.at(-1)
  }, ` +
    `${(performance.now() - started).toFixed(0)} ms`,
);
console.log("protocol spoken:", `RESP${r.protocol}`);

step("Pipelines: results in order, an error stays in its slot");
const p = r.pipeline();
p.sendCommand(["SET", "demo:x", "1"]).sendCommand(["INCR", "demo:x"])
  .sendCommand([
    "LPUSH",
    "demo:x",
    "oops",
  ]);
const [ok, two, wrongType] = await p.exec();
console.log(
  ok,
  two,
  `${(wrongType as RedisError).code}: a RedisError in slot 3`,
);

step("Transactions: MULTI/EXEC, and WATCH for optimistic locking");
const tx = r.multi();
tx.sendCommand(["INCR", "demo:visits"]).sendCommand([
  "EXPIRE",
  "demo:visits",
  60,
]);
console.log("EXEC →", await tx.exec());
const watched = r.multi();
await watched.watch("demo:x");
await r.set("demo:x", "changed by someone else");
watched.set("demo:x", "mine");
console.log("EXEC after a watched key changed →", await watched.exec());

step("Lua scripts: EVALSHA, falling back to EVAL once");
const incrBy = r.script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
console.log("script →", await incrBy.run(["demo:counter"], [5]));
await r.scriptFlush();
console.log(
  "after SCRIPT FLUSH, still →",
  await incrBy.run(["demo:counter"], [5]),
);

step("Binary-safe values");
const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
await r.sendCommand(["SET", "demo:bytes", bytes]);
const back = await r.with({ bytes: true }).sendCommand<Uint8Array>([
  "GET",
  "demo:bytes",
]);
console.log(`all 256 byte values round-trip: ${back.every((b, i) => b === i)}`);

step("Blocking commands run on their own connection");
const popped = r.blpop("demo:queue", 5);
console.log("PING while BLPOP waits →", await r.ping());
await r.rpush("demo:queue", "job-1");
console.log("BLPOP →", await popped);

step("Pub/sub: async iteration and callbacks");
const heard: string[] = [];
const listener = await r.subscribe("demo:news", (m) => heard.push(m.message));
await using news = await r.subscribe("demo:news");
await r.publish("demo:news", "desir speaks RESP3");
for await (const m of news) {
  console.log(`iterator got "${m.message}" on ${m.channel}`);
  break;
}
console.log("callback got", heard);
await listener.unsubscribe();

step("Timeouts, AbortSignal and typed errors");
try {
  await r.with({ timeout: 50 }).blpop("demo:empty", 1);
} catch (e) {
  console.log(`${(e as Error).name}: ${(e as Error).message}`);
}
try {
  await r.hset("demo:greeting", { f: "v" });
} catch (e) {
  if (e instanceof RedisError) {
    console.log(`RedisError ${e.code}: ${e.message}`);
  }
}

step("Sugar: a Counter unique across processes");
const counter = new Counter(r, "demo:counter", { seed: 5 });
for await (const i of counter) {
  if (i > 10) break;
}
console.log("after counting past 10 from 5, next() →", await counter.next());

step("Sugar: Connector mailboxes, Erlang-style send / receive");
const toto = new Connector(r, "toto", { timeout: 200 });
const tata = new Connector(r, "tata", { timeout: 200 });
for (let i = 0; i < 3; i++) {
  await toto.send("tata", [1, 2, 3, { a: 2, b: 3, sent: new Date() }]);
}
for await (const m of tata) {
  console.log(`from ${m.from} at ${new Date(m.time).toISOString()}:`, m.value);
}
console.log("the iteration ended after 200 ms of silence");

step("Sugar: RPC worker and proxy, remote errors raised here");
const worker = new Connector(r, "testworker");
worker.register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0));
const stop = new AbortController();
const serving = worker.worker({ signal: stop.signal, concurrency: 2 });
const caller = new Connector(r);
const math = caller.proxy<{ add(...n: unknown[]): number }>("testworker");
console.log(
  "proxy.add(10, 20, 30, 40, 50) →",
  await math.add(10, 20, 30, 40, 50),
);
console.log(
  'call("testworker", ["add", 1, 2]) →',
  await caller.call("testworker", ["add", 1, 2]),
);
worker.register("explode", () => {
  throw new RangeError("worker-side failure");
});
try {
  await caller.proxy<{ explode(): void }>("testworker").explode();
} catch (e) {
  if (e instanceof ConnectorError) {
    console.log(
      `ConnectorError: the worker threw ${e.remoteName}: ${e.remoteMessage}`,
    );
  }
}
stop.abort();
await serving;

step("Sugar: Redis-backed Map, Set and List of any structured-cloneable value");
const users = new RedisMap<{ name: string; tags: Set<string>; joined: Date }>(
  r,
  "demo:users",
);
await users.set("ada", {
  name: "Ada",
  tags: new Set(["math"]),
  joined: new Date(0),
});
console.log("map.get →", await users.get("ada"), "size", await users.size());
const tags = new RedisSet<string>(r, "demo:tags");
await tags.add("redis");
await tags.add("deno");
console.log("set.has('deno') →", await tags.has("deno"));
const queue = new RedisList<number[]>(r, "demo:list");
await queue.push([1], [2, 2], [3, 3, 3]);
console.log(
  "list.slice(1) →",
  await queue.slice(1),
  "shift →",
  await queue.shift(),
);

step(
  "The codec: what structuredClone accepts round-trips, what it rejects is rejected",
);
const cyclic: { self?: unknown; big: bigint; at: Date } = {
  big: 2n ** 70n,
  at: new Date(0),
};
cyclic.self = cyclic;
const copy = deserialize(serialize(cyclic)) as typeof cyclic;
console.log("cycle kept:", copy.self === copy, "bigint:", copy.big);
try {
  serialize({ f() {} });
} catch (e) {
  console.log(`${(e as DOMException).name}, as structuredClone throws`);
}

// The distributed engines need processes of their own: only with throwaway servers.
if (server) {
  step("Redis Cluster: 3 masters + 3 replicas, the same methods");
  await using cluster = await startCluster();
  await using c = new RedisCluster({ nodes: [cluster.urls[0]] });
  await c.mset({ "user:1": "ada", "user:2": "bob", "user:3": "eve" });
  console.log(
    "MSET across slots, MGET merged in order →",
    await c.mget("user:1", "user:2", "user:3"),
  );
  console.log("DBSIZE summed over the masters →", await c.dbsize());
  const shards = c.topology.map((shard) => shard.master.port);
  console.log(
    `${shards.length} shards learned from one seed node:`,
    shards.join(", "),
  );
  const box = new Connector(c, "cluster-box");
  await box.send(box, "hello from a cluster");
  console.log("Connector on a cluster →", (await box.receive())?.value);

  step("Sentinel: follow the master through a failover");
  await using sentinels = await startSentinels();
  await using s = new Redis({
    sentinels: sentinels.sentinels,
    masterName: sentinels.masterName,
  });
  await s.set("demo:before", "written to the first master");
  const oldPort = sentinels.master.port;
  const failedOver = performance.now();
  await sentinels.failover();
  await sentinels.waitForNewMaster(oldPort);
  for (let attempt = 1;; attempt++) {
    try {
      await s.set("demo:after", "written to the new master");
      break;
    } catch (e) {
      // Only a write in flight at the switch fails (at most once: it is not resent).
      if (attempt === 3) throw e;
      console.log(`  in flight during the switch: ${(e as Error).name}`);
    }
  }
  const port = (await s.configGet("port")).port;
  console.log(
    `master moved from ${oldPort} to ${port}; the client followed in ` +
      `${(performance.now() - failedOver).toFixed(0)} ms`,
  );
}

console.log("\nDone: the client closes gracefully at the end of its scope.");
