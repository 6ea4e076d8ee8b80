import assert from "node:assert/strict";
import { Redis, RedisCluster, RedisMap } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";

Deno.test("new Redis refuses an unknown option and names the one meant", () => {
  assert.throws(
    // @ts-expect-error: ioredis spells it `host`; plain JS would connect to 127.0.0.1.
    () => new Redis({ host: "10.0.0.5" }),
    (e) =>
      e instanceof TypeError &&
      e.message.startsWith(
        'new Redis: unknown option "host"; did you mean "hostname"? Options: url, ',
      ),
  );
  assert.throws(
    // @ts-expect-error: wrong case.
    () => new Redis("redis://127.0.0.1:6379", { commandtimeout: 100 }),
    /unknown option "commandtimeout"; did you mean "commandTimeout"\?/,
  );
  assert.throws(
    // @ts-expect-error: options are an object.
    () => new Redis(6379),
    /new Redis: options must be an object, not number/,
  );
});

Deno.test("new Redis refuses the options desir gives its own connections", () => {
  assert.throws(
    // @ts-expect-error: a cluster reads from replicas with readFrom, not readOnly.
    () => new Redis({ readOnly: true }),
    /new Redis: unknown option "readOnly"/,
  );
  for (const name of ["subscriber", "resolveAddress", "role", "setup"]) {
    const options: Record<string, unknown> = { [name]: true }; // as plain JS may
    assert.throws(
      () => new Redis(options as never),
      new RegExp(`new Redis: unknown option "${name}"`),
    );
  }
});

Deno.test("Redis.with refuses an unknown option", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.throws(
    // @ts-expect-error: the option is `timeout`.
    () => r.with({ timeOut: 100 }),
    /Redis.with: unknown option "timeOut"; did you mean "timeout"\? Options: bytes, signal, timeout, attributes, cache/,
  );
  assert.equal(await r.with({ timeout: 1000 }).ping(), "PONG");
  assert.throws(
    // @ts-expect-error: a plain-JS caller may pass anything.
    () => new RedisMap(r, "m", { codec: "yaml" }),
    /Unknown codec "yaml"/,
  );
});

Deno.test("Redis scan iterators refuse an unknown option", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.throws(
    // @ts-expect-error: the option is `match`.
    () => r.scanIterator({ pattern: "user:*" }),
    /scanIterator: unknown option "pattern"\. Options: match, count, type/,
  );
  assert.throws(
    // @ts-expect-error: the option is `noValues`.
    () => r.hscanIterator("h", { novalues: true }),
    /hscanIterator: unknown option "novalues"; did you mean "noValues"\?/,
  );
});

Deno.test("new RedisCluster refuses an unknown option", () => {
  // A plain-JS caller: a cluster is found from `nodes`, not `hostname`.
  const options = { nodes: ["redis://127.0.0.1:7000"], hostname: "h" };
  assert.throws(
    () => new RedisCluster(options),
    /new RedisCluster: unknown option "hostname"\. Options: nodes, readFrom, /,
  );
  const c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
  assert.throws(
    // @ts-expect-error: the option is `signal`.
    () => c.with({ abortSignal: AbortSignal.timeout(10) }),
    /RedisCluster.with: unknown option "abortSignal"\. Options: bytes, signal/,
  );
});

Deno.test("new Redis refuses a maxBlockingConnections that would block every call", () => {
  for (const bad of [0, -1, 1.5, NaN]) {
    assert.throws(
      () => new Redis({ maxBlockingConnections: bad }),
      RangeError,
    );
  }
});
