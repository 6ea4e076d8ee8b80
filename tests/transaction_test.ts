import assert from "node:assert/strict";
import { Redis, RedisError } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { assertNoUnwatchedExec } from "./_unwatched_exec.ts";

Deno.test("Transaction.exec returns the results of the queued commands", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  tx.sendCommand(["SET", "a", "1"])
    .sendCommand(["INCR", "a"])
    .sendCommand(["LPUSH", "a", "x"])
    .sendCommand(["GET", "a"]);
  const results = await tx.exec();
  assert.ok(results);
  assert.equal(results[0], "OK");
  assert.equal(results[1], 2);
  assert.ok(results[2] instanceof RedisError); // failed while running: only its slot
  assert.equal(results[2].code, "WRONGTYPE");
  assert.equal(results[3], "2");
});

Deno.test("Transaction.exec of an empty transaction resolves to an empty array", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.deepEqual(await r.multi().exec(), []);
});

Deno.test("Transaction.exec rejects with EXECABORT, caused by the refused command", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  tx.sendCommand(["SET", "a", "1"]).sendCommand(["NOSUCHCOMMAND"]);
  await assert.rejects(tx.exec(), (e: Error) => {
    assert.ok(e instanceof RedisError);
    assert.equal(e.code, "EXECABORT");
    assert.ok(e.cause instanceof RedisError);
    assert.match(e.cause.message, /unknown command/);
    return true;
  });
  assert.equal(await r.sendCommand(["GET", "a"]), null);
  assert.equal(await r.sendCommand(["PING"]), "PONG"); // not stuck in MULTI
});

Deno.test("Transaction.exec rejects a bad argument before anything runs", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  tx.sendCommand(["SET", "a", "1"])
    .sendCommand(["SET", "b", Symbol("nope") as unknown as string])
    .sendCommand(["SET", "c", "3"]);
  await assert.rejects(tx.exec(), TypeError);
  assert.equal(await r.sendCommand(["EXISTS", "a", "b", "c"]), 0);
  assert.equal(await r.sendCommand(["PING"]), "PONG"); // not stuck in MULTI
});

Deno.test("Transaction.exec returns null when a watched key changed", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.sendCommand(["SET", "balance", "10"]);
  const tx = r.multi();
  await tx.watch("balance");
  const balance = Number(await r.sendCommand(["GET", "balance"]));
  await r.sendCommand(["INCRBY", "balance", 5]); // someone else
  tx.sendCommand(["SET", "balance", balance + 10]);
  assert.equal(await tx.exec(), null);
  assert.equal(await r.sendCommand(["GET", "balance"]), "15");
});

Deno.test("Transaction.exec runs when the watched keys did not change", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.sendCommand(["SET", "balance", "10"]);
  const tx = r.multi();
  await tx.watch("balance", "other");
  const balance = Number(await r.sendCommand(["GET", "balance"]));
  tx.sendCommand(["SET", "balance", balance + 10]);
  assert.deepEqual(await tx.exec(), ["OK"]);
  assert.equal(await r.sendCommand(["GET", "balance"]), "20");
});

Deno.test("Transaction.watch is not disturbed by other commands of the client", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  await tx.watch("k");
  // EXEC or UNWATCH on the main connection must not clear the watch.
  await r.multi().sendCommand(["PING"]).exec();
  await r.sendCommand(["SET", "k", "changed"]);
  tx.sendCommand(["GET", "k"]);
  assert.equal(await tx.exec(), null);
});

Deno.test("Transaction.discard drops the queue and the watch", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  await tx.watch("k");
  tx.sendCommand(["SET", "k", "1"]);
  await tx.discard();
  assert.equal(tx.length, 0);
  await r.sendCommand(["SET", "k", "2"]);
  tx.sendCommand(["SET", "k", "3"]);
  assert.deepEqual(await tx.exec(), ["OK"]); // no longer watched
  assert.equal(await r.sendCommand(["GET", "k"]), "3");
});

Deno.test("Transaction results do not interleave with commands of the same tick", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  tx.sendCommand(["INCR", "n"]).sendCommand(["INCR", "n"]);
  const [before, results, after] = await Promise.all([
    r.sendCommand(["SET", "n", "10"]),
    tx.exec(),
    r.sendCommand(["GET", "n"]),
  ]);
  assert.equal(before, "OK");
  assert.deepEqual(results, [11, 12]);
  assert.equal(after, "12");
});

Deno.test("Transaction.exec with a bad argument does not leave a stale watch behind", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const bad = r.multi();
  await bad.watch("k");
  bad.sendCommand(["SET", "k", undefined as unknown as string]);
  await assert.rejects(bad.exec(), TypeError);
  await r.sendCommand(["SET", "k", "changed"]);
  // A later transaction on a pooled connection must not inherit the watch on "k".
  const tx = r.multi();
  await tx.watch("other");
  tx.sendCommand(["SET", "other", "1"]);
  assert.deepEqual(await tx.exec(), ["OK"]);
});

Deno.test("Transaction.exec after an exec that failed on a bad argument refuses to run unwatched", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await assertNoUnwatchedExec(r, "k");
});

Deno.test("Transaction.exec gives DUMP its bytes and the other slots their text", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.set("s", "héllo");
  await r.hset("h", { f: "v" });
  const [dumped, value, hash] = (await r.multi().dump("s").get("s").hgetall("h")
    .exec())!;
  assert.ok(dumped instanceof Uint8Array);
  assert.equal(value, "héllo");
  assert.deepEqual(hash, await r.hgetall("h"));
  assert.equal(hash.f, "v");
  assert.equal(await r.restore("copy", 0, dumped, { replace: true }), "OK");
  assert.equal(await r.get("copy"), "héllo");
  // A bytes client keeps every slot as bytes.
  const b = r.with({ bytes: true });
  const [, raw] = (await b.multi().dump("s").get("s").exec())!;
  assert.deepEqual(raw, new TextEncoder().encode("héllo"));
});
