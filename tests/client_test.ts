import assert from "node:assert/strict";
import { ConnectionError, ConnectionLostError, Redis } from "../mod.ts";
import { denoTransport, type Transport } from "../transport.ts";
import { startRedis } from "./harness/mod.ts";
import { blockedClients, freeze } from "./_server_state.ts";
import { waitFor, within } from "./_wait.ts";

const FAST_RECONNECT = { minDelay: 10, maxDelay: 50, retries: 1000 };
const DEBUG = { args: ["--enable-debug-command", "yes"] };

/** Wraps the Deno transport and records every write the client makes. */
function recordingWrites(writes: Uint8Array[]): Transport {
  return async (options, handlers) => {
    const socket = await denoTransport(options, handlers);
    return {
      write(bytes) {
        writes.push(bytes.slice());
        return socket.write(bytes);
      },
      close: () => socket.close(),
    };
  };
}

Deno.test("Redis connects to redis://127.0.0.1:6379 by default", async () => {
  const targets: unknown[] = [];
  const r = new Redis({
    transport: (options) => {
      targets.push(options);
      return Promise.reject(new Error("Connection refused (os error 111)"));
    },
  });
  await assert.rejects(
    r.sendCommand(["PING"]),
    (e: Error) =>
      e instanceof ConnectionError &&
      e.message ===
        "Cannot connect to 127.0.0.1:6379 as the connection was refused: is redis-server running?",
  );
  await r.close();
  assert.deepEqual(targets, [{
    hostname: "127.0.0.1",
    port: 6379,
    path: undefined,
    tls: undefined,
  }]);
});

Deno.test("Redis reads user, password, host, port and db from a redis:// URL", async () => {
  await using server = await startRedis({
    users: [{ name: "alice", password: "s3cr:t@" }],
  });
  await using r = new Redis(
    `redis://alice:${encodeURIComponent("s3cr:t@")}@127.0.0.1:${server.port}/2`,
  );
  const info = await r.sendCommand<string>(["CLIENT", "INFO"]);
  assert.match(info, / db=2 /);
  assert.match(info, / user=alice /);
  assert.equal(await r.sendCommand(["ACL", "WHOAMI"]), "alice");
});

Deno.test("Redis connects with rediss:// and the harness CA", async () => {
  await using server = await startRedis({ tls: true });
  await using r = new Redis(`${server.tlsUrl}/1`, {
    tls: { caCerts: [server.caCert!] },
  });
  await r.sendCommand(["SET", "k", "over tls"]);
  assert.equal(await r.sendCommand(["GET", "k"]), "over tls");
  assert.match(await r.sendCommand<string>(["CLIENT", "INFO"]), / db=1 /);
});

Deno.test("Redis rejects a TLS server it does not trust", async () => {
  await using server = await startRedis({ tls: true });
  const r = new Redis(server.tlsUrl!, { reconnect: false });
  await assert.rejects(
    r.sendCommand(["PING"]),
    (e: Error) =>
      e instanceof ConnectionError &&
      e.message.startsWith(
        `Cannot connect to 127.0.0.1:${server.tlsPort} as the TLS handshake failed`,
      ),
  );
  await r.close();
});

Deno.test("Redis connects to a unix:// socket and selects ?db=", async () => {
  await using server = await startRedis({ unixSocket: true });
  await using r = new Redis(`unix://${server.unixPath}?db=1`);
  await r.sendCommand(["SET", "where", "db1"]);
  assert.match(await r.sendCommand<string>(["CLIENT", "INFO"]), / db=1 /);
  await using other = new Redis(server.url);
  assert.equal(await other.sendCommand(["GET", "where"]), null);
  await using db1 = new Redis(server.url, { db: 1 });
  assert.equal(await db1.sendCommand(["GET", "where"]), "db1");
});

Deno.test("Redis takes an options object; options override the URL", async () => {
  await using server = await startRedis({ password: "pw" });
  await using r = new Redis({
    hostname: "127.0.0.1",
    port: server.port,
    password: "pw",
    db: 4,
    name: "desir-test",
  });
  assert.equal(await r.sendCommand(["CLIENT", "GETNAME"]), "desir-test");
  assert.match(await r.sendCommand<string>(["CLIENT", "INFO"]), / db=4 /);
  await using over = new Redis(`${server.url}/1`, { db: 5, password: "pw" });
  assert.match(await over.sendCommand<string>(["CLIENT", "INFO"]), / db=5 /);
});

