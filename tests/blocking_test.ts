import assert from "node:assert/strict";
import { AbortError, ConnectionError, Redis } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { waitFor } from "./_wait.ts";
import { blockedClients } from "./_server_state.ts";

Deno.test("Redis commandTimeout counts from the end of a command's own block time", async () => {
  await using server = await startRedis();
  // Blocks twice as long as commandTimeout; the margin (1 s) absorbs a loaded machine.
  await using r = new Redis(server.url, { commandTimeout: 1000 });
  const started = Date.now();
  const [popped, read, moved] = await Promise.all([
    r.blpop(["q"], 2),
    r.xread({ block: 2000, streams: { s: "$" } }),
    r.blmove("a", "b", "LEFT", "RIGHT", 2),
  ]);
  assert.deepEqual([popped, read, moved], [null, null, null]);
  assert.ok(Date.now() - started >= 1900);
});

Deno.test("Redis commandTimeout does not cut a call that blocks until served", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { commandTimeout: 100 });
  await using admin = new Redis(server.url);
  const popped = r.blpop(["forever"], 0);
  await waitFor(
    async () => await blockedClients(admin) === 1,
    "BLPOP is blocked",
  );
  // Three times the commandTimeout later, the server still has it blocked: not cut.
  const since = Date.now();
  await waitFor(
    async () => Date.now() - since >= 300 && await blockedClients(admin) === 1,
    "BLPOP still blocked 300 ms on",
  );
  await admin.rpush("forever", "x");
  assert.deepEqual(await popped, ["forever", "x"]);
});

Deno.test("Redis runs at most maxBlockingConnections blocking calls; the rest wait in line", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { maxBlockingConnections: 2 });
  await using admin = new Redis(server.url);
  let most = 0;
  const keys = ["q0", "q1", "q2", "q3", "q4"];
  const calls = keys.map((key) => r.blpop([key], 0));
  // The calls are served in order: two at a time hold the two connections.
  for (const [i, key] of keys.entries()) {
    const expected = Math.min(2, keys.length - i);
    await waitFor(async () => {
      const blocked = await blockedClients(admin);
      most = Math.max(most, blocked);
      return blocked === expected;
    }, `${expected} calls blocked before ${key} is pushed`);
    await admin.rpush(key, key);
  }
  const results = await Promise.all(calls);
  assert.deepEqual(results, keys.map((key) => [key, key]));
  assert.equal(most, 2);
});

Deno.test("Redis applies a signal to a blocking call waiting in line", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { maxBlockingConnections: 1 });
  await using admin = new Redis(server.url);
  const first = r.blpop(["busy"], 0);
  await waitFor(
    async () => await blockedClients(admin) === 1,
    "BLPOP is blocked",
  );
  const e = await r.with({ signal: AbortSignal.timeout(50) }).blpop(["q"], 0)
    .catch((e) => e);
  assert.ok(e instanceof AbortError);
  assert.match(
    e.message,
    /BLPOP was aborted while it waited for a blocking connection/,
  );
  assert.equal(e.key, "q");
  await admin.rpush("busy", "x");
  assert.deepEqual(await first, ["busy", "x"]);
});

Deno.test("Redis.close ends pending blocking calls with CLOSED", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, { maxBlockingConnections: 1 });
  await using admin = new Redis(server.url);
  const running = r.blpop(["q"], 0).catch((e) => e);
  const waiting = r.blpop(["q2"], 0).catch((e) => e);
  await waitFor(
    async () => await blockedClients(admin) === 1,
    "BLPOP is blocked",
  );
  await r.close();
  for (const e of [await running, await waiting]) {
    assert.ok(e instanceof ConnectionError, String(e));
    assert.equal(e.code, "CLOSED");
    assert.match(e.message, /^BLPOP was ended because the client was closed/);
    assert.doesNotMatch(e.message, /may have run/);
  }
});

Deno.test("Redis commandTimeout counts from the end of WAIT's own timeout", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { commandTimeout: 1000 });
  await r.set("k", "v");
  // No replica acknowledges, so WAIT answers 0 when its 2 s are up: past commandTimeout,
  // within it plus WAIT's own timeout (a 1 s margin for a loaded machine).
  assert.equal(await r.wait(1, 2000), 0);
});

Deno.test("Redis keeps no timeout for a call without one that waited in line", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { maxBlockingConnections: 1 });
  await using admin = new Redis(server.url);
  const first = r.blpop(["q1"], 0);
  const second = r.sendCommand(["BLPOP", "q2", 0], { timeout: 0 });
  await waitFor(
    async () => await blockedClients(admin) === 1,
    "the first BLPOP is blocked",
  );
  await admin.rpush("q1", "a");
  assert.deepEqual(await first, ["q1", "a"]);
  await waitFor(
    async () => await blockedClients(admin) === 1,
    "the second BLPOP is blocked",
  );
  await admin.rpush("q2", "b");
  assert.deepEqual(await second, ["q2", "b"]);
});
