import assert from "node:assert/strict";
import {
  AbortError,
  ConnectionError,
  ConnectionLostError,
  Redis,
  RedisError,
  TimeoutError,
} from "../mod.ts";
import { denoTransport } from "../transport.ts";
import { acceptHello, startFakeServer, startRedis } from "./harness/mod.ts";
import { freeze } from "./_server_state.ts";
import { reconnectDelay } from "../lib/_reconnect.ts";
import { subscribedReplies } from "../lib/_pubsub_replies.ts";

const FAST_RECONNECT = { minDelay: 10, maxDelay: 50, retries: 1000 };

function nextEvent(r: Redis, type: "ready" | "reconnecting"): Promise<void> {
  return new Promise((resolve) =>
    r.addEventListener(type, () => resolve(), { once: true })
  );
}

Deno.test("Redis rejects a command with TimeoutError after its timeout, and the next command gets its own reply", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const thaw = await freeze(r);
  try {
    // The server is frozen: only the timeout can end this command.
    await assert.rejects(
      r.sendCommand(["ECHO", "late"], { timeout: 50 }),
      (e: Error) =>
        e instanceof TimeoutError && e.code === "TIMEOUT" &&
        e.message === "ECHO got no reply within 50 ms (command ECHO)",
    );
  } finally {
    thaw();
  }
  // The server still answers the first ECHO: that reply must be dropped, not given to this one.
  assert.equal(await r.sendCommand(["ECHO", "mine"]), "mine");
});

Deno.test("Redis applies the commandTimeout option to every command", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { commandTimeout: 50 });
  const thaw = await freeze(r);
  let later: Promise<unknown>;
  try {
    const slow = r.sendCommand(["ECHO", "slow"]);
    const queued = r.sendCommand(["ECHO", "behind"]);
    later = r.sendCommand(["ECHO", "later"], { timeout: 10_000 });
    const probe = r.sendCommand(["ECHO", "probe"]);
    await assert.rejects(slow, TimeoutError);
    await assert.rejects(queued, TimeoutError);
    // Sent after `later`, the probe timing out means commandTimeout has passed for `later` too.
    await assert.rejects(probe, TimeoutError);
  } finally {
    thaw();
  }
  // The per-command timeout wins.
  assert.equal(await later, "later");
});

Deno.test("Redis rejects a command whose signal is already aborted without sending it", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const reason = new Error("not needed");
  await assert.rejects(
    r.sendCommand(["SET", "k", "v"], { signal: AbortSignal.abort(reason) }),
    (e: Error) => e instanceof AbortError && e.cause === reason,
  );
  assert.equal(await r.sendCommand(["GET", "k"]), null);
});

Deno.test("Redis rejects with AbortError when the signal aborts in flight, and replies do not shift", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url);
  const connected = r.connect();
  const conn = await acceptHello(fake);
  assert.deepEqual(await conn.commands(1), [["PING"]]); // connect() pings
  await conn.write("+PONG\r\n");
  await connected;
  const controller = new AbortController();
  const first = r.sendCommand(["ECHO", "first"], { signal: controller.signal });
  const next = r.sendCommand(["ECHO", "second"]);
  // Both reached the server, which has not answered: the first is in flight.
  assert.deepEqual(await conn.commands(2), [["ECHO", "first"], [
    "ECHO",
    "second",
  ]]);
  controller.abort();
  await assert.rejects(
    first,
    (e: Error) => e instanceof AbortError && e.code === "ABORT",
  );
  await conn.write("$5\r\nfirst\r\n$6\r\nsecond\r\n");
  assert.equal(await next, "second");
  const third = r.sendCommand(["ECHO", "third"]);
  await conn.commands(1);
  await conn.write("$5\r\nthird\r\n");
  assert.equal(await third, "third");
});

Deno.test("Redis rejects a command aborted while waiting for the connection", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const controller = new AbortController();
  const aborted = r.sendCommand(["SET", "k", "v"], {
    signal: controller.signal,
  });
  controller.abort(); // before the handshake is done: it never leaves
  await assert.rejects(aborted, AbortError);
  assert.equal(await r.sendCommand(["GET", "k"]), null);
});

