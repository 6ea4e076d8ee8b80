import assert from "node:assert/strict";
import { Redis } from "../mod.ts";
import { denoTransport, nodeTransport } from "../transport.ts";
import type { Transport } from "../transport.ts";
import { WriteBuffer } from "../lib/resp/encode.ts";
import { startRedis } from "./harness/mod.ts";

const text = new TextDecoder();

Deno.test("WriteBuffer encodes every batch exactly across a burst and the shrink after it", () => {
  const out = new WriteBuffer();
  const big = "v".repeat(300_000);
  const sizes = [1, 5000, 1, 1, 40_000, 1, 1, 1];
  for (const count of sizes) {
    const expected: string[] = [];
    for (let i = 0; i < count; i++) {
      const value = count === 1 ? big : `value:${i}`;
      out.write(["SET", `k${i}`, value]);
      expected.push(
        `*3\r\n$3\r\nSET\r\n$${
          `k${i}`.length
        }\r\nk${i}\r\n$${value.length}\r\n${value}\r\n`,
      );
    }
    const first = out.take();
    // The batch taken stays intact while the next one is encoded.
    const copy = first.slice();
    out.write(["PING"]);
    assert.deepEqual(first, copy);
    assert.equal(text.decode(first), expected.join(""));
    assert.equal(text.decode(out.take()), "*1\r\n$4\r\nPING\r\n");
  }
});

for (
  const [name, transport] of [["Deno", denoTransport], [
    "node:net",
    nodeTransport,
  ]] as const
) {
  Deno.test(`${name} transport: small, 1 MiB and small replies in a row arrive whole`, async () => {
    await using server = await startRedis();
    await using r = new Redis(server.url, { transport });
    const big = "x".repeat(1 << 20) + "é";
    const bytes = new Uint8Array(3 << 20).map((_, i) => i * 7);
    await r.sendCommand(["SET", "big", big]);
    await r.sendCommand(["SET", "bytes", bytes]);
    for (let round = 0; round < 3; round++) {
      assert.equal(await r.sendCommand(["PING"]), "PONG");
      assert.equal(await r.sendCommand(["GET", "big"]), big);
      const back = await r.sendCommand(["GET", "bytes"], { bytes: true });
      assert.deepEqual(back, bytes);
      const many = await Promise.all(
        Array.from(
          { length: 2000 },
          (_, i) => r.sendCommand(["ECHO", `m${i}`]),
        ),
      );
      assert.deepEqual(many, Array.from({ length: 2000 }, (_, i) => `m${i}`));
    }
  });
}

Deno.test("WriteBuffer.shrink lets both buffers of a burst go: the next batch is encoded in a small one", () => {
  const out = new WriteBuffer(128);
  const burst = Array.from({ length: 1000 }, (_, i) => ["GET", `key:${i}`]);
  for (let round = 0; round < 2; round++) {
    for (const args of burst) out.write(args);
    assert.ok(out.take().buffer.byteLength > 8192);
  }
  out.write(["PING"]);
  out.shrink(); // refused: a batch is buffered
  assert.equal(text.decode(out.take()), "*1\r\n$4\r\nPING\r\n");
  out.shrink();
  for (let round = 0; round < 2; round++) {
    out.write(["PING"]);
    const batch = out.take();
    assert.equal(batch.buffer.byteLength, 128);
    assert.equal(text.decode(batch), "*1\r\n$4\r\nPING\r\n");
  }
});

Deno.test("Deno transport: a connection gone idle right after a burst reads and writes in small buffers", async () => {
  await using server = await startRedis();
  // The size of the buffer each chunk was read into, and each write came from.
  const reads: number[] = [];
  const writes: number[] = [];
  const transport: Transport = async (options, handlers) => {
    const socket = await denoTransport(options, {
      data(chunk) {
        reads.push(chunk.buffer.byteLength);
        return handlers.data(chunk);
      },
      quiet: () => handlers.quiet!(),
      end: (error) => handlers.end(error),
    });
    return {
      write(bytes) {
        writes.push(bytes.buffer.byteLength);
        return socket.write(bytes);
      },
      close: () => socket.close(),
    };
  };
  await using r = new Redis(server.url, { transport });
  const big = "x".repeat(1 << 20);
  await r.sendCommand(["SET", "big", big]);
  const echoes = Array.from({ length: 2000 }, (_, i) => `m${i}`);
  for (let round = 0; round < 3; round++) {
    reads.length = writes.length = 0;
    assert.equal(await r.sendCommand(["GET", "big"]), big);
    for (let burst = 0; burst < 2; burst++) {
      const back = await Promise.all(
        echoes.map((m) => r.sendCommand(["ECHO", m])),
      );
      assert.deepEqual(back, echoes);
    }
    assert.ok(Math.max(...reads) >= 64 * 1024, `read buffers ${reads}`);
    assert.ok(Math.max(...writes) >= 16 * 1024, `write buffers ${writes}`);
    // The client goes idle (awaits something else, past this task); the PONG lands in
    // the buffer of the read that waited meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 0));
    reads.length = writes.length = 0;
    assert.equal(await r.sendCommand(["PING"]), "PONG");
    assert.deepEqual(reads, [512]);
    assert.deepEqual(writes, [128]);
  }
});

Deno.test("WriteBuffer splits a burst into parts that add up to every command, in order", () => {
  const out = new WriteBuffer();
  const expected: string[] = [];
  for (let i = 0; i < 100_000; i++) {
    out.write(["GET", `key:${i}`]);
    expected.push(`*2\r\n$3\r\nGET\r\n$${`key:${i}`.length}\r\nkey:${i}\r\n`);
  }
  assert.throws(() => out.write(["SET", "k", {} as never]), TypeError);
  out.write(["SET", "big", new Uint8Array(100_000)]);
  expected.push(
    `*3\r\n$3\r\nSET\r\n$3\r\nbig\r\n$100000\r\n${"\0".repeat(100_000)}\r\n`,
  );
  const parts = out.takeParts();
  assert.ok(parts.length > 5, `${parts.length} parts`);
  assert.ok(parts.every((part) => part.length <= 512 * 1024));
  assert.equal(
    parts.map((part) => text.decode(part)).join(""),
    expected.join(""),
  );
  assert.equal(out.length, 0);
});

Deno.test("Deno transport: large replies awaited one after another are read into a large buffer, not 512 B first", async () => {
  await using server = await startRedis();
  const reads: number[] = [];
  const transport: Transport = (options, handlers) =>
    denoTransport(options, {
      data(chunk) {
        reads.push(chunk.buffer.byteLength);
        return handlers.data(chunk);
      },
      quiet: () => handlers.quiet!(),
      end: (error) => handlers.end(error),
    });
  await using r = new Redis(server.url, { transport });
  const value = "x".repeat(64 * 1024);
  await r.sendCommand(["SET", "big", value]);
  for (let i = 0; i < 5; i++) await r.sendCommand(["GET", "big"]); // the buffer grows
  reads.length = 0;
  for (let i = 0; i < 20; i++) {
    assert.equal(await r.sendCommand(["GET", "big"]), value);
  }
  // The caller was never idle: no reply starts in the small buffer of a quiet read.
  assert.ok(reads.every((size) => size > 64 * 1024), `read buffers ${reads}`);
});
