/**
 * Natural calls compile and run; calls the server refuses fail `deno check` (issue 13,
 * finding 9), and so do listeners of events a client does not have or of the wrong event
 * type (issue 14). `deno check` covers this file in the suite: a type that is wrong, or a
 * `@ts-expect-error` line that compiles, fails it.
 */
import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";
import type { ClientBase } from "../lib/client_base.ts";
import { RedisCluster } from "../lib/cluster/cluster.ts";
import type { ClusterShard } from "../lib/cluster/topology.ts";
import type { ScoredMember } from "../lib/commands.ts";
import type { RespValue } from "../lib/resp/decode.ts";
import { within } from "./_wait.ts";

/** Fails to compile unless `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;
function expectType<A, B>(_: Equal<A, B>): void {}

Deno.test("hset(k, field, value), del/mget/lpush with an array compile and run", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.equal(await r.hset("h", "name", "Ada"), 1);
  assert.equal(await r.hset("h", { a: "1", b: "2" }), 2);
  assert.equal(await r.mset("k1", "v1"), "OK");
  const keys = ["k1", "k2"];
  assert.deepEqual(await r.mget(keys), ["v1", null]);
  assert.equal(await r.lpush("l", ["a", "b"]), 2);
  assert.equal(await r.lpush("l", "c", "d"), 4);
  assert.equal(await r.del([...keys, "l"]), 2);
  assert.equal(await r.del("h"), 1);
});

Deno.test("withscores given as a boolean variable types the reply as either shape", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.zadd("z", [[1, "a"]]);
  const withscores = Deno.args.length < 1000; // a boolean only known at run time
  const either = await r.zrange("z", 0, -1, { withscores });
  expectType<typeof either, string[] | ScoredMember<string>[]>(true);
  assert.deepEqual(either, [["a", 1]]);
  const scored = await r.zrange("z", 0, -1, { withscores: true });
  expectType<typeof scored, ScoredMember<string>[]>(true);
  const plain = await r.zrange("z", 0, -1, { withscores: false });
  expectType<typeof plain, string[]>(true);
  const none = await r.zrange("z", 0, -1);
  expectType<typeof none, string[]>(true);
  const get = Deno.args.length > 1000;
  const old = await r.set("k", "v", { get });
  expectType<typeof old, string | null>(true);
});

Deno.test("option combinations the server refuses fail deno check", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  // Allowed: NX alone, XX with GT, LIMIT with BYSCORE.
  await r.zadd("z", [[1, "a"]], { condition: "NX" });
  await r.zadd("z", [[2, "a"]], { condition: "XX", comparison: "GT" });
  await r.zadd("z", [[3, "a"]], { comparison: "LT" });
  await r.zrange("z", 0, 10, { sortby: "BYSCORE", limit: [0, 1] });
  // The server refuses these; so does the type checker.
  await assert.rejects(
    // @ts-expect-error GT and NX together
    r.zadd("z", [[1, "a"]], { condition: "NX", comparison: "GT" }),
    /not compatible/,
  );
  await assert.rejects(
    // @ts-expect-error LIMIT needs BYSCORE or BYLEX
    r.zrange("z", 0, -1, { limit: [0, 1] }),
    /LIMIT/,
  );
  await assert.rejects(
    // @ts-expect-error LIMIT needs BYSCORE or BYLEX
    r.zrangestore("dst", "z", 0, -1, { limit: [0, 1] }),
    /LIMIT/,
  );
  // @ts-expect-error a field without its value
  assert.throws(() => r.hset("h", "name", "Ada", "extra"), TypeError);
});

Deno.test("addEventListener gives each listener its event's type, per client", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const ready = Promise.withResolvers<CustomEvent<undefined>>();
  r.addEventListener("ready", (e) => ready.resolve(e), { once: true });
  r.addEventListener("error", (e) => expectType<typeof e.detail, Error>(true));
  r.addEventListener("reconnecting", (e) => {
    expectType<typeof e.detail, { attempt: number; delay: number }>(true);
  });
  r.addEventListener(
    "push",
    (e) => expectType<typeof e.detail, RespValue[]>(true),
  );
  r.addEventListener("error", { handleEvent: (e) => e.detail.message });
  r.addEventListener("close", (e: Event) => e.type); // a plain listener still fits
  // @ts-expect-error: `refresh` is a cluster's event
  r.addEventListener("refresh", () => {});
  // @ts-expect-error: an error event's detail is an Error, not a string
  r.addEventListener("error", (e: CustomEvent<string>) => e.detail.length);
  // @ts-expect-error: not an event at all
  r.removeEventListener("ready2", () => {});
  await r.connect();
  assert.equal((await within(ready.promise, "the ready event")).type, "ready");

  await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
  c.addEventListener("refresh", (e) => {
    expectType<typeof e.detail, readonly ClusterShard[]>(true);
  });
  c.addEventListener("error", (e) => expectType<typeof e.detail, Error>(true));
  // @ts-expect-error: a cluster has no `ready` event of its own
  c.addEventListener("ready", () => {});

  // Code written against ClientBase knows the events every client has.
  const clients: ClientBase[] = [r, c];
  for (const client of clients) {
    client.addEventListener("error", (e) => e.detail.message);
    // @ts-expect-error: not every client has `connect`
    client.addEventListener("connect", () => {});
  }
});
