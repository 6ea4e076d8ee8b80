import assert from "node:assert/strict";
import { Redis, RedisError, TimeoutError } from "../mod.ts";
import {
  type FakeConnection,
  type FakeServer,
  startFakeServer,
  startRedis,
} from "./harness/mod.ts";

const HELLO_REPLY = "%2\r\n+server\r\n+fake\r\n+proto\r\n:3\r\n";
const LOADING = "-LOADING Redis is loading the dataset in memory\r\n";

async function accept(fake: FakeServer): Promise<FakeConnection> {
  const conn = await fake.accept();
  const [hello] = await conn.commands(1);
  assert.equal(hello[0], "HELLO");
  await conn.write(HELLO_REPLY);
  return conn;
}

Deno.test("Redis waits while the server is LOADING or BUSY, then sends the refused commands again, in order", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url);
  const connected = accept(fake);
  const replies = Promise.all([
    r.sendCommand(["SET", "a", "1"]),
    r.sendCommand(["INCR", "n"]),
    r.sendCommand(["GET", "a"]),
  ]);
  const conn = await connected;
  assert.deepEqual(await conn.commands(3), [
    ["SET", "a", "1"],
    ["INCR", "n"],
    ["GET", "a"],
  ]);
  await conn.write(LOADING + LOADING + LOADING);
  // Refused, so not run: they come again, in their order.
  assert.deepEqual(await conn.commands(3), [
    ["SET", "a", "1"],
    ["INCR", "n"],
    ["GET", "a"],
  ]);
  // A refused command goes again after the ones that ran meanwhile (documented).
  await conn.write("-BUSY Redis is busy running a script.\r\n:1\r\n$-1\r\n");
  assert.deepEqual(await conn.commands(1), [["SET", "a", "1"]]);
  await conn.write("+OK\r\n");
  assert.deepEqual(await replies, ["OK", 1, null]);
});

Deno.test("Redis gives up waiting for a LOADING server at the command's timeout, or at once with waitForServer: 0", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { waitForServer: 0 });
  const connected = accept(fake);
  const first = r.sendCommand(["GET", "a"]);
  const conn = await connected;
  await conn.commands(1);
  await conn.write(LOADING);
  await assert.rejects(
    first,
    (e: Error) => e instanceof RedisError && e.code === "LOADING",
  );
  await using patient = new Redis(fake.url);
  const second = accept(fake);
  const started = Date.now();
  const timed = patient.sendCommand(["GET", "b"], { timeout: 300 });
  const other = await second;
  // Refuse every try until the timeout: it must end it, not hang.
  const refusing = (async () => {
    try {
      for (;;) {
        await other.commands(1, { timeout: 2000 });
        await other.write(LOADING);
      }
    } catch { /* the client stopped sending */ }
  })();
  await assert.rejects(timed, TimeoutError);
  assert.ok(Date.now() - started < 1000);
  await patient.close({ timeout: 100 });
  await other.close();
  await refusing;
});

Deno.test("Redis never sends a refused command of a transaction again alone", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url);
  const connected = accept(fake);
  const tx = r.multi();
  tx.sendCommand(["INCR", "n"]);
  const exec = tx.exec();
  const conn = await connected;
  assert.deepEqual(await conn.commands(3), [["MULTI"], ["INCR", "n"], [
    "EXEC",
  ]]);
  await conn.write(
    "+OK\r\n" + LOADING +
      "-EXECABORT Transaction discarded because of previous errors.\r\n",
  );
  await assert.rejects(
    exec,
    (e: Error) => e instanceof RedisError && e.code === "EXECABORT",
  );
  assert.equal(
    await Promise.race([
      conn.commands(1, { timeout: 200 }).then(() => "resent", () => "quiet"),
    ]),
    "quiet",
  );
});

Deno.test("Redis waits out a real server loading its data set after a restart", async () => {
  await using server = await startRedis({
    args: [
      "--enable-debug-command",
      "yes",
      "--key-load-delay",
      "100", // µs per key
      "--loading-process-events-interval-bytes",
      "1024", // serve clients meanwhile
    ],
  });
  await using r = new Redis(server.url, {
    reconnect: { minDelay: 5, maxDelay: 20, retries: 1000 },
  });
  // 10,000 keys at 100 µs each: about a second of loading.
  await r.sendCommand(["DEBUG", "POPULATE", 10_000]);
  await r.sendCommand(["SAVE"]);
  const reconnected = new Promise((resolve) =>
    r.addEventListener("ready", resolve, { once: true })
  );
  const restarting = server.restart();
  try {
    await reconnected; // the handshake runs while the server loads
    const info = await r.sendCommand<string>(["INFO", "persistence"]);
    assert.match(info, /loading:1/, "the server had already loaded");
    const [value, n] = await Promise.all([
      r.get("key:9999"),
      r.incr("n"),
    ]);
    assert.equal(value, "value:9999");
    assert.equal(n, 1);
    assert.match(
      await r.sendCommand<string>(["INFO", "persistence"]),
      /loading:0/,
    );
  } finally {
    await restarting;
  }
});
