/**
 * Copies a reply, so a caller that changes what it was handed cannot change the cached
 * one. Null-prototype objects (`maps: "object"`) stay null-prototype.
 *
 * @module
 */
import type { RespValue } from "../resp/decode.ts";

/** A deep copy of a reply; strings, numbers and other immutable values are shared. */
export function copyReply(value: RespValue): RespValue {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(copyReply);
  if (value instanceof Uint8Array) return value.slice();
  if (value instanceof Map) {
    const copy = new Map<RespValue, RespValue>();
    for (const [k, v] of value) copy.set(copyReply(k), copyReply(v));
    return copy;
  }
  if (value instanceof Set) return new Set([...value].map(copyReply));
  if (value instanceof Error) return value;
  const copy = Object.create(null);
  for (const k of Object.keys(value)) {
    copy[k] = copyReply((value as Record<string, RespValue>)[k]);
  }
  return copy;
}

/** About how many bytes of memory a reply holds (the engine's overheads estimated). */
export function sizeOfReply(value: RespValue): number {
  switch (typeof value) {
    case "string":
      return 16 + 2 * value.length;
    case "bigint":
      return 24;
    case "object":
      break;
    default:
      return 8;
  }
  if (value === null) return 8;
  if (value instanceof Uint8Array) return 96 + value.byteLength;
  let size = 32;
  if (Array.isArray(value) || value instanceof Set) {
    for (const item of value) size += 8 + sizeOfReply(item);
  } else if (value instanceof Map) {
    for (const [k, v] of value) size += 32 + sizeOfReply(k) + sizeOfReply(v);
  } else if (!(value instanceof Error)) {
    for (const [k, v] of Object.entries(value)) {
      size += 32 + sizeOfReply(k) + sizeOfReply(v as RespValue);
    }
  }
  return size;
}
