/**
 * What keyPrefix, tracing and idleTimeout cost, and what they cost when unused: one
 * process, one throwaway redis-server, clients alternated round by round. Reports the
 * client CPU time per command (the cost a feature adds, which a busy machine changes
 * far less than throughput) relative to `base`: desir as built from another checkout,
 * e.g. the commit this branch started from.
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/hooks_bench.ts /tmp/desir_base [rounds]
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import process from "node:process";
import { Redis } from "../mod.ts";
import { importBase } from "./_base_checkout.ts";

type Client = {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
  close(): Promise<void>;
};

const [basePath, roundsArg] = Deno.args;
const { Redis: BaseRedis } = await importBase<
  { Redis: new (url: string) => Client }
>(basePath, "hooks_bench.ts <base checkout> [rounds]");
const rounds = Number(roundsArg ?? 5);

await using server = await startRedis();
const clients: Record<string, () => Client> = {
  base: () => new BaseRedis(server.url),
  plain: () => new Redis(server.url),
  keyPrefix: () => new Redis(server.url, { keyPrefix: "app:" }),
  tracing: () => new Redis(server.url, { tracing: { commandEnd() {} } }),
  idleTimeout: () => new Redis(server.url, { idleTimeout: 60_000 }),
};

/** Client CPU time (user + system) in µs: unlike wall time, other processes on a busy
 * machine barely change it. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/** W2: 100k GETs, 1000 in flight; W1: 5k sequential SET+GET. CPU µs per op of each. */
async function run(client: Client): Promise<[number, number]> {
  await client.set("k", "v");
  let start = cpu();
  for (let i = 0; i < 100; i++) {
    await Promise.all(Array.from({ length: 1000 }, () => client.get("k")));
  }
  const w2 = (cpu() - start) / 100_000;
  start = cpu();
  for (let i = 0; i < 5000; i++) {
    await client.set("k", "v");
    await client.get("k");
  }
  const w1 = (cpu() - start) / 10_000;
  return [w2, w1];
}

const costs: Record<string, [number, number][]> = {};
for (let round = 0; round <= rounds; round++) {
  // A different client goes first each round: no client always gets the warm machine.
  const order = Object.entries(clients);
  order.push(...order.splice(0, round % order.length));
  for (const [name, make] of order) {
    const client = make();
    const cost = await run(client);
    await client.close();
    if (round > 0) (costs[name] ??= []).push(cost); // round 0 warms up
  }
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const base = [0, 1].map((w) => median(costs.base.map((r) => r[w])));
console.log(
  `| client | W2 GET: CPU/op ×base | W1 SET+GET: CPU/op ×base | (medians of ${rounds} rounds) |`,
);
console.log("| --- | --- | --- | --- |");
for (const name of Object.keys(clients)) {
  const [w2, w1] = [0, 1].map((w) => median(costs[name].map((r) => r[w])));
  console.log(
    `| ${name} | ${(w2 / base[0]).toFixed(2)} (${w2.toFixed(2)} µs) | ${
      (w1 / base[1]).toFixed(2)
    } (${w1.toFixed(1)} µs) | |`,
  );
}
