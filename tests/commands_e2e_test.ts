// The generated command methods against a real server, over RESP3 and RESP2: each call's
// reply is asserted to have the declared type and value, and every command called is
// counted (see the last test).
import assert from "node:assert/strict";
import { type RedisServer, startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";
import type { CommandHints } from "../lib/commands.ts";
import { commandName } from "../lib/command_keys.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import { RedisError } from "../lib/errors.ts";
import { readTable } from "../gen/generate.ts";
import { eachProtocol } from "./_each_protocol.ts";

/** Every command the tests below sent, by lowercase name. */
const exercised = new Set<string>();

/** The real client, counting the commands its generated methods send. */
class Client<S extends string | Uint8Array = string> extends Redis<S> {
  protected override command<T>(
    args: RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Promise<T> {
    exercised.add(commandName(args));
    return super.command<T>(args, parse, hints);
  }
}

/** A null-prototype record, as map replies are parsed. */
function record<V>(entries: Record<string, V>): Record<string, V> {
  return Object.assign(Object.create(null), entries);
}

/** Runs `body` once per protocol against one fresh server (flushed in between). */
function e2e(
  name: string,
  body: (r: Client, protocol: 2 | 3, server: RedisServer) => Promise<void>,
  serverArgs: string[] = [],
) {
  Deno.test(name, async () => {
    await using server = await startRedis({ args: serverArgs });
    await eachProtocol(
      (protocol) => new Client(server.url, { protocol }),
      (r, protocol) => body(r, protocol, server),
    );
  });
}

e2e(
  "Commands string and bitmap methods return their declared replies",
  async (r) => {
    assert.equal(await r.set("s", "hello"), "OK");
    assert.equal(await r.set("s", "x", { condition: "NX" }), null);
    assert.equal(await r.set("s", "world", { get: true, ex: 100 }), "hello");
    assert.equal(await r.get("s"), "world");
    assert.equal(await r.get("missing"), null);
    assert.equal(await r.append("s", "!"), 6);
    assert.equal(await r.strlen("s"), 6);
    assert.equal(await r.getrange("s", 0, 2), "wor");
    assert.equal(await r.substr("s", 1, 2), "or");
    assert.equal(await r.setrange("s", 0, "W"), 6);
    assert.equal(await r.getset("s", "new"), "World!");
    assert.equal(await r.getex("s", { persist: true }), "new");
    assert.equal(await r.getdel("s"), "new");
    assert.equal(await r.incr("n"), 1);
    assert.equal(await r.incrby("n", 10n), 11);
    assert.equal(await r.decr("n"), 10);
    assert.equal(await r.decrby("n", 3), 7);
    assert.equal(await r.incrbyfloat("f", 1.5), 1.5);
    assert.equal(await r.mset({ a: "1", b: "2" }), "OK");
    assert.equal(await r.msetnx([["a", "x"], ["c", "3"]]), 0);
    assert.deepEqual(await r.mget("a", "b", "c"), ["1", "2", null]);
    assert.equal(await r.setnx("a", "x"), 0);
    assert.equal(await r.setex("e", 100, "v"), "OK");
    assert.equal(await r.psetex("pe", 100000, "v"), "OK");
    await r.mset({ l1: "ohmytext", l2: "mynewtext" });
    assert.equal(await r.lcs("l1", "l2"), "mytext");
    assert.equal(await r.lcs("l1", "l2", { len: true }), 6);
    assert.equal(await r.setbit("bits", 7, 1), 0);
    assert.equal(await r.getbit("bits", 7), 1);
    assert.equal(await r.bitcount("bits"), 1);
    assert.equal(await r.bitcount("bits", [0, -1, "BIT"]), 1);
    assert.equal(await r.bitpos("bits", 1), 7);
    assert.equal(await r.bitpos("bits", 1, [0, -1]), 7);
    assert.equal(await r.bitop("OR", "dest", "bits", "bits"), 1);
    assert.deepEqual(
      await r.bitfield("bf", { set: ["u8", 0, 200] }, {
        overflow: "SAT",
        incrby: ["u8", 0, 100],
      }, {
        get: ["u8", 0],
      }),
      [0, 255, 255],
    );
    assert.deepEqual(
      await r.bitfieldRo("bf", { get: [["u8", 0], ["u4", 0]] }),
      [255, 15],
    );
  },
);

e2e("Commands generic key methods return their declared replies", async (r) => {
  await r.mset({ a: "1", b: "2", c: "3" });
  assert.equal(await r.exists("a", "b", "nope"), 2);
  assert.equal(await r.touch("a", "b"), 2);
  assert.equal(await r.type("a"), "string");
  assert.equal(await r.expire("a", 100), 1);
  assert.equal(await r.expire("a", 50, "GT"), 0);
  assert.ok((await r.ttl("a")) > 90);
  assert.equal(await r.pexpire("b", 100000), 1);
  assert.ok((await r.pttl("b")) > 90000);
  assert.equal(await r.expireat("c", 4102444800), 1);
  assert.equal(await r.expiretime("c"), 4102444800);
  assert.equal(await r.pexpireat("c", 4102444800000, "XX"), 1);
  assert.equal(await r.pexpiretime("c"), 4102444800000);
  assert.equal(await r.persist("c"), 1);
  assert.equal(await r.ttl("c"), -1);
  assert.equal(await r.rename("c", "d"), "OK");
  assert.equal(await r.renamenx("d", "a"), 0);
  assert.equal(await r.copy("d", "e", { replace: true }), 1);
  assert.equal(await r.move("e", 1), 1);
  const dumped = await r.dump("d");
  assert.ok(dumped instanceof Uint8Array);
  assert.equal(await r.restore("restored", 0, dumped, { replace: true }), "OK");
  assert.equal(await r.get("restored"), "3");
  assert.deepEqual((await r.keys("*")).sort(), ["a", "b", "d", "restored"]);
  const [cursor, found] = await r.scan(0, {
    match: "*",
    count: 100,
    type: "string",
  });
  assert.equal(cursor, "0");
  assert.deepEqual(found.sort(), ["a", "b", "d", "restored"]);
  assert.equal(typeof await r.randomkey(), "string");
  assert.equal(await r.objectEncoding("a"), "int");
  assert.equal(await r.objectEncoding("nope"), null);
  assert.equal(typeof await r.objectIdletime("a"), "number");
  assert.equal(typeof await r.objectRefcount("a"), "number");
  assert.equal(await r.del("a", "b"), 2);
  assert.equal(await r.unlink("d", "restored", "nope"), 2);
  await r.rpush("list", "3", "1", "2");
  await r.mset({
    w_1: "30",
    w_2: "20",
    w_3: "10",
    o_1: "one",
    o_2: "two",
    o_3: "three",
  });
  assert.deepEqual(await r.sort("list"), ["1", "2", "3"]);
  assert.deepEqual(await r.sort("list", { order: "DESC", limit: [0, 2] }), [
    "3",
    "2",
  ]);
  assert.deepEqual(await r.sort("list", { by: "w_*", get: ["#", "o_*"] }), [
    "3",
    "three",
    "2",
    "two",
    "1",
    "one",
  ]);
  assert.equal(await r.sort("list", { alpha: true, store: "sorted" }), 3);
  assert.deepEqual(await r.sortRo("list", { order: "ASC" }), ["1", "2", "3"]);
  assert.equal(await r.wait(0, 10), 0);
});

e2e("Commands hash methods return their declared replies", async (r) => {
  assert.equal(await r.hset("h", { a: "1", b: "2" }), 2);
  assert.equal(await r.hset("h", [["c", 3]]), 1);
  assert.equal(await r.hmset("h", { d: "4" }), "OK");
  assert.equal(await r.hsetnx("h", "a", "x"), 0);
  assert.equal(await r.hget("h", "a"), "1");
  assert.equal(await r.hget("h", "nope"), null);
  assert.deepEqual(await r.hmget("h", "a", "nope"), ["1", null]);
  assert.deepEqual(
    await r.hgetall("h"),
    record({ a: "1", b: "2", c: "3", d: "4" }),
  );
  assert.deepEqual(await r.hgetall("nope"), record({}));
  assert.equal(await r.hexists("h", "a"), 1);
  assert.equal(await r.hincrby("h", "a", 5), 6);
  assert.equal(await r.hincrbyfloat("h", "b", 0.5), 2.5);
  assert.deepEqual((await r.hkeys("h")).sort(), ["a", "b", "c", "d"]);
  assert.deepEqual((await r.hvals("h")).sort(), ["2.5", "3", "4", "6"]);
  assert.equal(await r.hlen("h"), 4);
  assert.equal(await r.hstrlen("h", "b"), 3);
  assert.equal(typeof await r.hrandfield("h"), "string");
  assert.equal((await r.hrandfield("h", 2)).length, 2);
  const pairs = await r.hrandfield("h", [2, "WITHVALUES"]);
  assert.equal(pairs.length, 2);
  for (const [field, value] of pairs) {
    assert.equal(await r.hget("h", field), value);
  }
  const [cursor, items] = await r.hscan("h", 0, { match: "a" });
  assert.equal(cursor, "0");
  assert.deepEqual(items, ["a", "6"]);
  assert.equal(await r.hdel("h", "a", "b"), 2);
});

e2e("Commands list methods return their declared replies", async (r) => {
  assert.equal(await r.rpush("l", "a", "b", "c"), 3);
  assert.equal(await r.lpush("l", "z"), 4);
  assert.equal(await r.lpushx("nope", "x"), 0);
  assert.equal(await r.rpushx("l", "d"), 5);
  assert.deepEqual(await r.lrange("l", 0, -1), ["z", "a", "b", "c", "d"]);
  assert.equal(await r.llen("l"), 5);
  assert.equal(await r.lindex("l", 1), "a");
  assert.equal(await r.lindex("l", 99), null);
  assert.equal(await r.lset("l", 0, "y"), "OK");
  assert.equal(await r.linsert("l", "BEFORE", "a", "x"), 6);
  assert.equal(await r.lpos("l", "a"), 2);
  assert.deepEqual(await r.lpos("l", "a", { count: 0 }), [2]);
  assert.equal(await r.lrem("l", 0, "x"), 1);
  assert.equal(await r.ltrim("l", 0, 3), "OK");
  assert.equal(await r.lpop("l"), "y");
  assert.deepEqual(await r.lpop("l", 1), ["a"]);
  assert.equal(await r.rpop("l"), "c");
  assert.deepEqual(await r.rpop("l", 5), ["b"]);
  assert.equal(await r.rpop("l"), null);
  await r.rpush("src", "1", "2", "3", "4", "5", "6");
  assert.equal(await r.lmove("src", "dst", "LEFT", "RIGHT"), "1");
  assert.equal(await r.rpoplpush("src", "dst"), "6");
  assert.deepEqual(await r.lmpop(["nope", "src"], "LEFT", { count: 2 }), [
    "src",
    ["2", "3"],
  ]);
  assert.equal(await r.lmpop(["nope"], "LEFT"), null);
  assert.deepEqual(await r.blpop("src", 1), ["src", "4"]);
  assert.deepEqual(await r.brpop(["nope", "src"], 1), ["src", "5"]);
  assert.equal(await r.blmove("dst", "src", "LEFT", "LEFT", 1), "6");
  assert.equal(await r.brpoplpush("dst", "src", 1), "1");
  assert.deepEqual(await r.blmpop(1, ["src"], "RIGHT", { count: 5 }), ["src", [
    "6",
    "1",
  ]]);
});

e2e("Commands set methods return their declared replies", async (r) => {
  assert.equal(await r.sadd("s1", "a", "b", "c"), 3);
  assert.equal(await r.sadd("s2", "b", "c", "d"), 3);
  assert.deepEqual((await r.smembers("s1")).sort(), ["a", "b", "c"]);
  assert.equal(await r.sismember("s1", "a"), 1);
  assert.deepEqual(await r.smismember("s1", "a", "z"), [1, 0]);
  assert.equal(await r.scard("s1"), 3);
  assert.deepEqual(await r.sdiff("s1", "s2"), ["a"]);
  assert.equal(await r.sdiffstore("d", "s1", "s2"), 1);
  assert.deepEqual((await r.sinter("s1", "s2")).sort(), ["b", "c"]);
  assert.equal(await r.sinterstore("i", "s1", "s2"), 2);
  assert.equal(await r.sintercard(["s1", "s2"], { limit: 1 }), 1);
  assert.deepEqual((await r.sunion("s1", "s2")).sort(), ["a", "b", "c", "d"]);
  assert.equal(await r.sunionstore("u", "s1", "s2"), 4);
  assert.equal(await r.smove("s1", "s2", "a"), 1);
  assert.equal(typeof await r.srandmember("s1"), "string");
  assert.equal((await r.srandmember("s1", -5)).length, 5);
  assert.equal(await r.srem("s1", "b"), 1);
  assert.equal(await r.spop("s1"), "c");
  assert.equal(await r.spop("s1"), null);
  assert.deepEqual(await r.spop("u", 0), []);
  const [cursor, members] = await r.sscan("s2", 0);
  assert.equal(cursor, "0");
  assert.deepEqual(members.sort(), ["a", "b", "c", "d"]);
});

e2e("Commands sorted-set methods return their declared replies", async (r) => {
  assert.equal(await r.zadd("z", [[1, "a"], [2, "b"], [3, "c"]]), 3);
  assert.equal(
    await r.zadd("z", [[10, "a"]], { condition: "XX", ch: true }),
    1,
  );
  assert.equal(await r.zadd("z", [[1.5, "a"]], { incr: true }), 11.5);
  assert.equal(
    await r.zadd("z", [[1, "a"]], { condition: "NX", incr: true }),
    null,
  );
  assert.equal(await r.zscore("z", "a"), 11.5);
  assert.equal(await r.zscore("z", "nope"), null);
  assert.deepEqual(await r.zmscore("z", "b", "nope"), [2, null]);
  assert.equal(await r.zincrby("z", -10, "a"), 1.5);
  assert.equal(await r.zcard("z"), 3);
  assert.equal(await r.zcount("z", "(1.5", "+inf"), 2);
  assert.deepEqual(await r.zrange("z", 0, -1), ["a", "b", "c"]);
  assert.deepEqual(await r.zrange("z", 0, 1, { withscores: true }), [
    ["a", 1.5],
    ["b", 2],
  ]);
  assert.deepEqual(
    await r.zrange("z", "+inf", 2, {
      sortby: "BYSCORE",
      rev: true,
      limit: [0, 1],
    }),
    ["c"],
  );
  assert.deepEqual(
    await r.zrangebyscore("z", 2, Infinity, { withscores: true }),
    [
      ["b", 2],
      ["c", 3],
    ],
  );
  assert.deepEqual(await r.zrevrange("z", 0, 0, { withscores: true }), [[
    "c",
    3,
  ]]);
  assert.deepEqual(await r.zrevrangebyscore("z", 3, "(2"), ["c"]);
  assert.equal(await r.zrangestore("z2", "z", 0, 1), 2);
  assert.equal(await r.zrank("z", "b"), 1);
  assert.equal(await r.zrank("z", "nope"), null);
  assert.equal(await r.zrevrank("z", "b"), 1);
  await r.zadd("lex", [[0, "a"], [0, "b"], [0, "c"], [0, "d"]]);
  assert.deepEqual(await r.zrangebylex("lex", "[b", "+", { limit: [0, 2] }), [
    "b",
    "c",
  ]);
  assert.deepEqual(await r.zrevrangebylex("lex", "+", "(c"), ["d"]);
  assert.equal(await r.zlexcount("lex", "-", "+"), 4);
  assert.equal(await r.zremrangebylex("lex", "[a", "[b"), 2);
  assert.equal(await r.zremrangebyrank("lex", 0, 0), 1);
  assert.equal(await r.zremrangebyscore("z2", "-inf", 1.5), 1);
  assert.equal(await r.zrem("z2", "b", "nope"), 1);
  await r.zadd("y", [[5, "b"], [6, "x"]]);
  assert.deepEqual(await r.zdiff(["z", "y"]), ["a", "c"]);
  assert.deepEqual(await r.zdiff(["z", "y"], { withscores: true }), [
    ["a", 1.5],
    ["c", 3],
  ]);
  assert.equal(await r.zdiffstore("dz", "z", "y"), 2);
  assert.deepEqual(await r.zinter(["z", "y"], { withscores: true }), [[
    "b",
    7,
  ]]);
  assert.deepEqual(
    await r.zinter(["z", "y"], { weights: [2, 1], aggregate: "MAX" }),
    ["b"],
  );
  assert.equal(await r.zinterstore("iz", ["z", "y"]), 1);
  assert.equal(await r.zintercard(["z", "y"]), 1);
  assert.deepEqual(await r.zunion(["z", "y"]), ["a", "c", "x", "b"]);
  assert.equal(await r.zunionstore("uz", ["z", "y"], { aggregate: "MIN" }), 4);
  assert.equal(typeof await r.zrandmember("z"), "string");
  assert.equal((await r.zrandmember("z", 2)).length, 2);
  const scored = await r.zrandmember("z", [3, "WITHSCORES"]);
  assert.deepEqual(scored.sort(), [["a", 1.5], ["b", 2], ["c", 3]]);
  const [cursor, items] = await r.zscan("z", 0);
  assert.equal(cursor, "0");
  assert.deepEqual(items, ["a", "1.5", "b", "2", "c", "3"]);
  assert.deepEqual(await r.zpopmin("uz"), [["a", 1.5]]);
  assert.deepEqual(await r.zpopmax("uz", 2), [["x", 6], ["c", 3]]);
  assert.deepEqual(await r.zpopmin("nope"), []);
  assert.deepEqual(await r.bzpopmin("uz", 1), ["uz", "b", 2]);
  assert.deepEqual(await r.bzpopmax(["z"], 1), ["z", "c", 3]);
  assert.deepEqual(await r.zmpop(["z"], "MIN", { count: 5 }), ["z", [
    ["a", 1.5],
    ["b", 2],
  ]]);
  assert.equal(await r.zmpop(["z"], "MIN"), null);
  assert.deepEqual(await r.bzmpop(1, ["y"], "MAX"), ["y", [["x", 6]]]);
});

e2e("Commands stream methods return their declared replies", async (r) => {
  assert.equal(await r.xadd("s", "1-1", { f: "v1" }), "1-1");
  assert.equal(await r.xadd("s", "1-2", [["f", "v2"], ["g", "w"]]), "1-2");
  assert.equal(
    await r.xadd("nope", "*", { f: "v" }, { nomkstream: true }),
    null,
  );
  const id = await r.xadd("s", "*", { f: "v3" }, {
    trim: { strategy: "MAXLEN", operator: "=", threshold: 10 },
  });
  assert.match(id!, /^\d+-\d+$/);
  assert.equal(await r.xlen("s"), 3);
  assert.deepEqual(await r.xrange("s", "-", "+", { count: 2 }), [
    ["1-1", ["f", "v1"]],
    ["1-2", ["f", "v2", "g", "w"]],
  ]);
  assert.deepEqual(await r.xrevrange("s", "1-2", "-"), [
    ["1-2", ["f", "v2", "g", "w"]],
    ["1-1", ["f", "v1"]],
  ]);
  assert.deepEqual(await r.xread({ count: 1, streams: { s: "0" } }), [
    ["s", [["1-1", ["f", "v1"]]]],
  ]);
  assert.equal(await r.xread({ block: 10, streams: [["s", "$"]] }), null);
  assert.equal(await r.xgroupCreate("s", "g", "0"), "OK");
  assert.equal(await r.xgroupCreate("s2", "g", "$", { mkstream: true }), "OK");
  assert.equal(await r.xgroupCreateconsumer("s", "g", "c2"), 1);
  assert.deepEqual(
    await r.xreadgroup({ group: ["g", "c1"], count: 2, streams: { s: ">" } }),
    [["s", [["1-1", ["f", "v1"]], ["1-2", ["f", "v2", "g", "w"]]]]],
  );
  const [count, first, last, consumers] = await r.xpending("s", "g");
  assert.deepEqual([count, first, last, consumers], [2, "1-1", "1-2", [[
    "c1",
    "2",
  ]]]);
  const detail = await r.xpending("s", "g", {
    start: "-",
    end: "+",
    count: 10,
  });
  assert.equal(detail.length, 2);
  assert.equal(detail[0][0], "1-1");
  assert.equal(detail[0][1], "c1");
  assert.deepEqual(await r.xclaim("s", "g", "c2", 0, "1-1"), [["1-1", [
    "f",
    "v1",
  ]]]);
  assert.deepEqual(
    await r.xclaim("s", "g", "c2", 0, ["1-2"], { justid: true }),
    ["1-2"],
  );
  const [next, claimed, deleted] = await r.xautoclaim("s", "g", "c1", 0, "0", {
    count: 1,
  });
  assert.equal(next, "1-2");
  assert.deepEqual(claimed, [["1-1", ["f", "v1"]]]);
  assert.deepEqual(deleted, []);
  assert.equal(await r.xack("s", "g", "1-1", "1-2"), 2);
  const stream = await r.xinfoStream("s");
  assert.equal(stream.length, 3);
  assert.equal(stream.groups, 1);
  const full = await r.xinfoStream("s", { full: { count: 1 } });
  assert.equal(full.length, 3);
  const [group] = await r.xinfoGroups("s");
  assert.equal(group.name, "g");
  assert.equal(group.consumers, 2);
  const consumerNames = (await r.xinfoConsumers("s", "g")).map((c) => c.name)
    .sort();
  assert.deepEqual(consumerNames, ["c1", "c2"]);
  assert.equal(await r.xgroupDelconsumer("s", "g", "c2"), 0);
  assert.equal(await r.xgroupSetid("s", "g", "$", { entriesread: 3 }), "OK");
  assert.equal(await r.xgroupDestroy("s", "g"), 1);
  assert.equal(await r.xdel("s", "1-1"), 1);
  assert.equal(await r.xtrim("s", { strategy: "MAXLEN", threshold: 1 }), 1);
  assert.equal(
    await r.xsetid("s", "9999999999999-0", { entriesadded: 10 }),
    "OK",
  );
});

e2e(
  "Commands geo and HyperLogLog methods return their declared replies",
  async (r) => {
    assert.equal(
      await r.geoadd("g", [[13.361389, 38.115556, "Palermo"], [
        15.087269,
        37.502669,
        "Catania",
      ]]),
      2,
    );
    assert.equal(
      await r.geoadd("g", [[13.361389, 38.115556, "Palermo"]], { ch: true }),
      0,
    );
    const dist = await r.geodist("g", "Palermo", "Catania", "KM");
    assert.ok(dist !== null && Math.abs(dist - 166.2742) < 0.001);
    assert.equal(await r.geodist("g", "Palermo", "nope"), null);
    assert.deepEqual(await r.geohash("g", "Palermo", "nope"), [
      "sqc8b49rny0",
      null,
    ]);
    const [palermo, missing] = await r.geopos("g", "Palermo", "nope");
    assert.ok(palermo && Math.abs(palermo[0] - 13.361389) < 1e-5);
    assert.equal(missing, null);
    assert.deepEqual(
      await r.geosearch("g", {
        fromlonlat: [15, 37],
        byradius: [200, "KM"],
        order: "ASC",
      }),
      ["Catania", "Palermo"],
    );
    const matches = await r.geosearch("g", {
      frommember: "Palermo",
      bybox: [400, 400, "KM"],
      order: "ASC",
      count: [1, "ANY"],
      withdist: true,
      withcoord: true,
      withhash: true,
    });
    assert.equal(matches.length, 1);
    assert.equal(matches[0].member, "Palermo");
    assert.equal(matches[0].distance, 0);
    assert.equal(typeof matches[0].hash, "number");
    assert.ok(Math.abs(matches[0].coordinates![1] - 38.115556) < 1e-5);
    assert.equal(
      await r.geosearchstore("dst", "g", {
        frommember: "Palermo",
        byradius: [10, "KM"],
      }),
      1,
    );
    assert.deepEqual(
      await r.georadius("g", 15, 37, 200, "KM", { order: "ASC" }),
      [
        "Catania",
        "Palermo",
      ],
    );
    assert.deepEqual(await r.georadiusbymember("g", "Palermo", 10, "KM"), [
      "Palermo",
    ]);
    assert.equal(await r.pfadd("hll", "a", "b", "c"), 1);
    assert.equal(await r.pfadd("hll2", "c", "d"), 1);
    assert.equal(await r.pfcount("hll"), 3);
    assert.equal(await r.pfmerge("hll3", "hll", "hll2"), "OK");
    assert.equal(await r.pfcount("hll3"), 4);
  },
);

e2e(
  "Commands scripting and pub/sub methods return their declared replies",
  async (r) => {
    assert.deepEqual(await r.eval("return {KEYS[1], ARGV[1]}", ["k"], ["a"]), [
      "k",
      "a",
    ]);
    assert.equal(await r.eval("return 42"), 42);
    const sha = await r.scriptLoad("return ARGV[1]");
    assert.equal(sha, "098e0f0d1448c0a81dafe820f66d460eb09263da");
    assert.equal(await r.evalsha(sha, [], "x"), "x");
    assert.equal(
      await r.evalRo("return redis.call('GET', KEYS[1])", ["nope"]),
      null,
    );
    assert.equal(await r.evalshaRo(sha, undefined, ["y"]), "y");
    assert.deepEqual(
      await r.scriptExists(sha, "0000000000000000000000000000000000000000"),
      [1, 0],
    );
    assert.equal(await r.scriptFlush("SYNC"), "OK");
    const library =
      "#!lua name=lib\nredis.register_function('echo1', function(keys, args) " +
      "return args[1] end)\nredis.register_function{function_name='ro', callback=function() " +
      "return 1 end, flags={'no-writes'}}";
    assert.equal(await r.functionLoad(library), "lib");
    assert.equal(await r.functionLoad(library, { replace: true }), "lib");
    assert.equal(await r.fcall("echo1", [], ["hi"]), "hi");
    assert.equal(await r.fcallRo("ro"), 1);
    assert.ok(Array.isArray(await r.functionList({ libraryname: "lib" })));
    const dump = await r.functionDump();
    assert.ok(dump instanceof Uint8Array);
    assert.equal(await r.functionDelete("lib"), "OK");
    assert.equal(await r.functionRestore(dump), "OK");
    assert.ok(await r.functionStats());
    assert.equal(await r.functionFlush("SYNC"), "OK");
    assert.equal(await r.publish("ch", "msg"), 0);
    assert.equal(await r.spublish("sch", "msg"), 0);
    assert.deepEqual(await r.pubsubChannels(), []);
    assert.deepEqual(await r.pubsubNumsub("ch"), record({ ch: 0 }));
    assert.equal(await r.pubsubNumpat(), 0);
    assert.deepEqual(await r.pubsubShardchannels("s*"), []);
    assert.deepEqual(await r.pubsubShardnumsub("sch"), record({ sch: 0 }));
  },
);

e2e(
  "Commands server and connection methods return their declared replies",
  async (r) => {
    assert.equal(await r.ping(), "PONG");
    assert.equal(await r.ping("hi"), "hi");
    assert.equal(await r.echo("hello"), "hello");
    await r.set("k", "v");
    assert.equal(await r.dbsize(), 1);
    assert.match(await r.info("server"), /redis_version:/);
    const [seconds, micros] = await r.time();
    assert.match(seconds, /^\d+$/);
    assert.match(micros, /^\d+$/);
    assert.equal(typeof await r.lastsave(), "number");
    assert.deepEqual(
      await r.configGet("maxmemory-policy"),
      record({ "maxmemory-policy": "noeviction" }),
    );
    assert.equal(await r.configSet({ "slowlog-log-slower-than": "0" }), "OK");
    assert.equal(await r.configResetstat(), "OK");
    assert.equal(typeof await r.clientId(), "number");
    assert.equal(await r.clientSetname("e2e"), "OK");
    assert.equal(await r.clientGetname(), "e2e");
    assert.match(await r.clientInfo(), /name=e2e/);
    assert.match(await r.clientList({ type: "NORMAL" }), /name=e2e/);
    assert.equal(await r.clientNoEvict("OFF"), "OK");
    assert.equal(await r.clientGetredir(), -1);
    assert.deepEqual((await r.clientTrackinginfo()).flags, ["off"]);
    assert.equal(await r.clientPause(10, "WRITE"), "OK");
    assert.equal(await r.clientUnpause(), "OK");
    assert.equal(await r.clientKill({ id: 999999 }), 0);
    assert.equal(typeof await r.memoryUsage("k", { samples: 0 }), "number");
    assert.equal(await r.memoryUsage("nope"), null);
    assert.equal(typeof await r.memoryDoctor(), "string");
    assert.equal(typeof (await r.memoryStats())["keys.count"], "number");
    assert.ok(await r.slowlogLen() > 0);
    assert.ok(Array.isArray(await r.slowlogGet(1)));
    assert.equal(await r.slowlogReset(), "OK");
    assert.ok(await r.commandCount() > 200);
    assert.ok(
      (await r.commandList({ filterby: { pattern: "xinfo*" } })).includes(
        "xinfo",
      ),
    );
    assert.ok(Array.isArray(await r.commandInfo("get")));
    assert.ok(await r.commandDocs("get"));
    assert.deepEqual(await r.commandGetkeys("MSET", "a", "1", "b", "2"), [
      "a",
      "b",
    ]);
    assert.equal(await r.aclWhoami(), "default");
    assert.ok((await r.aclCat()).includes("keyspace"));
    assert.equal(
      await r.aclSetuser("alice", "on", ">secret", "~*", "+get"),
      "OK",
    );
    assert.deepEqual((await r.aclUsers()).sort(), ["alice", "default"]);
    assert.equal((await r.aclList()).length, 2);
    assert.equal((await r.aclGetuser("alice"))!.flags instanceof Array, true);
    assert.equal(await r.aclGetuser("nobody"), null);
    assert.equal(await r.aclDryrun("alice", "get", "k"), "OK");
    assert.equal(await r.aclDeluser("alice"), 1);
    assert.equal((await r.aclGenpass(64)).length, 16);
    assert.match(await r.lolwut({ version: 5 }), /Redis ver\./);
    assert.equal((await r.role() as unknown[])[0], "master");
    assert.ok(Array.isArray(await r.latencyLatest()));
    assert.equal(await r.swapdb(0, 1), "OK");
    assert.equal(await r.dbsize(), 0);
    assert.equal(await r.flushdb("SYNC"), "OK");
    await assert.rejects(r.get(undefined as unknown as string), TypeError);
    await assert.rejects(
      r.incr("k2").then(() => r.lpush("k2", "x")),
      RedisError,
    );
  },
);

e2e(
  "Commands bytes mode returns Uint8Array replies",
  async (_r, protocol, server) => {
    await using b = new Client<Uint8Array>(server.url, {
      protocol,
      bytes: true,
    });
    const binary = new Uint8Array([0, 255, 128, 10, 13]);
    assert.equal(await b.set("bin", binary), "OK");
    assert.deepEqual(await b.get("bin"), binary);
    await b.zadd("z", [[1, binary]]);
    assert.deepEqual(await b.zrange("z", 0, -1, { withscores: true }), [[
      binary,
      1,
    ]]);
    assert.deepEqual(await b.hgetall("nope"), record({}));
    await b.hset("h", [[binary, binary]]);
    const h = await b.hgetall("h");
    assert.deepEqual(Object.values(h), [binary]);
  },
);

e2e("Commands cluster methods work on a cluster-enabled node", async (r) => {
  assert.equal(await r.clusterKeyslot("foo"), 12182);
  assert.equal(await r.clusterAddslotsrange([[0, 16383]]), "OK");
  assert.equal(await r.clusterCountkeysinslot(0), 0);
  assert.deepEqual(await r.clusterGetkeysinslot(0, 10), []);
  assert.match(await r.clusterInfo(), /cluster_slots_assigned:16384/);
  const id = await r.clusterMyid();
  assert.match(id, /^[0-9a-f]{40}$/);
  assert.match(await r.clusterNodes(), new RegExp(id));
  assert.ok(Array.isArray(await r.clusterSlots()));
  assert.ok(Array.isArray(await r.clusterShards()));
  assert.deepEqual(await r.clusterLinks(), []);
  assert.equal(await r.clusterDelslots(16383), "OK");
  assert.equal(await r.clusterAddslots(16383), "OK");
  assert.equal(await r.clusterDelslotsrange([[0, 16383]]), "OK");
  assert.equal(await r.readonly(), "OK");
  assert.equal(await r.readwrite(), "OK");
  assert.equal(typeof await r.clusterCountFailureReports(id), "number");
  assert.equal(await r.clusterSaveconfig(), "OK");
  assert.equal(await r.clusterReset("SOFT"), "OK");
}, ["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf"]);

Deno.test("Commands end-to-end tests exercise at least 150 commands from every group", async () => {
  const table = await readTable();
  const groups = new Map<string, number>();
  for (const name of exercised) {
    const group = table.commands[name]?.group;
    assert.ok(group, `${name} is not in commands.json`);
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  // The groups of the commands every tested server has; the commands of newer servers
  // are exercised by tests/commands_servers_test.ts.
  const all = new Set(
    Object.values(table.commands).filter((c) =>
      c.availability?.redis === "7.0" && c.availability?.valkey
    ).map((c) => c.group).filter((g) => g !== "transactions"),
  );
  for (const group of all) {
    if (group === "sentinel") continue;
    assert.ok(groups.has(group!), `no command of group ${group} exercised`);
  }
  assert.ok(exercised.size >= 150, `${exercised.size} commands exercised`);
  console.log(
    `${exercised.size} commands exercised:`,
    Object.fromEntries(groups),
  );
});
