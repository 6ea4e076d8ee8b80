/**
 * The client-side cache bench: a read-heavy shape (`mixed`: 95% GET / 5% SET over 1,000
 * hot keys, 200 concurrent callers; `hits`: GETs only) on desir with its cache, desir
 * without, and node-redis with and without its `clientSideCache`, each in a process of
 * its own against one throwaway redis-server; `ceiling` is the workload against a
 * plain in-memory Map of settled promises, the most any cache could do. The best rate of the rounds counts.
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

interface Run {
  opsPerSec: number;
  hitRatio: number | null;
  cacheBytes: number | null;
  rssMiB: number;
}

/** Runs the bench and prints a table with the ratios the cache is judged by. */
export async function cacheBench(
  { rounds = 3, ops = 200_000 }: { rounds?: number; ops?: number } = {},
): Promise<void> {
  const peers = await ensurePeers();
  console.log(
    `cache bench: node-redis ${peers.redis}, ${rounds} rounds of ${ops} calls`,
  );
  const best = new Map<string, Run>();
  await using server = await startRedis();
  for (let round = 1; round <= rounds; round++) {
    for (const shape of ["mixed", "hits"]) {
      for (const [variant, command] of Object.entries(VARIANTS)) {
        const run = await runChild(command, [
          variant,
          shape,
          `${server.port}`,
          `${ops}`,
        ]);
        const id = `${shape} ${variant}`;
        const seen = best.get(id);
        if (!seen || run.opsPerSec > seen.opsPerSec) best.set(id, run);
        console.log(
          `round ${round} ${id.padEnd(24)} ${
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
  const memory = await runChild(
    [
      Deno.execPath(),
      "run",
      "--allow-all",
      "--v8-flags=--expose-gc",
      `${HERE}/cache_desir.ts`,
    ],
    ["memory", "-", `${server.port}`, "10000"],
  ) as unknown as {
    entries: number;
    estimatedBytes: number;
    heapBytes: number;
  };
  console.log(
    `memory: ${memory.entries} entries, stats.bytes ${
      Math.round(memory.estimatedBytes / 1024)
    } KiB, heap taken ${Math.round(memory.heapBytes / 1024)} KiB`,
  );
  for (const shape of ["mixed", "hits"]) {
    const rate = (variant: string) =>
      best.get(`${shape} ${variant}`)!.opsPerSec;
    console.log(
      `${shape}: desir cache / desir = ${
        format(rate("desir-cache") / rate("desir"))
      }×, ` +
        `desir cache / node-redis cache = ${
          format(rate("desir-cache") / rate("node-redis-cache"))
        }×, node-redis cache / node-redis = ${
          format(rate("node-redis-cache") / rate("node-redis"))
        }×, ceiling / desir = ${format(rate("ceiling") / rate("desir"))}×`,
    );
  }
}

function format(n: number | null): string {
  return n === null ? "-" : n.toFixed(2);
}

async function runChild(command: string[], args: string[]): Promise<Run> {
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
