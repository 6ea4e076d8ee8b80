import assert from "node:assert/strict";
import { startRedis } from "./harness/mod.ts";
import { freeze } from "./_server_state.ts";
import { Redis } from "../mod.ts";

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

/** A script that holds the server for 300 ms (until TIME has moved that much), as JS. */
const BUSY = JSON.stringify(
  "local t = redis.call('TIME') local s = t[1] * 1e6 + t[2] repeat local n = " +
    "redis.call('TIME') until n[1] * 1e6 + n[2] - s > 300000 return 'OK'",
);

/** Runs `program` (JavaScript, `ROOT` standing for the checkout) in a process of its own. */
async function runAlone(program: string, ...args: string[]): Promise<unknown> {
  const dir = await Deno.makeTempDir({ prefix: "desir_cold_" });
  try {
    await Deno.writeTextFile(
      `${dir}/program.js`,
      program.replaceAll("ROOT", root),
    );
    const { success, stdout, stderr } = await new Deno.Command(
      Deno.execPath(),
      {
        args: ["run", "-A", `${dir}/program.js`, ...args],
        stdin: "null",
        // Bounds a failure only (a deadline that never fires would hang it).
        signal: AbortSignal.timeout(30_000),
      },
    ).output();
    assert.ok(success, new TextDecoder().decode(stderr));
    return JSON.parse(
      new TextDecoder().decode(stdout).trim().split("\n").at(-1)!,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

// The connect deadline is the process's first timer, which the engine times
// (Atomics.waitAsync): it must fire, and a cancelled one must not.
Deno.test("Redis's first connect deadline, the process's first timer, fails a server that never answers", async () => {
  await using server = await startRedis();
  await using r = new Redis({ port: server.port });
  // A frozen server still has the kernel accept connections, then answers nothing.
  const thaw = await freeze(r);
  try {
    const result = await runAlone(
      `
const { Redis, TimeoutError } = await import("ROOTmod.ts");
const r = new Redis({ port: Number(Deno.args[0]), connectTimeout: 200 });
const error = await r.ping().catch((e) => e);
console.log(JSON.stringify({ timeout: error instanceof TimeoutError, message: error.message }));
r.destroy();
`,
      `${server.port}`,
    );
    assert.deepEqual(result, {
      timeout: true,
      message:
        `Cannot connect to 127.0.0.1:${server.port}: no answer within 200 ms (connectTimeout)`,
    });
  } finally {
    thaw();
  }
});

Deno.test("Redis's first connect deadline, cancelled once connected, leaves the connection alone past it", async () => {
  await using server = await startRedis();
  // The first command holds the server for three times the deadline (a script that
  // waits for TIME to move 300 ms): had the deadline not been cancelled, it would have
  // closed the socket under it.
  const result = await runAlone(
    `
const { Redis } = await import("ROOTmod.ts");
const r = new Redis({ port: Number(Deno.args[0]), connectTimeout: 100 });
const errors = [];
r.addEventListener("error", (e) => errors.push(e.detail.message));
const slept = await r.sendCommand(["EVAL", ${BUSY}, "0"]);
console.log(JSON.stringify({ slept, ping: await r.ping(), errors }));
r.destroy();
`,
    `${server.port}`,
  );
  assert.deepEqual(result, { slept: "OK", ping: "PONG", errors: [] });
});

Deno.test("Redis on a Deno without shared memory (as an edge runtime may be) connects and times out", async () => {
  await using server = await startRedis();
  await using r = new Redis({ port: server.port });
  const result = await runAlone(
    `
delete globalThis.SharedArrayBuffer;
const { Redis, TimeoutError } = await import("ROOTmod.ts");
const r = new Redis({ port: Number(Deno.args[0]), commandTimeout: 100 });
const ping = await r.ping();
const slow = await r.sendCommand(["EVAL", ${BUSY}, "0"]).catch((e) => e);
console.log(JSON.stringify({ ping, timeout: slow instanceof TimeoutError }));
r.destroy();
`,
    `${server.port}`,
  );
  assert.deepEqual(result, { ping: "PONG", timeout: true });
  assert.equal(await r.ping(), "PONG"); // the server is free again
});
