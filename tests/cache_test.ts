import assert from "node:assert/strict";
import { AbortError, Redis, RedisCluster } from "../mod.ts";
import { keySlot } from "../cluster.ts";
import { startFakeServer, startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";
import { startSentinels } from "./harness/sentinel.ts";
import { Random } from "./_random_values.ts";
import { waitFor } from "./_wait.ts";
import { defaultTransport } from "../lib/transport/default.ts";
import type { SocketHandlers, Transport } from "../lib/transport/types.ts";

Deno.test("ClientCache serves a repeated read from memory until another client writes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  await w.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  assert.equal(await r.get("k"), "v1");
  assert.deepEqual(
    { hits: r.cache!.stats.hits, misses: r.cache!.stats.misses },
    { hits: 1, misses: 1 },
  );
  await w.set("k", "v2");
  await r.ping(); // the round trip that carries the invalidation
  assert.equal(r.cache!.stats.invalidations, 1);
  assert.equal(await r.get("k"), "v2");
  assert.equal(r.cache!.stats.misses, 2);
});

Deno.test("ClientCache matches invalidated keys byte for byte, whatever their text", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  const keys = ["\uFEFFbom", "lone \uD800", "héllo 🦕", "42"];
  for (const k of keys) await w.set(k, "v1");
  for (const k of keys) assert.equal(await r.get(k), "v1");
  for (const k of keys) await w.set(k, "v2");
  await r.ping();
  for (const k of keys) assert.equal(await r.get(k), "v2", JSON.stringify(k));
  assert.equal(await r.sendCommand(["GET", 42]), "v2");
});

Deno.test("ClientCache drops a multi-key read when any of its keys changes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  await w.mset({ a: "1", b: "2" });
  assert.deepEqual(await r.mget("a", "b"), ["1", "2"]);
  assert.deepEqual(await r.mget("a", "b"), ["1", "2"]);
  await w.set("b", "3");
  await r.ping();
  assert.deepEqual(await r.mget("a", "b"), ["1", "3"]);
  assert.equal(r.cache!.stats.hits, 1);
});

Deno.test("ClientCache reads this client's own write at once", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  await r.set("k", "v2");
  assert.equal(await r.get("k"), "v2");
  // A read in flight when the write is sent is not kept.
  const [before] = await Promise.all([r.get("k"), r.set("k", "v3")]);
  assert.equal(before, "v2");
  assert.equal(await r.get("k"), "v3");
});

Deno.test("ClientCache does not answer for another database: SELECT is refused, each db its client", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "in 0");
  assert.equal(await r.get("k"), "in 0");
  await assert.rejects(r.sendCommand(["SELECT", 1]), TypeError);
  await using db1 = new Redis(server.url, { cache: {}, db: 1 });
  assert.equal(await db1.get("k"), null);
  assert.equal(await r.get("k"), "in 0");
});

Deno.test("ClientCache hands out copies that callers cannot change", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.rpush("l", "a", "b");
  const first = await r.lrange("l", 0, -1);
  first.push("mutated");
  assert.deepEqual(await r.lrange("l", 0, -1), ["a", "b"]);
  const second = await r.lrange("l", 0, -1);
  second.pop();
  assert.deepEqual(await r.lrange("l", 0, -1), ["a", "b"]);
  assert.equal(r.cache!.stats.hits, 3);
});

Deno.test("ClientCache keeps bytes and text replies apart", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "v");
  assert.equal(await r.get("k"), "v");
  assert.deepEqual(
    await r.with({ bytes: true }).get("k"),
    new TextEncoder().encode("v"),
  );
  assert.equal(await r.get("k"), "v");
});

Deno.test("ClientCache does not cache time-dependent or nondeterministic reads", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "v", { ex: 100 });
  await r.sadd("s", "a", "b");
  for (let i = 0; i < 2; i++) {
    await r.ttl("k");
    await r.pttl("k");
    await r.srandmember("s");
    await r.objectEncoding("k");
    await r.touch("k");
  }
  assert.deepEqual(
    { hits: r.cache!.stats.hits, misses: r.cache!.stats.misses },
    { hits: 0, misses: 0 },
  );
});

