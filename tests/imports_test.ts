/**
 * The module graph of lib/ (and mod.ts) has no cycle, and follows the layer list in
 * ARCHITECTURE.md: every file is named there, and imports only what lies below it.
 * Type-only imports count too: a cycle through `import type` still ties two layers
 * together.
 *
 * @module
 */
import assert from "node:assert/strict";
import { dirname, join, normalize } from "node:path/posix";

const ROOT = new URL("../", import.meta.url);

/**
 * The relative specifiers a module names statically: `import … from`, `import type …
 * from`, `export … from`, bare `import "…"`, and `import("…")` with a literal (a value or a
 * type query). Declarations are matched only at the start of a line, so examples inside
 * JSDoc (` * import …`) do not count.
 */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const declaration =
    /^(?:import|export)\b[^;"'`]*?(?:\bfrom\s*)?["']([^"']+)["']/gm;
  const call = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
  for (const pattern of [declaration, call]) {
    for (const match of source.matchAll(pattern)) found.push(match[1]);
  }
  return found.filter((s) => s.startsWith("./") || s.startsWith("../"));
}

/**
 * Every cycle reachable in `graph`, each as the path from a module back to itself (one per
 * back edge of a depth-first walk: at least one whenever the graph has a cycle).
 */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();
  const visit = (node: string) => {
    path.push(node);
    onPath.add(node);
    for (const next of graph.get(node) ?? []) {
      if (onPath.has(next)) {
        cycles.push([...path.slice(path.indexOf(next)), next]);
      } else if (!done.has(next)) visit(next);
    }
    path.pop();
    onPath.delete(node);
    done.add(node);
  };
  for (const node of [...graph.keys()].sort()) {
    if (!done.has(node)) visit(node);
  }
  return cycles;
}

async function sourceFiles(): Promise<string[]> {
  const files = ["mod.ts"];
  const walk = async (dir: string) => {
    for await (const entry of Deno.readDir(new URL(dir, ROOT))) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory) await walk(path);
      else if (entry.name.endsWith(".ts")) files.push(path);
    }
  };
  await walk("lib");
  return files.sort();
}

async function libGraph(): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles()) {
    const source = await Deno.readTextFile(new URL(file, ROOT));
    graph.set(
      file,
      importsOf(source).map((s) => normalize(join(dirname(file), s))),
    );
  }
  return graph;
}

Deno.test("importsOf reads every static import form and skips JSDoc examples", () => {
  const source = [
    `import { a } from "./a.ts";`,
    `import type { B } from "../b.ts";`,
    `import {`,
    `  c,`,
    `  type C,`,
    `} from "./c.ts";`,
    `export { d } from "./d.ts";`,
    `export * from "./e.ts";`,
    `import "./f.ts";`,
    `type G = typeof import("./g.ts");`,
    ` * import { Redis } from "./h.ts";`,
    `import { std } from "jsr:@std/assert@1";`,
  ].join("\n");
  assert.deepEqual(importsOf(source), [
    "./a.ts",
    "../b.ts",
    "./c.ts",
    "./d.ts",
    "./e.ts",
    "./f.ts",
    "./g.ts",
  ]);
});

Deno.test("cyclesOf names each cycle as a path back to its start", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["c", "d"]],
    ["c", ["a"]],
    ["d", []],
  ]);
  assert.deepEqual(cyclesOf(graph), [["a", "b", "c", "a"]]);
  assert.deepEqual(cyclesOf(new Map([["a", ["b"]], ["b", []]])), []);
});

Deno.test("lib/ and mod.ts import each other without a cycle", async () => {
  const graph = await libGraph();
  // The parse found the real graph, not an empty one.
  assert.ok(graph.get("lib/client.ts")?.includes("lib/connection.ts"));
  const cycles = cyclesOf(graph).map((cycle) => cycle.join(" → "));
  assert.deepEqual(cycles, [], `import cycles:\n${cycles.join("\n")}`);
});

/** Every module `from` reaches in `graph`, itself included. */
function reachable(graph: Map<string, string[]>, from: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const next of graph.get(node) ?? []) visit(next);
  };
  visit(from);
  return seen;
}

Deno.test("the clients import no sugar and no codec, so bundles without them leave both out", async () => {
  const graph = await libGraph();
  for (const client of ["lib/client.ts", "lib/cluster/cluster.ts"]) {
    const reached = [...reachable(graph, client)];
    // The walk went through the client's real graph.
    assert.ok(reached.includes("lib/client_features.ts"), client);
    const sugar = reached.filter((file) =>
      file.startsWith("lib/sugar/") || file.startsWith("lib/codec/")
    );
    assert.deepEqual(sugar, [], `${client} reaches ${sugar.join(", ")}`);
  }
  // The sugar is still reachable from the main entry, by name.
  assert.ok(reachable(graph, "mod.ts").has("lib/sugar/counter.ts"));
});

/**
 * ARCHITECTURE.md's layer list as entries in order: an entry starts at an unindented
 * line of the fenced block under "## Layers", and its name is that line's first word.
 */
async function layerEntries(): Promise<{ name: string; text: string }[]> {
  const doc = await Deno.readTextFile(new URL("ARCHITECTURE.md", ROOT));
  const section = doc.slice(doc.indexOf("## Layers"));
  const block = section.split("```")[1];
  const entries: { name: string; text: string }[] = [];
  for (const line of block.split("\n")) {
    if (line.trim() === "") continue;
    if (!line.startsWith(" ")) {
      entries.push({ name: line.split(/[\s,]/)[0], text: line });
    } else if (entries.length) entries[entries.length - 1].text += " " + line;
  }
  return entries;
}

/**
 * Where `file` stands in the layer list: its own entry, else its folder's (`lib/cluster/`),
 * else the first `lib/*.ts` entry that names it (`redis_options.ts` under lib/client.ts);
 * -1 when the list names it nowhere.
 */
function layerOf(file: string, entries: { name: string; text: string }[]) {
  const own = entries.findIndex((e) => e.name === file);
  if (own !== -1) return own;
  const folder = entries.findIndex((e) =>
    e.name.endsWith("/") && file.startsWith(e.name)
  );
  if (folder !== -1) return folder;
  if (dirname(file) !== "lib") return -1;
  const base = file.slice("lib/".length).replaceAll(".", "\\.");
  const named = new RegExp(`(?<![\\w.])${base}(?!\\w)`);
  return entries.findIndex((e) =>
    e.name.startsWith("lib/") && !e.name.endsWith("/") && named.test(e.text)
  );
}

Deno.test("ARCHITECTURE.md's layer list names every lib file, and no import goes up it", async () => {
  const entries = await layerEntries();
  const graph = await libGraph();
  const unnamed = [...graph.keys()].filter((f) => layerOf(f, entries) === -1);
  assert.deepEqual(unnamed, [], `not in ARCHITECTURE.md's layers: ${unnamed}`);
  const up: string[] = [];
  for (const [file, imports] of graph) {
    const layer = layerOf(file, entries);
    for (const target of imports) {
      const below = layerOf(target, entries);
      if (below !== -1 && below < layer) {
        up.push(
          `${file} (${entries[layer].name}) imports ${target} (${
            entries[below].name
          })`,
        );
      }
    }
  }
  assert.deepEqual(
    up,
    [],
    `imports that go up the layer list:\n${up.join("\n")}`,
  );
  // The parse found the list: the client sits above its base, its base above its parent.
  const at = (file: string) => layerOf(file, entries);
  assert.ok(at("lib/client.ts") < at("lib/client_base.ts"));
  assert.ok(at("lib/client_base.ts") < at("lib/client_features.ts"));
});
