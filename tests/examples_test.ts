import assert from "node:assert/strict";

Deno.test("examples/demo.ts tours the client against a throwaway server", async () => {
  const env = { ...Deno.env.toObject() };
  delete env.REDIS_URL;
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--allow-all",
      new URL("../examples/demo.ts", import.meta.url).pathname,
    ],
    env,
    clearEnv: true,
  }).output();
  const out = new TextDecoder().decode(stdout);
  assert.equal(code, 0, new TextDecoder().decode(stderr));
  assert.match(out, /GET demo:greeting → hello/);
  assert.match(out, /all 256 byte values round-trip: true/);
  assert.match(out, /EXEC after a watched key changed → null/);
  assert.match(out, /iterator got "desir speaks RESP3"/);
  assert.match(out, /proxy\.add\(10, 20, 30, 40, 50\) → 150/);
  assert.match(out, /MGET merged in order → \[ "ada", "bob", "eve" \]/);
  assert.match(out, /master moved from \d+ to \d+; the client followed/);
});