Deno.test("ClientCache is bypassed by with({ cache: false })", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "v");
  const direct = r.with({ cache: false });
  assert.equal(await direct.get("k"), "v");
  assert.equal(await direct.get("k"), "v");
  assert.deepEqual(
    { hits: r.cache!.stats.hits, entries: r.cache!.stats.entries },
    { hits: 0, entries: 0 },
  );
});

Deno.test("ClientCache follows expiry, FLUSHALL and scripts", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  // Expiry: the server's active expiry invalidates the key.
  await w.set("e", "v", { px: 50 });
  assert.equal(await r.get("e"), "v");
  await waitFor(async () => {
    await r.ping();
    return r.cache!.stats.entries === 0;
  }, "the expired key's invalidation");
  assert.equal(await r.get("e"), null);
  // FLUSHALL: an invalidation without keys.
  await w.set("f", "v");
  assert.equal(await r.get("f"), "v");
  await w.flushall();
  await r.ping();
  assert.equal(await r.get("f"), null);
  // A script that writes.
  await w.set("s", "old");
  assert.equal(await r.get("s"), "old");
  await w.eval("redis.call('SET', KEYS[1], ARGV[1])", ["s"], ["new"]);
  await r.ping();
  assert.equal(await r.get("s"), "new");
});

Deno.test("ClientCache follows evictions by maxmemory", async () => {
  await using server = await startRedis({
    args: ["--maxmemory", "4mb", "--maxmemory-policy", "allkeys-lru"],
  });
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  await w.set("victim", "v");
  assert.equal(await r.get("victim"), "v");
  const filler = "x".repeat(10_000);
  let n = 0;
  await waitFor(async () => {
    const p = w.pipeline();
    for (let i = 0; i < 100; i++) p.set(`fill:${n++}`, filler);
    await p.exec();
    return await w.exists("victim") === 0;
  }, "the eviction of the cached key");
  await r.ping();
  assert.equal(await r.get("victim"), null);
  assert.ok(r.cache!.stats.invalidations >= 1);
});

const HELLO_REPLY = "%2\r\n+server\r\n+fake\r\n+proto\r\n:3\r\n";
const INVALIDATE_K = ">2\r\n$10\r\ninvalidate\r\n*1\r\n$1\r\nk\r\n";

Deno.test("ClientCache does not keep a reply whose key was invalidated while it was in flight", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { cache: {} });
  const first = r.get("k");
  const conn = await fake.accept();
  assert.deepEqual((await conn.commands(1))[0].slice(0, 2), ["HELLO", "3"]);
  await conn.write(HELLO_REPLY);
  assert.deepEqual(await conn.commands(1), [["CLIENT", "TRACKING", "ON"]]);
  await conn.write("+OK\r\n");
  assert.deepEqual(await conn.commands(1), [["GET", "k"]]);
  // The push ahead of the reply: the value may predate the change, so it is not kept.
  await conn.write(INVALIDATE_K + "$3\r\nold\r\n");
  assert.equal(await first, "old");
  const second = r.get("k");
  assert.deepEqual(await conn.commands(1), [["GET", "k"]]);
  // The reply, then the push: kept, then dropped.
  await conn.write("$3\r\nnew\r\n" + INVALIDATE_K);
  assert.equal(await second, "new");
  const third = r.get("k");
  assert.deepEqual(await conn.commands(1), [["GET", "k"]]);
  await conn.write("$5\r\nnewer\r\n");
  assert.equal(await third, "newer");
  assert.equal(await r.get("k"), "newer"); // from memory: the fake sees nothing
  assert.deepEqual(r.cache!.stats, {
    hits: 1,
    misses: 3,
    evictions: 0,
    invalidations: 1,
    entries: 1,
    bytes: r.cache!.stats.bytes,
  });
});

Deno.test("ClientCache is emptied when its connection drops, and tracks again after", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, {
    cache: {},
    reconnect: { minDelay: 10, maxDelay: 50 },
  });
  await using w = new Redis(server.url);
  await w.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  const ready = new Promise((resolve) =>
    r.addEventListener("ready", resolve, { once: true })
  );
  assert.equal(await w.clientKill({ type: "NORMAL", skipme: "yes" }), 1);
  await w.set("k", "v2"); // while the cached client is not tracking
  await ready;
  assert.equal(await r.get("k"), "v2");
  assert.equal(await r.get("k"), "v2");
  await w.set("k", "v3");
  await r.ping();
  assert.equal(await r.get("k"), "v3");
});

