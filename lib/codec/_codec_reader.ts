/**
 * The codec's byte reader: the input, its position, and the decodings of primitives
 * (varints, floats, bigints, strings). Every length is checked against the bytes left
 * before anything is read or allocated.
 *
 * @module
 */

import * as F from "./_codec_format.ts";
import { latin1 as latin1Text } from "../_latin1.ts";

const utf8Decoder = /* @__PURE__ */ new TextDecoder("utf-8", {
  fatal: true,
  ignoreBOM: true,
});
const fromCharCode = String.fromCharCode;
/**
 * Two hex digits per byte value, made on the first bigint read: at import it cost a
 * cold start 0.4 ms on Bun (Array.from and padStart compiled for it), for a table most
 * programs never read.
 */
let hexDigits: string[] | undefined;
/** Code units per String.fromCharCode call: engines bound the arguments of a call. */
const UNITS_PER_CALL = 8192;

/** The input of one decode and the format's primitive decodings. */
export class ByteReader {
  bytes: Uint8Array;
  /** Made on the first float: most values have none. */
  view: DataView | undefined;
  pos = 1;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  fail(kind: typeof TypeError | typeof RangeError, what: string): never {
    throw new kind(`Cannot deserialize: ${what} (at byte ${this.pos})`);
  }

  /** Moves past `n` bytes of `what` and returns where they start. */
  take(n: number, what: string): number {
    if (n > this.bytes.length - this.pos) {
      this.fail(
        RangeError,
        `${what} of ${n} bytes runs past the end of the input`,
      );
    }
    const start = this.pos;
    this.pos += n;
    return start;
  }

  byte(what: string): number {
    if (this.pos >= this.bytes.length) {
      this.fail(RangeError, `input ends inside ${what}`);
    }
    return this.bytes[this.pos++];
  }

  uvar(what: string): number {
    let b = this.byte(what);
    if (b < 0x80) return b;
    let n = b & 0x7f;
    for (let scale = 0x80;; scale *= 0x80) {
      b = this.byte(what);
      n += (b & 0x7f) * scale;
      if (b < 0x80) break;
      if (scale > 2 ** 42) {
        this.fail(RangeError, `${what} does not fit in 53 bits`);
      }
    }
    if (n > Number.MAX_SAFE_INTEGER) {
      this.fail(RangeError, `${what} does not fit in 53 bits`);
    }
    return n;
  }

  /** A count of items each taking at least `unit` bytes, so a huge count fails early. */
  count(what: string, unit: number): number {
    const n = this.uvar(what);
    if (n * unit > this.bytes.length - this.pos) {
      this.fail(RangeError, `${what} of ${n} is more than the input holds`);
    }
    return n;
  }

  float64(): number {
    const at = this.take(8, "a float");
    const bytes = this.bytes;
    this.view ??= new DataView(
      bytes.buffer,
      bytes.byteOffset,
      bytes.byteLength,
    );
    return this.view.getFloat64(at, true);
  }

  bigint(): bigint {
    const header = this.uvar("a bigint header");
    const size = Math.floor(header / 2);
    const start = this.take(size, "a bigint");
    const digits = hexDigits ??= Array.from(
      { length: 256 },
      (_, i) => i.toString(16).padStart(2, "0"),
    );
    let hex = "";
    for (let i = start + size - 1; i >= start; i--) {
      hex += digits[this.bytes[i]];
    }
    const magnitude = size === 0 ? 0n : BigInt(`0x${hex}`);
    return header % 2 === 1 ? -magnitude : magnitude;
  }

  /** A string where the format puts one (regexp source, error message, ...). */
  string(what: string): string {
    const tag = this.byte(what);
    if (tag >= F.SHORT_LATIN1 && tag < F.SMALL_INT) {
      return this.latin1(tag - F.SHORT_LATIN1);
    }
    if (
      tag === F.STRING_LATIN1 || tag === F.STRING_UTF8 || tag === F.STRING_UTF16
    ) {
      return this.stringBody(tag);
    }
    this.pos--;
    return this.fail(TypeError, `${what} is not a string`);
  }

  stringBody(tag: number): string {
    if (tag === F.STRING_LATIN1) {
      return this.latin1(this.uvar("a string length"));
    }
    if (tag === F.STRING_UTF8) return this.utf8(this.uvar("a string length"));
    return this.utf16(this.uvar("a string length"));
  }

  latin1(n: number): string {
    const start = this.take(n, "a string");
    return latin1Text(this.bytes, start, start + n);
  }

  utf8(n: number): string {
    const start = this.take(n, "a string");
    try {
      return utf8Decoder.decode(this.bytes.subarray(start, start + n));
    } catch {
      this.pos = start;
      return this.fail(TypeError, "a string is not valid UTF-8");
    }
  }

  utf16(n: number): string {
    const start = this.take(n * 2, "a string");
    const bytes = this.bytes;
    let s = "";
    const units: number[] = [];
    for (let i = 0; i < n; i++) {
      units.push(bytes[start + 2 * i] | (bytes[start + 2 * i + 1] << 8));
      if (units.length === UNITS_PER_CALL || i === n - 1) {
        s += fromCharCode.apply(null, units);
        units.length = 0;
      }
    }
    return s;
  }

  /** The next property key's id, or -1 at the end of the properties. */
}
