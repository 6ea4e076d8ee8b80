/**
 * Bytes to text for the RESP decoder: short ASCII strings built in JS, the rest by one
 * TextDecoder call (or, on Node, Buffer's Latin-1 slice for large ASCII), and large bulk
 * strings decoded piece by piece as their chunks arrive ({@linkcode TextStream}).
 *
 * @module
 */

import { latin1 } from "../_latin1.ts";

/**
 * ASCII strings shorter than this are built in JS: a TextDecoder call costs ~100 ns whatever
 * the length, the JS path less below ~32 bytes (measured on V8, strings flattened by a reader).
 */
const SHORT_STRING = 32;

// ignoreBOM keeps a leading U+FEFF: it is data, not a marker.
/** The decoder of every RESP text but large bulk strings. */
export const textDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * On Node, TextDecoder runs at ~1 GB/s, while `buffer.isAscii` then Buffer's `latin1Slice`
 * turn ASCII into a string ~5x faster; Deno's and Bun's TextDecoder are already faster
 * than that. Used from this length on; undefined elsewhere.
 */
const LARGE_STRING = 4096;
const nodeAscii = nodeAsciiDecoder();

function nodeAsciiDecoder():
  | ((view: Uint8Array) => string | undefined)
  | undefined {
  const g = globalThis as {
    process?: { getBuiltinModule?: (name: string) => unknown };
    Buffer?: { prototype?: { latin1Slice?: unknown } };
  };
  if ("Deno" in g || "Bun" in g) return undefined;
  const buffer = g.process?.getBuiltinModule?.("node:buffer") as
    | { isAscii?: (view: Uint8Array) => boolean }
    | undefined;
  const isAscii = buffer?.isAscii;
  const latin1Slice = g.Buffer?.prototype?.latin1Slice as
    | ((this: Uint8Array, start: number, end: number) => string)
    | undefined;
  if (!isAscii || !latin1Slice) return undefined;
  return (view) =>
    isAscii(view) ? latin1Slice.call(view, 0, view.length) : undefined;
}

/** The bytes buf[start, end) as text, invalid UTF-8 as U+FFFD, a leading BOM kept. */
export function utf8(buf: Uint8Array, start: number, end: number): string {
  if (end - start >= SHORT_STRING) {
    const view = buf.subarray(start, end);
    if (nodeAscii && end - start >= LARGE_STRING) {
      const text = nodeAscii(view);
      if (text !== undefined) return text;
    }
    return textDecoder.decode(view);
  }
  let ascii = 0;
  for (let i = start; i < end; i++) ascii |= buf[i];
  if (ascii >= 0x80) return textDecoder.decode(buf.subarray(start, end));
  return latin1(buf, start, end);
}

/**
 * Whether large strings are decoded as they arrive. Not on Bun: its TextDecoder reads a
 * view that does not start its buffer at a quarter of its speed, and its sockets hand
 * over 512 KiB chunks, so one decode of the gathered payload is faster there
 * (bench/decode_bulk.ts, Bun 1.4). The Decoder gathers them into the last one's buffer.
 */
export const streamsText = !("Bun" in globalThis);

/** Pieces of at least this many bytes are decoded where they arrived, without a copy. */
const PIECE = 16 * 1024;
/** Smaller pieces are gathered up to this many bytes, then decoded at once. */
const STAGE = 64 * 1024;

/**
 * Where the bytes buf[start, end) may be cut so that decoding the two sides apart gives
 * the text of decoding them together: before the last lead byte when its sequence may
 * still be incomplete (a UTF-8 sequence has at most 4 bytes), else at `end`.
 */
function completeEnd(buf: Uint8Array, start: number, end: number): number {
  for (let i = end - 1; i >= start && i >= end - 3; i--) {
    const b = buf[i];
    if (b < 0x80) return end;
    if (b >= 0xc0) return i;
  }
  return end;
}

/**
 * A large bulk string decoded as its chunks arrive: each piece becomes text at once, so
 * the payload is never gathered into one buffer and copied again (memory still follows
 * the bytes received). The pieces are cut between UTF-8 sequences, and decoding a cut
 * piece by piece gives exactly the text of one TextDecoder call on the whole: a sequence
 * split across chunks waits in a small stage for its end. The result is the pieces
 * joined, which the engine flattens on first use.
 *
 * @example
 * ```ts
 * import { TextStream } from "./_text.ts";
 * const bytes = new TextEncoder().encode("é".repeat(20_000));
 * const text = new TextStream();
 * text.write(bytes, 0, 20_001); // ends in the middle of an "é"
 * text.write(bytes, 20_001, bytes.length);
 * console.log(text.end() === "é".repeat(20_000)); // true
 * ```
 */
export class TextStream {
  #text = "";
  /** Bytes not decoded yet: small pieces, or a sequence cut by the end of a chunk. */
  #stage: Uint8Array | null = null;
  #staged = 0;

  /** Adds the bytes buf[start, end). The buffer is only read during the call. */
  write(buf: Uint8Array, start: number, end: number): void {
    let p = start;
    if (this.#staged > 0 && this.#staged < 4 && end - p >= PIECE) {
      // Complete the waiting sequence with the chunk's continuation bytes, if any.
      let k = p;
      while (k < end && k - p < 3 && (buf[k] & 0xc0) === 0x80) k++;
      this.#add(buf, p, k);
      this.#flush(this.#staged);
      p = k;
    }
    if (this.#staged === 0 && end - p >= PIECE) {
      const cut = completeEnd(buf, p, end);
      this.#text += utf8(buf, p, cut);
      p = cut;
    }
    while (p < end) {
      const n = Math.min(end - p, STAGE - this.#staged);
      this.#add(buf, p, p + n);
      p += n;
      if (this.#staged === STAGE) {
        this.#flush(completeEnd(this.#stage!, 0, STAGE));
      }
    }
  }

  /** The text of everything written; the stream is then empty for the next string. */
  end(): string {
    const text = this.#staged === 0
      ? this.#text
      : this.#text + utf8(this.#stage!, 0, this.#staged);
    this.#text = "";
    this.#stage = null;
    this.#staged = 0;
    return text;
  }

  #add(buf: Uint8Array, start: number, end: number): void {
    const need = this.#staged + end - start;
    let stage = this.#stage;
    if (stage === null || stage.length < need) {
      // Grown to what comes, up to STAGE: the tail of a large string, a few bytes in
      // the next chunk, costs no 64 KiB (on Node, a 64 KiB GET is 65,536 B + 10).
      const old = stage?.length ?? 0;
      stage = new Uint8Array(Math.min(STAGE, Math.max(need, 2 * old, 256)));
      if (this.#staged > 0) stage.set(this.#stage!.subarray(0, this.#staged));
      this.#stage = stage;
    }
    stage.set(buf.subarray(start, end), this.#staged);
    this.#staged = need;
  }

  /** Decodes the stage up to `cut` and keeps the rest (a cut sequence) at its start. */
  #flush(cut: number): void {
    const stage = this.#stage!;
    this.#text += utf8(stage, 0, cut);
    stage.copyWithin(0, cut, this.#staged);
    this.#staged -= cut;
  }
}