Deno.test("ClientCache stays within maxEntries and maxBytes, least recently used first", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: { maxEntries: 10 } });
  for (let i = 0; i < 50; i++) await r.get(`k${i}`);
  assert.equal(r.cache!.stats.entries, 10);
  assert.equal(r.cache!.stats.evictions, 40);
  await r.get("k40"); // the oldest left: now the most recent
  await r.get("k50"); // evicts k41
  await r.get("k40");
  assert.equal(r.cache!.stats.hits, 2);
  await using big = new Redis(server.url, { cache: { maxBytes: 20_000 } });
  await big.set("v", "x".repeat(1000));
  for (let i = 0; i < 100; i++) await big.getrange("v", i, -1);
  assert.ok(big.cache!.stats.bytes <= 20_000, `${big.cache!.stats.bytes}`);
  assert.ok(big.cache!.stats.evictions > 0);
});

Deno.test("ClientCache serves an entry for ttl ms at most", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: { ttl: 30 } });
  await r.get("k");
  await r.get("k");
  assert.equal(r.cache!.stats.hits, 1);
  await waitFor(async () => {
    await r.get("k");
    return r.cache!.stats.evictions === 1;
  }, "the entry's expiry");
});

Deno.test("ClientCache in optin mode caches only calls that ask", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: { mode: "optin" } });
  await using w = new Redis(server.url);
  await w.set("k", "v1");
  await r.get("k");
  await r.get("k");
  assert.equal(r.cache!.stats.entries, 0);
  const cached = r.with({ cache: true });
  assert.equal(await cached.get("k"), "v1");
  assert.equal(await cached.get("k"), "v1");
  assert.equal(r.cache!.stats.hits, 1);
  await w.set("k", "v2");
  await r.ping();
  assert.equal(await cached.get("k"), "v2");
});

Deno.test("ClientCache in bcast mode caches keys under its prefixes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, {
    cache: { mode: "bcast", prefixes: ["user:"] },
  });
  await using w = new Redis(server.url);
  await w.mset({ "user:1": "ada", "other": "x" });
  for (let i = 0; i < 2; i++) {
    assert.equal(await r.get("user:1"), "ada");
    assert.equal(await r.get("other"), "x");
  }
  assert.equal(r.cache!.stats.hits, 1);
  await w.set("user:1", "grace");
  await r.ping();
  assert.equal(await r.get("user:1"), "grace");
});

Deno.test("ClientCache refuses wrong options with a TypeError that names them", () => {
  assert.throws(
    () => new Redis({ protocol: 2, cache: {} }),
    { name: "TypeError", message: /RESP3/ },
  );
  assert.throws(
    () => new Redis({ cache: { maxEntries: 0 } }),
    { name: "TypeError", message: /cache\.maxEntries/ },
  );
  assert.throws(
    () => new Redis({ cache: { mode: "sometimes" as never } }),
    { name: "TypeError", message: /cache\.mode/ },
  );
  assert.throws(
    () => new Redis({ cache: { prefixes: ["a:"] } }),
    { name: "TypeError", message: /bcast/ },
  );
});

Deno.test("ClientCache agrees with the server after a round trip, under concurrent writers (seeded)", async () => {
  const seed = Number(Deno.env.get("CACHE_SEED") ?? 15);
  const random = new Random(seed);
  await using server = await startRedis();
  await using reader = new Redis(server.url, { cache: { maxEntries: 50 } });
  const writers = [0, 1, 2].map(() => new Redis(server.url));
  const keys = Array.from({ length: 20 }, (_, i) => `key:${i}`);
  // Each key has one writer, whose values only grow: `acked` is the last acknowledged.
  const acked = new Map(keys.map((k) => [k, 0]));
  const write = async (w: number, rounds: number) => {
    for (let i = 1; i <= rounds; i++) {
      const key = keys[w + 3 * random.int(Math.ceil((keys.length - w) / 3))];
      const value = acked.get(key)! + 1;
      await writers[w].set(key, String(value));
      acked.set(key, value);
    }
  };
  const read = async (rounds: number) => {
    for (let i = 0; i < rounds; i++) {
      const picked = [random.pick(keys), random.pick(keys)];
      const floor = picked.map((k) => acked.get(k)!);
      await reader.ping();
      const values = random.chance(0.5)
        ? [await reader.get(picked[0]), await reader.get(picked[1])]
        : await reader.mget(picked[0], picked[1]);
      values.forEach((v, j) =>
        assert.ok(
          Number(v ?? 0) >= floor[j],
          `seed ${seed}: ${picked[j]} read ${v} after ${
            floor[j]
          } was acknowledged`,
        )
      );
    }
  };
  try {
    await Promise.all([
      write(0, 300),
      write(1, 300),
      write(2, 300),
      read(400),
      read(400),
      read(400),
    ]);
    await reader.ping();
    for (const key of keys) {
      assert.equal(Number(await reader.get(key) ?? 0), acked.get(key));
    }
    assert.ok(reader.cache!.stats.hits > 0);
  } finally {
    await Promise.all(writers.map((w) => w.close()));
  }
});

