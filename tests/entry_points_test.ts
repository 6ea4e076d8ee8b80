/**
 * The public face, as `deno doc` (and so JSR) reads it: every entry point deno.json exports
 * has a module doc with an example; the main entry leaves out internals and the generated
 * option types; `./commands` reaches every type the generated file exports, so a newly
 * generated option type cannot end up unnameable; and a name lives in one entry only.
 *
 * @module
 */
import assert from "node:assert/strict";

const ROOT = new URL("../", import.meta.url);

/** The names deno.json exports, by subpath (".", "./cluster", …), with their files. */
async function entries(): Promise<Record<string, string>> {
  const config = JSON.parse(
    await Deno.readTextFile(new URL("deno.json", ROOT)),
  );
  return config.exports;
}

interface ModuleDoc {
  doc?: string;
  tags?: { kind: string }[];
}

/** `deno doc --json` of one file: its module doc and the names it exports. */
async function docOf(
  file: string,
): Promise<{ moduleDoc: ModuleDoc; names: Set<string> }> {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["doc", "--json", file],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  assert.ok(
    out.success,
    `deno doc ${file} failed:\n${decoder.decode(out.stderr)}`,
  );
  const { nodes } = JSON.parse(decoder.decode(out.stdout));
  const [node] = Object.values(nodes) as {
    module_doc: ModuleDoc;
    symbols: { name: string }[];
  }[];
  return {
    moduleDoc: node.module_doc,
    names: new Set(node.symbols.map((symbol) => symbol.name)),
  };
}

/** Names deliberately in two entries: the main one and `./cluster`. */
const SHARED = new Set([
  "RedisCluster",
  "RedisClusterOptions",
  "ClusterError",
  "ClusterErrorCode",
]);

/** What the clients use inside, never an entry's export. */
const INTERNALS = [
  "SubscriptionHost",
  "commandName",
  "Subscriber",
  "Connection",
  "LinkOptions",
  "subscribedReplies",
];

Deno.test("every entry point loads", async () => {
  for (const file of Object.values(await entries())) {
    // A re-export of a value its module lacks fails here, when the module links.
    await import(new URL(file, ROOT).href);
  }
});

Deno.test("every entry point has a module doc with an example", async () => {
  for (const [subpath, file] of Object.entries(await entries())) {
    const { moduleDoc } = await docOf(file);
    assert.ok(moduleDoc?.doc, `${subpath} (${file}) has no module doc`);
    assert.ok(
      moduleDoc.tags?.some((tag) => tag.kind === "example"),
      `${subpath} (${file}) has no @example in its module doc`,
    );
  }
});

Deno.test("the main entry leaves the generated types to ./commands, internals to none", async () => {
  const files = await entries();
  const main = (await docOf(files["."])).names;
  const generated = (await docOf("lib/commands.ts")).names;
  for (const name of generated) {
    // The reply and argument types every sendCommand call names stay in the main entry.
    if (name === "RespValue" || name === "RedisArgument") continue;
    assert.ok(!main.has(name), `the main entry exports ${name}`);
  }
  for (const [subpath, file] of Object.entries(files)) {
    const { names } = await docOf(file);
    for (const name of INTERNALS) {
      assert.ok(!names.has(name), `${subpath} exports the internal ${name}`);
    }
  }
});

Deno.test("./commands exports every type the generated file exports", async () => {
  const files = await entries();
  const commands = (await docOf(files["./commands"])).names;
  const main = (await docOf(files["."])).names;
  for (const name of (await docOf("lib/commands.ts")).names) {
    assert.ok(
      commands.has(name) || main.has(name),
      `${name} (lib/commands.ts) is in no entry point`,
    );
  }
});

Deno.test("each public name lives in one entry point", async () => {
  const where = new Map<string, string>();
  for (const [subpath, file] of Object.entries(await entries())) {
    for (const name of (await docOf(file)).names) {
      const other = where.get(name);
      assert.ok(
        other === undefined || SHARED.has(name),
        `${name} is exported by both ${other} and ${subpath}`,
      );
      where.set(name, subpath);
    }
  }
});

Deno.test("every error class of an entry point has its code union beside it", async () => {
  for (const [subpath, file] of Object.entries(await entries())) {
    const { names } = await docOf(file);
    for (const name of names) {
      if (!/^[A-Z]\w*Error$/.test(name)) continue;
      assert.ok(
        names.has(`${name}Code`),
        `${subpath} exports ${name} but not ${name}Code`,
      );
    }
  }
});
