/**
 * RESP encoding: commands become arrays of bulk strings, written straight into a reusable
 * buffer.
 *
 * @module
 */

import * as T from "./_protocol.ts";
import { formatNumber, unsupportedArgument } from "./_arguments.ts";

/** One argument of a command: strings are sent as UTF-8, numbers and bigints as decimal text. */
export type RedisArgument = string | number | bigint | Uint8Array;

// Module constants, not imported bindings: V8 folds these into the hot loops, while
// every use of an imported binding is a load (measured: 12% of encoding a SET).
const ARRAY = T.ARRAY,
  BULK_STRING = T.BULK_STRING,
  CR = T.CR,
  LF = T.LF;
/** The digit characters are this byte plus the digit. */
const DIGIT_0 = 0x30;
/**
 * Strings shorter than this (UTF-16 units) are encoded in JS, longer ones by encodeInto,
 * whose ~100 ns per call the JS loop beats up to about this length (measured on V8).
 * Must stay below 100: the hand-written length header has at most 2 digits.
 */
const SHORT_STRING = 64;
/** A buffer that grew past this is replaced by a fresh one once its batch is taken. */
const MAX_RETAINED = 1 << 20;
/**
 * A buffer more than this many times larger than the batch just taken is replaced by a
 * fresh small one: after a burst, an idle connection shrinks back.
 */
const SHRINK_RATIO = 8;
/** `$` + 20 digits + CRLF + CRLF: the most a bulk string adds around its payload. */
const BULK_OVERHEAD = 25;

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);
/** Byte arrays this large are sent by reference instead of copied into the buffer. */
const BY_REFERENCE = 64 * 1024;
/**
 * A batch that filled this much of the buffer goes on in a fresh one, the full one
 * becoming a part: a burst of commands costs its encoded size, not the doubling copies
 * (and their garbage) of one ever larger buffer.
 */
const SEAL_AT = 256 * 1024;

/** Digits of a non-negative safe integer. */
function digitCount(n: number): number {
  if (n < 10) return 1;
  if (n < 100) return 2;
  if (n < 1000) return 3;
  if (n < 10000) return 4;
  let d = 5;
  for (let m = 1e5; n >= m; m *= 10) d++;
  return d;
}

/** UTF-8 byte length of `s` as TextEncoder encodes it (a lone surrogate becomes U+FFFD: 3 bytes). */
function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) n += 1;
    else if (
      c >= 0xd800 && c <= 0xdbff && i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    ) {
      n += 2; // 2 units -> 4 bytes
      i++;
    } else n += 2;
  }
  return n;
}

/**
 * A growable, reusable write buffer: commands are encoded straight into it, then taken as
 * one batch for the socket. It keeps two buffers and alternates between them, so the bytes
 * returned by {@linkcode WriteBuffer.take} stay untouched while the socket writes them.
 *
 * @example
 * ```ts
 * import { WriteBuffer } from "./encode.ts";
 * const out = new WriteBuffer();
 * out.write(["SET", "key:1", "value"]);
 * out.write(["INCRBY", "counter", 5]);
 * const batch = out.take(); // both commands, ready for one socket write
 * console.log(batch.length); // 71
 * ```
 */
export class WriteBuffer {
  #buf: Uint8Array;
  #other: Uint8Array | null = null;
  #len = 0;
  /** Earlier parts of this batch, when large byte arrays are sent by reference. */
  #parts: Uint8Array[] = [];
  #partsLength = 0;
  /** Where the part that is still in `#buf` starts. */
  #cut = 0;
  readonly #initialSize: number;

  /**
   * Creates an empty buffer.
   *
   * @param initialSize Bytes of each of the two buffers; they grow as needed and shrink
   *   back after a burst. @default 1024
   */
  constructor(initialSize = 1024) {
    const size = this.#initialSize = Math.max(64, Math.floor(initialSize));
    // Both halves of one allocation: an idle connection keeps one ArrayBuffer, not two.
    const both = new Uint8Array(2 * size);
    this.#buf = both.subarray(0, size);
    this.#other = both.subarray(size);
  }

