/**
 * What a change to the read and write buffers costs on the hot path: sequential GETs of
 * 16 B to 1 MiB values and 1000 independent callers of a 16 B GET, this checkout's
 * throughput over `base`'s (desir built from another checkout), in one process against
 * one throwaway redis-server, the two alternating in every round (which goes first
 * alternates too), so the noise of a shared machine hits both alike. Prints the median
 * ratio and its range per point; above 1 means this checkout is faster.
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/buffers_ab.ts /tmp/desir_base [rounds] [point]
 *
 * `point` keeps only the points whose name contains it (e.g. "in flight"). Read the
 * ratios next to an A/A run (a copy of the base checkout against the base, run from the
 * copy): on a busy machine that alone gives a few percent either way.
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import { Redis } from "../mod.ts";
import { importBase } from "./_base_checkout.ts";

type Client = {
  get(key: string): Promise<unknown>;
  set(key: string, value: string): Promise<unknown>;
  close(): Promise<void>;
};

const [basePath, roundsArg, only] = Deno.args;
const { Redis: BaseRedis } = await importBase<
  { Redis: new (url: string) => Client }
>(basePath, "buffers_ab.ts <base checkout> [rounds] [point]");
const rounds = Number(roundsArg ?? 7);
const SIZES = [16, 4096, 16384, 65536, 1 << 20];

await using server = await startRedis();
const setup = new Redis(server.url);
for (const size of SIZES) await setup.set(`ab:${size}`, "x".repeat(size));
await setup.close();
const base: Client = new BaseRedis(server.url);
const head: Client = new Redis(server.url);

/** GETs per ms of `callers` independent loops, each awaiting its GET, for `ms`. */
async function rate(client: Client, key: string, callers: number, ms: number) {
  let done = 0;
  const end = performance.now() + ms;
  const loop = async () => {
    while (performance.now() < end) {
      await client.get(key);
      done++;
    }
  };
  await Promise.all(Array.from({ length: callers }, loop));
  return done / ms;
}

const points: [string, string, number][] = [
  ...SIZES.map((size): [string, string, number] => [
    `GET ${size} B`,
    `ab:${size}`,
    1,
  ]),
  ["1000 in flight", "ab:16", 1000],
];
const ratios = new Map<string, number[]>();
for (let round = 0; round < rounds; round++) {
  for (const [name, key, callers] of points) {
    if (only && !name.includes(only)) continue;
    const order = round % 2 ? [head, base] : [base, head];
    const measured = new Map<Client, number>();
    for (const client of order) {
      measured.set(client, await rate(client, key, callers, 250));
    }
    const list = ratios.get(name) ?? [];
    list.push(measured.get(head)! / measured.get(base)!);
    ratios.set(name, list);
  }
}
for (const [name, list] of ratios) {
  const sorted = list.toSorted((a, b) => a - b);
  const median = sorted[sorted.length >> 1];
  console.log(
    `${name}: this ÷ base ${median.toFixed(2)}× (${sorted[0].toFixed(2)}–${
      sorted.at(-1)!.toFixed(2)
    })`,
  );
}
await base.close();
await head.close();
