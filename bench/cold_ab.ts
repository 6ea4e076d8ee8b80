/**
 * Cold start of this tree against another checkout: process start to the first PING
 * reply (as `deno task bench --only cold` times it), for desir from source and as JSR
 * serves it (each tree's gen/dist.ts build) on Deno and Bun and bundled on Deno, next to
 * a raw socket, in interleaved rounds of one run each
 * (their order rotating). Every ratio is taken within a round: to the raw socket, and
 * this tree's over the base's, the pair run back to back; the table gives their medians
 * (min–max), so a busy machine's noise hits both sides of each ratio alike.
 *
 * Run:
 *   git archive <base-commit> | (mkdir -p /tmp/desir_base && tar -x -C /tmp/desir_base)
 *   deno run --allow-all bench/cold_ab.ts /tmp/desir_base [rounds]
 *
 * @module
 */
import { startRedis } from "../tests/harness/mod.ts";
import { coldStart, type ColdTarget } from "./_cold.ts";
import { run } from "./_peers.ts";

const HERE = import.meta.dirname!;
const DENO = Deno.execPath();
const [basePath, roundsArg] = Deno.args;
if (!basePath) throw new Error("usage: cold_ab.ts <base checkout> [rounds]");
const base = Deno.realPathSync(basePath);
const rounds = Number(roundsArg ?? 15);

const dir = await Deno.makeTempDir({ prefix: "desir_cold_ab_" });
/** `bench/cold_desir.ts` of a checkout in one module, as the cold shape bundles it. */
async function bundled(root: string, name: string): Promise<string> {
  const output = `${dir}/${name}.mjs`;
  // deno-fmt-ignore
  await run(DENO, [
    "bundle", "--quiet", "--platform", "browser", "--format", "esm",
    "-o", output, `${root}/bench/cold_desir.ts`,
  ]);
  return output;
}

/**
 * `bench/cold_desir_published.mjs` importing a checkout's build (its gen/dist.ts) instead
 * of this tree's: the program's path.
 */
async function published(root: string, name: string): Promise<string> {
  const code = `import { buildDist } from "${root}/gen/dist.ts";\n` +
    `await buildDist("${root}", "${dir}/${name}");`;
  await run(DENO, ["eval", code]);
  const program = await Deno.readTextFile(`${HERE}/cold_desir_published.mjs`);
  const output = `${dir}/${name}.mjs`;
  await Deno.writeTextFile(
    output,
    program.replace("./peers/dist/mod.js", `./${name}/mod.js`),
  );
  return output;
}

type Subject = Pick<ColdTarget, "id" | "runtime" | "command">;
const subject = (
  id: string,
  runtime: ColdTarget["runtime"],
  command: string[],
): Subject => ({ id, runtime, command });
const thisBuild = await published(`${HERE}/..`, "this_dist");
const baseBuild = await published(base, "base_dist");
const targets = [
  subject("raw", "Deno", [DENO, "run", "-A", `${HERE}/cold_raw.mjs`]),
  subject("this", "Deno", [DENO, "run", "-A", `${HERE}/cold_desir.ts`]),
  subject("base", "Deno", [DENO, "run", "-A", `${base}/bench/cold_desir.ts`]),
  subject("this, bundled", "Deno", [
    DENO,
    "run",
    "-A",
    await bundled(`${HERE}/..`, "this"),
  ]),
  subject("base, bundled", "Deno", [
    DENO,
    "run",
    "-A",
    await bundled(base, "base"),
  ]),
  subject("this, published", "Deno", [DENO, "run", "-A", thisBuild]),
  subject("base, published", "Deno", [DENO, "run", "-A", baseBuild]),
  subject("raw", "Bun", ["bun", `${HERE}/cold_raw.mjs`]),
  subject("this, published", "Bun", ["bun", thisBuild]),
  subject("base, published", "Bun", ["bun", baseBuild]),
  subject("this", "Bun", ["bun", `${HERE}/cold_desir.ts`]),
  subject("base", "Bun", ["bun", `${base}/bench/cold_desir.ts`]),
];

try {
  await using server = await startRedis();
  // One untimed run each fills the runtimes' caches.
  for (const t of targets) await coldStart(t, server.port);
  const times: number[][] = targets.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let i = 0; i < targets.length; i++) {
      const k = (i + round) % targets.length;
      times[k].push(await coldStart(targets[k], server.port));
    }
  }
  const key = (t: Subject) => `${t.runtime} ${t.id}`;
  const at = new Map(targets.map((t, i) => [key(t), times[i]]));
  const summary = (ratios: number[]) => {
    const s = ratios.toSorted((a, b) => a - b);
    return `${s[s.length >> 1].toFixed(2)}× (${s[0].toFixed(2)}–${
      s[s.length - 1].toFixed(2)
    })`;
  };
  const ratio = (a: string, b: string) => {
    const [x, y] = [at.get(a)!, at.get(b)!];
    return summary(x.map((v, round) => v / y[round]));
  };
  console.log(
    `Cold start, ${rounds} interleaved rounds; base: ${base}. Medians (min–max) of ` +
      `ratios within a round; ms medians in the last column.\n`,
  );
  console.log(
    "| runtime | desir | ÷ raw socket | this ÷ base | ms (raw: this / base) |",
  );
  console.log("| --- | --- | --- | --- | --- |");
  for (
    const [runtime, name] of [
      ["Deno", ""],
      ["Deno", ", published"],
      ["Deno", ", bundled"],
      ["Bun", ""],
      ["Bun", ", published"],
    ]
  ) {
    const ms = (id: string) => {
      const s = at.get(id)!.toSorted((a, b) => a - b);
      return s[s.length >> 1].toFixed(1);
    };
    const [raw, self, other] = [
      `${runtime} raw`,
      `${runtime} this${name}`,
      `${runtime} base${name}`,
    ];
    console.log(
      `| ${runtime} | this${name} | ${ratio(self, raw)} | ${
        ratio(self, other)
      } | ${ms(raw)}: ${ms(self)} / ${ms(other)} |`,
    );
    console.log(
      `| ${runtime} | base${name} | ${ratio(other, raw)} | | |`,
    );
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}
