/**
 * The cost of error context on the hot path: W1 (sequential SET then GET) and W2 (GETs,
 * 1000 in flight) with `captureStack` off and on, and optionally with another checkout of
 * desir as the baseline, alternating in one process against one throwaway redis-server,
 * best of 6 rounds each, each round starting with another client (noise only slows a run down).
 *
 * ```sh
 * deno run --allow-all bench/capture_stack_bench.ts
 * # against the code before a change:
 * mkdir -p /tmp/desir_base && git archive <commit> | tar -x -C /tmp/desir_base
 * deno run --allow-all bench/capture_stack_bench.ts /tmp/desir_base/mod.ts
 * ```
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { startRedis } from "../tests/harness/redis_server.ts";

const ROUNDS = 6;

interface Client {
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  close(): Promise<void>;
}

async function w1(r: Client): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < 10_000; i++) {
    await r.set("k", "abc");
    await r.get("k");
  }
  return 20_000 / ((performance.now() - start) / 1000);
}

async function w2(r: Client): Promise<number> {
  const start = performance.now();
  for (let batch = 0; batch < 100; batch++) {
    const calls = new Array(1000);
    for (let i = 0; i < 1000; i++) calls[i] = r.get("k");
    await Promise.all(calls);
  }
  return 100_000 / ((performance.now() - start) / 1000);
}

await using server = await startRedis();
const clients: [string, Client][] = [
  ["off", new Redis(server.url)],
  ["on", new Redis(server.url, { captureStack: true })],
];
if (Deno.args[0]) {
  const base = await import(
    new URL(Deno.args[0], `file://${Deno.cwd()}/`).href
  );
  clients.unshift(["baseline", new base.Redis(server.url) as Client]);
}
await clients[0][1].set("k", "abc");
for (const [name, workload] of [["W1", w1], ["W2", w2]] as const) {
  const best = new Map(clients.map(([label]) => [label, 0]));
  for (const [, client] of clients) await workload(client); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    // Each round starts with another client: the one after "on" pays for its garbage.
    const order = [...clients.slice(round % clients.length), ...clients]
      .slice(0, clients.length);
    for (const [label, client] of order) {
      best.set(label, Math.max(best.get(label)!, await workload(client)));
    }
  }
  const off = best.get("off")!;
  console.log(
    `${name}: ` +
      [...best].map(([label, rate]) =>
        `${label} ${Math.round(rate)} ops/s (${(rate / off).toFixed(2)}× off)`
      ).join(", "),
  );
}
await Promise.all(clients.map(([, client]) => client.close()));