Deno.test("Redis fails fast when the server refuses the connection", async () => {
  await using server = await startRedis();
  const port = server.port;
  await server.kill();
  let attempts = 0;
  const r = new Redis({
    port,
    reconnect: FAST_RECONNECT,
    transport: (options, handlers) => {
      attempts++;
      return denoTransport(options, handlers);
    },
  });
  const results = await Promise.allSettled([
    r.sendCommand(["PING"]),
    r.sendCommand(["GET", "k"]),
  ]);
  assert.equal(attempts, 1, "a refused first connect is not retried");
  for (const result of results) {
    assert.equal(result.status, "rejected");
    assert.ok(result.reason instanceof ConnectionError);
    assert.equal(
      result.reason.message,
      `Cannot connect to 127.0.0.1:${port} as the connection was refused: is redis-server running?`,
    );
  }
  // The next command tries again.
  await server.restart();
  assert.equal(await r.sendCommand(["PING"]), "PONG");
  await r.close();
});

Deno.test("Redis rejects written commands with ConnectionLostError when the server dies mid-pipeline", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url, { reconnect: false });
  const commands = Array.from(
    { length: 10 },
    (_, i) => r.sendCommand(["INCR", `n${i}`]),
  );
  const settled = Promise.allSettled(commands);
  const conn = await acceptHello(fake);
  await conn.commands(10); // all of them reached the server, which then dies
  await conn.close();
  const results = await settled;
  for (const result of results) {
    assert.equal(result.status, "rejected");
    assert.ok(result.reason instanceof ConnectionLostError);
    assert.equal(result.reason.mayHaveExecuted, true);
    assert.match(result.reason.message, /may have run on the server/);
  }
  await r.close();
});

Deno.test("Redis reconnects after a server restart; db and auth survive", async () => {
  await using server = await startRedis({ password: "pw" });
  await using r = new Redis(`redis://:pw@127.0.0.1:${server.port}/2`, {
    reconnect: FAST_RECONNECT,
    name: "survivor",
  });
  await r.sendCommand(["SET", "before", "1"]);
  const reconnecting = nextEvent(r, "reconnecting");
  const ready = nextEvent(r, "ready");
  await server.kill();
  await reconnecting;
  await server.restart();
  await ready;
  const info = await r.sendCommand<string>(["CLIENT", "INFO"]);
  assert.match(info, / db=2 /);
  assert.match(info, / name=survivor /);
  assert.equal(await r.sendCommand(["SET", "after", "1"]), "OK");
});

Deno.test("Redis keeps commands issued while disconnected and runs them after the handshake", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { db: 3, reconnect: FAST_RECONNECT });
  await r.connect();
  const reconnecting = nextEvent(r, "reconnecting");
  await server.kill();
  await reconnecting;
  const sets = Array.from(
    { length: 5 },
    (_, i) => r.sendCommand(["SET", `queued${i}`, i]),
  );
  await nextEvent(r, "reconnecting"); // an attempt failed while they waited
  await server.restart();
  assert.deepEqual(await Promise.all(sets), ["OK", "OK", "OK", "OK", "OK"]);
  await using db3 = new Redis(server.url, { db: 3 });
  assert.equal(await db3.sendCommand(["DBSIZE"]), 5);
  await using db0 = new Redis(server.url);
  assert.equal(await db0.sendCommand(["DBSIZE"]), 0);
});

Deno.test("Redis refuses commands beyond maxOfflineCommands with OFFLINE_QUEUE_FULL", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { maxOfflineCommands: 2 });
  const results = await Promise.allSettled([
    r.sendCommand(["ECHO", "1"]),
    r.sendCommand(["ECHO", "2"]),
    r.sendCommand(["ECHO", "3"]),
  ]);
  assert.deepEqual(results.slice(0, 2).map((r) => r.status), [
    "fulfilled",
    "fulfilled",
  ]);
  const full = results[2] as PromiseRejectedResult;
  assert.ok(full.reason instanceof ConnectionError);
  assert.equal(full.reason.code, "OFFLINE_QUEUE_FULL");
  assert.match(full.reason.message, /maxOfflineCommands/);
});

Deno.test("Redis with reconnect: false fails pending commands and does not retry", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, { reconnect: false });
  let reconnects = 0;
  r.addEventListener("reconnecting", () => reconnects++);
  await r.connect();
  await server.kill();
  await assert.rejects(r.sendCommand(["PING"]), ConnectionError);
  assert.equal(reconnects, 0);
  await server.restart();
  // Not a retry: a new command opens a new connection.
  assert.equal(await r.sendCommand(["PING"]), "PONG");
  await r.close();
});

