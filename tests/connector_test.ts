import assert from "node:assert/strict";
import { AbortError, Redis } from "../mod.ts";
import { Connector, type Message } from "../lib/sugar/connector.ts";
import { startRedis } from "./harness/mod.ts";
import { outputOf, spawnSugarProcess } from "./_sugar_process.ts";
import { blockedClients } from "./_server_state.ts";
import { DEADLINE_MS, waitFor } from "./_wait.ts";

/** Waits until `n` clients are blocked (in BLPOP) on the server. */
function blocked(r: Redis, n: number): Promise<void> {
  return waitFor(
    async () => (await blockedClients(r)) >= n,
    `${n} clients blocked`,
  );
}

Deno.test("Connector.send and receive carry the sender, the time and the value", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const toto = new Connector(r, "toto", { timeout: 5000 });
  const tata = new Connector(r, "tata", { timeout: 5000 });
  const value = [1, 2, 3, { a: 2, b: 3 }, new Map([["k", 10n]]), new Date(0)];
  const before = Date.now();
  await toto.send("tata", value);
  const m = await tata.receive({ timeout: DEADLINE_MS });
  assert.ok(m);
  assert.equal(m.from, "toto");
  assert.ok(m.time >= before && m.time <= Date.now());
  assert.deepEqual(m.value, value);
});

Deno.test("Connector mailboxes are lists under desir:connector:<name>", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata");
  assert.equal(tata.key, "desir:connector:tata");
  await new Connector(r, "toto").send(tata, "hi");
  assert.equal(await r.sendCommand(["TYPE", "desir:connector:tata"]), "list");
  assert.equal(await tata.size(), 1);
  await tata.clear();
  assert.equal(await tata.size(), 0);
});

Deno.test("Connector.receive resolves null when nothing came within its timeout", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata");
  const started = performance.now();
  assert.equal(await tata.receive({ timeout: 150 }), null);
  assert.ok(performance.now() - started >= 140);
});

Deno.test("Connector with timeout 0 waits until a message comes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata", { timeout: 0 });
  const received = tata.receive();
  await blocked(r, 1);
  await new Connector(r, "toto").send("tata", "late");
  assert.equal((await received)?.value, "late");
});

Deno.test("Connector iteration yields messages in send order and ends after timeout ms of silence", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const toto = new Connector(r, "toto");
  const tata = new Connector<number>(r, "tata", { timeout: 200 });
  for (let i = 0; i < 100; i++) await toto.send("tata", i);
  const values: number[] = [];
  const started = performance.now();
  for await (const m of tata) values.push(m.value);
  assert.deepEqual(values, Array.from({ length: 100 }, (_, i) => i));
  assert.ok(performance.now() - started >= 190);
});

Deno.test("Connector.receive never stalls the client's other commands", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata");
  const waiting = tata.receive({ timeout: 0 });
  await blocked(r, 1);
  for (let i = 0; i < 10; i++) {
    assert.equal(await r.sendCommand(["PING"]), "PONG");
  }
  // Answered while the receive still waits on the server (it waits until a message comes).
  assert.equal(await blockedClients(r), 1);
  await new Connector(r, "toto").send("tata", "done");
  assert.equal((await waiting)?.value, "done");
});

Deno.test("Connector.receive rejects with AbortError when its signal aborts", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata");
  const controller = new AbortController();
  const receiving = tata.receive({ timeout: 0, signal: controller.signal });
  await blocked(r, 1);
  controller.abort("bored");
  await assert.rejects(
    receiving,
    (e: Error) => e instanceof AbortError && e.cause === "bored",
  );
  // Once the server dropped the aborted BLPOP, the mailbox still works and the message
  // sent afterwards is not lost (one popped at the very instant of the abort would be).
  await waitFor(
    async () => (await blockedClients(r)) === 0,
    "the aborted BLPOP is gone",
  );
  await new Connector(r, "toto").send("tata", "after");
  assert.equal((await tata.receive({ timeout: DEADLINE_MS }))?.value, "after");
});

