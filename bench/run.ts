/**
 * `deno task bench`: desir on Deno, Node and Bun against Bun's native
 * `RedisClient`, shape by shape, against one throwaway redis-server. Every
 * (client, shape) pair runs in a fresh process; rounds interleave the clients
 * (their order rotates each round), so noise on a shared machine spreads over
 * all of them. Every value is the median over rounds, with its spread, and
 * every ratio is taken within a round.
 *
 * Options:
 * - `--only inflight,sizes,latency,million,idle,pipeline,pubsub,cold,bundle,cache`
 *   (the default: all; `cache` is bench/cache_bench.ts, with its own table)
 * - `--clients bun,desir,desir-node,desir-bun,raw-deno,raw-node,raw-bun` (the
 *   default); also `desir-nodenet` (desir on Deno through `node:net`), `ioredis`,
 *   `node-redis`. The `raw-*` clients (bench/_raw.mjs) are each runtime's own socket
 *   counting reply bytes, in the shapes inflight, sizes, latency and pubsub: each
 *   desir column is also shown ÷ its runtime's raw socket.
 * - `--quick`: shorter runs and fewer rounds (2), for a first look
 * - `--rounds 3`
 *
 * @module
 */
import { parseArgs } from "node:util";
import { startRedis } from "../tests/harness/redis_server.ts";
import { SHAPES } from "./_harness.mjs";
import {
  buildPublished,
  bundleSizes,
  coldStart,
  coldTargets,
} from "./_cold.ts";
import { cacheBench } from "./cache_bench.ts";
import { bundleForNode, ensurePeers, PEERS } from "./_peers.ts";
import {
  type Column,
  floorTable,
  record,
  type Samples,
  type ShapeInfo,
  shapeTable,
  targetTable,
} from "./_report.ts";

const HERE = import.meta.dirname!;
const DENO = Deno.execPath();
/** Far more than any shape needs; a hung client must not hang the bench. */
const CHILD_TIMEOUT_MS = 120_000;
const ALL_SHAPES = [...Object.keys(SHAPES), "cold", "bundle", "cache"];

const { values: options } = parseArgs({
  args: Deno.args.filter((a) => a !== "--"),
  options: {
    only: { type: "string", default: ALL_SHAPES.join(",") },
    clients: {
      type: "string",
      default: "bun,desir,desir-node,desir-bun,raw-deno,raw-node,raw-bun",
    },
    quick: { type: "boolean", default: false },
    rounds: { type: "string" },
  },
});
const quick = options.quick;
const rounds = Number(options.rounds ?? (quick ? 2 : 3));
const shapes = options.only.split(",");
for (const s of shapes) {
  if (!ALL_SHAPES.includes(s)) {
    throw new Error(`Unknown shape ${s}: use ${ALL_SHAPES.join(", ")}`);
  }
}

/** The shapes a raw client can do by counting the bytes of known replies. */
const RAW_SHAPES = ["inflight", "sizes", "latency", "million", "pubsub"];

/**
 * Each client's label and the command its runner is started with; the shapes it
 * does, when not all; for desir, the raw socket of its runtime.
 */
const CLIENTS: Record<
  string,
  Column & { command: string[]; shapes?: string[]; raw?: string }
