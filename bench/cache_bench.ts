/**
 * The client-side cache bench: a read-heavy shape (`mixed`: 95% GET / 5% SET over 1,000
 * hot keys; `hits`: GETs only) at several numbers of concurrent callers, on desir with
 * its cache, desir without, and node-redis with and without its `clientSideCache`, each
 * in a process of its own against one throwaway redis-server; `ceiling` is the workload
 * against a plain in-memory Map of settled promises, the most any cache could do. The
 * best rate of the rounds counts. Then the memory the entries take, against `maxBytes`.
 *
 * Run: `deno run --allow-all bench/cache_bench.ts [--rounds 3] [--ops 200000]`
 * (`deno task bench` runs it too, after the other shapes; `--only cache` alone).
 *
 * @module
 */
import { parseArgs } from "node:util";
import { startRedis } from "../tests/harness/redis_server.ts";
import { ensurePeers } from "./_peers.ts";

const HERE = import.meta.dirname!;

/** Each variant and the command its runner is started with. */
const VARIANTS: Record<string, string[]> = {
  "desir-cache": [
    Deno.execPath(),
    "run",
    "--allow-all",
    `${HERE}/cache_desir.ts`,
  ],
  desir: [Deno.execPath(), "run", "--allow-all", `${HERE}/cache_desir.ts`],
  "node-redis-cache": ["node", `${HERE}/cache_node_redis.mjs`],
  "node-redis": ["node", `${HERE}/cache_node_redis.mjs`],
  ceiling: [Deno.execPath(), "run", "--allow-all", `${HERE}/cache_desir.ts`],
};

/**
 * Shape, concurrent callers, and the share of `--ops` each run makes: one caller waits
 * a round trip per uncached call, so it makes fewer, to take about as long.
 */
const CASES: readonly [shape: string, callers: number, share: number][] = [
  ["hits", 1, 0.1],
  ["hits", 10, 0.5],
  ["hits", 200, 1],
  ["mixed", 10, 0.5],
  ["mixed", 200, 1],
];

/** The memory runs: GETs of distinct 100-byte values, and the cache's bound. */
const MEMORY: readonly [entries: number, maxBytes: number][] = [
  [10_000, 64 << 20],
  [20_000, 4 << 20],
];

interface Run {
  opsPerSec: number;
  hitRatio: number | null;
  cacheBytes: number | null;
  rssMiB: number;
}

interface Memory {
  maxBytes: number;
  entries: number;
  estimatedBytes: number;
  /** What `flush()` frees. */
  heapBytes: number;
  /** What the reads added to the heap, the client's buffers included. */
  heapGrowth: number;
}

/** Runs the bench and prints a table with the ratios the cache is judged by. */
export async function cacheBench(
  { rounds = 3, ops = 200_000 }: { rounds?: number; ops?: number } = {},
): Promise<void> {
  const peers = await ensurePeers();
  console.log(
    `cache bench: node-redis ${peers.redis}, ${rounds} rounds of up to ${ops} calls`,
  );
  const best = new Map<string, Run>();
  await using server = await startRedis();
  for (let round = 1; round <= rounds; round++) {
    for (const [shape, callers, share] of CASES) {
      for (const [variant, command] of Object.entries(VARIANTS)) {
        const run = await runChild(command, [
          variant,
          shape,
          `${server.port}`,
          `${Math.round(ops * share)}`,
          `${callers}`,
        ]) as Run;
        const id = `${shape} ${callers} ${variant}`;
        const seen = best.get(id);
        if (!seen || run.opsPerSec > seen.opsPerSec) best.set(id, run);
        console.log(
          `round ${round} ${id.padEnd(28)} ${
            Math.round(run.opsPerSec).toLocaleString("en").padStart(11)
          } ops/s  hits ${format(run.hitRatio)}  cache ${
            run.cacheBytes === null
              ? "-"
              : `${Math.round(run.cacheBytes / 1024)} KiB`
          }  rss ${run.rssMiB} MiB`,
        );
      }
    }
  }
  for (const [entries, maxBytes] of MEMORY) {
    const memory = await runChild(
      [
        Deno.execPath(),
        "run",
        "--allow-all",
        "--v8-flags=--expose-gc",
        `${HERE}/cache_desir.ts`,
      ],
      ["memory", "-", `${server.port}`, `${entries}`, `${maxBytes}`],
    ) as Memory;
    console.log(
      `memory: ${entries} GETs with maxBytes ${
        kib(memory.maxBytes)
      } KiB: ${memory.entries} entries, stats.bytes ${
        kib(memory.estimatedBytes)
      } KiB, heap freed by flush() ${kib(memory.heapBytes)} KiB (heap growth ${
        kib(memory.heapGrowth)
      } KiB)`,
    );
  }
  const kops = (n: number) => `${Math.round(n / 1000).toLocaleString("en")}k`;
  console.log(
    "\n| shape | callers | desir cache | desir | node-redis cache | node-redis | ceiling | cache / desir | cache / node-redis cache | ceiling / desir |",
  );
  console.log("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  for (const [shape, callers] of CASES) {
    const rate = (variant: string) =>
      best.get(`${shape} ${callers} ${variant}`)!.opsPerSec;
    const cells = [
      shape,
      callers,
      ...Object.keys(VARIANTS).map((v) => kops(rate(v))),
      `${format(rate("desir-cache") / rate("desir"))}×`,
      `${format(rate("desir-cache") / rate("node-redis-cache"))}×`,
      `${format(rate("ceiling") / rate("desir"))}×`,
    ];
    console.log(`| ${cells.join(" | ")} |`);
  }
}

function kib(bytes: number): number {
  return Math.round(bytes / 1024);
}

function format(n: number | null): string {
  return n === null ? "-" : n.toFixed(2);
}

async function runChild(command: string[], args: string[]): Promise<unknown> {
  const [program, ...rest] = command;
  const output = await new Deno.Command(program, {
    args: [...rest, ...args],
    stdin: "null",
    signal: AbortSignal.timeout(120_000),
  }).output();
  const text = new TextDecoder();
  if (!output.success) {
    throw new Error(
      `${args[0]} failed: ${
        text.decode(output.stderr).split("\n").slice(-5).join(" / ")
      }`,
    );
  }
  return JSON.parse(text.decode(output.stdout).trim().split("\n").at(-1)!);
}

if (import.meta.main) {
  const { values } = parseArgs({
    args: Deno.args,
    options: {
      rounds: { type: "string", default: "3" },
      ops: { type: "string", default: "200000" },
    },
  });
  await cacheBench({ rounds: Number(values.rounds), ops: Number(values.ops) });
}
