import assert from "node:assert/strict";

Deno.test("deno bundle leaves the help texts out of a bundle of mod.ts", async () => {
  const root = new URL("..", import.meta.url).pathname;
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    // deno-fmt-ignore
    args: ["bundle", "--quiet", "--minify", "--platform", "browser", "--format", "esm", `${root}mod.ts`],
    stdin: "null",
  }).output();
  assert.ok(success, new TextDecoder().decode(stderr));
  const bundle = new TextDecoder().decode(stdout);
  assert.ok(bundle.includes("HELLO"), "the bundle has the client");
  assert.ok(
    !bundle.includes("A container for Access List Control commands"),
    "the help texts are in the bundle",
  );
});
