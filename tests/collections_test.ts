import assert from "node:assert/strict";
import { AbortError, Redis } from "../mod.ts";
import { RedisMap } from "../lib/sugar/redis_map.ts";
import { RedisSet } from "../lib/sugar/redis_set.ts";
import { RedisList } from "../lib/sugar/redis_list.ts";
import { startRedis } from "./harness/mod.ts";

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/** Every element of an async iterable, in order. */
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

Deno.test("RedisMap gets, sets, checks and deletes like a Map", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const user = new RedisMap<unknown>(r, "user:1");
  assert.equal(await user.get("name"), undefined);
  assert.equal(await user.has("name"), false);
  assert.equal(await user.set("name", "Ada"), user);
  await user.set("joined", new Date(0));
  await user.set("tags", new Set(["admin", "ops"]));
  await user.set("nothing", undefined);
  assert.equal(await user.get("name"), "Ada");
  assert.deepEqual(await user.get("joined"), new Date(0));
  assert.deepEqual(await user.get("tags"), new Set(["admin", "ops"]));
  assert.equal(await user.has("nothing"), true);
  assert.equal(await user.size(), 4);
  assert.equal(await user.delete("name"), true);
  assert.equal(await user.delete("name"), false);
  assert.equal(await user.size(), 3);
  assert.equal(await r.sendCommand(["TYPE", "user:1"]), "hash");
  await user.clear();
  assert.equal(await user.size(), 0);
  assert.equal(await r.sendCommand(["EXISTS", "user:1"]), 0);
});

Deno.test("RedisMap stores binary values and any string key exactly", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const m = new RedisMap<unknown>(r, "m");
  const nested = { bytes: ALL_BYTES, n: -0, big: 2n ** 70n, self: {} };
  nested.self = nested;
  await m.set("bytes", ALL_BYTES);
  await m.set("nested", nested);
  await m.set("__proto__", "just a key");
  await m.set("é 🦕", "unicode");
  assert.deepEqual(await m.get("bytes"), ALL_BYTES);
  const copy = await m.get("nested") as typeof nested;
  assert.deepEqual(copy.bytes, ALL_BYTES);
  assert.ok(Object.is(copy.n, -0));
  assert.equal(copy.big, 2n ** 70n);
  assert.equal(copy.self, copy);
  const local = await m.toMap();
  assert.equal(local.get("__proto__"), "just a key");
  assert.equal(local.get("é 🦕"), "unicode");
  assert.equal(Object.prototype.hasOwnProperty.call({}, "just a key"), false);
});

Deno.test("RedisMap iterates entries, keys and values page by page with HSCAN", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const m = new RedisMap<{ i: number }>(r, "big");
  await Promise.all(
    Array.from({ length: 250 }, (_, i) => m.set(`k${i}`, { i })),
  );
  const entries = await collect(m.entries({ count: 20 }));
  assert.equal(new Set(entries.map(([k]) => k)).size, 250);
  assert.ok(entries.every(([k, v]) => k === `k${v.i}`));
  assert.deepEqual(
    (await collect(m.keys())).sort(),
    entries.map(([k]) => k).sort(),
  );
  assert.equal((await collect(m.values())).length, 250);
  assert.equal((await collect(m)).length, 250);
  assert.equal((await m.toMap()).get("k7")?.i, 7);
  await assert.rejects(collect(m.entries({ count: 0 })), RangeError);
});

Deno.test("RedisSet adds, checks and deletes members by value", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const s = new RedisSet<unknown>(r, "tags");
  assert.equal(await s.add({ a: 1 }), s);
  await s.add({ a: 1 }); // the same value: the same member
  await s.add({ a: 2 });
  await s.add(ALL_BYTES);
  assert.equal(await s.size(), 3);
  assert.equal(await s.has({ a: 1 }), true);
  assert.equal(await s.has({ a: 3 }), false);
  assert.equal(await s.has(ALL_BYTES), true);
  assert.equal(await s.delete({ a: 1 }), true);
  assert.equal(await s.delete({ a: 1 }), false);
  assert.equal(await r.sendCommand(["TYPE", "tags"]), "set");
  await s.clear();
  assert.equal(await s.size(), 0);
});

Deno.test("RedisSet iterates its members page by page with SSCAN", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const s = new RedisSet<number>(r, "numbers");
  await Promise.all(Array.from({ length: 300 }, (_, i) => s.add(i * 1.5)));
  const values = await collect(s.values({ count: 25 }));
  assert.deepEqual(
    [...new Set(values)].sort((a, b) => a - b),
    Array.from({ length: 300 }, (_, i) => i * 1.5),
  );
  assert.equal((await collect(s)).length >= 300, true);
  assert.equal((await s.toSet()).size, 300);
});

