/**
 * The process's CPU time per pub/sub message, desir from this checkout against `base`
 * (another checkout), in one process on Deno, Bun or (bundled) Node: each has a
 * publisher with 1000 PUBLISHes in flight and a subscriber with a callback (the pubsub
 * shape, in rounds of 20,000 messages), the two alternating round by round (which goes
 * first alternates too). CPU time moves less than the wall clock when other processes take the cores,
 * which make bench/pubsub_ab.ts's single 100,000-message rounds noisy. Prints the
 * median of the round-by-round ratios base ÷ this of CPU time per message (above 1:
 * this checkout spends less) and this ÷ base of messages per second, with quartiles.
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run -A bench/pubsub_cpu_ab.ts <port> /tmp/desir_base [rounds]
 *   bun bench/pubsub_cpu_ab.ts <port> /tmp/desir_base [rounds]
 *   deno bundle --platform browser -o /tmp/cpu_ab.mjs bench/pubsub_cpu_ab.ts
 *   deno bundle --platform browser -o /tmp/base.mjs /tmp/desir_base/mod.ts
 *   node /tmp/cpu_ab.mjs <port> /tmp/base.mjs [rounds]
 *
 * against a redis-server that is already running on `port`.
 *
 * @module
 */
import { Redis } from "../mod.ts";
import process from "node:process";

const g = globalThis as unknown as {
  Deno?: { args: string[] };
  process: { argv: string[]; exit(code: number): never };
};
const [portArg, basePath, roundsArg] = g.Deno?.args ?? g.process.argv.slice(2);
const port = Number(portArg);
if (!port || !basePath) {
  throw new Error("usage: pubsub_cpu_ab.ts <port> <base checkout> [rounds]");
}
const rounds = Number(roundsArg ?? 21);
// A bundled module (for Node, which runs no TypeScript), or a checkout's mod.ts.
const base = await import(
  /\.m?js$/.test(basePath) ? basePath : `${basePath}/mod.ts`
) as { Redis: typeof Redis };

type Side = {
  pub: Redis;
  channel: string;
  cpu: number[];
  rate: number[];
};
let received = 0;
const count = () => received++;
async function side(R: typeof Redis, channel: string): Promise<Side> {
  const options = { hostname: "127.0.0.1", port };
  const sub = new R(options);
  await sub.subscribe(channel, count);
  const pub = new R(options);
  await pub.sendCommand(["PING"]);
  return { pub, channel, cpu: [], rate: [] };
}
const current = await side(Redis, "cpu_ab:this");
const older = await side(base.Redis, "cpu_ab:base");

/** One round: 20,000 messages, 1000 PUBLISHes in flight, until all arrived. */
async function round(s: Side): Promise<void> {
  const n = 20_000;
  received = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let sent = 0; sent < n; sent += 1000) {
    const batch = new Array(1000);
    for (let i = 0; i < 1000; i++) {
      batch[i] = s.pub.sendCommand(["PUBLISH", s.channel, "hello"]);
    }
    await Promise.all(batch);
  }
  while (received < n) await new Promise((r) => setTimeout(r, 0));
  const used = process.cpuUsage(cpu);
  s.rate.push(n / (performance.now() - start));
  s.cpu.push((used.user + used.system) / n);
}

for (let r = 0; r < rounds; r++) {
  for (const s of r % 2 ? [current, older] : [older, current]) await round(s);
}

/** Median and quartiles of round-by-round ratios, the first two rounds (warm-up) left out. */
function summary(ratios: number[]): string {
  const s = ratios.slice(2).sort((a, b) => a - b);
  const at = (q: number) => s[Math.floor(q * (s.length - 1))].toFixed(2);
  return `${at(0.5)}× (${at(0.25)}–${at(0.75)})`;
}
const runtime = g.Deno ? "deno" : "Bun" in globalThis ? "bun" : "node";
const per = (f: (i: number) => number) => current.cpu.map((_, i) => f(i));
console.log(
  `${runtime} CPU time per message, base ÷ this: ${
    summary(per((i) => older.cpu[i] / current.cpu[i]))
  }`,
);
console.log(
  `${runtime} messages per second, this ÷ base: ${
    summary(per((i) => current.rate[i] / older.rate[i]))
  }`,
);
g.process.exit(0);