  /** Whether a buffer grew past the initial size: what {@linkcode WriteBuffer.shrink} lets go. */
  get grown(): boolean {
    const initial = this.#initialSize;
    return this.#buf.length > initial || (this.#other?.length ?? 0) > initial;
  }

  /** Bytes written since the last {@linkcode WriteBuffer.take}. */
  get length(): number {
    return this.#partsLength + this.#len - this.#cut;
  }

  /**
   * Appends one command as a RESP array of bulk strings. Strings are sent as UTF-8; numbers
   * in their shortest exact form (`1e+21`, `1.5e-7`; `-0` as `0`, which integer arguments
   * need), `Infinity` as `+inf` and `-Infinity` as `-inf`; bigints as decimal digits; `Uint8Array`s byte for byte.
   *
   * @throws {TypeError} When an argument is of another type, or NaN, or `args` is empty.
   *   The buffer is then left exactly as it was.
   * @example
   * ```ts
   * import { WriteBuffer } from "./encode.ts";
   * const out = new WriteBuffer();
   * out.write(["ZADD", "scores", -Infinity, "low"]);
   * console.log(new TextDecoder().decode(out.take()));
   * // "*4\r\n$4\r\nZADD\r\n$6\r\nscores\r\n$4\r\n-inf\r\n$3\r\nlow\r\n"
   * ```
   */
  write(args: readonly RedisArgument[]): void {
    const count = args.length;
    if (count === 0) throw new TypeError("A command needs at least its name");
    if (this.#len >= SEAL_AT) this.#seal();
    const start = this.#len;
    const parts = this.#parts.length;
    const cut = this.#cut;
    try {
      this.#ensure(BULK_OVERHEAD);
      this.#header(ARRAY, count);
      for (let i = 0; i < count; i++) {
        const arg = args[i];
        if (typeof arg === "string") this.#string(arg);
        else if (typeof arg === "number") {
          if (arg >= 0 && arg < 1e9 && (arg | 0) === arg && 1 / arg > 0) {
            this.#smallInt(arg);
          } else this.#ascii(formatNumber(arg, args, i));
        } else if (arg instanceof Uint8Array) this.#bytes(arg);
        else if (typeof arg === "bigint") this.#ascii(arg.toString());
        else {
          throw unsupportedArgument(args, i);
        }
      }
    } catch (error) {
      this.#len = start;
      this.#cut = cut;
      for (const part of this.#parts.splice(parts)) {
        this.#partsLength -= part.length;
      }
      throw error;
    }
  }

  /**
   * Returns the bytes written so far and starts a new batch in the other internal buffer.
   * The returned bytes stay untouched until the next-but-one call, so a socket may still
   * be writing them while new commands are encoded. Returns an empty array when nothing
   * was written.
   *
   * @example
   * ```ts
   * import { WriteBuffer } from "./encode.ts";
   * const out = new WriteBuffer();
   * out.write(["PING"]);
   * const first = out.take();
   * out.write(["PING"]); // encoded into the other buffer: `first` is intact
   * console.log(first.length, out.take().length, out.take().length); // 14 14 0
   * ```
   */
  take(): Uint8Array {
    const parts = this.takeParts();
    if (parts.length < 2) return parts[0] ?? EMPTY;
    const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      out.set(part, offset);
      offset += part.length;
    }
    return out;
  }

