/**
 * `exec()` of a chained pipeline or transaction returns the typed tuple of its calls'
 * replies (issue 13, finding 4), on `Redis` and on `RedisCluster` alike, whose
 * `pipeline()` and `multi()` give the same public types (issue 14). Checked by
 * `deno check` (a wrong type or a `@ts-expect-error` line that does not fail fails the
 * suite); run against a server and a cluster too.
 */
import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";
import {
  CommandQueue,
  Pipeline,
  Redis,
  RedisCluster,
  type RespValue,
  Script,
  Transaction,
} from "../mod.ts";

/** Fails to compile unless `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;
function expectType<A, B>(_: Equal<A, B>): void {}

/** The same chained calls on any client's pipeline, and the tuple `exec()` is typed as. */
async function chained(p: Pipeline): Promise<unknown[]> {
  const results = await p
    .set("a", "1")
    .incr("a")
    .get("a")
    .zrange("z", 0, -1, { withscores: true })
    .exec();
  expectType<
    typeof results,
    [
      "OK" | null | Error,
      number | Error,
      string | null | Error,
      [member: string, score: number][] | Error,
    ]
  >(true);
  const [, two] = results;
  // @ts-expect-error a slot may hold an Error: no number methods without a check
  two.toFixed;
  // @ts-expect-error four slots, no fifth
  results[4];
  return results;
}

Deno.test("pipeline().exec() returns the chained calls' reply types", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.deepEqual(await chained(r.pipeline()), ["OK", 2, "2", []]);
  // A raw command keeps its place in the tuple, as a raw reply (RespValue).
  const [, raw] = await r.pipeline().get("a").sendCommand(["PING"]).incr("a")
    .exec();
  expectType<typeof raw, RespValue | Error>(true);
  assert.equal(raw, "PONG");
});

Deno.test("a queue's own methods are typed: sendCommand<T> and evalScript<T> add T, length is a number", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const script = new Script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
  const p = r.pipeline()
    .sendCommand<number>(["INCR", "c"])
    .evalScript<number>(script, ["c"], [5])
    .evalScript(script, ["c"], [1]);
  const queued: number = p.length;
  assert.equal(queued, 3);
  const results = await p.exec();
  expectType<
    typeof results,
    [number | Error, number | Error, RespValue | Error]
  >(
    true,
  );
  assert.deepEqual(results, [1, 6, 7]);
  const tx = await r.multi().sendCommand<string>(["SET", "t", "x"]).get("t")
    .evalScript<number>(script, ["c"], [1]).exec();
  expectType<
    typeof tx,
    [string | Error, string | null | Error, number | Error] | null
  >(true);
  assert.deepEqual(tx, ["OK", "x", 8]);
  // The base type queues too; its return type is left open, as its commands' are.
  const base: CommandQueue = r.pipeline();
  base.sendCommand(["PING"]);
  base.evalScript(script, ["c"], [1]);
  assert.equal(base.length, 2);
});

Deno.test("multi().exec() returns the chained calls' reply types, or null", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const results = await r.multi().incr("n").lpush("l", "x").exec();
  expectType<typeof results, [number | Error, number | Error] | null>(true);
  assert.deepEqual(results, [1, 1]);
});

Deno.test("a pipeline filled in a loop (not chained) still returns unknown[]", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const p = r.pipeline();
  for (const k of ["a", "b"]) p.set(k, "1");
  const results = await p.exec();
  expectType<typeof results, unknown[]>(true);
  assert.deepEqual(results, ["OK", "OK"]);
});

Deno.test("RedisCluster pipeline() and multi() return typed tuples, as Pipeline and Transaction", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls });
  // Keys of three slots: the pipeline fans out, the tuple keeps the order queued.
  // Keys of two slots ("a", "z"): the pipeline fans out, the tuple keeps the order.
  assert.deepEqual(await chained(c.pipeline()), ["OK", 2, "2", []]);
  const tx = await c.multi().incr("n:{1}").lpush("l:{1}", "x").get("n:{1}")
    .exec();
  expectType<
    typeof tx,
    [number | Error, number | Error, string | null | Error] | null
  >(true);
  // @ts-expect-error null when a watched key changed: check before destructuring
  const [n] = tx;
  assert.equal(n, 1);
  assert.deepEqual(tx, [1, 1, "1"]);

  // Replies parsed by their method, as on one server.
  const [, fields] = (await c.multi().hset("h:{2}", { f: "v" })
    .hgetall("h:{2}").exec())!;
  expectType<typeof fields, Record<string, string> | Error>(true);
  assert.deepEqual({ ...fields as object }, { f: "v" });
  const [bytes] = await c.with({ bytes: true }).pipeline().get("a").exec();
  expectType<typeof bytes, Uint8Array<ArrayBuffer> | null | Error>(true);
  assert.deepEqual(bytes, new TextEncoder().encode("2"));
});

Deno.test("a pipeline and a transaction are one public type each, on Redis and RedisCluster", async () => {
  await using server = await startRedis();
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using r = new Redis(server.url);
  await using c = new RedisCluster({ nodes: cluster.urls });
  const pipelines: Pipeline[] = [r.pipeline(), c.pipeline()];
  const transactions: Transaction[] = [r.multi(), c.multi()];
  for (const q of [...pipelines, ...transactions]) {
    assert.ok(q instanceof CommandQueue);
  }
  assert.ok(pipelines.every((p) => p instanceof Pipeline));
  assert.ok(transactions.every((t) => t instanceof Transaction));
  // One helper serves both clients' queues, typed.
  const visit = <R extends unknown[]>(p: Pipeline<string, R>) =>
    p.incr("visits").expire("visits", 60);
  for (const p of pipelines) {
    const [visits, set] = await visit(p).exec();
    expectType<typeof visits, number | Error>(true);
    expectType<typeof set, number | Error>(true);
    assert.equal(typeof visits, "number");
  }
  // @ts-expect-error a transaction's exec() may give null: it is no pipeline
  const notPipeline: Pipeline = r.multi();
  assert.ok(!(notPipeline instanceof Pipeline));
  // Commands the client owns are refused as they are queued, on a cluster as well.
  assert.throws(() => c.multi().sendCommand(["MULTI"]), TypeError);
});
