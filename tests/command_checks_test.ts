/**
 * Plain-JS callers (and TypeScript callers passing `any`) get a TypeError naming the
 * method, the bad option or argument and the accepted ones, where the generated methods
 * would otherwise drop a setting without a word (issue 13, finding 1).
 */
import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";

// deno-lint-ignore no-explicit-any
type Loose = any;

Deno.test("ioredis- and node-redis-style SET options throw and set nothing", async () => {
  await using server = await startRedis();
  await using redis = new Redis(server.url);
  const r: Loose = redis;
  assert.throws(
    () => r.set("k", "v", { EX: 10 }),
    {
      name: "TypeError",
      message:
        'set: unknown option "EX"; did you mean "ex"? Options: condition, ifeq, get, ex, px, exat, pxat, keepttl',
    },
  );
  assert.throws(
    () => r.set("k", "v", "EX", 10),
    (e: Error) =>
      e instanceof TypeError && e.message.startsWith("set: ") &&
      e.message.includes('"EX"') && e.message.includes("Options: condition"),
  );
  assert.equal(await redis.exists("k"), 0);
  // The right call still works, and a known option left undefined or false is fine.
  assert.equal(await redis.set("k", "v", { ex: 10, get: false }), "OK");
  assert.equal(await r.set("k", "v", { px: undefined, keepttl: true }), "OK");
  assert.ok((await redis.ttl("k")) > 0);
});

Deno.test("zrange with withScores (wrong case) throws instead of dropping scores", async () => {
  await using server = await startRedis();
  await using redis = new Redis(server.url);
  const r: Loose = redis;
  await redis.zadd("z", [[1, "a"]]);
  assert.throws(
    () => r.zrange("z", 0, -1, { withScores: true }),
    {
      name: "TypeError",
      message:
        'zrange: unknown option "withScores"; did you mean "withscores"? Options: sortby, rev, limit, withscores',
    },
  );
  assert.deepEqual(await redis.zrange("z", 0, -1, { withscores: true }), [[
    "a",
    1,
  ]]);
});

Deno.test("an argument past the last parameter throws, naming the parameters", async () => {
  await using server = await startRedis();
  await using redis = new Redis(server.url);
  const r: Loose = redis;
  assert.throws(() => r.get("k", "extra"), {
    name: "TypeError",
    message: "get: unexpected argument 2 (a string); get takes key",
  });
  assert.throws(() => r.expire("k", 10, "NX", "GT"), {
    name: "TypeError",
    message:
      'expire: unexpected argument 4 ("GT"); expire takes key, seconds, condition',
  });
  assert.throws(
    () => r.set("k", "v", 10),
    /set: options must be an object, got 10/,
  );
  assert.throws(
    () => r.zrange("z", 0, -1, ["WITHSCORES"]),
    /zrange: options must be an object, got an array/,
  );
});