Deno.test("RedisList pushes, pops, shifts and unshifts like an Array", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const list = new RedisList<unknown>(r, "q");
  assert.equal(await list.pop(), undefined);
  assert.equal(await list.shift(), undefined);
  assert.equal(await list.push("a", "b"), 2);
  assert.equal(await list.push(), 2);
  assert.equal(await list.unshift(1, 2), 4); // like [].unshift: [1, 2, "a", "b"]
  assert.deepEqual(await list.toArray(), [1, 2, "a", "b"]);
  assert.equal(await list.pop(), "b");
  assert.equal(await list.shift(), 1);
  assert.equal(await list.length(), 2);
  assert.equal(await r.sendCommand(["TYPE", "q"]), "list");
  await list.clear();
  assert.equal(await list.length(), 0);
});

Deno.test("RedisList.at, set and slice index like an Array", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const local = ["a", { b: 1 }, ALL_BYTES, null, 5, [6]];
  const list = new RedisList<unknown>(r, "l");
  await list.push(...local);
  for (const i of [0, 2, 5, 6, -1, -6, -7, 1.7]) {
    assert.deepEqual(await list.at(i), local.at(i), `at(${i})`);
  }
  const bounds = [undefined, 0, 1, 3, 6, 9, -1, -3, -6, -9];
  for (const start of bounds) {
    for (const end of bounds) {
      assert.deepEqual(
        await list.slice(start, end),
        local.slice(start, end),
        `slice(${start}, ${end})`,
      );
    }
  }
  await list.set(-1, "last");
  assert.equal(await list.at(5), "last");
  await assert.rejects(list.set(6, "x"), RangeError);
  await assert.rejects(new RedisList(r, "none").set(0, "x"), RangeError);
});

Deno.test("RedisList iterates page by page with LRANGE, in order", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const list = new RedisList<number>(r, "long");
  const local = Array.from({ length: 250 }, (_, i) => i);
  await list.push(...local);
  assert.deepEqual(await collect(list.values({ count: 100 })), local);
  assert.deepEqual(await collect(list.values({ count: 250 })), local);
  assert.deepEqual(await collect(list), local);
  assert.deepEqual(await collect(new RedisList(r, "empty")), []);
});

Deno.test("RedisList doubles as a queue shared by two clients", async () => {
  await using server = await startRedis();
  await using a = new Redis(server.url);
  await using b = new Redis(server.url);
  await new RedisList(a, "jobs").push({ id: 1 }, { id: 2 });
  const jobs = new RedisList<{ id: number }>(b, "jobs");
  assert.deepEqual(await jobs.shift(), { id: 1 });
  assert.deepEqual(await jobs.shift(), { id: 2 });
});

Deno.test("Collections work on RESP2 and on a bytes-mode client", async () => {
  await using server = await startRedis();
  await using r = new Redis<Uint8Array>(server.url, {
    protocol: 2,
    bytes: true,
  });
  const m = new RedisMap(r, "m");
  await m.set("k", ALL_BYTES);
  assert.deepEqual(await collect(m), [["k", ALL_BYTES]]);
  assert.equal(await m.has("k"), true);
  const s = new RedisSet(r, "s");
  await s.add("x");
  assert.deepEqual(await collect(s), ["x"]);
  const l = new RedisList(r, "l");
  await l.push(1, 2);
  assert.deepEqual(await l.slice(), [1, 2]);
});

Deno.test("Collections refuse values structuredClone refuses", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const isDataCloneError = (e: Error) =>
    e instanceof DOMException && e.name === "DataCloneError";
  await assert.rejects(
    new RedisMap(r, "m").set("f", Symbol()),
    isDataCloneError,
  );
  await assert.rejects(new RedisSet(r, "s").add(() => 1), isDataCloneError);
  await assert.rejects(
    new RedisList(r, "l").push(new WeakMap()),
    isDataCloneError,
  );
  assert.equal(await r.sendCommand(["DBSIZE"]), 0);
});

Deno.test("Collections refuse options that are not an options object, naming the class", () => {
  const r = { sendCommand: () => Promise.reject(new Error("nothing is sent")) };
  assert.throws(
    () => new RedisMap(r, "m", "json" as never),
    /new RedisMap\(redis, key, options\): options must be an object, not string/,
  );
  assert.throws(
    () => new RedisSet(r, "s", { coded: "json" } as never),
    /new RedisSet\(redis, key, options\): unknown option "coded"; did you mean "codec"\?/,
  );
  assert.throws(
    () => new RedisList(r, "l", { codec: "yaml" } as never),
    /Unknown codec "yaml"/,
  );
});

Deno.test("Collections keep the options of the client view they were given", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const aborted = r.with({ signal: AbortSignal.abort("stop") });
  await assert.rejects(new RedisMap(aborted, "m").get("f"), AbortError);
  await assert.rejects(new RedisList(aborted, "l").at(0), AbortError);
});
