/**
 * What keyPrefix, tracing and idleTimeout cost, and what they cost when unused: one
 * process, one throwaway redis-server, clients alternated round by round so machine
 * noise hits all alike. Reports each client's rate relative to `base` (desir as built
 * from another checkout, e.g. the commit this branch started from).
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/hooks_bench.ts /tmp/desir_base [rounds]
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import { Redis } from "../mod.ts";

type Client = {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
  close(): Promise<void>;
};

const [basePath, roundsArg] = Deno.args;
if (!basePath) {
  throw new Error("usage: hooks_bench.ts <base checkout> [rounds]");
}
const { Redis: BaseRedis } = await import(
  new URL(`file://${Deno.realPathSync(basePath)}/mod.ts`).href
) as { Redis: new (url: string) => Client };
const rounds = Number(roundsArg ?? 5);

await using server = await startRedis();
const clients: Record<string, () => Client> = {
  base: () => new BaseRedis(server.url),
  plain: () => new Redis(server.url),
  keyPrefix: () => new Redis(server.url, { keyPrefix: "app:" }),
  tracing: () => new Redis(server.url, { tracing: { commandEnd() {} } }),
  idleTimeout: () => new Redis(server.url, { idleTimeout: 60_000 }),
};

/** W2: 100k GETs, 1000 in flight; W1: 5k sequential SET+GET. Ops per second. */
async function run(client: Client): Promise<[number, number]> {
  await client.set("k", "v");
  let start = performance.now();
  for (let i = 0; i < 100; i++) {
    await Promise.all(Array.from({ length: 1000 }, () => client.get("k")));
  }
  const w2 = 100_000 / ((performance.now() - start) / 1000);
  start = performance.now();
  for (let i = 0; i < 5000; i++) {
    await client.set("k", "v");
    await client.get("k");
  }
  const w1 = 10_000 / ((performance.now() - start) / 1000);
  return [w2, w1];
}

const rates: Record<string, [number, number][]> = {};
for (let round = 0; round <= rounds; round++) {
  // A different client goes first each round: no client always gets the warm machine.
  const order = Object.entries(clients);
  order.push(...order.splice(0, round % order.length));
  for (const [name, make] of order) {
    const client = make();
    const rate = await run(client);
    await client.close();
    if (round > 0) (rates[name] ??= []).push(rate); // round 0 warms up
  }
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
const base = [0, 1].map((w) => median(rates.base.map((r) => r[w])));
console.log(
  `| client | W2 GET ×base | W1 SET+GET ×base | (median of ${rounds} rounds) |`,
);
console.log("| --- | --- | --- | --- |");
for (const [name, list] of Object.entries(rates)) {
  const [w2, w1] = [0, 1].map((w) => median(list.map((r) => r[w])));
  console.log(
    `| ${name} | ${(w2 / base[0]).toFixed(2)} (${(w2 / 1e3).toFixed(0)}k/s) | ${
      (w1 / base[1]).toFixed(2)
    } (${(w1 / 1e3).toFixed(1)}k/s) | |`,
  );
}