Deno.test("Redis rejects a malformed URL with a TypeError", () => {
  assert.throws(() => new Redis("http://localhost"), TypeError);
  assert.throws(() => new Redis("redis://localhost/x"), TypeError);
  assert.throws(() => new Redis("redis://localhost/0?protocol=4"), TypeError);
});

Deno.test("Redis speaks RESP3 by default and RESP2 on request", async () => {
  await using server = await startRedis();
  await using r3 = new Redis(server.url);
  await r3.sendCommand(["HSET", "h", "f", "v"]);
  assert.deepEqual(
    await r3.sendCommand(["HGETALL", "h"]),
    new Map([["f", "v"]]),
  );
  assert.equal(r3.protocol, 3);
  assert.match(await r3.sendCommand<string>(["CLIENT", "INFO"]), / resp=3/);

  await using r2 = new Redis(`${server.url}?protocol=2`);
  assert.deepEqual(await r2.sendCommand(["HGETALL", "h"]), ["f", "v"]);
  assert.equal(r2.protocol, 2);
  assert.match(await r2.sendCommand<string>(["CLIENT", "INFO"]), / resp=2/);
});

Deno.test("Redis names its connection on RESP2 too", async () => {
  await using server = await startRedis({ password: "pw" });
  await using r = new Redis(server.url, {
    protocol: 2,
    password: "pw",
    name: "two",
  });
  assert.equal(await r.sendCommand(["CLIENT", "GETNAME"]), "two");
});

Deno.test("Redis rejects every pending command on a wrong password", async () => {
  await using server = await startRedis({
    users: [{ name: "bob", password: "right" }],
  });
  const r = new Redis(`redis://bob:wrong@127.0.0.1:${server.port}`);
  const results = await Promise.allSettled([
    r.sendCommand(["PING"]),
    r.sendCommand(["SET", "a", "1"]),
    r.sendCommand(["GET", "a"]),
  ]);
  for (const result of results) {
    assert.equal(result.status, "rejected");
    const error = result.reason;
    assert.ok(error instanceof ConnectionError);
    assert.equal(error.code, "WRONGPASS");
    assert.match(error.message, /127\.0\.0\.1:\d+/);
    assert.match(error.message, /invalid username-password pair/);
  }
  await r.close();
});

Deno.test("Redis sends the commands of one tick in one write", async () => {
  await using server = await startRedis();
  const writes: Uint8Array[] = [];
  await using r = new Redis(server.url, {
    transport: recordingWrites(writes),
  });
  await r.connect();
  writes.length = 0;
  const replies = await Promise.all(
    Array.from({ length: 100 }, (_, i) => r.sendCommand(["ECHO", `m${i}`])),
  );
  assert.deepEqual(replies, Array.from({ length: 100 }, (_, i) => `m${i}`));
  assert.equal(writes.length, 1);
  assert.match(new TextDecoder().decode(writes[0]), /m0\r\n.*m99\r\n$/s);
});

Deno.test("Redis sends commands issued before connecting in one write after the handshake", async () => {
  await using server = await startRedis();
  const writes: Uint8Array[] = [];
  await using r = new Redis(server.url, {
    db: 1,
    transport: recordingWrites(writes),
  });
  const replies = await Promise.all(
    Array.from({ length: 10 }, (_, i) => r.sendCommand(["ECHO", `m${i}`])),
  );
  assert.equal(replies.length, 10);
  const text = writes.map((w) => new TextDecoder().decode(w));
  assert.deepEqual(text.slice(0, 2).map((t) => t.split("\r\n")[2]), [
    "HELLO",
    "SELECT",
  ]);
  assert.equal(text.length, 3);
});

Deno.test("Redis resolves 10k concurrent mixed commands with the right values", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const n = 10_000;
  const promises: Promise<unknown>[] = [];
  const expected: unknown[] = [];
  for (let i = 0; i < n; i++) {
    switch (i % 4) {
      case 0:
        promises.push(r.sendCommand(["SET", `k${i}`, `v${i}`]));
        expected.push("OK");
        break;
      case 1:
        promises.push(r.sendCommand(["GET", `k${i - 1}`]));
        expected.push(`v${i - 1}`);
        break;
      case 2:
        promises.push(r.sendCommand(["INCR", "counter"]));
        expected.push((i + 2) / 4);
        break;
      default:
        promises.push(
          r.sendCommand(["LPUSH", `k${i - 3}`, "x"]).catch((e) => e.code),
        );
        expected.push("WRONGTYPE");
    }
  }
  assert.deepEqual(await Promise.all(promises), expected);
});

