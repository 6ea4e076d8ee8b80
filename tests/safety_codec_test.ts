import assert from "node:assert/strict";
import { deserialize, serialize } from "../lib/codec/codec.ts";
import * as F from "../lib/codec/_codec_format.ts";

function varint(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 0x80) | 0x80);
    n = Math.floor(n / 0x80);
  }
  out.push(n);
  return out;
}

/** The most virtual memory this process has had (Linux), in bytes. */
async function peakVirtualMemory(): Promise<number> {
  const status = await Deno.readTextFile("/proc/self/status");
  return Number(/VmPeak:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

Deno.test("deserialize refuses 224 KB of 4 GiB resizable ArrayBuffers with RangeError, reserving little", async () => {
  // An array of 32,000 empty resizable ArrayBuffers, each allowed to grow to 4 GiB.
  const count = 32_000;
  const element = [
    F.RESIZABLE_ARRAY_BUFFER,
    0,
    ...varint(F.MAX_RESIZABLE_BYTES),
  ];
  const bytes = new Uint8Array([
    F.VERSION,
    F.ARRAY,
    ...varint(count),
    ...Array.from({ length: count }, () => element).flat(),
    0, // no array properties
  ]);
  assert.ok(bytes.length > 220_000 && bytes.length < 230_000);
  const before = await peakVirtualMemory();
  assert.throws(
    () => deserialize(bytes),
    (e: Error) => e instanceof RangeError && /reserve over/.test(e.message),
  );
  const grown = (await peakVirtualMemory()) - before;
  // Up to the limit (64 MiB + 16 per input byte) plus one 4 GiB buffer, and no more.
  const allowed = 2 ** 26 + 16 * bytes.length + F.MAX_RESIZABLE_BYTES;
  assert.ok(grown <= allowed, `${grown} bytes of address space reserved`);
});

Deno.test("serialize refuses what deserialize would, and both take a resizable buffer within the limit", () => {
  const big = Array.from(
    { length: 100 },
    () => new ArrayBuffer(0, { maxByteLength: 2 ** 30 }),
  );
  assert.throws(
    () => serialize(big),
    (e: Error) => e instanceof RangeError && /add up to/.test(e.message),
  );
  const fine = new ArrayBuffer(8, { maxByteLength: 2 ** 25 });
  const back = deserialize(serialize(fine)) as ArrayBuffer;
  assert.deepEqual([back.resizable, back.maxByteLength], [true, 2 ** 25]);
});
