/**
 * The pubsub shape of `deno task bench` (1000 PUBLISHes in flight until the subscriber
 * has them all, bench/_harness.mjs) for desir from this checkout and from `base`
 * (another checkout), and for the runtime's raw socket (`_raw.mjs`), on Deno, Node
 * (bundled) and Bun, next to Bun's `RedisClient`: a fresh process per run, as the bench
 * runs it, so the JIT's first round counts as it does there. The four alternate in
 * every round (their order rotates), so the noise of a shared machine hits them alike.
 * Prints per runtime the median of the round-by-round ratios, with their range: this ÷
 * base (above 1: this checkout is faster), and each ÷ the raw socket and ÷ Bun's client.
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/pubsub_ab.ts /tmp/desir_base [rounds] [runtimes]
 *
 * `runtimes` is a comma-separated subset of `deno,node,bun` (the default: all three).
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";

const [basePath, roundsArg, runtimesArg] = Deno.args;
if (!basePath) {
  throw new Error(
    "usage: deno run -A bench/pubsub_ab.ts <base checkout> [rounds] [deno,node,bun]",
  );
}
const rounds = Number(roundsArg ?? 7);
const runtimes = (runtimesArg ?? "deno,node,bun").split(",");
const HERE = import.meta.dirname!;
const TREES = { this: `${HERE}/..`, base: Deno.realPathSync(basePath) };
const DENO = Deno.execPath();

/** Each tree's bench/desir.ts bundled for Node, as run.ts does for `desir-node`. */
const bundles: Record<string, string> = {};
if (runtimes.includes("node")) {
  for (const [tree, path] of Object.entries(TREES)) {
    bundles[tree] = await Deno.makeTempFile({ suffix: ".mjs" });
    const { success } = await new Deno.Command(DENO, {
      args: [
        "bundle",
        "--quiet",
        "--platform",
        "browser",
        "--format",
        "esm",
        "-o",
        bundles[tree],
        `${path}/bench/desir.ts`,
      ],
    }).output();
    if (!success) throw new Error(`Cannot bundle ${path}/bench/desir.ts`);
  }
}

/** The command that runs `who` (a tree, "raw", or Bun's client) on `runtime`. */
function command(runtime: string, who: string): string[] {
  if (who === "bun") return ["bun", `${HERE}/bun_peer.ts`, "bun"];
  if (who === "raw") {
    const raw = `${HERE}/raw_peer.mjs`;
    if (runtime === "deno") return [DENO, "run", "-A", raw, "raw-deno"];
    return [runtime, raw, `raw-${runtime}`];
  }
  const runner = `${TREES[who as keyof typeof TREES]}/bench/desir.ts`;
  if (runtime === "deno") return [DENO, "run", "-A", runner, "desir"];
  if (runtime === "node") return ["node", bundles[who], "desir-node"];
  return ["bun", runner, "desir-bun"];
}

/** Messages per second of one fresh process doing the pubsub shape. */
async function messages(argv: string[], port: number): Promise<number> {
  const [program, ...args] = argv;
  const output = await new Deno.Command(program, {
    args: [...args, "pubsub", `${port}`, "full"],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(60_000),
  }).output();
  const out = new TextDecoder().decode(output.stdout).trim().split("\n").at(-1);
  const line = JSON.parse(out || "{}");
  if (!line.points) {
    const err = new TextDecoder().decode(output.stderr).trim();
    throw new Error(`${argv.join(" ")}: ${line.error ?? err}`);
  }
  return line.points.messages;
}

await using server = await startRedis();
// Bun's client is the issue's yardstick: it runs in each runtime's rounds.
const WHO = ["this", "base", "raw", "bun"];
const ratios = new Map<string, number[]>();
const note = (name: string, value: number) =>
  ratios.set(name, [...ratios.get(name) ?? [], value]);
for (let round = 0; round < rounds; round++) {
  for (const runtime of runtimes) {
    const rate: Record<string, number> = {};
    for (let i = 0; i < WHO.length; i++) {
      const who = WHO[(i + round) % WHO.length];
      rate[who] = await messages(command(runtime, who), server.port);
    }
    console.log(
      `round ${round + 1} ${runtime}: ${
        WHO.map((w) => `${w} ${Math.round(rate[w])}`).join(", ")
      } msg/s`,
    );
    note(`${runtime} this ÷ base`, rate.this / rate.base);
    note(`${runtime} this ÷ raw`, rate.this / rate.raw);
    note(`${runtime} base ÷ raw`, rate.base / rate.raw);
    note(`${runtime} this ÷ Bun client`, rate.this / rate.bun);
    note(`${runtime} base ÷ Bun client`, rate.base / rate.bun);
  }
}
for (const b of Object.values(bundles)) await Deno.remove(b);
for (const [name, list] of ratios) {
  const s = list.toSorted((a, b) => a - b);
  const median = s[Math.floor((s.length - 1) / 2)];
  console.log(
    `${name.padEnd(24)} ${median.toFixed(2)}× (${s[0].toFixed(2)}–${
      s.at(-1)!.toFixed(2)
    })`,
  );
}
