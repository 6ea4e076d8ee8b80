/**
 * Where a cold start from source goes before desir runs a line: what loading `mod.ts`'s
 * module graph costs each runtime, split into the module count, the code, and the
 * TypeScript. Four programs, each importing its graph and printing how long the
 * process took to get there, on Deno and on Bun, in interleaved rounds:
 *
 * - `empty`: no graph at all (the runtime's own start);
 * - `skeleton`: the same module graph, every module empty but for its imports (`.ts`);
 * - `js`: the same modules as JavaScript (types stripped by esbuild, JSDoc kept, as
 *   Deno's own emit keeps it);
 * - `ts`: `mod.ts` itself, as a program importing desir from source (or from JSR) loads it;
 * - `ts, no surfaces`: the same TypeScript without the generated declarations that end
 *   lib/client.ts, lib/cluster/cluster.ts and lib/command_queue.ts (types and docs only,
 *   after their "Generated below" line): what those cost a cold start.
 *
 * Only the modules a run loads are in the graph (imports of types only are not). The
 * differences are what each step adds: `skeleton − empty` the runtime's cost of that many
 * modules, `js − skeleton` of desir's code, `ts − js` of loading it as TypeScript.
 *
 * Run: `deno run -A bench/cold_graph.ts [--rounds 15]`
 *
 * @module
 */
import { parseArgs } from "node:util";
import { jsSpecifiers, transpileSources } from "./_cold.ts";
import { ensurePeers } from "./_peers.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const STAMP = "console.log(performance.timeOrigin + performance.now());\n";

const { values } = parseArgs({
  args: Deno.args,
  options: { rounds: { type: "string", default: "15" } },
});
const rounds = Number(values.rounds);

/** The JavaScript of every module the run loads, from `mod.ts`, by path under ROOT. */
async function runtimeGraph(out: string): Promise<Map<string, string>> {
  await transpileSources(out);
  const graph = new Map<string, string>();
  const queue = ["mod.ts"];
  while (queue.length) {
    const path = queue.pop()!;
    if (graph.has(path)) continue;
    const js = await Deno.readTextFile(
      `${out}/${path.replace(/\.ts$/, ".js")}`,
    );
    graph.set(path, js);
    for (const m of js.matchAll(/(?:from|import)\s*"(\.[^"]+\.ts)"/g)) {
      queue.push(new URL(m[1], `file:///${path}`).pathname.slice(1));
    }
  }
  return graph;
}

/** Writes the `skeleton` and `js` trees of the graph; returns the entry of each program. */
async function writePrograms(
  dir: string,
  graph: Map<string, string>,
): Promise<Record<string, string>> {
  for (const [path, js] of graph) {
    const imports = [...js.matchAll(/(?:from|import)\s*"(\.[^"]+\.ts)"/g)]
      .map((m) => `import "${m[1]}";\n`);
    await write(`${dir}/skeleton/${path}`, [...new Set(imports)].join(""));
    await write(
      `${dir}/js/${path.replace(/\.ts$/, ".js")}`,
      jsSpecifiers(js),
    );
  }
  await write(`${dir}/empty.js`, STAMP);
  await write(`${dir}/skeleton/main.ts`, `import "./mod.ts";\n${STAMP}`);
  await write(`${dir}/js/main.js`, `import "./mod.js";\n${STAMP}`);
  await write(`${dir}/ts/main.ts`, `import "${ROOT}mod.ts";\n${STAMP}`);
  for (const path of graph.keys()) {
    const ts = await Deno.readTextFile(`${ROOT}${path}`);
    const cut = ts.indexOf("\n// Generated below");
    await write(`${dir}/surfaceless/${path}`, cut < 0 ? ts : ts.slice(0, cut));
  }
  await write(`${dir}/surfaceless/main.ts`, `import "./mod.ts";\n${STAMP}`);
  return {
    empty: `${dir}/empty.js`,
    skeleton: `${dir}/skeleton/main.ts`,
    js: `${dir}/js/main.js`,
    ts: `${dir}/ts/main.ts`,
    "ts, no surfaces": `${dir}/surfaceless/main.ts`,
  };
}

