import assert from "node:assert/strict";
import { Redis, RedisError, Script } from "../mod.ts";
import { startRedis } from "./harness/mod.ts";
import { waitFor } from "./_wait.ts";

/** Records the names of the commands a server runs, by MONITOR on a raw socket. */
async function monitor(port: number) {
  const conn = await Deno.connect({ hostname: "127.0.0.1", port });
  await conn.write(new TextEncoder().encode("*1\r\n$7\r\nMONITOR\r\n"));
  let text = "";
  const reading = (async () => {
    const buffer = new Uint8Array(4096);
    try {
      for (let n; (n = await conn.read(buffer)) !== null;) {
        text += new TextDecoder().decode(buffer.subarray(0, n));
      }
    } catch { /* closed below */ }
  })();
  await waitFor(() => text.startsWith("+OK"), "MONITOR starts");
  return {
    commands: () =>
      [...text.matchAll(/\] "(\w+)"/g)].map((m) => m[1].toUpperCase()),
    async [Symbol.asyncDispose]() {
      conn.close();
      await reading;
    },
  };
}

Deno.test("Script.sha1 is the SHA-1 that SCRIPT LOAD returns", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const source = "return 'é'";
  assert.equal(
    await new Script(source).sha1(),
    await r.sendCommand(["SCRIPT", "LOAD", source]),
  );
  assert.throws(() => new Script(""), TypeError);
});

Deno.test("Redis.script runs by EVALSHA, falling back to EVAL once", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using seen = await monitor(server.port);
  const incrBy = r.script("return redis.call('INCRBY', KEYS[1], ARGV[1])");
  assert.equal(await incrBy.run(["n"], [5]), 5);
  assert.equal(await incrBy.run(["n"], [2]), 7);
  await r.sendCommand(["PING"]);
  await waitFor(() => seen.commands().includes("PING"), "MONITOR shows PING");
  assert.deepEqual(
    seen.commands().filter((c) => c.startsWith("EVAL")),
    ["EVALSHA", "EVAL", "EVALSHA"],
  );
});

Deno.test("Redis.script still works after SCRIPT FLUSH", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const hello = r.script("return 'hello ' .. ARGV[1]");
  assert.equal(await hello.run([], ["one"]), "hello one");
  await r.sendCommand(["SCRIPT", "FLUSH"]);
  assert.equal(await hello.run([], ["two"]), "hello two");
});

Deno.test("Redis.evalScript rejects with the script's own error", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await assert.rejects(
    r.script("return redis.call('NOPE')").run(),
    (e: Error) => e instanceof RedisError && !/NOSCRIPT/.test(e.message),
  );
  await assert.rejects(
    r.script("this is not lua").run(),
    (e: Error) =>
      e instanceof RedisError && /compiling script/i.test(e.message),
  );
});

Deno.test("Pipeline.evalScript never surfaces NOSCRIPT, also after SCRIPT FLUSH", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const get = new Script("return redis.call('GET', KEYS[1])");
  const set = new Script("return redis.call('SET', KEYS[1], ARGV[1])");
  for (const flush of [false, true, false]) {
    if (flush) await r.sendCommand(["SCRIPT", "FLUSH"]);
    const p = r.pipeline();
    p.evalScript(set, ["k"], ["v"]).evalScript(get, ["k"]).sendCommand([
      "PING",
    ]).evalScript(get, ["missing"]);
    assert.deepEqual(await p.exec(), ["OK", "v", "PONG", null]);
  }
});

Deno.test("Pipeline.evalScript reports a script that does not compile, not NOSCRIPT", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const p = r.pipeline();
  p.evalScript(new Script("not lua at all")).sendCommand(["PING"]);
  const [error, pong] = await p.exec();
  assert.ok(error instanceof RedisError);
  assert.match(error.message, /compiling script/i);
  assert.equal(pong, "PONG");
});

Deno.test("Transaction.evalScript never surfaces NOSCRIPT, also after SCRIPT FLUSH", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const incr = new Script("return redis.call('INCR', KEYS[1])");
  for (const flush of [false, true]) {
    if (flush) await r.sendCommand(["SCRIPT", "FLUSH"]);
    const tx = r.multi();
    await tx.watch("n");
    tx.evalScript(incr, ["n"]).evalScript(incr, ["n"]);
    const results = await tx.exec();
    assert.ok(results);
    assert.ok(results.every((x) => typeof x === "number"), String(results));
  }
  assert.equal(await r.sendCommand(["GET", "n"]), "4");
});

Deno.test("Transaction.evalScript reports a script that does not compile, not NOSCRIPT", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tx = r.multi();
  tx.evalScript(new Script("not lua at all")).sendCommand(["SET", "k", "v"]);
  const [error, ok] = (await tx.exec())!;
  assert.ok(error instanceof RedisError);
  assert.match(error.message, /compiling script/i);
  assert.equal(ok, "OK");
});
