/**
 * desir ÷ the runtime's raw socket (`_raw.mjs`) on sequential GETs, the two
 * alternating in one process (which goes first alternates too), so the noise of a
 * shared machine hits both alike: how far desir is from its runtime's floor with
 * one command in flight, on latency at 10k GETs per second (p50 and p99, as the
 * latency shape measures it), on pub/sub (a publisher with 1000 PUBLISHes in flight,
 * and a subscriber, of each), and on how much of its rate with 1,000 independent
 * awaiting callers each keeps with 10,000 (the inflight shape's cliff, per client).
 * Above 1 means desir is faster (or spends less CPU time per GET); medians of short
 * rounds, with the quartiles. Runs on Deno, Bun and
 * (bundled) Node, against a redis-server that is already running:
 *
 *   deno run -A bench/floor_ab.ts <port> [rounds]
 *   bun bench/floor_ab.ts <port> [rounds]
 *   deno bundle --platform browser -o /tmp/floor_ab.mjs bench/floor_ab.ts && node /tmp/floor_ab.mjs <port> [rounds]
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { rawConnect } from "./_raw.mjs";
import { atRate, forDuration, label, quantile } from "./_harness.mjs";
import process from "node:process";

type Getter = { get(key: string): Promise<unknown> };

const g = globalThis as unknown as {
  Deno?: { args: string[] };
  Bun?: unknown;
  process: { argv: string[]; exit(code: number): never };
};
const args = g.Deno?.args ?? g.process.argv.slice(2);
const port = Number(args[0]);
const rounds = Number(args[1] ?? 21);
if (!port) throw new Error("usage: floor_ab.ts <port> [rounds]");
const runtime = g.Deno ? "deno" : g.Bun ? "bun" : "node";
const SIZES = [16, 4096, 65536];

const desir = new Redis({ hostname: "127.0.0.1", port });
const raw: Getter = await rawConnect(`raw-${runtime}`, port);
for (const size of SIZES) {
  const value = "x".repeat(size);
  await desir.set(`floor:${size}`, value);
  // The raw client learns each value's size from its own SET.
  await (raw as unknown as { set(k: string, v: string): Promise<unknown> })
    .set(`floor:${size}`, value);
}

/**
 * GETs per ms, one awaited at a time, for `ms`; and the process's CPU time per GET
 * (user and system, µs), which the machine's noise moves less than the wall clock.
 */
async function rate(client: Getter, key: string, ms: number) {
  let done = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    await client.get(key);
    done++;
  }
  const used = process.cpuUsage(cpu);
  return { rate: done / ms, cpu: (used.user + used.system) / done };
}

/** A publisher and a subscriber of one client, for the pub/sub point. */
type PubSub = {
  publish(channel: string, message: string): Promise<unknown>;
  subscribe(channel: string, onMessage: () => void): Promise<unknown>;
};
const desirPub = new Redis({ hostname: "127.0.0.1", port });
const rawPub: PubSub = await rawConnect(`raw-${runtime}`, port);
const rawSub: PubSub = await rawConnect(`raw-${runtime}`, port);
let received = 0;
const count = () => received++;
await desir.subscribe("floor:desir", count);
await rawSub.subscribe("floor:raw", count);

/**
 * Messages per ms: 1000 PUBLISHes in flight at a time, 20,000 in all, until the
 * subscriber has them all (the pubsub shape, shorter); and CPU time per message.
 */
async function pubsub(pub: PubSub, channel: string) {
  const n = 20_000;
  const cpu = process.cpuUsage();
  const start = performance.now();
  received = 0;
  for (let sent = 0; sent < n; sent += 1000) {
    const batch = new Array(1000);
    for (let i = 0; i < 1000; i++) batch[i] = pub.publish(channel, "hello");
    await Promise.all(batch);
  }
  while (received < n) await new Promise((r) => setTimeout(r, 0));
  const used = process.cpuUsage(cpu);
  return {
    rate: n / (performance.now() - start),
    cpu: (used.user + used.system) / n,
  };
}

const ratios = new Map<string, number[]>();
/** Each client's rate with 10,000 callers ÷ its rate with 1,000, round by round. */
const cliff = new Map<Getter, number[]>([[desir, []], [raw, []]]);
/** Per latency point, each client's latency (ms) round by round. */
const latencies = new Map<string, Map<Getter, number[]>>();
/** raw's CPU time per GET ÷ desir's: above 1 means desir spends less. */
const cpu = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const size of SIZES) {
    const key = `floor:${size}`;
    const first = round % 2 ? desir : raw;
    const second = round % 2 ? raw : desir;
    const a = await rate(first, key, 100);
    const b = await rate(second, key, 100);
    const [d, r] = round % 2 ? [a, b] : [b, a];
    const name = `GET ${label(size)}`;
    ratios.set(name, [...ratios.get(name) ?? [], d.rate / r.rate]);
    cpu.set(name, [...cpu.get(name) ?? [], r.cpu / d.cpu]);
  }
  // Latency at 10k GET/s (the latency shape's middle rate), 0.3 s each.
  for (const client of round % 2 ? [desir, raw] : [raw, desir]) {
    const sorted = await atRate(10_000, 300, () => client.get("floor:16"));
    for (const q of [0.5, 0.99]) {
      const name = `10k/s p${q * 100} latency`;
      const list = latencies.get(name) ?? new Map<Getter, number[]>();
      latencies.set(
        name,
        list.set(client, [...list.get(client) ?? [], quantile(sorted, q)]),
      );
    }
  }
  const a = await pubsub(
    round % 2 ? desirPub : rawPub,
    round % 2 ? "floor:desir" : "floor:raw",
  );
  const b = await pubsub(
    round % 2 ? rawPub : desirPub,
    round % 2 ? "floor:raw" : "floor:desir",
  );
  const [d, r] = round % 2 ? [a, b] : [b, a];
  ratios.set("pub/sub", [...ratios.get("pub/sub") ?? [], d.rate / r.rate]);
  cpu.set("pub/sub", [...cpu.get("pub/sub") ?? [], r.cpu / d.cpu]);
  for (const client of round % 2 ? [desir, raw] : [raw, desir]) {
    const get = () => client.get("floor:16");
    const thousand = await forDuration(1_000, 300, get);
    cliff.get(client)!.push(await forDuration(10_000, 300, get) / thousand);
  }
}
// Latency ratios are taken round by round too: raw's latency ÷ desir's.
for (const [name, byClient] of latencies) {
  const d = byClient.get(desir)!;
  ratios.set(name, byClient.get(raw)!.map((r, i) => r / d[i]));
}

/** Median and quartiles: with many short rounds, the middle half says more than the range. */
function summary(list: number[]) {
  const s = list.toSorted((a, b) => a - b);
  const at = (q: number) => s[Math.floor(q * (s.length - 1))].toFixed(2);
  return `${at(0.5)}× (${at(0.25)}–${at(0.75)})`;
}
for (const [name, list] of ratios) {
  if (!cpu.has(name)) {
    console.log(`${runtime} ${name}: raw ÷ desir ${summary(list)}`);
    continue;
  }
  console.log(
    `${runtime} ${name}: desir ÷ raw ${summary(list)}; CPU time, raw ÷ desir ${
      summary(cpu.get(name)!)
    }`,
  );
}
console.log(
  `${runtime} 10,000 ÷ 1,000 callers in flight: desir ${
    summary(cliff.get(desir)!)
  }, raw ${summary(cliff.get(raw)!)}`,
);
g.process.exit(0);
