// Type tests of the generated command methods: the calls below must type-check with the
// reply types asserted, and each `@ts-expect-error` line must fail `deno check`.
import assert from "node:assert/strict";
import {
  Commands,
  type GeoMatch,
  type Out,
  type ScoredMember,
  type StreamEntry,
} from "../lib/commands.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";
import type { RespValue } from "../lib/resp/decode.ts";

/** A client that sends nothing: only the types matter here. */
class Client<S extends string | Uint8Array = string>
  extends Commands<"promise", S> {
  calls = 0;
  protected command<T>(_args: RedisArgument[]): Promise<T> {
    this.calls++;
    return Promise.resolve(undefined as T);
  }
}

/** A pipeline that queues nothing. */
class Chain extends Commands<"chain"> {
  protected command<T>(): Out<"chain", T, this> {
    return this as Out<"chain", T, this>;
  }
}

/** True only when A and B are the same type. */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true
  : false;
/** Compiles only when the awaited type of `value` is exactly `T`. */
function reply<T>() {
  return <P>(
    _value: P,
    ..._exact: Exact<Awaited<P>, T> extends true ? [] : [never]
  ) => {};
}

Deno.test("Commands methods type their parameters and replies", () => {
  const r = new Client();
  reply<string | null>()(r.get("k"));
  reply<string | null>()(r.get(new Uint8Array([1, 2])));
  reply<number>()(r.del("a", "b", "c"));
  const keys: string[] = ["a", "b"];
  reply<number>()(r.del(...keys));
  reply<number>()(r.incrby("n", 5));
  reply<number>()(r.incrby("n", 5n));
  reply<number>()(r.incrbyfloat("n", 0.5));
  reply<"OK" | null>()(r.set("k", "v"));
  reply<"OK" | null>()(r.set("k", 1, { condition: "NX", ex: 10 }));
  reply<"OK" | null>()(r.set("k", "v", { keepttl: true }));
  reply<string | null>()(r.set("k", "v", { get: true, px: 100 }));
  reply<string | null>()(r.lpop("l"));
  reply<string[] | null>()(r.lpop("l", 2));
  reply<string | null>()(r.spop("s"));
  reply<string[]>()(r.spop("s", 3));
  reply<Record<string, string>>()(r.hgetall("h"));
  reply<number>()(r.hset("h", { a: 1, b: "2" }));
  reply<number>()(r.hset("h", [["a", 1], [new Uint8Array([0]), "x"]]));
  reply<string | null>()(r.hrandfield("h"));
  reply<string[]>()(r.hrandfield("h", 2));
  reply<[field: string, value: string][]>()(
    r.hrandfield("h", [2, "WITHVALUES"]),
  );
  reply<number>()(
    r.zadd("z", [[1, "a"], [2, "b"]], { condition: "NX", ch: true }),
  );
  reply<number | null>()(r.zadd("z", [[1, "a"]], { incr: true }));
  reply<string[]>()(r.zrange("z", 0, -1));
  reply<ScoredMember<string>[]>()(r.zrange("z", 0, -1, { withscores: true }));
  reply<string[]>()(
    r.zrange("z", "(1", "+inf", { sortby: "BYSCORE", limit: [0, 10] }),
  );
  reply<ScoredMember<string>[]>()(
    r.zrangebyscore("z", "-inf", 5, { withscores: true }),
  );
  reply<number | null>()(r.zscore("z", "a"));
  reply<ScoredMember<string>[]>()(r.zpopmin("z"));
  reply<[cursor: string, items: string[]]>()(
    r.scan(0, { match: "user:*", count: 100 }),
  );
  reply<string | null>()(r.xadd("s", "*", { field: "value" }));
  reply<string | null>()(
    r.xadd("s", "*", [["f", "v"]], {
      nomkstream: true,
      trim: { strategy: "MAXLEN", operator: "~", threshold: 1000 },
    }),
  );
  reply<StreamEntry<string>[]>()(r.xrange("s", "-", "+", { count: 10 }));
  reply<[stream: string, entries: StreamEntry<string>[]][] | null>()(
    r.xread({ count: 1, block: 0, streams: { s: "$" } }),
  );
  reply<string[]>()(
    r.geosearch("g", {
      fromlonlat: [15, 37],
      byradius: [200, "KM"],
      order: "ASC",
      count: 5,
    }),
  );
  reply<GeoMatch<string>[]>()(
    r.geosearch("g", {
      frommember: "a",
      bybox: [1, 2, "M"],
      withdist: true,
      count: [5, "ANY"],
    }),
  );
  reply<(string | null)[]>()(
    r.sort("l", { limit: [0, 5], get: ["#"] }),
  );
  reply<"OK" | number>()(r.clientKill({ id: 5, skipme: "yes" }));
  reply<"PONG">()(r.ping());
  reply<string>()(r.ping("hello"));
  reply<RespValue>()(r.eval("return KEYS[1]", ["k"], ["a"]));
  reply<RespValue>()(
    r.migrate("127.0.0.1", 6380, "", 0, 5000, {
      copy: true,
      auth2: ["u", "p"],
      keys: ["a"],
    }),
  );
  reply<number>()(r.expire("k", 10, "NX"));
  reply<(number | null)[]>()(
    r.bitfield("b", { get: ["u8", 0] }, {
      overflow: "SAT",
      incrby: ["u8", 0, 1],
    }),
  );
  reply<"OK">()(r.configSet({ "maxmemory-policy": "noeviction" }));
  reply<Record<string, string>>()(r.configGet("maxmemory", "save"));
  reply<"OK">()(r.replicaof("NO ONE"));
  reply<number>()(r.sort("l", { store: "dst" }));

  const bytes = new Client<Uint8Array>();
  reply<Uint8Array | null>()(bytes.get("k"));
  reply<ScoredMember<Uint8Array>[]>()(
    bytes.zrange("z", 0, -1, { withscores: true }),
  );
  reply<Uint8Array | null>()(r.dump("k"));

  // The shared implementation returns the queue itself; each queue class declares the
  // chained type (tests/pipeline_types_test.ts).
  const p = new Chain();
  assert.equal(p.set("a", "1"), p);
  assert.ok(r.calls > 40);
});

