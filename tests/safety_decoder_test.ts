import assert from "node:assert/strict";
import { ProtocolError, Redis, TimeoutError } from "../mod.ts";
import { Decoder, type DecoderOptions } from "../lib/resp/decode.ts";
import { type FakeServer, startFakeServer } from "./harness/mod.ts";

const HELLO_REPLY = "%2\r\n+server\r\n+fake\r\n+proto\r\n:3\r\n";
const text = new TextEncoder();
const MiB = 2 ** 20;

async function accept(fake: FakeServer) {
  const conn = await fake.accept();
  const [hello] = await conn.commands(1);
  assert.equal(hello[0], "HELLO");
  await conn.write(HELLO_REPLY);
  const [ping] = await conn.commands(1); // from r.connect()
  assert.equal(ping[0], "PING");
  await conn.write("+PONG\r\n");
  return conn;
}

/** ArrayBuffer memory: what a bulk payload's destination is counted in. */
function external(): number {
  return Deno.memoryUsage().external;
}

Deno.test("Decoder reserves a bulk payload's memory as its bytes arrive, not as declared", () => {
  const replies: unknown[] = [];
  const decoder = new Decoder({ reply: (v) => replies.push(v), push() {} });
  decoder.bytes = true;
  const before = external();
  decoder.feed(text.encode("$536870912\r\nab")); // 14 bytes declare 512 MiB
  assert.ok(external() - before < 2 * MiB, "14 bytes reserved over 2 MiB");
  // It grows with what arrives: memory stays proportional to the bytes received (the
  // buffers it outgrew count until collected).
  const chunk = new Uint8Array(64 * 1024).fill(120);
  for (let i = 0; i < 63; i++) decoder.feed(chunk);
  const received = 63 * chunk.length;
  const held = external() - before;
  assert.ok(
    held < 10 * received,
    `${held} bytes held for ${received} received`,
  );
  assert.equal(replies.length, 0);
  decoder.reset();
  // A payload split anywhere still arrives whole, byte for byte.
  const payload = new Uint8Array(300_000).map((_, i) => i % 251);
  const frame = new Uint8Array([
    ...text.encode("$300000\r\n"),
    ...payload,
    13,
    10,
  ]);
  for (const step of [1_000, 65_537, 140_000]) {
    for (let at = 0; at < frame.length; at += step) {
      decoder.feed(frame.subarray(at, at + step));
    }
  }
  assert.equal(replies.length, 3);
  for (const reply of replies) assert.deepEqual(reply, payload);
});

Deno.test("Decoder holds a large string's text as its bytes arrive, not as declared", () => {
  const replies: unknown[] = [];
  const decoder = new Decoder({ reply: (v) => replies.push(v), push() {} });
  const before = Deno.memoryUsage();
  decoder.feed(text.encode("$536870912\r\nab")); // 14 bytes declare 512 MiB
  const chunk = new Uint8Array(64 * 1024).fill(120);
  for (let i = 0; i < 63; i++) decoder.feed(chunk);
  const received = 63 * chunk.length;
  const after = Deno.memoryUsage();
  const held = after.external - before.external + after.heapUsed -
    before.heapUsed;
  assert.ok(
    held < 10 * received,
    `${held} bytes held for ${received} received`,
  );
  assert.equal(replies.length, 0);
  decoder.reset();
  decoder.feed(text.encode("$70000\r\n"));
  for (let i = 0; i < 7; i++) decoder.feed(chunk.subarray(0, 10_000));
  decoder.feed(text.encode("\r\n"));
  assert.deepEqual(replies, ["x".repeat(70_000)]);
});

Deno.test("Redis holds a few MiB, not 512, for a 14-byte reply until the command times out", async () => {
  await using fake = await startFakeServer();
  const r = new Redis(fake.url, { reconnect: false });
  try {
    const connected = accept(fake);
    await r.connect();
    const conn = await connected;
    const before = external();
    const get = r.sendCommand(["GET", "k"], { timeout: 300 });
    await conn.commands(1);
    await conn.write("$536870912\r\nab");
    await assert.rejects(get, TimeoutError);
    assert.ok(external() - before < 4 * MiB, "the 14-byte reply reserved MiBs");
  } finally {
    r.destroy(); // close() would wait for the rest of the reply
  }
});