Deno.test("ClientCache serves and fills the reads of a pipeline, whose writes drop their keys", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  await w.set("k", "v1");
  assert.deepEqual(await r.pipeline().get("k").exists("k").exec(), ["v1", 1]);
  assert.equal(r.cache!.stats.misses, 2);
  assert.equal(await r.get("k"), "v1"); // filled by the pipeline
  assert.deepEqual(await r.pipeline().get("k").get("k").exec(), ["v1", "v1"]);
  assert.equal(r.cache!.stats.hits, 3);
  assert.equal(r.cache!.stats.misses, 2);
  // Its own write is seen at once, by the pipeline and after it.
  assert.deepEqual(await r.pipeline().set("k", "v2").get("k").exec(), [
    "OK",
    "v2",
  ]);
  assert.equal(await r.get("k"), "v2");
  // Another client's write, after a round trip.
  await w.set("k", "v3");
  await r.ping();
  assert.deepEqual(await r.pipeline().get("k").exec(), ["v3"]);
  const { hits } = r.cache!.stats;
  assert.deepEqual(await r.with({ cache: false }).pipeline().get("k").exec(), [
    "v3",
  ]);
  assert.equal(r.cache!.stats.hits, hits);
});

Deno.test("ClientCache is bypassed by transactions, and sees their writes at once", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await using w = new Redis(server.url);
  await w.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  const stats = r.cache!.stats;
  // MULTI's replies are the transaction's own, never the cache's.
  assert.deepEqual(
    await r.multi().get("k").set("k", "v2").get("k").exec(),
    ["v1", "OK", "v2"],
  );
  assert.equal(r.cache!.stats.hits, stats.hits);
  assert.equal(await r.get("k"), "v2");
});

Deno.test("ClientCache sees a watched transaction's writes, and those before its WATCH, before their invalidations arrive", async () => {
  await using server = await startRedis();
  const main = holdingFirstSocket();
  await using r = new Redis(server.url, {
    cache: {},
    transport: main.transport,
  });
  await r.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  assert.equal(await r.get("k"), "v1");
  const tx = r.multi();
  await tx.watch("k"); // on a second connection
  main.hold(); // the invalidation of the write below waits on the main connection
  assert.deepEqual(await tx.set("k", "v2").exec(), ["OK"]);
  const read = r.get("k");
  main.release();
  assert.equal(await read, "v2");
  // watch() waits for the invalidations of writes acknowledged before it.
  assert.equal(await r.get("k"), "v2");
  await using w = new Redis(server.url);
  main.hold();
  await w.set("k", "v3");
  const tx2 = r.multi();
  const readAfterWatch = tx2.watch("k").then(() => r.get("k"));
  await waitFor(async () => {
    const list = await w.sendCommand<string>(["CLIENT", "LIST"]);
    return list.includes("cmd=watch");
  }, "the WATCH on the server");
  main.release();
  assert.equal(await readAfterWatch, "v3");
  await tx2.discard();
});

