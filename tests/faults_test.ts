import assert from "node:assert/strict";
import {
  ConnectionError,
  ConnectionLostError,
  ProtocolError,
  Redis,
  RedisError,
  TimeoutError,
} from "../mod.ts";
import { denoTransport, type Transport } from "../transport.ts";
import {
  acceptHello,
  HELLO_REPLY,
  startFakeServer,
  startRedis,
} from "./harness/mod.ts";

const FAST_RECONNECT = { minDelay: 10, maxDelay: 50, retries: 1000 };
/** Wraps the Deno transport and counts the chunks the client receives. */
function countingReads(counter: { chunks: number }): Transport {
  return (options, handlers) =>
    denoTransport(options, {
      data(chunk) {
        counter.chunks++;
        handlers.data(chunk);
      },
      end: (error) => handlers.end(error),
    });
}

function nextEvent(r: Redis, type: string): Promise<unknown> {
  return new Promise((resolve) =>
    r.addEventListener(
      type as "error",
      (e) => resolve((e as CustomEvent).detail),
      { once: true },
    )
  );
}

Deno.test("Redis decodes replies split at every byte boundary", async () => {
  await using fake = await startFakeServer();
  const counter = { chunks: 0 };
  await using r = new Redis(fake.url, { transport: countingReads(counter) });
  const pushes: unknown[] = [];
  r.addEventListener("push", (e) => pushes.push((e as CustomEvent).detail));
  const connected = acceptHello(fake);
  const replies = Promise.allSettled([
    r.sendCommand(["C1"]),
    r.sendCommand(["C2"]),
    r.sendCommand(["C3"]),
    r.sendCommand(["C4"]),
    r.sendCommand(["C5"]),
    r.sendCommand(["C6"]),
    r.sendCommand(["C7"]),
    r.sendCommand(["C8"]),
    r.sendCommand(["C9"], { bytes: true }),
    r.sendCommand(["C10"]),
    r.sendCommand(["C11"]),
    r.sendCommand(["C12"]),
  ]);
  const conn = await connected;
  await conn.commands(12);
  const encoder = new TextEncoder();
  const bytes = new Uint8Array([
    ...encoder.encode(
      "+OK\r\n" +
        "$5\r\nhello\r\n" +
        ":-42\r\n" +
        "*3\r\n$1\r\na\r\n:1\r\n*0\r\n" +
        ">3\r\n+message\r\n+news\r\n+hi\r\n" + // a push between replies
        "%1\r\n+k\r\n,1.5\r\n" +
        "_\r\n" +
        "(12345678901234567890\r\n" +
        "#t\r\n" +
        "$3\r\n",
    ),
    0xff,
    0x00,
    0xfe,
    ...encoder.encode("\r\n-WRONGTYPE wrong kind\r\n$-1\r\n$2\r\né\r\n"),
  ]);
  const cuts = Array.from({ length: bytes.length - 1 }, (_, i) => i + 1);
  await conn.write(bytes, { splitAt: cuts, delay: 1 });
  const results = (await replies).map((r) =>
    r.status === "fulfilled" ? r.value : r.reason
  );
  assert.deepEqual(results.slice(0, 8), [
    "OK",
    "hello",
    -42,
    ["a", 1, []],
    new Map([["k", 1.5]]),
    null,
    12345678901234567890n,
    true,
  ]);
  assert.deepEqual(results[8], new Uint8Array([0xff, 0x00, 0xfe]));
  assert.ok(results[9] instanceof RedisError);
  assert.equal(results[9].code, "WRONGTYPE");
  assert.deepEqual(results.slice(10), [null, "é"]);
  assert.deepEqual(pushes, [["message", "news", "hi"]]);
  assert.ok(counter.chunks > bytes.length / 2, `${counter.chunks} chunks`);
});

