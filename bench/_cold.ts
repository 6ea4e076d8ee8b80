/**
 * What an edge worker pays on every cold request: the time from process start to
 * the first reply, and the size of the bundle it loads.
 *
 * @module
 */
import { PEERS, run } from "./_peers.ts";
import { buildDist } from "../gen/dist.ts";

const HERE = import.meta.dirname!;
const ROOT = `${HERE}/..`;

/**
 * One cold-start subject: its runtime, the report's column it goes in, the bench client
 * (`--clients`) that it measures (none for the raw sockets, always run), and the command
 * that runs it.
 */
export interface ColdTarget {
  id: string;
  runtime: "Deno" | "Node" | "Bun";
  column: "raw" | "desir" | "desir-published" | "desir-bundled" | "bun";
  client?: string;
  command: string[];
}

/**
 * The subjects: a raw socket, desir on each runtime, and Bun's client. desir runs as JSR
 * serves it (the build `buildPublished` makes), on Deno and Bun also from its TypeScript
 * sources, and bundled into one module with only what the program uses (what a bundler
 * gives an edge worker).
 */
export function coldTargets(deno: string): ColdTarget[] {
  const bundled = `${PEERS}/cold_desir_node.mjs`;
  const published = `${HERE}/cold_desir_published.mjs`;
  return [
    {
      id: "raw-deno",
      runtime: "Deno",
      column: "raw",
      command: [deno, "run", "-A", `${HERE}/cold_raw.mjs`],
    },
    {
      id: "desir",
      runtime: "Deno",
      column: "desir",
      client: "desir",
      command: [deno, "run", "-A", `${HERE}/cold_desir.ts`],
    },
    {
      id: "desir-published",
      runtime: "Deno",
      column: "desir-published",
      client: "desir",
      command: [deno, "run", "-A", published],
    },
    {
      id: "desir-bundled",
      runtime: "Deno",
      column: "desir-bundled",
      client: "desir",
      command: [deno, "run", "-A", bundled],
    },
    {
      id: "raw-node",
      runtime: "Node",
      column: "raw",
      command: ["node", `${HERE}/cold_raw.mjs`],
    },
    {
      id: "desir-node-published",
      runtime: "Node",
      column: "desir-published",
      client: "desir-node",
      command: ["node", published],
    },
    {
      id: "desir-node-bundled",
      runtime: "Node",
      column: "desir-bundled",
      client: "desir-node",
      command: ["node", bundled],
    },
    {
      id: "raw-bun",
      runtime: "Bun",
      column: "raw",
      command: ["bun", `${HERE}/cold_raw.mjs`],
    },
    {
      id: "desir-bun",
      runtime: "Bun",
      column: "desir",
      client: "desir-bun",
      command: ["bun", `${HERE}/cold_desir.ts`],
    },
    {
      id: "desir-bun-published",
      runtime: "Bun",
      column: "desir-published",
      client: "desir-bun",
      command: ["bun", published],
    },
    {
      id: "desir-bun-bundled",
      runtime: "Bun",
      column: "desir-bundled",
      client: "desir-bun",
      command: ["bun", bundled],
    },
    {
      id: "bun",
      runtime: "Bun",
      column: "bun",
      client: "bun",
      command: ["bun", `${HERE}/cold_bun.ts`],
    },
  ];
}

/**
 * Builds this tree as JSR would serve it into bench/peers/dist, for
 * `cold_desir_published.mjs`; a package.json there makes Node load its `.js` as modules.
 */
export async function buildPublished(): Promise<void> {
  await buildDist(ROOT, `${PEERS}/dist`);
  await Deno.writeTextFile(
    `${PEERS}/dist/package.json`,
    '{ "type": "module" }\n',
  );
}