async function write(path: string, text: string): Promise<void> {
  await Deno.mkdir(path.slice(0, path.lastIndexOf("/")), { recursive: true });
  await Deno.writeTextFile(path, text);
}

/** Milliseconds from just before the spawn to the stamp the program prints. */
async function startTime(command: string[]): Promise<number> {
  const start = performance.timeOrigin + performance.now();
  const out = await new Deno.Command(command[0], {
    args: command.slice(1),
    stdin: "null",
    stdout: "piped",
    stderr: "inherit",
  }).output();
  const stamp = Number(new TextDecoder().decode(out.stdout).trim());
  if (!out.success || !Number.isFinite(stamp)) {
    throw new Error(`${command.join(" ")}: no time printed`);
  }
  return stamp - start;
}

await ensurePeers();
const dir = await Deno.makeTempDir({ prefix: "desir_cold_graph_" });
try {
  const graph = await runtimeGraph(`${dir}/esbuild`);
  const programs = await writePrograms(dir, graph);
  const bytes = (f: (path: string) => number) =>
    [...graph.keys()].reduce((sum, path) => sum + f(path), 0);
  const tsBytes = bytes((p) => Deno.statSync(`${ROOT}${p}`).size);
  const jsBytes = bytes((p) => new TextEncoder().encode(graph.get(p)!).length);
  const runtimes: Record<string, (file: string) => string[]> = {
    Deno: (file) => [Deno.execPath(), "run", "-A", file],
    Bun: (file) => ["bun", file],
  };
  const times = new Map<string, number[]>();
  // One untimed pass fills the runtimes' caches (Deno's transpiled modules, V8 code).
  for (const [runtime, command] of Object.entries(runtimes)) {
    for (const file of Object.values(programs)) await startTime(command(file));
    for (const name of Object.keys(programs)) {
      times.set(`${runtime} ${name}`, []);
    }
  }
  for (let round = 0; round < rounds; round++) {
    for (const [runtime, command] of Object.entries(runtimes)) {
      for (const [name, file] of Object.entries(programs)) {
        times.get(`${runtime} ${name}`)!.push(await startTime(command(file)));
      }
    }
  }
  // The median, and the fastest round: on a busy machine the closest to an idle one.
  const statistics: Record<string, (sorted: number[]) => number> = {
    median: (sorted) => sorted[sorted.length >> 1],
    fastest: (sorted) => sorted[0],
  };
  console.log(
    `mod.ts loads ${graph.size} modules at run time: ${tsBytes} bytes of ` +
      `TypeScript, ${jsBytes} bytes as JavaScript. ${rounds} interleaved rounds, ` +
      `ms from spawn to the program's first line after its imports ` +
      `(in parentheses: what the column adds to the one before).`,
  );
  for (const [statistic, pick] of Object.entries(statistics)) {
    console.log(
      `\n| ${statistic} | empty | skeleton (module count) | js (the code) | ts (TypeScript) | ts, no surfaces |`,
    );
    console.log("| --- | --- | --- | --- | --- | --- |");
    for (const runtime of Object.keys(runtimes)) {
      const [empty, skeleton, js, ts, surfaceless] = Object.keys(programs).map(
        (name) =>
          pick(times.get(`${runtime} ${name}`)!.toSorted((a, b) => a - b)),
      );
      const step = (a: number, b: number) =>
        `${b.toFixed(1)} (${b < a ? "" : "+"}${(b - a).toFixed(1)})`;
      console.log(
        `| ${runtime} | ${empty.toFixed(1)} | ${step(empty, skeleton)} | ${
          step(skeleton, js)
        } | ${step(js, ts)} | ${step(ts, surfaceless)} |`,
      );
    }
  }
} finally {
  await Deno.remove(dir, { recursive: true });
}