Deno.test("Redis rejects pending commands with ProtocolError on a malformed reply, then reconnects", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { reconnect: FAST_RECONNECT });
  const connected = acceptHello(fake);
  const first = r.sendCommand(["GET", "a"]);
  const second = r.sendCommand(["GET", "b"]);
  const third = r.sendCommand(["GET", "c"]);
  const conn = await connected;
  await conn.commands(3);
  const error = nextEvent(r, "error");
  const reconnecting = nextEvent(r, "reconnecting");
  await conn.write("+A\r\n?what\r\n");
  assert.equal(await first, "A");
  for (const pending of [second, third]) {
    await assert.rejects(
      pending,
      (e: Error) =>
        e instanceof ProtocolError && e.code === "PROTOCOL" &&
        /0x3f/.test(e.message),
    );
  }
  assert.ok(await error instanceof ProtocolError);
  await reconnecting;
  const again = await acceptHello(fake);
  const reply = r.sendCommand(["GET", "d"]);
  assert.deepEqual(await again.commands(1), [["GET", "d"]]);
  await again.write("+D\r\n");
  assert.equal(await reply, "D");
});

Deno.test("Redis rejects an oversized length with ProtocolError", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, {
    reconnect: false,
    maxBulkLength: 1024,
  });
  const connected = acceptHello(fake);
  const big = r.sendCommand(["GET", "big"]);
  const huge = r.sendCommand(["GET", "huge"]);
  const conn = await connected;
  await conn.commands(2);
  await conn.write("$1025\r\n");
  await assert.rejects(
    big,
    (e: Error) => e instanceof ProtocolError && /maxBulkLength/.test(e.message),
  );
  await assert.rejects(huge, ProtocolError);

  // The default limit (512 MiB) on a fresh connection: no 100 GB allocation attempted.
  await using r2 = new Redis(fake.url, { reconnect: false });
  const connected2 = acceptHello(fake);
  const worse = r2.sendCommand(["GET", "x"]);
  const conn2 = await connected2;
  await conn2.commands(1);
  await conn2.write("$99999999999\r\n");
  await assert.rejects(worse, ProtocolError);
});

Deno.test("Redis treats a reply nobody waits for as a protocol violation", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { reconnect: false });
  const connected = acceptHello(fake);
  const ping = r.sendCommand(["PING"]);
  const conn = await connected;
  await conn.commands(1);
  const error = nextEvent(r, "error");
  await conn.write("+PONG\r\n+SURPRISE\r\n");
  assert.equal(await ping, "PONG");
  const e = await error;
  assert.ok(e instanceof ProtocolError);
  assert.match(e.message, /no command was waiting/);
});

Deno.test("Redis times out on a stalled server and gives a late reply to nobody", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url);
  const connected = acceptHello(fake);
  const stalled = r.sendCommand(["GET", "a"], { timeout: 50 });
  const conn = await connected;
  await conn.commands(1);
  await assert.rejects(stalled, TimeoutError);
  const next = r.sendCommand(["GET", "b"]);
  await conn.commands(1);
  await conn.write("+reply-for-a\r\n+reply-for-b\r\n");
  assert.equal(await next, "reply-for-b");
});

Deno.test("Redis times out connecting to a server that never answers the handshake", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url, { connectTimeout: 100 });
  const started = Date.now();
  const results = await Promise.allSettled([
    r.sendCommand(["PING"]),
    r.sendCommand(["GET", "k"]),
  ]);
  // The first attempt's timeout, not retries after it (they would take far longer).
  assert.ok(Date.now() - started < 5000);
  for (const result of results) {
    assert.equal(result.status, "rejected");
    assert.ok(result.reason instanceof TimeoutError);
    assert.equal(
      result.reason.message,
      `Cannot connect to 127.0.0.1:${fake.port}: no answer within 100 ms (connectTimeout)`,
    );
  }
  await r.close();
  const conn = await fake.accept();
  await conn.closed; // the client closed its socket
});

Deno.test("Redis times out each of many connections at its own connectTimeout, while others connect", async () => {
  // The connect deadlines of all connections share one timer: a shorter deadline set
  // after a longer one still fires first, and a connection that succeeds leaves none.
  await using fake = await startFakeServer();
  await using server = await startRedis();
  const slow = new Redis(fake.url, { connectTimeout: 3000 });
  const quick = new Redis(fake.url, { connectTimeout: 100 });
  const fine = Array.from(
    { length: 20 },
    () => new Redis({ port: server.port }),
  );
  let slowSettled = false;
  const slowPing = slow.sendCommand(["PING"]).finally(() => slowSettled = true);
  const started = Date.now();
  await assert.rejects(
    quick.sendCommand(["PING"]),
    new TimeoutError(
      `Cannot connect to 127.0.0.1:${fake.port}: no answer within 100 ms (connectTimeout)`,
    ),
  );
  assert.ok(
    Date.now() - started < 2000,
    "the 100 ms deadline waited for the 3 s one",
  );
  assert.equal(slowSettled, false);
  for (const r of fine) assert.equal(await r.sendCommand(["PING"]), "PONG");
  await assert.rejects(
    slowPing,
    new TimeoutError(
      `Cannot connect to 127.0.0.1:${fake.port}: no answer within 3000 ms (connectTimeout)`,
    ),
  );
  for (const r of [slow, quick, ...fine]) await r.close();
});