Deno.test("Commands methods type the commands of Redis 8 and Valkey 8", () => {
  const r = new Client();
  reply<[rank: number, score: number] | null>()(
    r.zrank("z", "m", { withscore: true }),
  );
  reply<number | null>()(r.zrank("z", "m"));
  reply<[rank: number, score: number] | null>()(
    r.zrevrank("z", "m", { withscore: true }),
  );
  reply<number[]>()(r.hexpire("h", 100, { fields: ["a", "b"] }));
  reply<number[]>()(
    r.hpexpire("h", 100, { condition: "nx", fields: ["a"] }),
  );
  reply<number[]>()(r.httl("h", { fields: ["a"] }));
  reply<number[]>()(r.hpersist("h", { fields: ["a"] }));
  reply<(string | null)[]>()(r.hgetex("h", { ex: 10, fields: ["a"] }));
  reply<(string | null)[]>()(r.hgetdel("h", { fields: ["a"] }));
  reply<number>()(r.hsetex("h", { condition: "fxx", fields: { a: "1" } }));
  reply<number>()(r.hsetex("h", { px: 5, fields: [["a", "1"]] }));
  reply<boolean>()(r.vadd("v", "e", { values: [0.1, 0.2] }));
  reply<string[]>()(r.vsim("v", { ele: "e" }));
  reply<ScoredMember<string>[]>()(
    r.vsim("v", { values: [1, 0], withscores: true, count: 3 }),
  );
  reply<number[]>()(r.vemb("v", "e"));
  reply<string[][] | null>()(r.vlinks("v", "e"));
  reply<ScoredMember<string>[][] | null>()(
    r.vlinks("v", "e", { withscores: true }),
  );
  reply<string | null>()(r.vrandmember("v"));
  reply<string[]>()(r.vrandmember("v", 2));
  reply<Record<string, RespValue>>()(r.vinfo("v"));
  reply<"OK">()(r.clientSetinfo({ libName: "mine" }));
  reply<"OK">()(r.clientNoTouch("on"));
  reply<"OK">()(r.clientCapa("redirect"));
  reply<[local: number, replicas: number]>()(r.waitaof(0, 0, 100));
  reply<string>()(r.scriptShow("sha"));
  reply<[slot: number, stats: Record<string, number>][]>()(
    r.clusterSlotStats({ slotsrange: [0, 10] }),
  );
});

