import assert from "node:assert/strict";
import { Redis, RedisCluster, RedisError } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";

Deno.test("Redis.scanIterator walks every key with MATCH, COUNT and TYPE", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const users = Array.from({ length: 250 }, (_, i) => `user:${i}`);
  await r.mset(Object.fromEntries(users.map((key) => [key, "x"])));
  await r.hset("user:hash", { a: "1" });
  await r.set("other", "x");
  const keys = await Array.fromAsync(
    r.scanIterator({ match: "user:*", count: 20 }),
  );
  assert.deepEqual(keys.sort(), [...users, "user:hash"].sort());
  assert.deepEqual(await Array.fromAsync(r.scanIterator({ type: "hash" })), [
    "user:hash",
  ]);
  const bytes = await Array.fromAsync(
    r.with({ bytes: true }).scanIterator({ match: "o*" }),
  );
  assert.deepEqual(bytes, [new TextEncoder().encode("other")]);
});

Deno.test("Redis.hscanIterator, sscanIterator and zscanIterator yield every element", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const fields = Object.fromEntries(
    Array.from({ length: 300 }, (_, i) => [`f${i}`, `v${i}`]),
  );
  await r.hset("h", fields);
  const pairs = await Array.fromAsync(r.hscanIterator("h", { count: 50 }));
  assert.deepEqual(Object.fromEntries(pairs), fields);
  const some = await Array.fromAsync(r.hscanIterator("h", { match: "f1?" }));
  assert.equal(some.length, 10);

  const members = Array.from({ length: 300 }, (_, i) => `m${i}`);
  await r.sadd("s", ...members);
  assert.deepEqual(
    (await Array.fromAsync(r.sscanIterator("s"))).sort(),
    members.sort(),
  );

  await r.zadd("z", [[1.5, "a"], [Infinity, "b"], [-2, "c"]]);
  const scored = await Array.fromAsync(r.zscanIterator("z"));
  assert.deepEqual(
    scored.sort((x, y) => x[1] - y[1]),
    [["c", -2], ["a", 1.5], ["b", Infinity]],
  );
});

Deno.test("Redis.hscanIterator and zscanIterator send NOVALUES and NOSCORES", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.hset("h", { a: "1" });
  await r.zadd("z", [[1, "a"]]);
  for (
    const [command, token, walk, expected] of [
      ["HSCAN", "NOVALUES", r.hscanIterator("h", { noValues: true }), ["a"]],
      ["ZSCAN", "NOSCORES", r.zscanIterator("z", { noScores: true }), ["a"]],
    ] as const
  ) {
    // What the server documents decides (Redis 8.0 has NOVALUES, not NOSCORES).
    const docs = await r.sendCommand(["COMMAND", "DOCS", command]);
    const documented = JSON.stringify(
      docs,
      (_, v) => v instanceof Map ? [...v] : v,
    ).includes(`"${token}"`);
    if (documented) {
      assert.deepEqual(await Array.fromAsync(walk), expected);
    } else {
      // A server without the token refuses it: proof that it was sent.
      await assert.rejects(
        Array.fromAsync(walk),
        (e) => e instanceof RedisError,
      );
    }
  }
});

Deno.test("RedisCluster has the same scan iterators as Redis", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls });
  const keys = Array.from({ length: 30 }, (_, i) => `k${i}`);
  for (const key of keys) await c.set(key, "x");
  assert.deepEqual(
    (await Array.fromAsync(c.scanIterator({ match: "k*" }))).sort(),
    keys.sort(),
  );
  await c.hset("h", { a: "1", b: "2" });
  assert.deepEqual(
    Object.fromEntries(await Array.fromAsync(c.hscanIterator("h"))),
    { a: "1", b: "2" },
  );
  await c.zadd("z", [[2, "b"]]);
  assert.deepEqual(await Array.fromAsync(c.zscanIterator("z")), [["b", 2]]);
});