/** Milliseconds from just before the spawn to the first reply the process reports. */
export async function coldStart(
  target: Pick<ColdTarget, "id" | "command">,
  port: number,
): Promise<number> {
  const [command, ...args] = target.command;
  const start = performance.timeOrigin + performance.now();
  const output = await new Deno.Command(command, {
    args: [...args, `${port}`],
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(30_000),
  }).output();
  const stamp = Number(new TextDecoder().decode(output.stdout).trim());
  if (!output.success || !Number.isFinite(stamp)) {
    const stderr = new TextDecoder().decode(output.stderr).trim();
    throw new Error(
      `${target.id}: no reply time (${stderr.split("\n").at(-1)})`,
    );
  }
  return stamp - start;
}

/** Sizes of mod.ts bundled and minified, raw and gzipped, and whether the help texts are in. */
export interface BundleSize {
  bundler: string;
  bytes: number;
  gzipped: number;
  helpInside: boolean;
}

/**
 * Bundles mod.ts with `deno bundle --minify`, with esbuild (from bench/peers), and with
 * esbuild from the JavaScript that JSR's npm package of desir holds (see npmBuild).
 */
export async function bundleSizes(deno: string): Promise<BundleSize[]> {
  const out = `${PEERS}/bundle`;
  await Deno.mkdir(out, { recursive: true });
  // deno-fmt-ignore
  await run(deno, [
    "bundle", "--quiet", "--minify", "--platform", "browser", "--format", "esm",
    "-o", `${out}/deno.js`, `${ROOT}/mod.ts`,
  ]);
  const esbuild = (entry: string, outfile: string) =>
    // deno-fmt-ignore
    run(`${PEERS}/node_modules/.bin/esbuild`, [
      entry, "--bundle", "--minify", "--format=esm", "--platform=neutral",
      "--external:node:*", "--external:cloudflare:*", "--log-level=warning",
      `--outfile=${outfile}`,
    ]);
  await esbuild(`${ROOT}/mod.ts`, `${out}/esbuild.js`);
  await esbuild(await npmBuild(`${out}/npm`), `${out}/npm.js`);
  const bundlers = {
    deno: "deno bundle --minify",
    esbuild: "esbuild --minify",
    npm: "esbuild --minify of the JSR npm build",
  };
  const sizes = [];
  for (const [file, bundler] of Object.entries(bundlers)) {
    const bytes = await Deno.readFile(`${out}/${file}.js`);
    const gzipped = await new Response(
      new Blob([bytes]).stream().pipeThrough(new CompressionStream("gzip")),
    ).arrayBuffer();
    sizes.push({
      bundler,
      bytes: bytes.length,
      gzipped: gzipped.byteLength,
      // A phrase only the help texts have.
      helpInside: new TextDecoder().decode(bytes).includes(
        "A container for Access List Control commands",
      ),
    });
  }
  return sizes;
}

/**
 * Every module of lib/ and mod.ts as JavaScript in `out` (types stripped by esbuild,
 * one file per module, `.ts` import specifiers as written).
 */
export async function transpileSources(out: string): Promise<void> {
  const sources = [...walk(`${ROOT}/lib`, ".ts")].concat(`${ROOT}/mod.ts`);
  // deno-fmt-ignore
  await run(`${PEERS}/node_modules/.bin/esbuild`, [
    ...sources, `--outdir=${out}`, `--outbase=${ROOT}`, "--format=esm",
    "--log-level=warning",
  ]);
}

/** `js` with its relative `.ts` import specifiers (static or dynamic) ending `.js`. */
export function jsSpecifiers(js: string): string {
  return js.replace(/((?:from|import)\s*\(?\s*"\.[^"]+)\.ts"/g, '$1.js"');
}

/** The files under `dir` whose names end with `extension`, recursively. */
export function* walk(dir: string, extension: string): Generator<string> {
  for (const entry of Deno.readDirSync(dir)) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory) yield* walk(path, extension);
    else if (entry.name.endsWith(extension)) yield path;
  }
}

/**
 * What npm.jsr.io serves for desir: the JavaScript of its exports, which is the build of
 * gen/dist.ts (it serves JavaScript as published). Returns its entry, `mod.js`.
 */
async function npmBuild(out: string): Promise<string> {
  await buildDist(ROOT, out);
  return `${out}/mod.js`;
}