Deno.test("Redis round-trips all 256 byte values in bytes mode", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const invalidUtf8 = new Uint8Array([
    0xff,
    0xfe,
    0xc3,
    0x28,
    0xe2,
    0x82,
    0x0d,
    0x0a,
  ]);
  await r.sendCommand(["SET", all, all]);
  await r.sendCommand(["SET", "bad", invalidUtf8]);
  const bytes = r.with({ bytes: true });
  // Text and bytes replies interleaved in one tick must each get their own decoding.
  const [a, text, b, keys] = await Promise.all([
    bytes.sendCommand(["GET", all]),
    r.sendCommand(["GET", "bad"]),
    bytes.sendCommand(["GET", "bad"]),
    bytes.sendCommand(["KEYS", "*"]),
  ]);
  assert.deepEqual(a, all);
  assert.deepEqual(b, invalidUtf8);
  assert.equal(typeof text, "string");
  assert.equal(
    (keys as Uint8Array[]).filter((k) => k.length === 256).length,
    1,
  );
  assert.deepEqual(
    await r.sendCommand(["GET", all], { bytes: true }),
    all,
  );
});

Deno.test("Redis runs BLPOP and XREAD BLOCK without stalling other commands", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using observer = new Redis(server.url);
  const popped = r.sendCommand(["BLPOP", "queue", 0]);
  const read = r.sendCommand(["XREAD", "BLOCK", 0, "STREAMS", "s", "$"]);
  await waitFor(
    async () => (await blockedClients(observer)) === 2,
    "BLPOP and XREAD are blocked",
  );
  // Both block until the pushes below: a PING queued behind either would never return.
  for (let i = 0; i < 5; i++) {
    assert.equal(await within(r.sendCommand(["PING"]), "PING"), "PONG");
  }
  await r.sendCommand(["RPUSH", "queue", "job"]);
  await r.sendCommand(["XADD", "s", "*", "f", "v"]);
  assert.deepEqual(await popped, ["queue", "job"]);
  const streams = await read as Map<string, unknown[]>;
  assert.equal((streams.get("s") as unknown[]).length, 1);
});

Deno.test("Redis runs WAIT where it waits for the client's own writes", async () => {
  await using primary = await startRedis({
    args: ["--repl-diskless-sync-delay", "0"],
  });
  await using replica = await startRedis({
    args: ["--replicaof", "127.0.0.1", String(primary.port)],
  });
  await using r = new Redis(primary.url);
  await using onReplica = new Redis(replica.url);
  await waitFor(
    async () => (await r.sendCommand(["WAIT", 1, 50])) === 1,
    "the replica is in sync",
  );
  const thaw = await freeze(onReplica);
  try {
    await r.sendCommand(["SET", "k", "v"]);
    // The frozen replica cannot acknowledge this write: WAIT must time out with 0, not
    // count the acknowledgements of a connection that wrote nothing.
    assert.equal(await r.sendCommand(["WAIT", 1, 150]), 0);
  } finally {
    thaw();
  }
  assert.equal(await r.sendCommand(["WAIT", 1, 10_000]), 1);
});

Deno.test("Redis frees the connection of a BLPOP aborted by a signal or a timeout", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using observer = new Redis(server.url);
  const blocked = async () =>
    ((await observer.sendCommand<string>(["CLIENT", "LIST"])).match(
      /cmd=blpop/g,
    ) ?? [])
      .length;

  const controller = new AbortController();
  const aborted = r.sendCommand(["BLPOP", "nothing", 0], {
    signal: controller.signal,
  });
  await waitFor(async () => (await blocked()) === 1, "BLPOP is blocked");
  controller.abort(new Error("enough"));
  await assert.rejects(aborted, { name: "AbortError" });
  await waitFor(async () => (await blocked()) === 0, "aborted BLPOP gone");

  await assert.rejects(
    r.sendCommand(["BLPOP", "nothing", 0], { timeout: 50 }),
    { name: "TimeoutError" },
  );
  await waitFor(async () => (await blocked()) === 0, "timed-out BLPOP gone");

  assert.equal(await r.sendCommand(["PING"]), "PONG");
  await r.sendCommand(["RPUSH", "nothing", "x"]);
  assert.deepEqual(await r.sendCommand(["BLPOP", "nothing", 0]), [
    "nothing",
    "x",
  ]);
});

