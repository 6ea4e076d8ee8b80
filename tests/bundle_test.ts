import assert from "node:assert/strict";
import { jsSpecifiers, walk } from "../bench/_cold.ts";

const root = new URL("..", import.meta.url).pathname;

/** The browser bundle of `file` as `deno bundle` makes it, minified unless told. */
async function bundleOf(file: string, minify = true): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    // deno-fmt-ignore
    args: ["bundle", "--quiet", ...(minify ? ["--minify"] : []), "--platform", "browser", "--format", "esm", file],
    stdin: "null",
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
  return new TextDecoder().decode(stdout);
}

/** Runs `fn` with a fresh temporary directory, removed after. */
async function inTempDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "desir_bundle_" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The bundle of a program of `source`, written as `program.ts` in `dir`. */
async function bundleOfProgram(dir: string, source: string): Promise<string> {
  const program = `${dir}/program.ts`;
  await Deno.writeTextFile(program, source);
  return await bundleOf(program);
}

Deno.test("deno bundle leaves the help texts out of a bundle of mod.ts", async () => {
  const bundle = await bundleOf(`${root}mod.ts`);
  assert.ok(bundle.includes("HELLO"), "the bundle has the client");
  // The markers the next test looks for survive minification.
  for (
    const marker of [
      "desir:connector:",
      "Cannot deserialize empty input",
      "a cluster runs a command on one slot",
    ]
  ) {
    assert.ok(bundle.includes(marker), marker);
  }
  assert.ok(
    !bundle.includes("A container for Access List Control commands"),
    "the help texts are in the bundle",
  );
});

Deno.test("deno bundle leaves the sugar, the codec and the cluster out of a program that uses none", () =>
  inTempDir(async (dir) => {
    const bundle = await bundleOfProgram(
      dir,
      `import { Redis } from "${root}mod.ts";\n` +
        `await using r = new Redis();\nconsole.log(await r.incr("visits"));\n`,
    );
    assert.ok(bundle.includes("HELLO"), "the bundle has the client");
    assert.ok(!bundle.includes("desir:connector:"), "a connector is in it");
    assert.ok(
      !bundle.includes("A counter holds integers"),
      "a counter is in it",
    );
    assert.ok(
      !bundle.includes("Cannot deserialize empty input"),
      "the codec is in it",
    );
    assert.ok(
      !bundle.includes("a cluster runs a command on one slot"),
      "the cluster is in it",
    );
  }));

// V8 loads a source with one non-ASCII character as two bytes a character: in a bundle
// of mod.ts (~500 KB), ~0.9 ms more before its first line runs on Deno 2.9, even from
// the code cache (bench/cold_ab.ts). esbuild escapes strings, not the comments it keeps.
Deno.test("deno bundle makes an ASCII-only bundle of mod.ts, comments kept", async () => {
  const bundle = await bundleOf(`${root}mod.ts`, false);
  const lines = bundle.split("\n").filter((line) => /\P{ASCII}/u.test(line));
  assert.deepEqual(lines, []);
});

// A build that transpiles each module, as tsc does or JSR's npm package did before it
// held dist/, has the texts as `_command_docs.js` beside help's module: help() finds them.
Deno.test("help() finds its texts in a build that made each module JavaScript", () =>
  inTempDir(async (dir) => {
    const sources = ["mod.ts", ...walk(`${root}lib`, ".ts")].map((path) =>
      path.replace(root, "")
    );
    const { success, stderr } = await new Deno.Command(Deno.execPath(), {
      // deno-fmt-ignore
      args: ["bundle", "--quiet", "--inline-imports=false", "--platform", "browser", "--format", "esm", "--outdir", dir, ...sources],
      cwd: root,
      stdin: "null",
    }).output();
    assert.ok(success, new TextDecoder().decode(stderr));
    for (const path of sources) {
      const file = `${dir}/${path.replace(/\.ts$/, ".js")}`;
      const js = await Deno.readTextFile(file);
      await Deno.writeTextFile(file, jsSpecifiers(js));
    }
    const { help } = await import(`file://${dir}/mod.js`);
    assert.match(await help("rpop"), /^RPOP key \[count\]/);
  }));

Deno.test("help() in a bundle, which leaves its texts out, fails saying so", () =>
  inTempDir(async (dir) => {
    const bundle = await bundleOfProgram(
      dir,
      `import { help } from "${root}mod.ts";\n` +
        `await help("rpop").then(() => console.log("loaded"), (e) => console.log(e.message));\n`,
    );
    await Deno.writeTextFile(`${dir}/bundle.js`, bundle);
    const { stdout } = await new Deno.Command(Deno.execPath(), {
      args: ["run", "--allow-read", `${dir}/bundle.js`],
      stdin: "null",
    }).output();
    const message = new TextDecoder().decode(stdout).trim();
    assert.match(
      message,
      /^The help texts \(lib\/_command_docs\.ts\) could not be loaded: .+[^.]\. From a local checkout, Deno needs --allow-read; a bundle leaves them out\.$/s,
    );
  }));

// esbuild (deno bundle, wrangler) renames a class that names itself in its own body
// (`var Redis = class _Redis`): `Redis.name` would be "_Redis", and so would the
// `Redis.with` and `Redis.close` of desir's messages.
Deno.test("deno bundle keeps the name of every class and function each entry point exports", () =>
  inTempDir(async (dir) => {
    const { exports } = JSON.parse(
      await Deno.readTextFile(`${root}deno.json`),
    ) as { exports: Record<string, string> };
    const renamed: string[] = [];
    for (const entry of Object.values(exports)) {
      const file = `${dir}/${entry.replace(/\.ts$/, ".js")}`;
      await Deno.writeTextFile(file, await bundleOf(`${root}${entry}`, false));
      const module: Record<string, unknown> = await import(`file://${file}`);
      for (const [name, value] of Object.entries(module)) {
        if (typeof value === "function" && value.name !== name) {
          renamed.push(`${entry} ${name} as ${value.name}`);
        }
      }
    }
    assert.deepEqual(renamed, []);
  }));

// A minifier renames classes (wrangler --minify, deno bundle --minify): what desir says
// of its own classes must not come from their names.
Deno.test("a minified bundle keeps every error's name and names the client in its messages", () =>
  inTempDir(async (dir) => {
    const file = `${dir}/mod.js`;
    await Deno.writeTextFile(file, await bundleOf(`${root}mod.ts`));
    const desir: Record<string, unknown> = await import(`file://${file}`);
    const named = Object.entries(desir).filter(([, value]) =>
      typeof value === "function" && value.prototype instanceof Error
    ) as [string, new (message: string, options: object) => Error][];
    assert.ok(named.length >= 10, "the bundle's error classes");
    const names = named.map(([, Class]) => new Class("m", { code: "X" }).name);
    assert.deepEqual(names, named.map(([name]) => name));
    const Redis = desir.Redis as new (options: object) => {
      with(options: object): unknown;
      destroy(): void;
    };
    const r = new Redis({ port: 1 });
    try {
      assert.throws(() => r.with({ nope: 1 }), /^TypeError: Redis\.with: /);
    } finally {
      r.destroy();
    }
  }));
