/**
 * `deno task bench`: desir and its peers side by side against one throwaway
 * redis-server. Every (client, workload) pair runs in a process of its own, so
 * each peak RSS is that client's alone. The best rate of all rounds and
 * repetitions counts: noise on a shared machine only ever slows a run down.
 *
 * Options:
 * - `--clients desir,ioredis,node-redis,bun,redis-benchmark` (the default);
 *   also `desir-node` and `desir-bun`, or `all`
 * - `--workloads w1,w2,w3,w4,w5`
 * - `--rounds 3`, `--reps 3` (timed runs per process, after one warm-up)
 *
 * @module
 */
import { parseArgs } from "node:util";
import { startRedis } from "../tests/harness/redis_server.ts";
import { WORKLOADS } from "./_harness.mjs";
import { bundleDesirForNode, ensurePeers, PEERS } from "./_peers.ts";
import { redisBenchmark } from "./_redis_benchmark.ts";
import { type Column, markdown, type Result, type Results } from "./_report.ts";

const HERE = import.meta.dirname!;
/** Far more than any client needs for five runs of W1; a hung client must not hang the bench. */
const CHILD_TIMEOUT_MS = 120_000;

const { values: options } = parseArgs({
  args: Deno.args,
  options: {
    clients: {
      type: "string",
      default: "desir,ioredis,node-redis,bun,redis-benchmark",
    },
    workloads: { type: "string", default: Object.keys(WORKLOADS).join(",") },
    rounds: { type: "string", default: "3" },
    reps: { type: "string", default: "3" },
  },
});
const rounds = Number(options.rounds);
const reps = Number(options.reps);
const workloads = options.workloads.split(",");
for (const w of workloads) {
  if (!(w in WORKLOADS)) throw new Error(`Unknown workload ${w}: use w1..w5`);
}

const peers = await ensurePeers();

/** Each client's label and the command its runner is started with. */
const CLIENTS: Record<string, { label: string; command: string[] }> = {
  desir: {
    label: "desir (Deno)",
    command: [Deno.execPath(), "run", "--allow-all", `${HERE}/desir.ts`],
  },
  ioredis: {
    label: `ioredis ${peers.ioredis} (Node)`,
    command: ["node", `${HERE}/node_peers.mjs`],
  },
  "node-redis": {
    label: `node-redis ${peers.redis} (Node)`,
    command: ["node", `${HERE}/node_peers.mjs`],
  },
  bun: {
    label: "Bun RedisClient",
    command: ["bun", `${HERE}/bun_peer.ts`],
  },
  "redis-benchmark": { label: "redis-benchmark", command: [] },
  "desir-node": {
    label: "desir (Node)",
    command: ["node", `${PEERS}/desir_node.mjs`],
  },
  "desir-bun": { label: "desir (Bun)", command: ["bun", `${HERE}/desir.ts`] },
};
const clients = options.clients === "all"
  ? Object.keys(CLIENTS)
  : options.clients.split(",");
for (const c of clients) {
  if (!(c in CLIENTS)) {
    const known = Object.keys(CLIENTS).join(", ");
    throw new Error(`Unknown client ${c}: use ${known} or all`);
  }
}
if (clients.includes("desir-node")) await bundleDesirForNode();

const versions = {
  deno: Deno.version.deno,
  node: await version("node"),
  bun: await version("bun"),
  redisServer: (await version("redis-server")).match(/v=(\S+)/)?.[1] ?? "?",
  ioredis: peers.ioredis,
  nodeRedis: peers.redis,
};
const started = new Date();
console.log(
  `desir bench: ${workloads.join(" ")} × ${clients.join(" ")}; ` +
    `${rounds} rounds × ${reps} runs`,
);