Deno.test("ClientCache: watch() whose round trip on the tracked connection fails rejects, drops the watch and the cache", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, {
    cache: {},
    reconnect: { minDelay: 10, maxDelay: 50 },
  });
  const first = r.get("k");
  const main = await fake.accept();
  assert.deepEqual((await main.commands(1))[0].slice(0, 2), ["HELLO", "3"]);
  await main.write(HELLO_REPLY);
  assert.deepEqual(await main.commands(1), [["CLIENT", "TRACKING", "ON"]]);
  await main.write("+OK\r\n");
  assert.deepEqual(await main.commands(1), [["GET", "k"]]);
  await main.write("$2\r\nv1\r\n");
  assert.equal(await first, "v1");
  assert.equal(await r.get("k"), "v1"); // cached
  for (const failure of ["no answer", "dropped"]) {
    const tx = r.with({ timeout: 300 }).multi();
    const watching = tx.watch("k");
    const watched = await fake.accept();
    assert.deepEqual((await watched.commands(1))[0].slice(0, 2), [
      "HELLO",
      "3",
    ]);
    await watched.write(HELLO_REPLY);
    assert.deepEqual(await watched.commands(1), [["WATCH", "k"]]);
    await watched.write("+OK\r\n");
    // WATCH is on; the PING that brings the invalidations before it never answers.
    assert.deepEqual(await main.commands(1), [["PING"]]);
    if (failure === "dropped") await main.close();
    const error = await watching.then(() => assert.fail("resolved"), (e) => e);
    assert.match(error.message, /PING/);
    await watched.closed; // the watch cannot be kept on a connection given back
    // Nor does exec() run the transaction unwatched.
    await assert.rejects(tx.set("k", "v2").exec(), /watch/i);
    if (failure === "no answer") {
      await main.write("+PONG\r\n"); // late: the connection stays, the cache too
      assert.equal(await r.get("k"), "v1");
      assert.equal(r.cache!.stats.entries, 1);
    }
  }
  // The dropped connection emptied the cache: the next read goes to the server.
  assert.equal(r.cache!.stats.entries, 0);
  const read = r.get("k");
  const again = await fake.accept();
  assert.deepEqual((await again.commands(1))[0].slice(0, 2), ["HELLO", "3"]);
  await again.write(HELLO_REPLY);
  assert.deepEqual(await again.commands(1), [["CLIENT", "TRACKING", "ON"]]);
  await again.write("+OK\r\n");
  assert.deepEqual(await again.commands(1), [["GET", "k"]]);
  await again.write("$2\r\nv3\r\n");
  assert.equal(await read, "v3");
});

Deno.test("ClientCache sees a blocking call's write before its invalidation arrives", async () => {
  await using server = await startRedis();
  const main = holdingFirstSocket();
  await using r = new Redis(server.url, {
    cache: {},
    transport: main.transport,
  });
  await using w = new Redis(server.url);
  const moved = r.blmove("src", "dst", "LEFT", "RIGHT", 0); // blocks: src is empty
  assert.deepEqual(await r.lrange("dst", 0, -1), []); // cached while it waits
  main.hold(); // the invalidation of the move waits on the main connection
  await w.rpush("src", "a");
  assert.equal(await moved, "a");
  const read = r.lrange("dst", 0, -1);
  main.release();
  assert.deepEqual(await read, ["a"]);
});

Deno.test("ClientCache hits honour signal and timeout as a miss does", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { cache: {} });
  await r.set("k", "v");
  assert.equal(await r.get("k"), "v");
  const aborted = AbortSignal.abort("gone");
  for (const key of ["k", "missing"]) { // a hit, then a miss
    const error = await r.with({ signal: aborted }).get(key).then(
      () => assert.fail("resolved"),
      (e) => e,
    );
    assert.ok(error instanceof AbortError);
    assert.match(error.message, /^GET was aborted/);
    assert.equal(error.cause, "gone");
    await assert.rejects(r.with({ timeout: 2 ** 31 }).get(key), RangeError);
  }
  const { hits } = r.cache!.stats;
  const live = new AbortController().signal;
  assert.equal(await r.with({ signal: live, timeout: 1 }).get("k"), "v");
  assert.equal(r.cache!.stats.hits, hits + 1);
});

