/**
 * The build JSR publishes (gen/dist.ts): what a program that imports desir from JSR runs
 * and type-checks against. Built once into a temp dir, from this tree.
 *
 * @module
 */
import assert from "node:assert/strict";
import { walk } from "../bench/_cold.ts";
import { buildDist, bundleAll, dropDocComments } from "../gen/dist.ts";
import { startRedis } from "./harness/mod.ts";

const ROOT = new URL("..", import.meta.url).pathname.replace(/\/$/, "");

let build:
  | Promise<{ dir: string; exports: Record<string, string> }>
  | undefined;

/** The build, in a temp dir removed when the tests end; its entry points by subpath. */
function built(): Promise<{ dir: string; exports: Record<string, string> }> {
  build ??= (async () => {
    const dir = await Deno.makeTempDir({ prefix: "desir-dist-" });
    globalThis.addEventListener("unload", () => {
      Deno.removeSync(dir, { recursive: true });
    });
    const exports = await buildDist(ROOT, dir);
    return { dir, exports };
  })();
  return build;
}

/** The module that subpath `subpath` of the build exports. */
async function distModule(subpath: string): Promise<Record<string, unknown>> {
  const { exports } = await built();
  return await import(`file://${ROOT}/${exports[subpath]}`);
}

/** deno.json's export map: subpath to source file. */
async function sourceExports(): Promise<Record<string, string>> {
  return JSON.parse(await Deno.readTextFile(`${ROOT}/deno.json`)).exports;
}

Deno.test("each entry point of the build exports what its source does, one class for a name two of them export", async () => {
  const seen = new Map<string, unknown>();
  for (const [subpath, source] of Object.entries(await sourceExports())) {
    const dist = await distModule(subpath);
    const names = Object.keys(await import(`${ROOT}/${source}`)).sort();
    assert.deepEqual(Object.keys(dist).sort(), names, subpath);
    for (const name of names) {
      if (seen.has(name)) {
        assert.equal(dist[name], seen.get(name), `${subpath} ${name}`);
      }
      seen.set(name, dist[name]);
    }
  }
  assert.ok(
    seen.has("RedisCluster"),
    "the check saw a name two entries export",
  );
});

Deno.test("the build imports nothing but its own modules: a program runs no TypeScript of desir", async () => {
  const { dir } = await built();
  const strays: string[] = [];
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.name.endsWith(".js")) continue;
    const code = await Deno.readTextFile(`${dir}/${entry.name}`);
    for (
      const [, specifier] of code.matchAll(
        /^(?:import|export)\b[^;]*?from\s*"([^"]+)"/gm,
      )
    ) {
      if (!/^\.\/[\w-]+\.js$/.test(specifier)) {
        strays.push(`${entry.name}: ${specifier}`);
      }
    }
  }
  assert.deepEqual(strays, []);
});

Deno.test("help() finds its texts beside the build's modules", async () => {
  const { help } = await distModule(".") as {
    help(command: string): Promise<string>;
  };
  assert.match(await help("rpop"), /^RPOP key \[count\]/);
});