const results: Results = new Map(workloads.map((w) => [w, new Map()]));
{
  await using server = await startRedis();
  for (let round = 1; round <= rounds; round++) {
    for (const w of workloads) {
      for (const client of clients) {
        const result = client === "redis-benchmark"
          ? await redisBenchmark(w, server.port, reps)
          : await runChild(client, w, server.port);
        keepBest(results.get(w)!, { ...result, client, workload: w });
        console.log(
          `round ${round} ${w} ${client.padEnd(15)} ${brief(result)}`,
        );
      }
    }
  }
}

const columns: Column[] = clients.map((id) => ({
  id,
  label: CLIENTS[id].label,
}));
const report = markdown(
  results,
  columns,
  `desir bench, ${started.toISOString().slice(0, 16)}Z: ` +
    `Deno ${versions.deno}, Node ${versions.node}, Bun ${versions.bun}, ` +
    `redis-server ${versions.redisServer}, ${navigator.hardwareConcurrency} cores; ` +
    `best of ${rounds} rounds × ${reps} runs, one process per client and workload.`,
);
console.log(`\n${report}`);
const all = [...results.values()].flatMap((byClient) => [...byClient.values()]);
await Deno.writeTextFile(
  `${PEERS}/results.json`,
  JSON.stringify({ started, versions, rounds, reps, results: all }, null, 2),
);
await Deno.writeTextFile(`${PEERS}/results.md`, report);
console.log("Written: bench/peers/results.json and bench/peers/results.md");
await (await import("./cache_bench.ts")).cacheBench(); // the client-side cache

/** Runs one runner process and reads the JSON line it prints last. */
async function runChild(
  client: string,
  w: string,
  port: number,
): Promise<Omit<Result, "client" | "workload">> {
  const [command, ...args] = CLIENTS[client].command;
  const output = await new Deno.Command(command, {
    args: [...args, client, w, `${port}`, `${reps}`],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(CHILD_TIMEOUT_MS),
  }).output();
  const stdout = new TextDecoder().decode(output.stdout).trim();
  const stderr = new TextDecoder().decode(output.stderr).trim();
  try {
    const line = JSON.parse(stdout.split("\n").at(-1)!);
    if (line.error || output.success) return line;
  } catch {
    // No JSON: the process died before printing its result; say how below.
  }
  const why = output.signal
    ? `killed by ${output.signal} after ${CHILD_TIMEOUT_MS} ms?`
    : `exit ${output.code}`;
  const tail = (stderr || stdout).split("\n").slice(-5).join(" / ");
  return { error: `${command} ${why}: ${tail}` };
}

/** Keeps the best rate, all rates, and the largest peak RSS seen. */
function keepBest(byClient: Map<string, Result>, next: Result): void {
  const seen = byClient.get(next.client);
  if (!seen || seen.error) return void byClient.set(next.client, next);
  if (next.error) return;
  byClient.set(next.client, {
    ...seen,
    opsPerSec: Math.max(seen.opsPerSec!, next.opsPerSec!),
    rates: [...seen.rates!, ...next.rates!],
    peakRssKiB: Math.max(seen.peakRssKiB ?? 0, next.peakRssKiB ?? 0) || null,
  });
}

/** One result as a progress line. */
function brief(result: Omit<Result, "client" | "workload">): string {
  if (result.error) return `error: ${result.error.split("\n")[0]}`;
  const rate = Math.round(result.opsPerSec!).toLocaleString("en");
  const rss = result.peakRssKiB
    ? `  ${Math.round(result.peakRssKiB / 1024)} MiB`
    : "";
  return `${rate.padStart(10)} ops/s${rss}`;
}

/** The first line `<command> --version` prints, or "missing". */
async function version(command: string): Promise<string> {
  try {
    const { stdout } = await new Deno.Command(command, {
      args: ["--version"],
      stdin: "null",
      stderr: "null",
    }).output();
    const first = new TextDecoder().decode(stdout).split("\n")[0];
    return first.trim().replace(/^v/, "");
  } catch {
    return "missing";
  }
}