Deno.test("Connector.messages stops with AbortError when its signal aborts", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const tata = new Connector(r, "tata");
  await new Connector(r, "toto").send("tata", 1);
  const controller = new AbortController();
  const seen: unknown[] = [];
  await assert.rejects(async () => {
    for await (const m of tata.messages({ signal: controller.signal })) {
      seen.push(m.value);
      controller.abort();
    }
  }, AbortError);
  assert.deepEqual(seen, [1]);
});

Deno.test("Connector without a name gets a unique random one", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const a = new Connector(r);
  const b = new Connector(r);
  assert.notEqual(a.name, b.name);
  await a.send(b, "hello");
  assert.deepEqual(
    { ...(await b.receive({ timeout: DEADLINE_MS })), time: 0 },
    { from: a.name, time: 0, value: "hello" },
  );
});

Deno.test("Connector refuses bad names, bad timeouts and values structuredClone refuses", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  assert.throws(() => new Connector(r, ""), TypeError);
  assert.throws(() => new Connector(r, "a", { timeout: -1 }), RangeError);
  assert.throws(
    () => new Connector(r, "a", 5 as never), // desir's Python API: timeout=5
    /new Connector\(redis, name, options\): options must be an object, not number/,
  );
  const a = new Connector(r, "a");
  await assert.rejects(a.receive({ timeout: NaN }), RangeError);
  await assert.rejects(a.send("", 1), TypeError);
  await assert.rejects(
    a.send("b", () => 1),
    (e: Error) => e instanceof DOMException && e.name === "DataCloneError",
  );
  assert.equal(await new Connector(r, "b").size(), 0);
});

Deno.test("Connector.receive throws a TypeError for a foreign value in the mailbox", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await r.sendCommand(["RPUSH", "desir:connector:tata", "not a message"]);
  await assert.rejects(
    new Connector(r, "tata").receive({ timeout: DEADLINE_MS }),
    /desir:connector:tata held something that is not a desir message/,
  );
});

Deno.test("Connector binary values survive on RESP2 and a bytes-mode client", async () => {
  await using server = await startRedis();
  await using r = new Redis<Uint8Array>(server.url, {
    protocol: 2,
    bytes: true,
  });
  const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
  await new Connector(r, "toto").send("tata", bytes);
  const m = await new Connector(r, "tata").receive({ timeout: DEADLINE_MS });
  assert.deepEqual(m?.value, bytes);
  assert.equal(m?.from, "toto");
});

Deno.test("Connector messages from another process arrive in send order", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await outputOf(spawnSugarProcess("send", server.url, "toto", "tata", "50"));
  const tata = new Connector<{ i: number }>(r, "tata", { timeout: 100 });
  const got: Message<{ i: number }>[] = [];
  for await (const m of tata) got.push(m);
  assert.deepEqual(got.map((m) => m.value.i), [...Array(50).keys()]);
  assert.ok(got.every((m) => m.from === "toto"));
});

Deno.test("Connector gives each message to exactly one receiver across processes", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const receivers = [1, 2].map(() =>
    spawnSugarProcess("receive", server.url, "jobs", "2000")
  );
  // Each receiver stops after 2 s of silence: far more than any pause between sends.
  const toto = new Connector(r, "toto");
  const jobs = new Connector<{ i: number }>(r, "jobs", { timeout: 2000 });
  await blocked(r, 2); // both processes wait in BLPOP
  const mine: number[] = [];
  const receiving = (async () => {
    for await (const m of jobs) mine.push(m.value.i);
  })();
  await blocked(r, 3);
  for (let i = 0; i < 300; i++) await toto.send("jobs", { i });
  await receiving;
  const theirs: { i: number }[][] = await Promise.all(
    receivers.map(async (child) => JSON.parse(await outputOf(child))),
  );
  const lists = [mine, ...theirs.map((list) => list.map((v) => v.i))];
  const all = lists.flat().sort((a, b) => a - b);
  assert.deepEqual(all, [...Array(300).keys()]);
  for (const list of lists) {
    assert.ok(list.length > 0, "every receiver got messages");
    assert.deepEqual(list, [...list].sort((a, b) => a - b)); // each in send order
  }
});
