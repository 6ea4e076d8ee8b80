import assert from "node:assert/strict";
import { Redis } from "../mod.ts";
import { Counter } from "../lib/sugar/counter.ts";
import { startRedis } from "./harness/mod.ts";
import { outputOf, spawnSugarProcess } from "./_sugar_process.ts";

Deno.test("Counter with a seed sets the key to it", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.sendCommand(["SET", "counter", 100]);
  const c = new Counter(r, "counter", { seed: 5 });
  assert.equal(c.name, "counter");
  assert.equal(await c.value(), 5);
  assert.equal(await r.sendCommand(["GET", "counter"]), "5");
});

Deno.test("Counter without a seed keeps the current value, 0 when missing", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.equal(await new Counter(r, "missing").value(), 0);
  await r.sendCommand(["SET", "kept", 41]);
  const c = new Counter(r, "kept");
  assert.equal(await c.next(), 42);
  assert.equal(await c.value(), 42);
});

Deno.test("Counter iterates INCR results until break, as in desir's README", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const c = new Counter(r, "counter", { seed: 5 });
  assert.equal(await c.value(), 5);
  const seen: number[] = [];
  for await (const i of c) {
    seen.push(i);
    if (i > 10) break;
  }
  assert.deepEqual(seen, [6, 7, 8, 9, 10, 11]);
  assert.equal(await c.next(), 12);
});

Deno.test("Counter.incrementBy and reset change the value", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const c = new Counter(r, "ids");
  assert.equal(await c.incrementBy(100), 100);
  assert.equal(await c.incrementBy(-1), 99);
  await c.reset(7);
  assert.equal(await c.next(), 8);
  await c.reset();
  assert.equal(await c.value(), 0);
});

Deno.test("Counter works on a bytes-mode client and on RESP2", async () => {
  await using server = await startRedis();
  await using r = new Redis<Uint8Array>(server.url, {
    bytes: true,
    protocol: 2,
  });
  const c = new Counter(r, "c", { seed: 1 });
  assert.equal(await c.value(), 1);
  assert.equal(await c.next(), 2);
});

Deno.test("Counter refuses an empty name and a non-integer seed", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.throws(() => new Counter(r, ""), TypeError);
  assert.throws(() => new Counter(r, "c", { seed: 1.5 }), TypeError);
  await assert.rejects(new Counter(r, "c").incrementBy(NaN), TypeError);
});

Deno.test("Counter refuses a seed given positionally and unknown options", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  // The old form, new Counter(r, name, 5), from plain JS: a TypeError, not a lost seed.
  assert.throws(
    () => new Counter(r, "c", 5 as never),
    (e) =>
      e instanceof TypeError &&
      /new Counter\(redis, name, \{ seed \}\): options must be an object, not number/
        .test(e.message),
  );
  assert.throws(
    () => new Counter(r, "c", { sed: 5 } as never),
    /unknown option "sed"; did you mean "seed"\?/,
  );
  assert.equal(await r.exists("c"), 0, "nothing was written");
});

Deno.test("Counter reports a failed seed on its next call", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  // A replica refuses writes: the SET of the seed fails.
  await r.sendCommand(["REPLICAOF", "127.0.0.1", 1]);
  const c = new Counter(r, "c", { seed: 3 });
  await assert.rejects(c.next(), /READONLY/);
  await r.sendCommand(["REPLICAOF", "NO", "ONE"]);
  await c.reset(3);
  assert.equal(await c.next(), 4);
});

Deno.test("Counter values are unique across processes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const children = [1, 2].map(() =>
    spawnSugarProcess("count", server.url, "shared", "200")
  );
  const c = new Counter(r, "shared");
  const mine: number[] = [];
  for (let i = 0; i < 200; i++) mine.push(await c.next());
  const theirs = await Promise.all(
    children.map(async (child) => JSON.parse(await outputOf(child))),
  );
  const all = [...mine, ...theirs.flat()].sort((a, b) => a - b);
  assert.deepEqual(all, Array.from({ length: 600 }, (_, i) => i + 1));
  for (const values of [mine, ...theirs]) {
    assert.deepEqual(values, [...values].sort((a, b) => a - b));
  }
});
