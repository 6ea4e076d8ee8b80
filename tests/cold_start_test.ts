import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";

const root = new URL("..", import.meta.url).pathname;

// Deno 2.9's global setTimeout and clearTimeout bring up its Node compatibility layer on
// their first call (~4 ms of CPU): a cold start's way to its first reply must not call
// them. The program records every call made before the reply, in a process of its own
// (the record must begin before desir is imported).
const PROGRAM = `
const calls = [];
for (const name of ["setTimeout", "clearTimeout", "setInterval"]) {
  const original = globalThis[name];
  globalThis[name] = (...args) => (calls.push(name), original(...args));
}
const { Redis } = await import("${root}mod.ts");
const r = new Redis({ port: Number(Deno.args[0]) });
console.log(JSON.stringify({ reply: await r.ping(), calls }));
r.destroy();
`;

Deno.test("Redis's first reply on Deno calls no setTimeout or clearTimeout on its way", async () => {
  await using server = await startRedis();
  const dir = await Deno.makeTempDir({ prefix: "desir_cold_" });
  try {
    await Deno.writeTextFile(`${dir}/program.js`, PROGRAM);
    const { success, stdout, stderr } = await new Deno.Command(
      Deno.execPath(),
      {
        args: ["run", "-A", `${dir}/program.js`, `${server.port}`],
        stdin: "null",
      },
    ).output();
    assert.ok(success, new TextDecoder().decode(stderr));
    const lines = new TextDecoder().decode(stdout).trim().split("\n");
    assert.deepEqual(JSON.parse(lines.at(-1)!), { reply: "PONG", calls: [] });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