// Two throws, one early in the bundle (the client) and one late (the sugar), after
// hundreds of doc comment lines that gen/dist.ts drops from it and from its source map.
Deno.test("a stack trace through the build names the lines of lib/ that a run from source names", async () => {
  type Constructor = new (...args: unknown[]) => unknown;
  const throws = {
    "new Redis": (m: Record<string, unknown>) =>
      new (m.Redis as Constructor)({ hostname: "127.0.0.1", bogus: 1 }),
    "new Counter": (m: Record<string, unknown>) =>
      new (m.Counter as Constructor)({}, ""),
  };
  const stackOf = (module: Record<string, unknown>, call: string) => {
    try {
      throws[call as keyof typeof throws](module);
    } catch (error) {
      return (error as Error).stack!.split("\n").slice(1, 3).map((line) =>
        line.replace(/file:\/\/\S+?\/lib\//, "lib/")
      );
    }
    assert.fail(`${call} did not throw`);
  };
  const dist = await distModule(".");
  const source = await import("../mod.ts");
  for (const call of Object.keys(throws)) {
    const fromDist = stackOf(dist, call);
    assert.deepEqual(fromDist, stackOf(source, call), call);
    assert.match(fromDist[0], /\(lib\/[\w/]+\.ts:\d+:\d+\)$/, call);
  }
});

/** Names of the functions and classes `code` declares. */
function declaredNames(code: string): Set<string> {
  const declarations =
    /\b(?:function\*?\s+(\w+)|class\s+(\w+)|(\w+)\s*=\s*class\b)/g;
  return new Set(
    [...code.matchAll(declarations)].map(([, f, c, v]) => f ?? c ?? v),
  );
}

// Names that two modules share clash in one bundle, and the bundler renames one
// (`checkOptions2`), which a stack trace then shows.
Deno.test("the build keeps the name of every function and class that lib/ declares", async () => {
  const { dir } = await built();
  const sources = new Set<string>();
  for (const file of walk(`${ROOT}/lib`, ".ts")) {
    for (const name of declaredNames(await Deno.readTextFile(file))) {
      sources.add(name);
    }
  }
  const bundle = declaredNames(await Deno.readTextFile(`${dir}/_desir.js`));
  assert.ok(bundle.has("Redis") && bundle.has("checkOptions"));
  assert.deepEqual([...bundle].filter((name) => !sources.has(name)), []);
});

// A line inside a template literal that starts with "/**" would look like a comment and
// maps nothing either: the minifier, which drops comments and keeps strings, tells.
Deno.test("dropping the doc comments from the bundle changes none of its code", async () => {
  const dir = await Deno.makeTempDir({ prefix: "desir-dist-comments-" });
  try {
    const sources = Object.values(await sourceExports());
    const js = await bundleAll(ROOT, sources, dir);
    const minified = async () => {
      // deno-fmt-ignore
      const { success, stderr } = await new Deno.Command(Deno.execPath(), {
        args: ["bundle", "--quiet", "--minify", "--format", "esm", "--platform", "browser",
          "-o", `${dir}/min.js`, js],
        stdin: "null",
      }).output();
      assert.ok(success, new TextDecoder().decode(stderr));
      return await Deno.readTextFile(`${dir}/min.js`);
    };
    const before = await minified();
    const comments = (await Deno.readTextFile(js)).split("/**").length;
    await dropDocComments(js);
    assert.ok(
      (await Deno.readTextFile(js)).split("/**").length < comments / 10,
    );
    assert.equal(await minified(), before);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a program type-checks against the build's declarations", async () => {
  const { dir } = await built();
  const program = `${dir}/program.ts`;
  await Deno.writeTextFile(
    program,
    `import { Redis, type CommandOptions } from "./mod.js";\n` +
      `import { RedisCluster } from "./cluster.js";\n` +
      `const r = new Redis({ hostname: "127.0.0.1" });\n` +
      `const options: CommandOptions = { timeout: 100 };\n` +
      `console.log(options, r.with(options));\n` +
      `const value: string | null = await r.get("k");\n` +
      `// @ts-expect-error: GET returns a string or null, not a number\n` +
      `const wrong: number = await r.get("k");\n` +
      `console.log(value, wrong, RedisCluster.name);\n`,
  );
  const { success, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["check", "--quiet", program],
    stdin: "null",
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
});

Deno.test("desir from the build talks to a real server", async () => {
  await using server = await startRedis();
  const { Redis } = await distModule(".") as {
    Redis: new (url: string) => {
      set(key: string, value: string): Promise<unknown>;
      get(key: string): Promise<string | null>;
      close(): Promise<void>;
    };
  };
  const r = new Redis(server.url);
  try {
    await r.set("greeting", "hello");
    assert.equal(await r.get("greeting"), "hello");
  } finally {
    await r.close();
  }
});
