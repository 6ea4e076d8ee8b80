/**
 * `exec()` of a chained pipeline or transaction returns the typed tuple of its calls'
 * replies (issue 13, finding 4). Checked by `deno check` (a wrong type or a
 * `@ts-expect-error` line that does not fail fails the suite); run against a server too.
 */
import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { Redis } from "../lib/client.ts";

/** Fails to compile unless `A` and `B` are the same type. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends
  (<T>() => T extends B ? 1 : 2) ? true : false;
function expectType<A, B>(_: Equal<A, B>): void {}

Deno.test("pipeline().exec() returns the chained calls' reply types", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const results = await r.pipeline()
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
  const [ok, two, got, scored] = results;
  // @ts-expect-error a slot may hold an Error: no number methods without a check
  two.toFixed();
  assert.equal(ok, "OK");
  assert.equal(two, 2);
  assert.equal(got, "2");
  assert.deepEqual(scored, []);
  // @ts-expect-error four slots, no fifth
  results[4];
  // A raw command keeps its place in the tuple, as unknown.
  const [, raw] = await r.pipeline().get("a").sendCommand(["PING"]).incr("a")
    .exec();
  expectType<typeof raw, unknown>(true);
  assert.equal(raw, "PONG");
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