Deno.test("Commands methods keep compiling as they did on the Redis 7.0 table", () => {
  const r = new Client();
  reply<Record<string, RespValue>>()(
    r.xinfoStream("s", { full: { count: 5 } }),
  );
  reply<Record<string, RespValue>>()(r.xinfoStream("s", { full: true }));
  reply<"OK" | number>()(r.clientKill({ skipme: "yes" }));
  reply<"OK" | number>()(r.clientKill({ skipme: "YES", maxage: 10 }));
  const op: string = "and";
  reply<number>()(r.bitop("and", "d", "a", "b"));
  reply<number>()(r.bitop(op, "d", "a"));
  reply<RespValue>()(r.shutdown({ nosaveSave: "NOSAVE", now: true }));
  reply<string>()(r.bgsave({ schedule: true }));
  reply<"OK" | null>()(r.set("k", "v", { condition: "nx" }));
  reply<number>()(r.expire("k", 10, "gt"));
});

Deno.test("Commands methods reject wrong calls at compile time", () => {
  const r = new Client();
  const wrong = [
    // @ts-expect-error missing argument
    () => r.get(),
    // @ts-expect-error a number is not a key
    () => r.del(1),
    // @ts-expect-error EX and PX exclude each other
    () => r.set("k", "v", { ex: 1, px: 2 }),
    // @ts-expect-error unknown option
    () => r.set("k", "v", { nx: true }),
    // @ts-expect-error wrong option type
    () => r.set("k", "v", { ex: "10" }),
    // @ts-expect-error unknown token
    () => r.expire("k", 10, "YY"),
    // @ts-expect-error score and member swapped
    () => r.zadd("z", [["a", 1]]),
    // @ts-expect-error FROMMEMBER or FROMLONLAT is required
    () => r.geosearch("g", { byradius: [1, "KM"] }),
    // @ts-expect-error a unit is required in BYRADIUS
    () => r.geosearch("g", { frommember: "a", byradius: [1] }),
    // @ts-expect-error fields are required
    () => r.xadd("s", "*"),
    // @ts-expect-error LIMIT takes offset and count
    () => r.sort("l", { limit: [0] }),
    // @ts-expect-error unknown CLIENT KILL filter
    () => r.clientKill({ idd: 5 }),
    // @ts-expect-error LEFT or RIGHT
    () => r.lmove("a", "b", "LEFT", "UP"),
    // @ts-expect-error a string is not an integer
    () => r.incrby("n", "1"),
    // @ts-expect-error STREAMS is required
    () => r.xread({ count: 1 }),
    // @ts-expect-error excluded: the client owns transactions
    () => r.multi(),
    // @ts-expect-error excluded: the client owns the database
    () => r.select(1),
    // @ts-expect-error FIELDS is a list; its count is computed
    () => r.hexpire("h", 1, { fields: { numfields: 1, fields: ["a"] } }),
    // @ts-expect-error a token in mixed case is not a token
    () => r.set("k", "v", { condition: "Nx" }),
  ];
  assert.equal(wrong.length, 19);
});