Deno.test("ClientCache on a cluster tracks per node and follows a slot move", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls, cache: {} });
  await using w = new RedisCluster({ nodes: cluster.urls });
  const keys = ["a", "b", "c", "d"];
  for (const k of keys) await w.set(k, `${k}1`);
  for (const k of keys) assert.equal(await c.get(k), `${k}1`);
  for (const k of keys) assert.equal(await c.get(k), `${k}1`);
  assert.equal(c.cache!.stats.hits, 4);
  assert.equal(c.cache!.stats.entries, 4);
  await w.set("a", "a2");
  await Promise.all(c.nodes("master").map((node) => node.ping()));
  assert.equal(await c.get("a"), "a2");
  // Move a's slot to the other master: its entry must not outlive the move.
  const from = await cluster.ownerOf(keySlot("a"));
  const to = (await cluster.masters()).find((m) => m.port !== from.port)!;
  await cluster.moveSlot(keySlot("a"), to);
  await w.set("a", "a3"); // on the new owner, which this client has not read from
  await Promise.all(c.nodes("master").map((node) => node.ping()));
  assert.equal(await c.get("a"), "a3");
  assert.equal(await c.get("a"), "a3");
  await w.set("a", "a4");
  await Promise.all(c.nodes("master").map((node) => node.ping()));
  assert.equal(await c.get("a"), "a4");
});

Deno.test("ClientCache on a cluster drops only the moved slot's entries after a MOVED", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls, cache: {} });
  await using w = new RedisCluster({ nodes: cluster.urls });
  const moved = "{a}missing"; // never written: no migration invalidates it
  const owner = await cluster.ownerOf(keySlot(moved));
  let stays = "";
  for (let i = 0; !stays; i++) {
    const key = `z${i}`;
    if (keySlot(key) === keySlot(moved)) continue;
    if ((await cluster.ownerOf(keySlot(key))).port === owner.port) stays = key;
  }
  await w.set(stays, "kept");
  for (let i = 0; i < 2; i++) {
    assert.equal(await c.get(moved), null);
    assert.equal(await c.get(stays), "kept");
  }
  assert.equal(c.cache!.stats.hits, 2);
  assert.equal(c.cache!.stats.entries, 2);
  const to = (await cluster.masters()).find((m) => m.port !== owner.port)!;
  await cluster.moveSlot(keySlot(moved), to);
  await w.set(moved, "now"); // on the new owner, which never saw c read it
  // The old owner answers MOVED to a call that bypasses the cache.
  assert.equal(await c.with({ cache: false }).get("{a}other"), null);
  assert.equal(c.cache!.stats.entries, 1);
  assert.equal(await c.get(stays), "kept");
  assert.equal(c.cache!.stats.hits, 3);
  assert.equal(await c.get(moved), "now");
  // A cluster pipeline reads through each node's cache too.
  assert.deepEqual(await c.pipeline().get(stays).get(moved).exec(), [
    "kept",
    "now",
  ]);
  assert.equal(c.cache!.stats.hits, 5);
});

Deno.test("ClientCache on a cluster drops a slot's entries when an ASK or a refresh tells it moved", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls, cache: {} });
  await using w = new RedisCluster({ nodes: cluster.urls });
  const missing = "{a}missing"; // never written at its first owner: nothing invalidates it
  const owner = await cluster.ownerOf(keySlot(missing));
  const others = (await cluster.masters()).filter((m) => m.port !== owner.port);
  const cachedAt = (port: number) =>
    c.nodes("master").find((r) => r.options.port === port)!.cache!.stats;
  assert.equal(await c.get(missing), null);
  assert.equal(await c.get(missing), null);
  assert.equal(cachedAt(owner.port).entries, 1);
  await cluster.moveSlot(keySlot(missing), others[0], async () => {
    await w.set(missing, "now"); // ASKed over to the importing node
    // A call to the slot that reaches the old owner answers ASK: its entries go.
    assert.equal(await c.with({ cache: false }).get("{a}other"), null);
    assert.equal(cachedAt(owner.port).entries, 0);
    assert.equal(await c.get(missing), "now");
  });
  // Back, then away again, learned by refreshes alone (no call meets a MOVED).
  await c.refresh();
  assert.equal(await c.get(missing), "now");
  await cluster.moveSlot(keySlot(missing), owner);
  await c.refresh();
  assert.equal(await c.get(missing), "now");
  await w.del(missing);
  await Promise.all(c.nodes("master").map((node) => node.ping()));
  assert.equal(await c.get(missing), null);
  assert.equal(cachedAt(owner.port).entries, 1);
  await cluster.moveSlot(keySlot(missing), others[1]);
  await c.refresh();
  assert.equal(cachedAt(owner.port).entries, 0);
  assert.equal(c.cache!.stats.entries, 0);
});

