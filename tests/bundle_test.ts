import assert from "node:assert/strict";

const root = new URL("..", import.meta.url).pathname;

/** The minified browser bundle of `file`, as `deno bundle` makes it. */
async function bundleOf(file: string): Promise<string> {
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    // deno-fmt-ignore
    args: ["bundle", "--quiet", "--minify", "--platform", "browser", "--format", "esm", file],
    stdin: "null",
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
  return new TextDecoder().decode(stdout);
}

Deno.test("deno bundle leaves the help texts out of a bundle of mod.ts", async () => {
  const bundle = await bundleOf(`${root}mod.ts`);
  assert.ok(bundle.includes("HELLO"), "the bundle has the client");
  // The markers the next test looks for survive minification.
  for (const marker of ["desir:connector:", "Cannot deserialize empty input"]) {
    assert.ok(bundle.includes(marker), marker);
  }
  assert.ok(
    !bundle.includes("A container for Access List Control commands"),
    "the help texts are in the bundle",
  );
});

Deno.test("deno bundle leaves the sugar and the codec out of a program that uses neither", async () => {
  const dir = await Deno.makeTempDir({ prefix: "desir_bundle_" });
  try {
    const program = `${dir}/program.ts`;
    await Deno.writeTextFile(
      program,
      `import { Redis } from "${root}mod.ts";\n` +
        `await using r = new Redis();\nconsole.log(await r.incr("visits"));\n`,
    );
    const bundle = await bundleOf(program);
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
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
