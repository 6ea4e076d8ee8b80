/**
 * Large values, this checkout against another one and against the runtime's raw socket
 * (`_raw.mjs`): sequential GETs of 64 KiB, 256 KiB and 1 MiB, as strings and as bytes,
 * the three clients alternating in every round (the order rotates: give a multiple of 3
 * rounds), in one process against a redis-server that is already running, so the noise
 * of a shared machine hits all alike.
 * Prints per point the median ratio of throughput and of CPU time per GET (the other's
 * ÷ this one's: above 1 means this checkout spends less), with the quartiles, and per
 * size each client's string ÷ bytes throughput (same round, adjacent). Runs on
 * Deno and Bun as it is, on Node bundled (the base bundled too):
 *
 *   git archive main | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run -A --v8-flags=--expose-gc bench/bulk_ab.ts <port> /tmp/desir_base/mod.ts [rounds]
 *   bun bench/bulk_ab.ts <port> /tmp/desir_base/mod.ts [rounds]
 *   deno bundle --platform browser -o /tmp/base.mjs /tmp/desir_base/mod.ts
 *   deno bundle --platform browser -o /tmp/bulk_ab.mjs bench/bulk_ab.ts
 *   node --expose-gc /tmp/bulk_ab.mjs <port> /tmp/base.mjs [rounds]
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { rawConnect } from "./_raw.mjs";
import process from "node:process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

type Getter = {
  get(key: string): Promise<unknown>;
  getBytes(key: string): Promise<unknown>;
};
type Client = {
  set(key: string, value: string): Promise<unknown>;
  sendCommand(args: string[], options?: { bytes: boolean }): Promise<unknown>;
};

const g = globalThis as unknown as {
  Deno?: { args: string[] };
  Bun?: { gc(force: boolean): void };
  gc?: () => void;
  process: { argv: string[]; exit(code: number): never };
};
const args = g.Deno?.args ?? g.process.argv.slice(2);
const [port, basePath] = [Number(args[0]), args[1]];
const rounds = Number(args[2] ?? 21);
if (!port || !basePath) {
  throw new Error("usage: bulk_ab.ts <port> <base mod.ts or bundle> [rounds]");
}
const runtime = g.Deno ? "deno" : g.Bun ? "bun" : "node";
const SIZES = [65536, 256 * 1024, 1 << 20];

const { Redis: BaseRedis } = await import(
  pathToFileURL(resolve(basePath)).href
) as { Redis: new (options: object) => Client };
/** desir's GET, as a string or (one call's option) as bytes. */
const desir = (client: Client): Getter => ({
  get: (key) => client.sendCommand(["GET", key]),
  getBytes: (key) => client.sendCommand(["GET", key], { bytes: true }),
});
const options = { hostname: "127.0.0.1", port };
const clients: [string, Getter][] = [
  ["this", desir(new Redis(options))],
  ["base", desir(new BaseRedis(options))],
  ["raw", await rawConnect(`raw-${runtime}`, port)],
];
// Set by a connection of its own: the one that wrote a large SET is not the one measured.
const setup = new Redis(options);
for (const size of SIZES) {
  const value = "x".repeat(size);
  await setup.set(`bulk:${size}`, value);
  // The raw client learns the value's size from its own SET.
  await (clients[2][1] as unknown as Client).set(`bulk:${size}`, value);
}

await setup.close();

/**
 * A full collection before each measure, when the runtime exposes one (Deno's and
 * Node's `--v8-flags=--expose-gc` / `--expose-gc`, Bun always): otherwise the garbage
 * of one client's megabytes is collected in the next one's time.
 */
const gc = g.gc ?? (g.Bun ? () => g.Bun!.gc(true) : () => {});

/** GETs per ms, one awaited at a time, for `ms`, and CPU time per GET (µs). */
async function rate(get: () => Promise<unknown>, ms: number) {
  gc();
  let done = 0;
  const cpu = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    await get();
    done++;
  }
  const used = process.cpuUsage(cpu);
  return { rate: done / ms, cpu: (used.user + used.system) / done };
}

/** Per point and client, the rounds' throughput and CPU time per GET. */
const results = new Map<string, Map<string, { rate: number; cpu: number }[]>>();
for (let round = 0; round < rounds; round++) {
  const order = clients.map((_, i) => clients[(i + round) % clients.length]);
  for (const size of SIZES) {
    for (const bytes of [false, true]) {
      const key = `bulk:${size}`;
      const point = `${size >> 10} KiB ${bytes ? "bytes" : "string"}`;
      const byClient = results.get(point) ?? new Map();
      results.set(point, byClient);
      for (const [name, client] of order) {
        const get = bytes ? () => client.getBytes(key) : () => client.get(key);
        await rate(get, 20); // warm the path (and the read buffers) for this size
        const measured = await rate(get, 150);
        byClient.set(name, [...byClient.get(name) ?? [], measured]);
      }
    }
  }
}

/** Median and quartiles: with many short rounds, the middle half says more than the range. */
function summary(list: number[]) {
  const s = list.toSorted((a, b) => a - b);
  const at = (q: number) => s[Math.floor(q * (s.length - 1))].toFixed(2);
  return `${at(0.5)}× (${at(0.25)}–${at(0.75)})`;
}
for (const [point, byClient] of results) {
  const ours = byClient.get("this")!;
  for (const other of ["base", "raw"]) {
    const theirs = byClient.get(other)!;
    const rates = ours.map((m, i) => m.rate / theirs[i].rate);
    const cpu = ours.map((m, i) => theirs[i].cpu / m.cpu);
    console.log(
      `${runtime} ${point}: this ÷ ${other} ${
        summary(rates)
      }; CPU time, ${other} ÷ this ${summary(cpu)}`,
    );
  }
  const base = byClient.get("base")!;
  const raw = byClient.get("raw")!;
  console.log(
    `${runtime} ${point}: base ÷ raw ${
      summary(base.map((m, i) => m.rate / raw[i].rate))
    }`,
  );
}
// Within each client: what decoding the text costs over handing the bytes over.
for (const size of SIZES) {
  const string = results.get(`${size >> 10} KiB string`)!;
  const bytes = results.get(`${size >> 10} KiB bytes`)!;
  const line = ["this", "base", "raw"].map((name) => {
    const b = bytes.get(name)!;
    return `${name} ${
      summary(string.get(name)!.map((m, i) => m.rate / b[i].rate))
    }`;
  });
  console.log(
    `${runtime} ${size >> 10} KiB string ÷ bytes: ${line.join(", ")}`,
  );
}
g.process.exit(0);
