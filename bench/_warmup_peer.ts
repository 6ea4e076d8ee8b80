/**
 * One fresh process of `warmup_tail.ts`: the latency shape's phases (a 200 ms sequential
 * warm-up, 1k GET/s for 2 s), then 10k GET/s for 1 s five times over, printing the p99 of
 * each 10k/s second as one JSON line. Runs on Deno, Bun and (bundled) Node:
 *
 *   bun bench/_warmup_peer.ts <desir|raw> <port>
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { rawConnect } from "./_raw.mjs";
import { atRate, quantile } from "./_harness.mjs";

type Getter = {
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
};
const g = globalThis as unknown as {
  Deno?: { args: string[] };
  Bun?: unknown;
  process: { argv: string[]; exit(code: number): never };
};
const [who, port] = g.Deno?.args ?? g.process.argv.slice(2);
const runtime = g.Deno ? "deno" : g.Bun ? "bun" : "node";
let client: Getter;
if (who === "desir") {
  const r = new Redis({ hostname: "127.0.0.1", port: Number(port) });
  // As bench/desir.ts sends them.
  client = {
    set: (key, value) => r.sendCommand(["SET", key, value]),
    get: (key) => r.sendCommand(["GET", key]),
  };
} else client = await rawConnect(`raw-${runtime}`, Number(port));
await client.set("bench:small", "x".repeat(16));
const warm = performance.now() + 200;
while (performance.now() < warm) await client.get("bench:small");
await atRate(1000, 2000, () => client.get("bench:small"));
const p99: number[] = [];
for (let i = 0; i < 5; i++) {
  p99.push(
    quantile(await atRate(10_000, 1000, () => client.get("bench:small")), 0.99),
  );
}
console.log(JSON.stringify({ p99 }));
g.process.exit(0);
