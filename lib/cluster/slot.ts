/**
 * The hash slot of a key, as Redis Cluster computes it: CRC16 (XMODEM) of the key, or of
 * its hash tag, modulo 16384.
 *
 * @module
 */
import type { RedisArgument } from "../resp/encode.ts";

/** How many hash slots a Redis Cluster has. */
export const SLOTS = 16384;

// Built on first use, not when the module loads (~0.8 ms of a cold start, as the loop
// runs before V8 has compiled it): a client that never hashes a key never pays for it.
let table: Uint16Array | undefined;

/** The CRC16 (XMODEM) lookup table, one entry per byte value. */
function crcTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let crc = i << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
    }
    table[i] = crc & 0xffff;
  }
  return table;
}

const encoder = /* @__PURE__ */ new TextEncoder();
const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

/**
 * The cluster hash slot (0–16383) of a key. Only the part between the first `{` and the
 * next `}` is hashed when it is not empty (a hash tag), so `user:{42}:name` and
 * `user:{42}:email` land in the same slot. Strings are hashed as UTF-8, like the server
 * sees them; numbers as their decimal text.
 *
 * @example
 * ```ts
 * import { keySlot } from "@desir/desir/cluster";
 * keySlot("foo"); // 12182
 * keySlot("user:{42}:name") === keySlot("{42}"); // true
 * ```
 */
export function keySlot(key: RedisArgument): number {
  if (typeof key === "string") {
    const slot = asciiSlot(key);
    if (slot !== -1) return slot;
  }
  const bytes = key instanceof Uint8Array ? key : toBytes(key);
  let start = 0;
  let end = bytes.length;
  const open = bytes.indexOf(OPEN);
  if (open !== -1) {
    const close = bytes.indexOf(CLOSE, open + 1);
    if (close > open + 1) {
      start = open + 1;
      end = close;
    }
  }
  const TABLE = crcTable();
  let crc = 0;
  for (let i = start; i < end; i++) {
    crc = ((crc << 8) & 0xff00) ^ TABLE[((crc >> 8) ^ bytes[i]) & 0xff];
  }
  return crc & (SLOTS - 1);
}

/**
 * The slot of an ASCII string without encoding it (the hot path), or -1 if not ASCII.
 * Its hash tag search and CRC loop mirror keySlot's on bytes, kept twice on purpose:
 * one over char codes, one over bytes; a shared one would allocate the tag's bounds or
 * read the key through a union type, per key routed.
 */
function asciiSlot(key: string): number {
  let start = 0;
  let end = key.length;
  const open = key.indexOf("{");
  if (open !== -1) {
    const close = key.indexOf("}", open + 1);
    if (close > open + 1) {
      start = open + 1;
      end = close;
    }
  }
  const TABLE = crcTable();
  let crc = 0;
  for (let i = start; i < end; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return -1;
    crc = ((crc << 8) & 0xff00) ^ TABLE[((crc >> 8) ^ code) & 0xff];
  }
  // Characters outside the hashed part need not be ASCII: UTF-8 never makes brace bytes
  // from other characters, so the tag found here is the one the server finds.
  return crc & (SLOTS - 1);
}

function toBytes(key: string | number | bigint): Uint8Array {
  if (typeof key === "string") return encoder.encode(key);
  // The text the encoder sends for these numbers (String() would say "0" and "Infinity").
  if (Object.is(key, -0)) return encoder.encode("-0");
  if (key === Infinity || key === -Infinity) {
    return encoder.encode(key > 0 ? "+inf" : "-inf");
  }
  return encoder.encode(String(key));
}