Deno.test("Redis dispatches connect, ready, error, reconnecting and close", async () => {
  await using server = await startRedis();
  const events: string[] = [];
  const r = new Redis(server.url, { reconnect: FAST_RECONNECT });
  for (
    const type of [
      "connect",
      "ready",
      "error",
      "reconnecting",
      "close",
    ] as const
  ) {
    r.addEventListener(type, () => events.push(type));
  }
  let ready = Promise.withResolvers<void>();
  r.addEventListener("ready", () => ready.resolve());
  await r.connect();
  assert.deepEqual(events, ["connect", "ready"]);

  ready = Promise.withResolvers<void>();
  await server.kill();
  await server.restart();
  await ready.promise;
  assert.ok(events.includes("reconnecting"), events.join());
  assert.ok(events.includes("error"), events.join());
  assert.deepEqual(events.slice(-2), ["connect", "ready"]);
  assert.equal(await r.sendCommand(["PING"]), "PONG");

  await r.close();
  assert.equal(events.at(-1), "close");
});

Deno.test("Redis.close waits for replies in flight, then rejects new commands", async () => {
  await using server = await startRedis(DEBUG);
  const r = new Redis(server.url);
  await r.connect();
  const slow = r.sendCommand(["DEBUG", "SLEEP", 0.1]);
  const after = r.sendCommand(["ECHO", "after"]);
  await r.close();
  assert.equal(await slow, "OK");
  assert.equal(await after, "after");
  await assert.rejects(
    r.sendCommand(["PING"]),
    (e: Error) => e instanceof ConnectionError && e.code === "CLOSED",
  );
  await r.close(); // twice is fine
});

Deno.test("Redis.close on a client that never connected resolves at once", async () => {
  const r = new Redis({ port: 1 });
  await r.close();
  await assert.rejects(r.sendCommand(["PING"]), { code: "CLOSED" });
});

Deno.test("Redis closes at the end of an await using scope", async () => {
  await using server = await startRedis();
  let closed = false;
  {
    await using r = new Redis(server.url);
    r.addEventListener("close", () => closed = true);
    await r.sendCommand(["PING"]);
  }
  assert.ok(closed);
});

Deno.test("Redis.destroy rejects commands in flight with ConnectionLostError", async () => {
  await using server = await startRedis();
  await using observer = new Redis(server.url);
  const r = new Redis(server.url);
  await r.connect();
  const blocked = r.sendCommand(["BLPOP", "nothing", 0]);
  await waitFor(
    async () => (await blockedClients(observer)) === 1,
    "BLPOP is in flight",
  );
  r.destroy();
  await assert.rejects(
    blocked,
    (e: Error) => e instanceof ConnectionLostError && e.mayHaveExecuted,
  );
  await assert.rejects(r.sendCommand(["PING"]), { code: "CLOSED" });
});

Deno.test("Redis.duplicate opens its own connection with the same options", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { db: 3 });
  await using copy = r.duplicate();
  const [a, b] = await Promise.all([
    r.sendCommand<number>(["CLIENT", "ID"]),
    copy.sendCommand<number>(["CLIENT", "ID"]),
  ]);
  assert.notEqual(a, b);
  assert.match(await copy.sendCommand<string>(["CLIENT", "INFO"]), / db=3 /);
});

Deno.test("Redis rejects blocking commands and WATCH after close", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url);
  await r.sendCommand(["PING"]);
  await r.close();
  await assert.rejects(r.sendCommand(["BLPOP", "q", 0]), { code: "CLOSED" });
  await assert.rejects(r.multi().watch("k"), { code: "CLOSED" });
});

Deno.test("Redis passes RESP3 attributes to the call's attributes callback", async () => {
  await using server = await startRedis(DEBUG);
  await using r = new Redis(server.url);
  let seen: Map<unknown, unknown>[] | undefined;
  const reply = await r.sendCommand(["DEBUG", "PROTOCOL", "attrib"], {
    attributes: (attributes) => seen = attributes,
  });
  assert.ok(seen, "the attributes reached the callback");
  assert.equal(seen.length, 1);
  assert.ok(
    [...seen[0].keys()].some((key) => String(key).includes("key-popularity")),
  );
  assert.equal(typeof reply, "string", "the reply itself is still the reply");
});