Deno.test("Redis rejects every pending command with ProtocolError and closes when a map key is a map (maps: object)", async () => {
  await using fake = await startFakeServer();
  await using r = new Redis(fake.url, { maps: "object", reconnect: false });
  const connected = accept(fake);
  await r.connect();
  const conn = await connected;
  const first = r.sendCommand(["HGETALL", "h"]);
  const second = r.sendCommand(["GET", "k"]);
  await conn.commands(2);
  await conn.write("%1\r\n%1\r\n+a\r\n+b\r\n+v\r\n");
  for (const pending of [first, second]) {
    await assert.rejects(
      pending,
      (e: Error) => e instanceof ProtocolError && /map key/.test(e.message),
    );
  }
  await conn.closed;
});

const MODES: DecoderOptions[] = [];
for (const maps of ["map", "object"] as const) {
  for (const sets of ["array", "set"] as const) {
    MODES.push({ maps, sets, maxDepth: 8, maxAggregateLength: 64 });
  }
}

/** A small seeded generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CORPUS = [
  "%1\r\n%1\r\n+a\r\n+b\r\n+v\r\n",
  "%1\r\n*2\r\n:1\r\n:2\r\n+v\r\n",
  "%1\r\n~1\r\n+a\r\n+v\r\n",
  "%1\r\n!3\r\nERR\r\n+v\r\n",
  "%2\r\n+a\r\n,inf\r\n(12\r\n#t\r\n",
  "|1\r\n+k\r\n+v\r\n*2\r\n$3\r\nabc\r\n_\r\n",
  ">3\r\n+message\r\n+c\r\n=8\r\ntxt:abcd\r\n",
  "$?\r\n;3\r\nabc\r\n;0\r\n*?\r\n:1\r\n.\r\n%?\r\n+k\r\n+v\r\n.\r\n",
  "*3\r\n$-1\r\n*-1\r\n-ERR x\r\n",
];

Deno.test("Decoder fails only with ProtocolError on hostile input, in every decode mode", () => {
  const next = random(11);
  let failures = 0;
  for (const options of MODES) {
    for (const bytes of [false, true]) {
      for (let round = 0; round < 3000; round++) {
        const seed = CORPUS[Math.floor(next() * CORPUS.length)] +
          CORPUS[Math.floor(next() * CORPUS.length)];
        const input = text.encode(seed);
        const edits = Math.floor(next() * 4);
        for (let e = 0; e < edits; e++) {
          input[Math.floor(next() * input.length)] = Math.floor(next() * 256);
        }
        const decoder = new Decoder({ reply() {}, push() {} }, options);
        decoder.bytes = decoder.pushBytes = bytes;
        try {
          const cut = Math.floor(next() * input.length);
          decoder.feed(input.subarray(0, cut));
          decoder.feed(input.subarray(cut));
        } catch (error) {
          failures++;
          assert.ok(
            error instanceof ProtocolError,
            `${JSON.stringify(seed)} edited to ${
              JSON.stringify(new TextDecoder().decode(input))
            } with ${JSON.stringify(options)} threw ${error}`,
          );
        }
      }
    }
  }
  assert.ok(
    failures > 1000,
    `only ${failures} inputs failed: not hostile enough`,
  );
});

Deno.test("Decoder accepts infinities only as RESP3 spells them", () => {
  const one = (frame: string) => {
    const replies: unknown[] = [];
    new Decoder({ reply: (v) => replies.push(v), push() {} }).feed(
      text.encode(frame),
    );
    return replies[0];
  };
  assert.equal(one(",inf\r\n"), Infinity);
  assert.equal(one(",-inf\r\n"), -Infinity);
  for (
    const spelling of ["INF", "Inf", "+inf", "-INF", "Infinity", "infinity"]
  ) {
    assert.throws(
      () => one(`,${spelling}\r\n`),
      (e: Error) => e instanceof ProtocolError && /double/.test(e.message),
      spelling,
    );
  }
});
