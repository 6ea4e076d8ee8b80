import assert from "node:assert/strict";
import { ConnectionLostError, Redis, RedisError, Script } from "../mod.ts";
import { acceptHello, startFakeServer, startRedis } from "./harness/mod.ts";

Deno.test("Pipeline.exec returns results in order with an Error in a failed slot", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const p = r.pipeline();
  p.sendCommand(["SET", "a", "1"])
    .sendCommand(["INCR", "a"])
    .sendCommand(["LPUSH", "a", "x"])
    .sendCommand(["GET", "a"]);
  assert.equal(p.length, 4);
  const [ok, two, wrongType, value] = await p.exec();
  assert.equal(ok, "OK");
  assert.equal(two, 2);
  assert.ok(wrongType instanceof RedisError);
  assert.equal(wrongType.code, "WRONGTYPE");
  assert.equal(value, "2");
  assert.equal(p.length, 0);
});

Deno.test("Pipeline.exec puts a TypeError in the slot of a bad argument only", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const p = r.pipeline();
  p.sendCommand(["SET", "a", "1"])
    .sendCommand(["SET", "b", { not: "sendable" } as unknown as string])
    .sendCommand(["SET", "c", NaN])
    .sendCommand(["GET", "a"]);
  const [ok, bad, nan, a] = await p.exec();
  assert.equal(ok, "OK");
  assert.ok(bad instanceof TypeError);
  assert.ok(nan instanceof TypeError);
  assert.equal(a, "1");
  assert.equal(await r.sendCommand(["EXISTS", "b", "c"]), 0);
});

Deno.test("Pipeline.exec of an empty pipeline resolves to an empty array", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.deepEqual(await r.pipeline().exec(), []);
});

Deno.test("Pipeline.exec sends its commands in one write", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using observer = new Redis(server.url);
  await r.connect();
  const p = r.pipeline();
  for (let i = 0; i < 1000; i++) p.sendCommand(["SET", `k${i}`, i]);
  const results = await p.exec();
  assert.equal(results.length, 1000);
  assert.ok(results.every((x) => x === "OK"));
  assert.equal(await observer.sendCommand(["DBSIZE"]), 1000);
});

Deno.test("Pipeline.exec keeps replies in order with other commands of the same tick", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const p = r.pipeline();
  p.sendCommand(["ECHO", "p1"]).sendCommand(["ECHO", "p2"]);
  const [before, results, after] = await Promise.all([
    r.sendCommand(["ECHO", "before"]),
    p.exec(),
    r.sendCommand(["ECHO", "after"]),
  ]);
  assert.equal(before, "before");
  assert.deepEqual(results, ["p1", "p2"]);
  assert.equal(after, "after");
});

Deno.test("Pipeline.exec decodes bytes for a bytes view", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const raw = new Uint8Array([0, 255, 128]);
  await r.sendCommand(["SET", "bin", raw]);
  const p = r.with({ bytes: true }).pipeline();
  p.sendCommand(["GET", "bin"]);
  assert.deepEqual(await p.exec(), [raw]);
});

Deno.test("Pipeline.exec leaves ConnectionLostError in slots written before the server died", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { reconnect: false });
  const p = r.pipeline();
  p.sendCommand(["ECHO", "unanswered"]).sendCommand(["INCR", "n"]);
  const results = p.exec();
  const conn = await acceptHello(fake);
  await conn.commands(2); // both reached the server, which then dies
  await conn.close();
  const [echo, incr] = await results;
  assert.ok(echo instanceof ConnectionLostError && echo.mayHaveExecuted);
  assert.ok(incr instanceof ConnectionLostError && incr.mayHaveExecuted);
});

Deno.test("Pipeline.exec with a known script keeps its place among commands of the same tick", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const incr = new Script("return redis.call('INCR', KEYS[1])");
  await incr.sha1();
  const p = r.pipeline();
  p.evalScript(incr, ["n"]).sendCommand(["INCR", "n"]);
  const [results, after] = await Promise.all([
    p.exec(),
    r.sendCommand(["GET", "n"]),
  ]);
  assert.deepEqual(results, [1, 2]);
  assert.equal(after, "2");
});
