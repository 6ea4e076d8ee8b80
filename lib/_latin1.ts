/**
 * Bytes to a string of as many characters, one per byte (Latin-1; ASCII is a part of
 * it): the short-string fast path of the RESP decoder and the codec.
 *
 * @module
 */

const f = String.fromCharCode;

/** `n` (<= 16) bytes at `i` as one string, in one call: each call and concatenation allocates. */
// deno-fmt-ignore
function latin1Run(b: Uint8Array, i: number, n: number): string {
  switch (n) {
    case 0: return "";
    case 1: return f(b[i]);
    case 2: return f(b[i], b[i+1]);
    case 3: return f(b[i], b[i+1], b[i+2]);
    case 4: return f(b[i], b[i+1], b[i+2], b[i+3]);
    case 5: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4]);
    case 6: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5]);
    case 7: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6]);
    case 8: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7]);
    case 9: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8]);
    case 10: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9]);
    case 11: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10]);
    case 12: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10], b[i+11]);
    case 13: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10], b[i+11], b[i+12]);
    case 14: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10], b[i+11], b[i+12], b[i+13]);
    case 15: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10], b[i+11], b[i+12], b[i+13], b[i+14]);
    default: return f(b[i], b[i+1], b[i+2], b[i+3], b[i+4], b[i+5], b[i+6], b[i+7], b[i+8], b[i+9], b[i+10], b[i+11], b[i+12], b[i+13], b[i+14], b[i+15]);
  }
}

/** Most arguments one `fromCharCode.apply` gets: engines bound the arguments of a call. */
const APPLY_MAX = 8192;

/**
 * The bytes buf[start, end) as a string of one character per byte.
 *
 * @example
 * ```ts
 * import { latin1 } from "./_latin1.ts";
 * console.log(latin1(new Uint8Array([0x4f, 0x4b, 0xe9]), 0, 3)); // "OKé"
 * ```
 */
export function latin1(buf: Uint8Array, start: number, end: number): string {
  const n = end - start;
  if (n <= 16) return latin1Run(buf, start, n);
  if (n <= 32) {
    return latin1Run(buf, start, 16) + latin1Run(buf, start + 16, n - 16);
  }
  let s = "";
  for (let i = start; i < end; i += APPLY_MAX) {
    const piece = buf.subarray(i, Math.min(i + APPLY_MAX, end));
    s += f.apply(null, piece as unknown as number[]);
  }
  return s;
}