  /**
   * Like {@linkcode WriteBuffer.take}, without copying: byte-array arguments of 64 KiB or
   * more come back as parts of their own, the caller's arrays themselves, between the
   * encoded parts around them, and a batch of more than 256 KiB of encoded commands
   * comes in parts of about that size. Write the parts in order.
   *
   * @example
   * ```ts
   * import { WriteBuffer } from "./encode.ts";
   * const out = new WriteBuffer();
   * const image = new Uint8Array(100_000);
   * out.write(["SET", "image", image]);
   * const parts = out.takeParts();
   * console.log(parts.length, parts[1] === image); // 3 true
   * ```
   */
  takeParts(): Uint8Array[] {
    if (this.length === 0) return [];
    const parts = this.#parts;
    if (this.#len > this.#cut) {
      parts.push(this.#buf.subarray(this.#cut, this.#len));
    }
    const next = this.#other;
    const taken = this.length;
    this.#other = this.#buf;
    this.#buf = next === null || next.length > MAX_RETAINED ||
        (next.length > this.#initialSize && next.length > SHRINK_RATIO * taken)
      ? new Uint8Array(this.#initialSize)
      : next;
    this.#len = this.#cut = this.#partsLength = 0;
    this.#parts = [];
    return parts;
  }

  /**
   * When nothing is buffered, lets both internal buffers go back to the initial size, for
   * a connection whose burst is over (a buffer still being written is only let go).
   *
   * @example
   * ```ts
   * import { WriteBuffer } from "./encode.ts";
   * const out = new WriteBuffer(128);
   * out.write(["SET", "k", "x".repeat(10_000)]);
   * out.take();
   * out.shrink(); // the next batch starts in a 128 B buffer again
   * ```
   */
  shrink(): void {
    if (this.length > 0) return;
    if (this.#buf.length > this.#initialSize) {
      this.#buf = new Uint8Array(this.#initialSize);
    }
    if (this.#other !== null && this.#other.length > this.#initialSize) {
      this.#other = null;
    }
  }

  /** Ends the current part; the batch goes on in a fresh buffer. */
  #seal(): void {
    if (this.#len > this.#cut) {
      this.#parts.push(this.#buf.subarray(this.#cut, this.#len));
      this.#partsLength += this.#len - this.#cut;
    }
    this.#buf = new Uint8Array(SEAL_AT + 4096);
    this.#len = this.#cut = 0;
  }

  /** Makes room for `n` more bytes, at least doubling so appends stay amortized O(1). */
  #ensure(n: number): void {
    const need = this.#len + n;
    if (need <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(need, this.#buf.length * 2));
    grown.set(this.#buf.subarray(0, this.#len));
    this.#buf = grown;
  }

  /** Writes `<type><n>\r\n`; room must have been ensured. */
  #header(type: number, n: number): void {
    const buf = this.#buf;
    let p = this.#len;
    buf[p++] = type;
    const end = p + digitCount(n);
    for (let q = end - 1; q >= p; q--) {
      buf[q] = DIGIT_0 + n % 10;
      n = Math.floor(n / 10);
    }
    buf[end] = CR;
    buf[end + 1] = LF;
    this.#len = end + 2;
  }

  #crlf(): void {
    const p = this.#len;
    this.#buf[p] = CR;
    this.#buf[p + 1] = LF;
    this.#len = p + 2;
  }

  /** An integer in [0, 1e9): at most 9 digits, so its length header is one digit. */
  #smallInt(n: number): void {
    this.#ensure(BULK_OVERHEAD + 9);
    const digits = digitCount(n);
    const buf = this.#buf;
    let p = this.#len;
    buf[p++] = BULK_STRING;
    buf[p++] = DIGIT_0 + digits;
    buf[p++] = CR;
    buf[p++] = LF;
    for (let q = p + digits - 1; q >= p; q--) {
      buf[q] = DIGIT_0 + n % 10;
      n = (n / 10) | 0;
    }
    p += digits;
    buf[p] = CR;
    buf[p + 1] = LF;
    this.#len = p + 2;
  }

  /** A string known to be ASCII (formatted numbers). */
  #ascii(s: string): void {
    const len = s.length;
    this.#ensure(BULK_OVERHEAD + len);
    this.#header(BULK_STRING, len);
    const buf = this.#buf;
    const p = this.#len;
    for (let i = 0; i < len; i++) buf[p + i] = s.charCodeAt(i);
    this.#len = p + len;
    this.#crlf();
  }