Deno.test("Redis falls back to RESP2 and AUTH when the server has no HELLO", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, {
    username: "app",
    password: "pw",
    name: "old",
    db: 2,
  });
  const reply = r.sendCommand(["HGETALL", "h"]);
  const conn = await fake.accept();
  assert.deepEqual(await conn.commands(1), [[
    "HELLO",
    "3",
    "AUTH",
    "app",
    "pw",
    "SETNAME",
    "old",
  ]]);
  await conn.write(
    "-ERR unknown command 'HELLO', with args beginning with: '3'\r\n",
  );
  assert.deepEqual(await conn.commands(1), [["AUTH", "app", "pw"]]);
  await conn.write("+OK\r\n");
  assert.deepEqual(await conn.commands(1), [["CLIENT", "SETNAME", "old"]]);
  await conn.write("+OK\r\n");
  assert.deepEqual(await conn.commands(1), [["SELECT", "2"]]);
  await conn.write("+OK\r\n");
  assert.deepEqual(await conn.commands(1), [["HGETALL", "h"]]);
  await conn.write("*2\r\n$1\r\nf\r\n$1\r\nv\r\n");
  assert.deepEqual(await reply, ["f", "v"]);
  assert.equal(r.protocol, 2);
});

Deno.test("Redis sends AUTH with the password only to a server without HELLO and ACLs", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { password: "pw" });
  const reply = r.sendCommand(["PING"]);
  const conn = await fake.accept();
  await conn.commands(1);
  await conn.write("-ERR unknown command 'HELLO'\r\n");
  assert.deepEqual(await conn.commands(1), [["AUTH", "pw"]]);
  await conn.write("+OK\r\n");
  await conn.commands(1);
  await conn.write("+PONG\r\n");
  assert.equal(await reply, "PONG");
});

Deno.test("Redis rejects written commands with ConnectionLostError when the connection drops mid-pipeline", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { reconnect: FAST_RECONNECT });
  const connected = acceptHello(fake);
  const replies = Promise.allSettled(
    Array.from({ length: 5 }, (_, i) => r.sendCommand(["INCR", `n${i}`])),
  );
  const conn = await connected;
  await conn.commands(5);
  await conn.write(":1\r\n:1\r\n");
  await conn.close();
  const results = await replies;
  assert.deepEqual(results.slice(0, 2).map((r) => r.status), [
    "fulfilled",
    "fulfilled",
  ]);
  for (const result of results.slice(2)) {
    assert.equal(result.status, "rejected");
    const error = result.reason;
    assert.ok(error instanceof ConnectionLostError);
    assert.equal(error.mayHaveExecuted, true);
  }
  // Never resent: the new connection sees only new commands.
  const again = await acceptHello(fake);
  const ping = r.sendCommand(["PING"]);
  assert.deepEqual(await again.commands(1), [["PING"]]);
  await again.write("+PONG\r\n");
  assert.equal(await ping, "PONG");
});

Deno.test("Redis reports a connection closed during the handshake", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url);
  const reply = r.sendCommand(["PING"]);
  const conn = await fake.accept();
  await conn.commands(1);
  await conn.close();
  await assert.rejects(
    reply,
    (e: Error) =>
      e instanceof ConnectionError &&
      e.message ===
        `Cannot connect to 127.0.0.1:${fake.port} as the connection closed during the handshake`,
  );
  await r.close();
});

Deno.test("Redis rejects pending commands when the handshake reply is malformed", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url);
  const reply = r.sendCommand(["PING"]);
  const conn = await fake.accept();
  await conn.commands(1);
  await conn.write("!bogus\r\n");
  await assert.rejects(
    reply,
    (e: Error) =>
      e instanceof ConnectionError && e.cause instanceof ProtocolError &&
      e.message === e.cause.message,
  );
  await r.close();
});

