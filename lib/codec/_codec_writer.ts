/**
 * The codec's byte writer: a growable buffer and the encodings of primitives (varints,
 * numbers, bigints, strings and property key headers). The encoder's object graph walk
 * builds on it.
 *
 * @module
 */

import * as F from "./_codec_format.ts";

const CANONICAL_NAN = [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];
const textEncoder = /* @__PURE__ */ new TextEncoder();

function uvarSize(n: number): number {
  let size = 1;
  for (; n >= 0x80; size++) n = Math.floor(n / 0x80);
  return size;
}

/** UTF-8 of a short string into `buf` at `at`; -1 when it holds a lone surrogate. */
function utf8Into(s: string, buf: Uint8Array, at: number): number {
  let p = at;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
    } else if (c < 0x800) {
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      const low = s.charCodeAt(i + 1);
      if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) return -1;
      i++;
      c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
      buf[p++] = 0xf0 | (c >> 18);
      buf[p++] = 0x80 | ((c >> 12) & 0x3f);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p - at;
}

/** A growable buffer with the format's primitive encodings; the version byte comes first. */
export class ByteWriter {
  buf: Uint8Array;
  view: DataView;
  pos = 1;

  constructor(buf: Uint8Array, view: DataView) {
    this.buf = buf;
    this.view = view;
    buf[0] = F.VERSION;
  }

  ensure(n: number): void {
    if (this.pos + n > this.buf.length) this.grow(n);
  }

  grow(n: number): void {
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }

  byte(b: number): void {
    this.ensure(1);
    this.buf[this.pos++] = b;
  }

  /** Unsigned LEB128 varint of a safe integer. */
  uvar(n: number): void {
    this.ensure(8);
    const buf = this.buf;
    let p = this.pos;
    while (n > 0xffffffff) {
      buf[p++] = (n % 0x80) | 0x80;
      n = Math.floor(n / 0x80);
    }
    while (n > 0x7f) {
      buf[p++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    buf[p++] = n;
    this.pos = p;
  }

  number(n: number): void {
    const i = n | 0;
    if (i === n && (i !== 0 || 1 / n > 0)) {
      if (i >= 0 && i < 0x80) return this.byte(F.SMALL_INT | i);
      this.byte(F.INT);
      return this.uvar(((i << 1) ^ (i >> 31)) >>> 0);
    }
    if (n !== 0 && Number.isInteger(n) && Math.abs(n) < 2 ** 52) {
      this.byte(F.INT);
      return this.uvar(n > 0 ? n * 2 : -n * 2 - 1);
    }
    this.float(F.FLOAT64, n);
  }

  float(tag: number, n: number): void {
    this.ensure(9);
    this.buf[this.pos] = tag;
    // One NaN on the wire, whatever payload the runtime carries.
    if (n === n) this.view.setFloat64(this.pos + 1, n, true);
    else this.buf.set(CANONICAL_NAN, this.pos + 1);
    this.pos += 9;
  }

  bigint(v: bigint): void {
    const negative = v < 0n;
    const hex = v === 0n ? "" : (negative ? -v : v).toString(16);
    const size = (hex.length + 1) >> 1;
    this.uvar(size * 2 + (negative ? 1 : 0));
    this.ensure(size);
    // Little-endian: the last two hex digits are the first byte.
    for (let i = 0, end = hex.length; i < size; i++, end -= 2) {
      this.buf[this.pos + i] = parseInt(
        hex.slice(Math.max(0, end - 2), end),
        16,
      );
    }
    this.pos += size;
  }

  /**
   * A string as a value or, with `key`, as a new property key. Latin-1 strings (every
   * code unit below 256) take one byte a char, others UTF-8, and strings with a lone
   * surrogate, which UTF-8 cannot carry, UTF-16.
   */
  string(s: string, key: boolean): void {
    const len = s.length;
    this.ensure(len * 3 + 16);
    const buf = this.buf;
    const pos = this.pos;
    if (len <= F.SHORT_LATIN1_MAX) {
      const start = pos + (key && len >= 32 ? 2 : 1);
      let i = 0;
      for (; i < len; i++) {
        const c = s.charCodeAt(i);
        if (c > 0xff) break;
        buf[start + i] = c;
      }
      if (i === len) {
        if (key) this.uvar(len * 4 + F.KEY_LATIN1);
        else buf[pos] = F.SHORT_LATIN1 + len;
        this.pos = start + len;
        return;
      }
    }
    // Reserve the longest header, write the bytes, then close any gap the real one leaves.
    const reserved = key
      ? uvarSize(len * 12 + F.KEY_UTF8)
      : 1 + uvarSize(len * 3);
    const start = pos + reserved;
    let written: number;
    if (len < 64) {
      written = utf8Into(s, buf, start);
      if (written < 0) return this.utf16(s, key);
    } else {
      written = textEncoder.encodeInto(s, buf.subarray(start)).written;
      if (written !== len && !s.isWellFormed()) return this.utf16(s, key);
    }
    const ascii = written === len;
    const size = key ? uvarSize(written * 4 + 2) : 1 + uvarSize(written);
    if (size !== reserved) buf.copyWithin(pos + size, start, start + written);
    if (key) {
      this.uvar(written * 4 + (ascii ? F.KEY_LATIN1 : F.KEY_UTF8));
    } else {
      buf[this.pos++] = ascii ? F.STRING_LATIN1 : F.STRING_UTF8;
      this.uvar(written);
    }
    this.pos = pos + size + written;
  }

  utf16(s: string, key: boolean): void {
    if (key) this.uvar(s.length * 4 + F.KEY_UTF16);
    else {
      this.byte(F.STRING_UTF16);
      this.uvar(s.length);
    }
    this.ensure(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.buf[this.pos++] = c & 0xff;
      this.buf[this.pos++] = c >> 8;
    }
  }
}