> = {
  bun: {
    id: "bun",
    label: "Bun RedisClient",
    command: ["bun", `${HERE}/bun_peer.ts`],
  },
  desir: {
    id: "desir",
    label: "desir (Deno)",
    command: [DENO, "run", "-A", "--v8-flags=--expose-gc", `${HERE}/desir.ts`],
    raw: "raw-deno",
  },
  "desir-node": {
    id: "desir-node",
    label: "desir (Node)",
    command: ["node", "--expose-gc", `${PEERS}/desir_node.mjs`],
    raw: "raw-node",
  },
  "desir-bun": {
    id: "desir-bun",
    label: "desir (Bun)",
    command: ["bun", `${HERE}/desir.ts`],
    raw: "raw-bun",
  },
  "desir-nodenet": {
    id: "desir-nodenet",
    label: "desir (Deno, node:net)",
    command: [DENO, "run", "-A", "--v8-flags=--expose-gc", `${HERE}/desir.ts`],
    raw: "raw-deno",
  },
  "desir-bun-nodenet": {
    id: "desir-bun-nodenet",
    label: "desir (Bun, node:net)",
    command: ["bun", `${HERE}/desir.ts`],
    raw: "raw-bun",
  },
  "raw-deno": {
    id: "raw-deno",
    label: "raw Deno.connect",
    command: [
      DENO,
      "run",
      "-A",
      "--v8-flags=--expose-gc",
      `${HERE}/raw_peer.mjs`,
    ],
    shapes: RAW_SHAPES,
  },
  "raw-node": {
    id: "raw-node",
    label: "raw node:net (Node)",
    command: ["node", "--expose-gc", `${HERE}/raw_peer.mjs`],
    shapes: RAW_SHAPES,
  },
  "raw-bun": {
    id: "raw-bun",
    label: "raw Bun.connect",
    command: ["bun", `${HERE}/raw_peer.mjs`],
    shapes: RAW_SHAPES,
  },
  ioredis: {
    id: "ioredis",
    label: "ioredis (Node)",
    command: ["node", "--expose-gc", `${HERE}/node_peers.mjs`],
  },
  "node-redis": {
    id: "node-redis",
    label: "node-redis (Node)",
    command: ["node", "--expose-gc", `${HERE}/node_peers.mjs`],
  },
};
const clients = options.clients.split(",");
for (const c of clients) {
  if (!(c in CLIENTS)) {
    throw new Error(
      `Unknown client ${c}: use ${Object.keys(CLIENTS).join(", ")}`,
    );
  }
}
const needsPeers = shapes.includes("bundle") ||
  clients.some((c) => c === "ioredis" || c === "node-redis");
if (needsPeers) await ensurePeers();
if (clients.includes("desir-node")) await bundleForNode("desir");
if (shapes.includes("cold")) {
  await bundleForNode("cold_desir");
  await buildPublished();
}

const versions = {
  deno: Deno.version.deno,
  node: await version("node"),
  bun: await version("bun"),
  redisServer: (await version("redis-server")).match(/v=(\S+)/)?.[1] ?? "?",
};
const started = new Date();
const load = () => Deno.loadavg().map((l) => l.toFixed(2)).join(" ");
const loadAtStart = load();
console.log(
  `desir bench${quick ? " (quick)" : ""}: ${shapes.join(" ")} × ${
    clients.join(" ")
  }; ${rounds} rounds; load ${loadAtStart}`,
);

const samples: Samples = new Map();
const errors: string[] = [];
let bundles: Awaited<ReturnType<typeof bundleSizes>> = [];
{
  await using server = await startRedis();
  for (let round = 0; round < rounds; round++) {
    // Rotate the order, so no client always runs first (or right after another).
    const order = clients.map((_, i) => clients[(i + round) % clients.length]);
    for (const shape of shapes) {
      if (shape === "bundle" || shape === "cache") continue;
      if (shape === "cold") {
        await coldRound(round, server.port);
        continue;
      }
      for (const client of order) {
        if (CLIENTS[client].shapes?.includes(shape) === false) continue;
        const result = await runChild(client, shape, server.port);
        if (result.error) {
          errors.push(
            `round ${round + 1} ${shape} ${client}: ${
              result.error.split("\n")[0]
            }`,
          );
          console.log(`round ${round + 1} ${shape} ${client}: error`);
          continue;
        }
        for (const [point, value] of Object.entries(result.points!)) {
          record(samples, shape, point, client, round, value);
        }
        console.log(
          `round ${round + 1} ${shape.padEnd(8)} ${client.padEnd(13)} ${
            brief(result.points!)
          }`,
        );
      }
    }
  }
}
if (shapes.includes("bundle")) bundles = await bundleSizes(DENO);

const info = (shape: string): ShapeInfo =>
  shape === "cold"
    ? {
      title: "cold start to the first reply, per runtime",
      unit: "ms",
      higherIsBetter: false,
    }
    : SHAPES[shape];
