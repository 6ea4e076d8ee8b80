/**
 * README.md is true: its TypeScript blocks type-check and run, in order, as one program
 * against throwaway servers (a single server and a cluster).
 *
 * How blocks become a program: imports (of the main entry and of subpaths such as
 * `@desir/desir/cluster`) are hoisted and point at this checkout; a block
 * that imports a client class (`Redis`, `RedisCluster`) starts a new scope, and the
 * blocks after it continue that scope. The
 * examples' default addresses are replaced by the throwaway servers' (`new Redis()`,
 * `new Redis({ … })` gets a `url` that its own address options override, and
 * `redis://127.0.0.1:7000`). A block preceded by
 * `<!-- readme_test: skip: <reason> -->` is type-checked only.
 */
import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { startCluster } from "./harness/cluster.ts";

/** The checkout's file of an entry point: "" is mod.ts, "/codec" is codec.ts, … */
const entry = (subpath: string) =>
  new URL(`../${subpath ? subpath.slice(1) : "mod"}.ts`, import.meta.url).href;
const SKIP = /<!-- readme_test: skip: (.+?) -->/;

interface Block {
  code: string;
  skip?: string;
}

/** The ```ts blocks of `markdown`, with the skip reason written before each. */
function tsBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  const lines = markdown.split("\n");
  let before = "";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== "```ts") {
      if (lines[i].trim() !== "") before = lines[i];
      continue;
    }
    const end = lines.indexOf("```", i + 1);
    out.push({
      code: lines.slice(i + 1, end).join("\n"),
      skip: before.match(SKIP)?.[1],
    });
    i = end;
    before = "";
  }
  return out;
}

/** One module: hoisted imports, then one scope per block that has imports. */
function program(blocks: Block[]): string {
  const imported = new Map<string, Set<string>>(); // by subpath ("" for the main entry)
  const sections: { body: string[]; skip?: string }[] = [];
  for (const block of blocks) {
    const body: string[] = [];
    let client = false;
    for (const line of block.code.split("\n")) {
      const m = line.match(
        /^import (type )?\{ (.+) \} from "(?:jsr:)?@desir\/desir(\/[a-z]+)?";$/,
      );
      if (m) {
        const subpath = m[3] ?? "";
        if (!imported.has(subpath)) imported.set(subpath, new Set());
        for (const name of m[2].split(",").map((n) => n.trim())) {
          imported.get(subpath)!.add(m[1] ? `type ${name}` : name);
          if (name === "Redis" || name === "RedisCluster") client = true;
        }
      } else body.push(line);
    }
    if (client || sections.length === 0) {
      sections.push({ body: [], skip: block.skip });
    }
    sections.at(-1)!.body.push(...body);
  }
  const scopes = sections.map(({ body, skip }, i) => {
    const code = body.join("\n")
      .replaceAll("new Redis()", "new Redis(REDIS_URL)")
      .replaceAll("new Redis({", "new Redis({ url: REDIS_URL,")
      .replaceAll('"redis://127.0.0.1:7000"', "CLUSTER_URL")
      .replace(/^export default /m, `const exported${i} = `);
    return skip
      ? `// skipped: ${skip}\nasync function skipped${i}() {\n${code}\n}\n`
      : `{\n${code}\n}\n`;
  });
  return [
    ...[...imported].map(([subpath, names]) =>
      `import { ${[...names].join(", ")} } from "${entry(subpath)}";`
    ),
    'const REDIS_URL = Deno.env.get("REDIS_URL")!;',
    'const CLUSTER_URL = Deno.env.get("CLUSTER_URL")!;',
    ...scopes,
  ].join("\n");
}

async function deno(args: string[], env: Record<string, string> = {}) {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args,
    env,
  }).output();
  const text = new TextDecoder();
  return { code, out: text.decode(stdout), err: text.decode(stderr) };
}

Deno.test("README.md code blocks type-check and run in order", async () => {
  const readme = await Deno.readTextFile(
    new URL("../README.md", import.meta.url),
  );
  const blocks = tsBlocks(readme);
  assert.ok(blocks.length >= 10, `only ${blocks.length} blocks found`);
  const dir = await Deno.makeTempDir({ prefix: "desir_readme_" });
  try {
    const file = `${dir}/readme.ts`;
    await Deno.writeTextFile(file, program(blocks));
    const check = await deno(["check", "--quiet", file]);
    assert.equal(check.code, 0, `deno check ${file}:\n${check.err}`);

    await using server = await startRedis();
    await using cluster = await startCluster({ masters: 3, replicas: 0 });
    const run = await deno(["run", "--allow-all", "--no-check", file], {
      REDIS_URL: server.url,
      CLUSTER_URL: cluster.urls[0],
    });
    assert.equal(run.code, 0, `${run.out}\n${run.err}`);
    // The RPC example's refused call comes back as the worker's error.
    assert.match(run.out, /ConnectorError/);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