Deno.test("Redis closes a socket that arrives after its connect attempt timed out", async () => {
  await using fake = await startFakeServer();
  let calls = 0;
  const thirdConnected = Promise.withResolvers<unknown>();
  // Attempt 2 connects only once attempt 3 has: after its connect timeout fired, however
  // slow the machine. Attempts 1 and 3 have all of connectTimeout for their handshake.
  const lateSecondConnect: Transport = async (options, handlers) => {
    const call = ++calls;
    if (call === 2) await thirdConnected.promise;
    const socket = denoTransport(options, handlers);
    if (call === 3) thirdConnected.resolve(socket.catch(() => {}));
    return socket;
  };
  await using r = new Redis(fake.url, {
    transport: lateSecondConnect,
    connectTimeout: 1000,
    reconnect: { minDelay: 10, maxDelay: 10, retries: 10 },
  });
  const connected = acceptHello(fake);
  const first = r.sendCommand(["PING"]);
  const conn = await connected;
  await conn.commands(1);
  await conn.write("+PONG\r\n");
  assert.equal(await first, "PONG");
  const lost = nextEvent(r, "error");
  await conn.close(); // attempt 2 hangs and times out; attempt 3 connects at once
  assert.ok((await lost) instanceof ConnectionError);
  const healthy = await fake.accept();
  assert.equal((await healthy.commands(1))[0][0], "HELLO");
  // Attempt 3 still waits for its HELLO reply when the socket of attempt 2 arrives:
  // it must be closed, not adopted.
  const late = await fake.accept();
  await assert.rejects(late.commands(1), /\(closed\)/);
  await healthy.write(HELLO_REPLY);
  const ping = r.sendCommand(["PING"]);
  assert.deepEqual(await healthy.commands(1), [["PING"]]);
  await healthy.write("+PONG\r\n");
  assert.equal(await ping, "PONG");
});

Deno.test("Redis decodes a real server's replies fed to it one byte at a time", async () => {
  await using server = await startRedis();
  const oneByteAtATime: Transport = (options, handlers) =>
    denoTransport(options, {
      data(chunk) {
        for (let i = 0; i < chunk.length; i++) {
          handlers.data(chunk.subarray(i, i + 1));
        }
      },
      end: (error) => handlers.end(error),
    });
  await using slow = new Redis(server.url, { transport: oneByteAtATime });
  await using fast = new Redis(server.url);
  const big = "x".repeat(100_000) + "é";
  await fast.sendCommand(["SET", "big", big]);
  await fast.sendCommand(["ZADD", "z", 1.5, "a", -Infinity, "b", 1e-7, "c"]);
  await fast.sendCommand(["SADD", "s", "1", "2", "3"]);
  await fast.sendCommand(["HSET", "h", "f1", "v1", "f2", "v2"]);
  await fast.sendCommand(["XADD", "x", "1-1", "a", "1", "b", "2"]);
  const commands = [
    ["GET", "big"],
    ["ZRANGE", "z", 0, -1, "WITHSCORES"],
    ["SMEMBERS", "s"],
    ["HGETALL", "h"],
    ["XRANGE", "x", "-", "+"],
    ["LPUSH", "big", "x"],
    ["GET", "missing"],
    ["EXISTS", "big"],
    ["INCRBYFLOAT", "f", "0.1"],
    ["MEMORY", "DOCTOR"], // a verbatim string
  ];
  const expected = await Promise.all(
    commands.map((c) => fast.sendCommand(c).catch((e) => e.message)),
  );
  const actual = await Promise.all(
    commands.map((c) => slow.sendCommand(c).catch((e) => e.message)),
  );
  expected[8] = "0.2"; // INCRBYFLOAT ran twice
  assert.deepEqual(actual, expected);
  assert.equal(actual[0], big);
});

Deno.test("Redis.close with a timeout gives up on a stalled server and rejects what waits", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url);
  const connected = acceptHello(fake);
  const stalled = r.sendCommand(["GET", "a"]);
  const conn = await connected;
  await conn.commands(1);
  const started = Date.now();
  await r.close({ timeout: 100 });
  assert.ok(
    Date.now() - started < 5000, // the reply never comes: only the timeout ends close
    "close did not wait for the stalled reply",
  );
  const error = await stalled.catch((e) => e);
  assert.ok(error instanceof ConnectionLostError);
  assert.equal(error.mayHaveExecuted, true);
});
