/**
 * The cost of `captureStack: true`: W1 (sequential SET then GET) and W2 (GETs, 1000 in
 * flight) with the option off and on, alternating in one process against one throwaway
 * redis-server, best of 5 rounds each (noise only slows a run down).
 *
 * `deno run --allow-all bench/capture_stack_bench.ts`
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { startRedis } from "../tests/harness/redis_server.ts";

const ROUNDS = 5;

async function w1(r: Redis): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < 10_000; i++) {
    await r.set("k", "abc");
    await r.get("k");
  }
  return 20_000 / ((performance.now() - start) / 1000);
}

async function w2(r: Redis): Promise<number> {
  const start = performance.now();
  for (let batch = 0; batch < 100; batch++) {
    const calls = new Array(1000);
    for (let i = 0; i < 1000; i++) calls[i] = r.get("k");
    await Promise.all(calls);
  }
  return 100_000 / ((performance.now() - start) / 1000);
}

await using server = await startRedis();
await using off = new Redis(server.url);
await using on = new Redis(server.url, { captureStack: true });
await Promise.all([off.set("k", "abc"), on.connect()]);
for (const [name, workload] of [["W1", w1], ["W2", w2]] as const) {
  const best = { off: 0, on: 0 };
  await workload(off); // warm-up
  await workload(on);
  for (let round = 0; round < ROUNDS; round++) {
    best.off = Math.max(best.off, await workload(off));
    best.on = Math.max(best.on, await workload(on));
  }
  console.log(
    `${name}: off ${Math.round(best.off)} ops/s, on ${
      Math.round(best.on)
    } ops/s, on/off ${(best.on / best.off).toFixed(2)}`,
  );
}