const columns = clients.map((id) => CLIENTS[id]);
const coldColumns = [
  { id: "raw", label: "raw socket (same PING)" },
  { id: "desir", label: "desir from source" },
  { id: "desir-published", label: "desir as published (dist/)" },
  { id: "desir-bundled", label: "desir, bundled (deno bundle)" },
  { id: "bun", label: "Bun RedisClient" },
];
const report = [
  `desir bench${quick ? " --quick" : ""}, ${
    started.toISOString().slice(0, 16)
  }Z: ` +
  `Deno ${versions.deno}, Node ${versions.node}, Bun ${versions.bun}, redis-server ${versions.redisServer}, ` +
  `${navigator.hardwareConcurrency} cores, load average ${loadAtStart} at the start and ${load()} at the end; ` +
  `medians of ${rounds} interleaved rounds (min–max in parentheses), a fresh process per client and shape.`,
  "",
  ...[...samples].flatMap(([shape, points]) =>
    shapeTable(info(shape), points, shape === "cold" ? coldColumns : columns)
  ),
  ...floorTable(
    samples,
    columns.flatMap((c) => {
      const raw = CLIENTS[c.id].raw;
      return raw && clients.includes(raw) ? [{ ...c, raw }] : [];
    }),
    (shape) => info(shape).higherIsBetter,
  ),
  ...(bundles.length
    ? [
      "**mod.ts bundled and minified** (bytes)",
      "",
      "| bundler | minified | gzipped | help texts inside |",
      "| --- | --- | --- | --- |",
      ...bundles.map((b) =>
        `| ${b.bundler} | ${b.bytes} | ${b.gzipped} | ${
          b.helpInside ? "yes" : "no"
        } |`
      ),
      "",
    ]
    : []),
  "**Targets** (issue 12)",
  "",
  ...(quick
    ? [
      "A quick run has 300 idle clients and 200,000 commands at once: fixed costs weigh more, so the memory targets (set at 1,000 and 1,000,000) are for full runs.",
      "",
    ]
    : []),
  ...targetTable(
    samples,
    columns.filter((c) => c.id.startsWith("desir")),
    clients[0],
    (shape) => info(shape).higherIsBetter,
  ),
  ...(errors.length ? ["Errors:", "", ...errors.map((e) => `- ${e}`), ""] : []),
].join("\n");
console.log(`\n${report}`);
await Deno.mkdir(PEERS, { recursive: true });
await Deno.writeTextFile(
  `${PEERS}/results.json`,
  JSON.stringify(
    {
      started,
      versions,
      rounds,
      quick,
      samples: Object.fromEntries(
        [...samples].map((
          [s, p],
        ) => [
          s,
          Object.fromEntries(
            [...p].map(([k, c]) => [k, Object.fromEntries(c)]),
          ),
        ]),
      ),
      bundles,
      errors,
    },
    null,
    2,
  ),
);
await Deno.writeTextFile(`${PEERS}/results.md`, report);
console.log("Written: bench/peers/results.json and bench/peers/results.md");
if (shapes.includes("cache")) {
  // The client-side cache bench, with its own table (bench/cache_bench.ts).
  await cacheBench(quick ? { rounds: 1, ops: 50_000 } : {});
}

/** Each cold-start subject a few times (after one untimed run that warms caches); the round's median. */
async function coldRound(round: number, port: number): Promise<void> {
  const targets = coldTargets(DENO).filter((t) =>
    t.client === undefined || clients.includes(t.client)
  );
  if (round === 0) { for (const t of targets) await coldStart(t, port); }
  const runs = quick ? 3 : 5;
  const times = new Map<string, number[]>(targets.map((t) => [t.id, []]));
  for (let i = 0; i < runs; i++) {
    for (const t of targets) {
      try {
        times.get(t.id)!.push(await coldStart(t, port));
      } catch (error) {
        errors.push(`round ${round + 1} cold: ${(error as Error).message}`);
      }
    }
  }
  for (const t of targets) {
    const ms = times.get(t.id)!.sort((a, b) => a - b);
    if (ms.length === 0) continue;
    record(samples, "cold", t.runtime, t.column, round, ms[ms.length >> 1]);
  }
  console.log(
    `round ${round + 1} cold     ${
      [...times].map(([id, ms]) => `${id} ${ms.map(Math.round).join("/")}`)
        .join("  ")
    } ms`,
  );
}

/** Runs one runner process and reads the JSON line it prints last. */
async function runChild(
  client: string,
  shape: string,
  port: number,
): Promise<{ points?: Record<string, number>; error?: string }> {
  const [command, ...args] = CLIENTS[client].command;
  const output = await new Deno.Command(command, {
    args: [...args, client, shape, `${port}`, quick ? "quick" : "full"],
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
    ? `killed by ${output.signal}`
    : `exit ${output.code}`;
  const tail = (stderr || stdout).split("\n").slice(-5).join(" / ");
  return { error: `${command} ${why}: ${tail}` };
}

/** One result as a progress line. */
function brief(points: Record<string, number>): string {
  return Object.entries(points)
    .map(([p, v]) => `${p}=${v >= 100 ? Math.round(v) : v.toPrecision(3)}`)
    .join(" ");
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