Deno.test("Redis gives up reconnecting after `retries` attempts", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, {
    reconnect: { minDelay: 5, maxDelay: 10, retries: 3 },
  });
  const attempts: number[] = [];
  r.addEventListener("reconnecting", (e) => {
    attempts.push((e as CustomEvent<{ attempt: number }>).detail.attempt);
  });
  await r.connect();
  const reconnecting = nextEvent(r, "reconnecting");
  await server.kill();
  await reconnecting; // queued during the first cycle, not after it (no second cycle)
  const queued = r.sendCommand(["PING"]);
  await assert.rejects(queued, /refused/);
  assert.deepEqual(attempts, [1, 2, 3]);
  await r.close();
});

Deno.test("Redis.close waits for commands queued while reconnecting", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, { reconnect: FAST_RECONNECT });
  await r.connect();
  const reconnecting = nextEvent(r, "reconnecting");
  await server.kill();
  await reconnecting;
  const queued = r.sendCommand(["SET", "k", "v"]);
  const closed = r.close();
  await server.restart();
  await closed;
  assert.equal(await queued, "OK");
});

Deno.test("Redis.close resolves when the only queued command timed out while reconnecting", async () => {
  await using server = await startRedis();
  const r = new Redis(server.url, { reconnect: FAST_RECONNECT });
  await r.connect();
  const reconnecting = nextEvent(r, "reconnecting");
  await server.kill();
  await reconnecting;
  await assert.rejects(r.sendCommand(["PING"], { timeout: 10 }), TimeoutError);
  const closed = r.close();
  await server.restart();
  await closed;
});

Deno.test("Redis runs commands queued while disconnected before those a ready listener sends", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { reconnect: FAST_RECONNECT });
  await r.connect();
  const reconnecting = nextEvent(r, "reconnecting");
  await server.kill();
  await reconnecting;
  const queued = r.sendCommand(["INCR", "n"]);
  let fromListener: Promise<unknown> | undefined;
  r.addEventListener("ready", () => {
    fromListener = r.sendCommand(["INCR", "n"]);
  }, { once: true });
  await server.restart();
  assert.equal(await queued, 1);
  assert.equal(await fromListener, 2);
});

Deno.test("Transaction that does not fit in the offline queue is refused whole", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, { maxOfflineCommands: 3 });
  const tx = r.multi();
  tx.sendCommand(["SET", "a", "1"]).sendCommand(["SET", "b", "2"]);
  const error = await tx.exec().catch((e) => e);
  assert.ok(error instanceof ConnectionError);
  assert.equal(error.code, "OFFLINE_QUEUE_FULL");
  // Nothing half-sent: the connection is not stuck inside MULTI.
  assert.equal(await r.sendCommand(["GET", "a"]), null);
  assert.equal(await r.sendCommand(["PING"]), "PONG");
});

Deno.test("reconnectDelay doubles from minDelay up to maxDelay, jittered in the upper half, and gives up after retries", () => {
  const policy = { minDelay: 100, maxDelay: 1000, retries: 6 };
  const ceilings = [100, 200, 400, 800, 1000, 1000];
  for (const [attempt, ceiling] of ceilings.entries()) {
    for (let i = 0; i < 50; i++) {
      const delay = reconnectDelay(policy, attempt)!;
      assert.ok(
        delay >= ceiling / 2 && delay <= ceiling,
        `attempt ${attempt}: ${delay} ms is outside [${
          ceiling / 2
        }, ${ceiling}]`,
      );
    }
  }
  assert.equal(reconnectDelay(policy, 6), undefined);
  assert.equal(reconnectDelay(false, 0), undefined);
  assert.equal(reconnectDelay(undefined, 19)! <= 2000, true);
  assert.equal(reconnectDelay(undefined, 20), undefined);
});

Deno.test("subscribedReplies takes RESP2 pub/sub arrays and an error no command waits for, and nothing else", () => {
  const pushed: unknown[] = [];
  const refused: RedisError[] = [];
  const hook = subscribedReplies(
    (frame) => pushed.push(frame),
    (error) => refused.push(error),
  );
  const message = ["message", "news", "hello"];
  const confirmation = ["ssubscribe", "news", 1];
  const error = new RedisError("NOPERM no permissions to access a channel");
  assert.equal(hook(message, 0), true);
  assert.equal(hook(confirmation, 1), true);
  assert.equal(hook(error, 0), true);
  assert.deepEqual(pushed, [message, confirmation]);
  assert.deepEqual(refused, [error]);
  // Replies to commands: a PING's array, an error some command waits for, a string.
  assert.equal(hook(["pong", ""], 1), false);
  assert.equal(hook(["lrange", "reply", "not a frame"], 1), false);
  assert.equal(hook(error, 1), false);
  assert.equal(hook("OK", 1), false);
});
