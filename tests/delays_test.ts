import assert from "node:assert/strict";
import { Connector, Redis, RedisCluster } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

/** One ms more than a timer can wait: `setTimeout` would fire at once. */
const TOO_LONG = 2 ** 31;
const LONGEST = 2 ** 31 - 1;

/** A RangeError that names the option and the bound. */
function tooLong(name: string) {
  return (e: Error) =>
    e instanceof RangeError &&
    e.message ===
      `${name} is ${TOO_LONG} ms, more than a timer can wait (${LONGEST} ms, about 24.8 days)`;
}

Deno.test("Redis refuses each delay option longer than a timer can wait, naming it", () => {
  const cases: [string, object][] = [
    ["commandTimeout", { commandTimeout: TOO_LONG }],
    ["connectTimeout", { connectTimeout: TOO_LONG }],
    ["sentinelTimeout", { sentinelTimeout: TOO_LONG }],
    ["reconnect.minDelay", { reconnect: { minDelay: TOO_LONG } }],
    ["reconnect.maxDelay", { reconnect: { maxDelay: TOO_LONG } }],
  ];
  for (const [name, options] of cases) {
    assert.throws(() => new Redis(options), tooLong(name));
  }
});

Deno.test("RedisCluster refuses a delay option longer than a timer can wait", () => {
  assert.throws(
    () =>
      new RedisCluster({
        nodes: ["redis://127.0.0.1:7000"],
        commandTimeout: TOO_LONG,
      }),
    tooLong("commandTimeout"),
  );
});

Deno.test("Redis takes the longest delay a timer can wait, and commands still run", async () => {
  await using server = await startRedis();
  await using r = new Redis({
    port: server.port,
    commandTimeout: LONGEST,
    connectTimeout: LONGEST,
  });
  assert.equal(await r.sendCommand(["SET", "k", "v"]), "OK");
  assert.equal(await r.sendCommand(["GET", "k"], { timeout: LONGEST }), "v");
});

Deno.test("Redis rejects a call whose timeout is longer than a timer can wait, unsent", async () => {
  await using server = await startRedis();
  await using r = new Redis({ port: server.port });
  await assert.rejects(
    r.sendCommand(["SET", "k", "v"], { timeout: TOO_LONG }),
    tooLong("timeout"),
  );
  await assert.rejects(
    r.with({ timeout: TOO_LONG }).get("k"),
    tooLong("timeout"),
  );
  assert.equal(await r.sendCommand(["EXISTS", "k"]), 0);
});

Deno.test("Redis.close and a connector refuse a timeout longer than a timer can wait", async () => {
  await using server = await startRedis();
  await using r = new Redis({ port: server.port });
  await assert.rejects(
    r.close({ timeout: TOO_LONG }),
    tooLong("close timeout"),
  );
  assert.throws(
    () => new Connector(r, "inbox", { timeout: TOO_LONG }),
    tooLong("The connector's timeout"),
  );
  assert.equal(await r.sendCommand(["PING"]), "PONG");
});