Deno.test("ClientCache on a cluster drops a slot's entries from its old master after a failover", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 1 });
  await using c = new RedisCluster({ nodes: cluster.urls, cache: {} });
  const key = "{a}missing";
  const master = await cluster.ownerOf(keySlot(key));
  const [replica] = await cluster.replicasOf(master);
  assert.equal(await c.get(key), null);
  assert.equal(await c.get(key), null);
  const before = c.nodes().find((r) => r.options.port === master.port)!;
  assert.equal(before.cache!.stats.entries, 1);
  await replica.call(["CLUSTER", "FAILOVER"]);
  // Nodes learn of the failover by gossip (a view read mid-way may show the slot with no
  // master): refresh until the client's own map gives the slot to the replica.
  const slot = keySlot(key);
  await waitFor(async () => {
    await c.refresh();
    return c.topology.some((shard) =>
      shard.master.port === replica.port &&
      shard.slots.some(([from, to]) => from <= slot && slot <= to)
    );
  }, "the client sees the replica serve the slot");
  // The old master, now a replica, serves the slot no more: it keeps none of it.
  assert.equal(before.cache!.stats.entries, 0);
  assert.equal(await c.get(key), null);
  assert.equal(c.cache!.stats.entries, 1);
});

Deno.test("ClientCache on a cluster read from replicas follows writes on the masters", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 1 });
  await using c = new RedisCluster({
    nodes: cluster.urls,
    readFrom: "replica",
    cache: {},
  });
  await using w = new RedisCluster({ nodes: cluster.urls });
  const keys = ["a", "b", "c"];
  for (const k of keys) await w.set(k, `${k}1`);
  await w.wait(1, 5_000);
  for (let i = 0; i < 2; i++) {
    for (const k of keys) assert.equal(await c.get(k), `${k}1`);
  }
  assert.equal(c.cache!.stats.hits, 3);
  const replicas = c.nodes("replica");
  assert.equal(
    replicas.reduce((sum, r) => sum + r.cache!.stats.entries, 0),
    3,
  );
  await w.set("b", "b2");
  await w.wait(1, 5_000); // the replica has applied it, and tracked it
  await Promise.all(replicas.map((r) => r.ping()));
  assert.equal(await c.get("b"), "b2");
  assert.equal(await c.get("a"), "a1");
  assert.equal(c.cache!.stats.hits, 4);
});

Deno.test("ClientCache is emptied by a Sentinel failover", async () => {
  await using s = await startSentinels();
  const options = { sentinels: s.sentinels, masterName: s.masterName };
  await using r = new Redis({ ...options, cache: {} });
  await using w = new Redis(options);
  await w.set("k", "v1");
  assert.equal(await r.get("k"), "v1");
  assert.equal(await r.get("k"), "v1");
  const oldPort = s.master.port;
  await s.failover();
  await s.waitForNewMaster(oldPort);
  // Written on the new master, which never saw this client read "k".
  await waitFor(async () => {
    try {
      return await w.set("k", "v2") === "OK" && await serverPort(w) !== oldPort;
    } catch {
      return false;
    }
  }, "a write on the new master");
  await waitFor(async () => {
    try {
      return await serverPort(r) !== oldPort;
    } catch {
      return false;
    }
  }, "the cached client on the new master");
  assert.equal(await r.get("k"), "v2");
});

/** The default transport, whose first socket's incoming bytes can be held back. */
function holdingFirstSocket() {
  const inner = defaultTransport();
  let first: SocketHandlers | undefined;
  let held: Uint8Array[] | undefined;
  const transport: Transport = (options, handlers) => {
    const mine = first === undefined;
    first ??= handlers;
    return inner(options, {
      data: (chunk) =>
        mine && held ? held.push(chunk.slice()) : handlers.data(chunk),
      end: (error) => handlers.end(error),
    });
  };
  return {
    transport,
    hold: () => void (held = []),
    release: () => {
      const chunks = held ?? [];
      held = undefined;
      for (const chunk of chunks) first!.data(chunk);
    },
  };
}

async function serverPort(r: Redis): Promise<number> {
  const reply = await r.with({ cache: false }).sendCommand<
    Map<string, string>
  >(["CONFIG", "GET", "port"]);
  return Number(reply.get("port"));
}
