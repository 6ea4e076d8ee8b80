import assert from "node:assert/strict";
import {
  AbortError,
  ConnectionLostError,
  type DesirError,
  Redis,
  RedisCluster,
  RedisError,
  TimeoutError,
} from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";

Deno.test("RedisError names its command and first key", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.set("user:1", "secret-value");
  const e = await r.lpush("user:1", "x").catch((e) => e);
  assert.ok(e instanceof RedisError);
  assert.equal(e.code, "WRONGTYPE");
  assert.equal(e.command, "LPUSH");
  assert.equal(e.key, "user:1");
  assert.match(e.message, /^WRONGTYPE .* \(command LPUSH, key "user:1"\)$/);
  assert.match(
    e.stack!,
    /^RedisError: WRONGTYPE .*\(command LPUSH, key "user:1"\)\n/,
  );
});

Deno.test("RedisError shortens a long key and shows no other argument", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const key = "k".repeat(100);
  await r.sendCommand(["HSET", key, "f", "v"]);
  const e = await r.sendCommand(["SET", key, "hunter2", "GET"])
    .catch((e) => e);
  assert.ok(e instanceof RedisError);
  assert.equal(e.key, `${"k".repeat(39)}…`);
  assert.ok(!e.message.includes("hunter2"));
  const keyless = await r.sendCommand(["CONFIG", "GET"]).catch((e) => e);
  assert.equal(keyless.command, "CONFIG GET");
  assert.equal(keyless.key, undefined);
  assert.match(keyless.message, /\(command CONFIG GET\)$/);
});

Deno.test("TimeoutError and AbortError name their command and key", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using admin = new Redis(server.url);
  await r.connect();
  await admin.sendCommand(["CLIENT", "PAUSE", 300, "ALL"]);
  const timeout = await r.with({ timeout: 50 }).get("slow").catch((e) => e);
  assert.ok(timeout instanceof TimeoutError);
  assert.equal(timeout.command, "GET");
  assert.equal(timeout.key, "slow");
  assert.equal(
    timeout.message,
    'GET got no reply within 50 ms (command GET, key "slow")',
  );
  const abort = await r.with({ signal: AbortSignal.abort("stop") }).get("a")
    .catch((e) => e);
  assert.ok(abort instanceof AbortError);
  assert.equal(abort.message, 'GET was aborted (command GET, key "a")');
});

Deno.test("ConnectionLostError names its command and key", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { reconnect: false });
  await using admin = new Redis(server.url);
  await r.connect();
  await admin.sendCommand(["CLIENT", "PAUSE", 5000, "WRITE"]);
  const lost = r.incr("visits").catch((e) => e);
  await admin.sendCommand([
    "CLIENT",
    "KILL",
    "TYPE",
    "normal",
    "SKIPME",
    "yes",
  ]);
  const e = await lost;
  assert.ok(e instanceof ConnectionLostError);
  assert.equal(e.command, "INCR");
  assert.equal(e.key, "visits");
  assert.match(e.message, /\(command INCR, key "visits"\)$/);
});

Deno.test("Pipeline.exec and Transaction.exec errors say their index", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const [, piped] = await r.pipeline().set("p", "v").lpush("p", "x").exec();
  assert.ok(piped instanceof RedisError);
  assert.equal((piped as DesirError).index, 1);
  assert.match(
    (piped as Error).message,
    /\(command LPUSH, key "p", pipeline index 1\)$/,
  );
  const [, , inTx] = (await r.multi().set("t", "v").get("t").lpush("t", "x")
    .exec())!;
  assert.ok(inTx instanceof RedisError);
  assert.equal((inTx as DesirError).index, 2);
  assert.match(
    (inTx as Error).message,
    /\(command LPUSH, key "t", transaction index 2\)$/,
  );
  const refused = await r.multi().set("t", "v").sendCommand(["GET"]).exec()
    .catch((e) => e);
  assert.equal(refused.code, "EXECABORT");
  assert.equal(refused.cause.command, "GET");
  assert.equal(refused.cause.index, 1);
});

Deno.test("Redis captureStack points an error at the caller's code", async () => {
  await using server = await startRedis();
  await using plain = new Redis(server.url);
  await using traced = new Redis(server.url, { captureStack: true });
  await plain.set("s", "v");
  const here = new URL(import.meta.url).pathname.split("/").pop()!;
  const without = await plain.lpush("s", "x").catch((e) => e);
  assert.ok(!without.stack.includes(here));
  const withStack = await traced.lpush("s", "x").catch((e) => e);
  assert.ok(withStack.stack.includes(here), withStack.stack);
  assert.match(withStack.stack, /^RedisError: WRONGTYPE .*\(command LPUSH/);
});

Deno.test("RedisCluster errors name their command, key and pipeline index", async () => {
  await using cluster = await startCluster({ masters: 3, replicas: 0 });
  await using c = new RedisCluster({ nodes: cluster.urls });
  await c.set("user:{1}", "v");
  const direct = await c.lpush("user:{1}", "x").catch((e) => e);
  assert.ok(direct instanceof RedisError);
  assert.equal(direct.command, "LPUSH");
  assert.equal(direct.key, "user:{1}");
  const [, , slot] = await c.pipeline().get("user:{1}").set("other", "v")
    .lpush("user:{1}", "x").exec();
  assert.ok(slot instanceof RedisError);
  assert.equal((slot as DesirError).index, 2);
  assert.match(
    (slot as Error).message,
    /\(command LPUSH, key "user:\{1\}", pipeline index 2\)$/,
  );
});

Deno.test("Transaction.watch errors name WATCH and its first key", async () => {
  await using server = await startRedis({
    users: [{ name: "app", password: "pw", rules: "on ~mine:* &* +@all" }],
  });
  await using r = new Redis(server.url, { username: "app", password: "pw" });
  const e = await r.multi().watch("balance").catch((e) => e);
  assert.ok(e instanceof RedisError, String(e));
  assert.equal(e.code, "NOPERM");
  assert.equal(e.command, "WATCH");
  assert.equal(e.key, "balance");
  assert.ok(!e.message.includes("pw"));
});

Deno.test("TimeoutError names its command once, in its message and its stack", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using pauser = new Redis(server.url);
  await r.ping();
  await pauser.sendCommand(["CLIENT", "PAUSE", "500", "ALL"]);
  const e = await r.with({ timeout: 50 }).get("k").catch((e) => e);
  assert.ok(e instanceof TimeoutError);
  assert.match(
    e.message,
    /^GET got no reply within 50 ms \(command GET, key "k"\)$/,
  );
  assert.equal(e.stack!.split("\n")[0], `TimeoutError: ${e.message}`);
});