  #bytes(bytes: Uint8Array): void {
    if (bytes.length >= BY_REFERENCE) {
      // A large value goes out as it is: copying it would cost more than a second write.
      this.#ensure(BULK_OVERHEAD);
      this.#header(BULK_STRING, bytes.length);
      this.#parts.push(this.#buf.subarray(this.#cut, this.#len), bytes);
      this.#partsLength += this.#len - this.#cut + bytes.length;
      this.#cut = this.#len;
      return this.#crlf();
    }
    this.#ensure(BULK_OVERHEAD + bytes.length);
    this.#header(BULK_STRING, bytes.length);
    this.#buf.set(bytes, this.#len);
    this.#len += bytes.length;
    this.#crlf();
  }

  #string(s: string): void {
    const len = s.length;
    if (len >= SHORT_STRING) return this.#longString(s);
    // Short strings (keys, fields, small values) are encoded by hand: cheaper than an
    // encodeInto call with its subarray and result object.
    this.#ensure(BULK_OVERHEAD + 3 * len);
    const buf = this.#buf;
    let p = this.#len;
    buf[p] = BULK_STRING;
    if (len < 10) {
      buf[p + 1] = DIGIT_0 + len;
      p += 2;
    } else {
      buf[p + 1] = DIGIT_0 + ((len / 10) | 0);
      buf[p + 2] = DIGIT_0 + len % 10;
      p += 3;
    }
    buf[p] = CR;
    buf[p + 1] = LF;
    p += 2;
    for (let i = 0; i < len; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return this.#shortUtf8(s);
      buf[p + i] = c;
    }
    p += len;
    buf[p] = CR;
    buf[p + 1] = LF;
    this.#len = p + 2;
  }

  /** A short string with non-ASCII characters, as TextEncoder encodes it; room is ensured. */
  #shortUtf8(s: string): void {
    this.#header(BULK_STRING, utf8Length(s));
    const buf = this.#buf;
    let p = this.#len;
    for (let i = 0; i < s.length; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) buf[p++] = c;
      else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 0x3f);
      } else if (
        (c & 0xfc00) === 0xd800 && i + 1 < s.length &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      ) {
        const cp = 0x10000 + ((c & 0x3ff) << 10) + (s.charCodeAt(++i) & 0x3ff);
        buf[p++] = 0xf0 | (cp >> 18);
        buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[p++] = 0x80 | (cp & 0x3f);
      } else {
        if ((c & 0xf800) === 0xd800) c = 0xfffd; // a lone surrogate
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 0x3f);
        buf[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.#len = p;
    this.#crlf();
  }

  #longString(s: string): void {
    const len = s.length;
    const start = this.#len;
    // Encode after a header sized for ASCII; when the text needed more bytes than that,
    // move the payload to fit the real length's header. Room for ASCII first, and only
    // when that did not suffice the exact UTF-8 length, so a big string never reserves 3x.
    // The last 3 bytes stay free for a longer header (UTF-8 <= 3x: one more digit) + CRLF.
    this.#ensure(BULK_OVERHEAD + len);
    let at = start + 1 + digitCount(len) + 2;
    let result = encoder.encodeInto(
      s,
      this.#buf.subarray(at, this.#buf.length - 3),
    );
    if (result.read !== len) {
      const bytes = utf8Length(s);
      this.#ensure(BULK_OVERHEAD + bytes);
      at = start + 1 + digitCount(bytes) + 2;
      result = encoder.encodeInto(
        s,
        this.#buf.subarray(at, this.#buf.length - 3),
      );
    }
    const written = result.written;
    const headerEnd = start + 1 + digitCount(written) + 2;
    if (headerEnd !== at) this.#buf.copyWithin(headerEnd, at, at + written);
    this.#header(BULK_STRING, written);
    this.#len = headerEnd + written;
    this.#crlf();
  }
}

/**
 * Encodes one command as RESP bytes (an array of bulk strings). Off the hot path: the
 * client uses a {@linkcode WriteBuffer}.
 *
 * @throws {TypeError} When an argument is not a string, number, bigint or Uint8Array, or is NaN.
 * @example
 * ```ts
 * import { encodeCommand } from "./encode.ts";
 * const bytes = encodeCommand(["GET", "key"]);
 * console.log(new TextDecoder().decode(bytes)); // "*2\r\n$3\r\nGET\r\n$3\r\nkey\r\n"
 * ```
 */
export function encodeCommand(args: readonly RedisArgument[]): Uint8Array {
  const out = new WriteBuffer(256);
  out.write(args);
  return out.take().slice();
}
