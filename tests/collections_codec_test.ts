import assert from "node:assert/strict";
import {
  Redis,
  RedisList,
  RedisMap,
  RedisSet,
  type ValueCodec,
  ValueCodecError,
} from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

Deno.test("RedisMap over a hash written by other code names the key and field", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.hset("user:9", { name: "Ada" });
  const map = new RedisMap(r, "user:9");
  const fromGet = await map.get("name").catch((e) => e);
  assert.ok(fromGet instanceof ValueCodecError);
  assert.equal(fromGet.code, "VALUE_CODEC");
  assert.equal(fromGet.key, "user:9");
  assert.equal(fromGet.field, "name");
  assert.match(
    fromGet.message,
    /^RedisMap "user:9" field "name": the value was not written by desir's codec/,
  );
  assert.ok(!fromGet.message.includes("Ada"));
  assert.deepEqual(new TextDecoder().decode(fromGet.raw), "Ada");
  // Iteration fails the same way as get(), instead of yielding what get() refuses.
  const fromIteration = await Array.fromAsync(map).catch((e) => e);
  assert.ok(fromIteration instanceof ValueCodecError);
  assert.equal(fromIteration.field, "name");
});

Deno.test("RedisMap, RedisSet and RedisList read plain strings and JSON with a codec", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.hset("user:9", { name: "Ada", lang: "en" });
  const map = new RedisMap<string>(r, "user:9", { codec: "string" });
  assert.equal(await map.get("name"), "Ada");
  assert.equal(await map.size(), 2);
  assert.equal(await map.has("lang"), true);
  assert.deepEqual(
    await map.toMap(),
    new Map([["name", "Ada"], ["lang", "en"]]),
  );
  await map.set("city", "London");
  assert.equal(await r.hget("user:9", "city"), "London");

  await r.rpush("jobs", '{"id":1}', '{"id":2}');
  const jobs = new RedisList<{ id: number }>(r, "jobs", { codec: "json" });
  assert.deepEqual(await jobs.toArray(), [{ id: 1 }, { id: 2 }]);
  await jobs.push({ id: 3 });
  assert.equal(await r.rpop("jobs"), '{"id":3}');

  await r.sadd("tags", "a", "b");
  const tags = new RedisSet<string>(r, "tags", { codec: "string" });
  assert.equal(await tags.has("a"), true);
  assert.deepEqual((await Array.fromAsync(tags)).sort(), ["a", "b"]);

  const numbers: ValueCodec<number> = {
    encode: (n) => String(n),
    decode: (bytes) => Number(new TextDecoder().decode(bytes)),
  };
  const prices = new RedisMap(r, "prices", { codec: numbers });
  await prices.set("tea", 3.5);
  assert.equal(await prices.get("tea"), 3.5);
});

Deno.test("RedisList names the index of a value it cannot decode", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.rpush("mixed", '{"ok":1}', "not json");
  const list = new RedisList(r, "mixed", { codec: "json" });
  const e = await list.toArray().catch((e) => e);
  assert.ok(e instanceof ValueCodecError);
  assert.equal(e.index, 1);
  assert.match(
    e.message,
    /^RedisList "mixed" index 1: the value could not be decoded by the json codec$/,
  );
  assert.throws(
    // @ts-expect-error: a plain-JS caller may pass anything.
    () => new RedisList(r, "x", { codec: "yaml" }),
    /Unknown codec "yaml"/,
  );
});
