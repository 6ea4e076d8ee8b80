/**
 * RESP2/RESP3 decoding: an incremental decoder that turns socket chunks into replies,
 * whatever the chunk boundaries, and treats the server's bytes as untrusted.
 *
 * Over ~450 lines on purpose: the line, length and bulk steps share the stream position
 * in one class, so the per-byte path makes no calls between objects; the aggregates
 * are its base class, ReplyStack (_stack.ts).
 *
 * @module
 */

import { ProtocolError, RedisError } from "../errors.ts";
import * as T from "./_protocol.ts";
import {
  byteName,
  invalid,
  lineTooLong,
  noCrlf,
  noLf,
  typeName,
} from "./_decode_errors.ts";
import { parseScalar } from "./_scalars.ts";
import { ReplyStack } from "./_stack.ts";
import { streamsText, TextStream, utf8 } from "./_text.ts";
import type {
  DecoderOptions,
  ReplyHandler,
  RespObject,
  RespValue,
} from "./types.ts";

export type { DecoderOptions, ReplyHandler, RespObject, RespValue };

// Module constants, not imported bindings: V8 folds these into the decode loop, while
// every use of an imported binding is a load (measured: 10-20% of decoding small replies).
// Read one by one, not destructured: a bundler then puts the numbers in their place,
// where destructuring would make it build the namespace as an object of getters (0.2 ms
// of a bundled cold start).
const ARRAY = T.ARRAY,
  ATTRIBUTE = T.ATTRIBUTE,
  BIG_NUMBER = T.BIG_NUMBER,
  BLOB_ERROR = T.BLOB_ERROR,
  BOOLEAN = T.BOOLEAN,
  BULK_STRING = T.BULK_STRING,
  CR = T.CR,
  DOUBLE = T.DOUBLE,
  END = T.END,
  INTEGER = T.INTEGER,
  LF = T.LF,
  MAP = T.MAP,
  NULL = T.NULL,
  PUSH = T.PUSH,
  SET = T.SET,
  SIMPLE_ERROR = T.SIMPLE_ERROR,
  SIMPLE_STRING = T.SIMPLE_STRING,
  STREAMED_CHUNK = T.STREAMED_CHUNK,
  VERBATIM_STRING = T.VERBATIM_STRING;

/**
 * A bulk payload's buffer holds at most BULK_GROWTH times the bytes received so far, or
 * BULK_RESERVE: memory follows what the server sent, not the length it declared. Up to
 * BULK_RESERVE a payload gets its whole buffer at once, so replies of up to 1 MiB are
 * copied once, as before the bound.
 */
const BULK_RESERVE = 1 << 20;
const BULK_GROWTH = 8;
/**
 * A bulk string of at least this many bytes that spans chunks is decoded as text chunk by
 * chunk (TextStream) instead of gathered into one buffer first: strings as fast as bytes.
 */
const STREAM_TEXT = 64 * 1024;
/**
 * With `internFrames`, the first INTERN_ITEMS bulk strings of a frame read in one go but
 * its last (a message's kind and channel, a pmessage's kind, pattern and channel) of up
 * to INTERN_BYTES bytes are compared with the last frame's instead of decoded anew.
 */
const INTERN_ITEMS = 3;
const INTERN_BYTES = 64;
/**
 * With `internFrames`, a top-level frame of up to this many bulk strings that is whole
 * in the chunk (a message, a pmessage) is read in one go, not item by item on the stack.
 */
const FLAT_ITEMS = 4;
/** The most bytes of a frame up to its last item that a one-go read keeps to compare. */
const HEAD_BYTES = 128;

// Bytes read inside lines and payloads (the type bytes are in _protocol.ts).
const PLUS = 0x2b;
const MINUS = 0x2d;
const DIGIT_0 = 0x30;
/** Ends a verbatim string's format prefix (`txt:`). */
const COLON = 0x3a;
const LETTER_O = 0x4f;
const LETTER_K = 0x4b;

/** Returned by #count while the line is still incomplete. */
const INCOMPLETE = -3;
/** Returned by #count for `?`: a streamed string or aggregate. */
const STREAMED = -2;

/**
 * An incremental RESP2/RESP3 decoder. Feed it socket chunks, split anywhere; it calls the
 * handler once per complete reply or push frame, in order. It keeps only the unfinished
 * tail: an explicit stack of partial aggregates, the bounded tail of a partial line, and
 * a bulk string's destination, which grows as its bytes arrive (to at most 8 times what
 * arrived, or 1 MiB).
 *
 * @example
 * ```ts
 * import { Decoder } from "./decode.ts";
 * const replies: unknown[] = [];
 * const decoder = new Decoder({
 *   reply: (value) => replies.push(value),
 *   push: (frame) => console.log("push", frame),
 * });
 * const bytes = new TextEncoder().encode("+OK\r\n$5\r\nhello\r\n:42\r\n");
 * decoder.feed(bytes.subarray(0, 9)); // split anywhere
 * decoder.feed(bytes.subarray(9));
 * console.log(replies); // ["OK", "hello", 42]
 * ```
 */
export class Decoder extends ReplyStack {
  /**
   * Decode the bulk, verbatim and streamed strings of the next top-level reply as
   * `Uint8Array` copies instead of UTF-8 text. Read when a reply starts, so the handler
   * may set it inside `reply()` for the one after.
   */
  bytes = false;
  /** Same as {@linkcode Decoder.bytes}, for push frames. */
  pushBytes = false;
  /**
   * Decode for a subscriber, whose frames repeat their kind and channel: read a top-level
   * array or push frame of a few bulk strings that is whole in the chunk in one go, and
   * reuse the strings of its items but the last while their bytes repeat (no string to
   * build per message, and one whose hash the channel lookup has already computed). The
   * values are the same as without it.
   */
  internFrames = false;

  readonly #maxBulk: number;
  readonly #maxAggregate: number;
  readonly #maxLine: number;

  /** Bytes mode of the top-level value being decoded. */
  #raw = false;
  #failed = false;
  /** Position after the line #count just parsed. */
  #next = 0;
  // With internFrames (made on first use: only a subscriber's decoder needs them): the
  // last strings of a one-go frame's first items; the last one-go frame's bytes up to
  // its last item, and its items.
  #recent: string[] | undefined;
  #head: Uint8Array | undefined;
  #headLength = 0;
  #headItems: RespValue[] | undefined;

  // A line split across chunks: its bytes so far (bounded by maxLineLength).
  #line: Uint8Array | null = null;
  #lineLen = -1;

  // A bulk payload split across chunks: #bulk grows towards #bulkLength as bytes arrive,
  // or, for a large string, #text decodes them as they arrive.
  #pending = false;
  #bulk: Uint8Array | null = null;
  /** A gathered large string's buffer, held weakly for the next one (see #spareFor). */
  #spare: WeakRef<Uint8Array> | undefined = undefined;
  #text: TextStream | undefined = undefined;
  #textActive = false;
  #bulkLength = 0;
  #bulkType = 0;
  #bulkFilled = 0;
  /** CRLF bytes still expected after the bulk payload. */
  #bulkCrlf = 0;

  /**
   * Creates a decoder that delivers to `handler`.
   *
   * @example
   * ```ts
   * import { Decoder } from "./decode.ts";
   * const decoder = new Decoder(
   *   { reply: (value) => console.log(value), push: () => {} },
   *   { maps: "object", maxBulkLength: 1 << 20 },
   * );
   * decoder.feed(new TextEncoder().encode("%1\r\n+a\r\n:1\r\n")); // { a: 1 }
   * ```
   */
  constructor(handler: ReplyHandler, options: DecoderOptions = {}) {
    const maxAggregate = options.maxAggregateLength ?? 2 ** 32 - 1;
    super(handler, {
      maxAggregate,
      maxDepth: options.maxDepth ?? 128,
      mapsAsObjects: options.maps === "object",
      setsAsSets: options.sets === "set",
    });
    this.#maxBulk = options.maxBulkLength ?? 512 * 1024 * 1024;
    this.#maxAggregate = maxAggregate;
    this.#maxLine = options.maxLineLength ?? 64 * 1024;
  }

  /**
   * Consumes a chunk, calling the handler for each reply it completes. The chunk is only
   * read during the call; the decoder copies what it keeps.
   *
   * @throws {ProtocolError} When the bytes break RESP or a limit. The decoder then refuses
   *   more input until {@linkcode Decoder.reset}.
   * @example
   * ```ts
   * import { Decoder } from "./decode.ts";
   * const decoder = new Decoder({ reply: (v) => console.log(v), push: () => {} });
   * decoder.feed(new TextEncoder().encode("$3\r\nab"));
   * decoder.feed(new TextEncoder().encode("c\r\n")); // "abc"
   * ```
   */
  feed(chunk: Uint8Array): void {
    if (this.#failed) {
      throw new ProtocolError(
        "The decoder stopped at an earlier error: reset() it before feeding a new stream",
      );
    }
    const end = chunk.length;
    try {
      let pos = 0;
      if (this.#lineLen !== -1) pos = this.#resumeLine(chunk, end);
      else if (this.#pending) pos = this.#resumeBulk(chunk, 0, end);
      while (pos < end) pos = this.#step(chunk, pos, end);
    } catch (error) {
      // The stream position is lost (bad bytes, or a handler threw mid-chunk).
      this.#failed = true;
      throw error;
    }
  }

  /**
   * Drops all partial state, for a new stream (after a reconnect). `bytes` and
   * `pushBytes` keep their values.
   *
   * @example
   * ```ts
   * import { Decoder } from "./decode.ts";
   * const decoder = new Decoder({ reply: (v) => console.log(v), push: () => {} });
   * decoder.feed(new TextEncoder().encode("*2\r\n:1\r\n")); // half a reply, then the socket died
   * decoder.reset();
   * decoder.feed(new TextEncoder().encode("+PONG\r\n")); // "PONG"
   * ```
   */
  override reset(): void {
    this.#failed = false;
    super.reset();
    this.#line = null;
    this.#lineLen = -1;
    this.#pending = false;
    this.#bulk = null;
    this.#text = undefined;
    this.#textActive = false;
  }

  /** Decodes the item whose type byte is at `pos`; returns where the next one starts. */
  #step(buf: Uint8Array, pos: number, end: number): number {
    const type = buf[pos];
    if (this.depth === 0) {
      this.#raw = type === PUSH ? this.pushBytes : this.bytes;
    } else if (this.inStream && type !== STREAMED_CHUNK) {
      const got = byteName(type);
      throw new ProtocolError(
        `Expected a streamed string chunk (";") but got type byte ${got}`,
      );
    }
    switch (type) {
      case BULK_STRING:
      case VERBATIM_STRING:
      case BLOB_ERROR:
      case STREAMED_CHUNK: {
        const n = this.#count(buf, pos, end, this.#maxBulk, type);
        if (n === INCOMPLETE) return this.#partialLine(buf, pos, end);
        const start = this.#next;
        if (n < 0) {
          if (n === -1) this.value(null);
          else this.openStream();
          return start;
        }
        if (type === STREAMED_CHUNK) {
          if (!this.inStream) {
            throw new ProtocolError(
              'Streamed string chunk (";") outside a streamed string',
            );
          }
          const total = this.streamLength() + n;
          if (total > this.#maxBulk) {
            throw new ProtocolError(
              `Streamed string length ${total} exceeds the ${this.#maxBulk}-byte limit (maxBulkLength)`,
            );
          }
          if (n === 0) {
            this.endStream(this.#raw);
            return start;
          }
        }
        const stop = start + n;
        if (stop + 2 <= end) {
          if (buf[stop] !== CR || buf[stop + 1] !== LF) {
            throw noCrlf(type, n);
          }
          this.#payload(type, buf, start, stop, false);
          return stop + 2;
        }
        return this.#startBulk(type, n, buf, start, end);
      }
      case SIMPLE_STRING:
      case SIMPLE_ERROR: {
        const cr = this.#lineEnd(buf, pos, end);
        if (cr === -1) return this.#partialLine(buf, pos, end);
        // "+OK" is most simple replies: skip building the string.
        const text = cr === pos + 3 && buf[pos + 1] === LETTER_O &&
            buf[pos + 2] === LETTER_K
          ? "OK"
          : utf8(buf, pos + 1, cr);
        this.value(
          type === SIMPLE_STRING ? text : new RedisError(text),
        );
        return cr + 2;
      }
      case INTEGER:
        return this.#integer(buf, pos, end);
      case ARRAY:
      case MAP:
      case SET:
      case ATTRIBUTE:
      case PUSH: {
        // The same first lines as a bulk string's, kept apart on purpose: a shared helper
        // would test the type a second time on the hot path, for four lines.
        const n = this.#count(buf, pos, end, this.#maxAggregate, type);
        if (n === INCOMPLETE) return this.#partialLine(buf, pos, end);
        const next = this.#next;
        if (n === -1) this.value(null);
        else if (
          this.internFrames && this.depth === 0 && n >= 0 && n <= FLAT_ITEMS &&
          (type === PUSH || type === ARRAY)
        ) {
          const after = this.#flatFrame(type, n, buf, pos, next, end);
          if (after !== -1) return after;
          this.open(type, n);
        } else this.open(type, n);
        return next;
      }
      default:
        return this.#other(buf, pos, end, type);
    }
  }

  /** The rarer line types: null, boolean, double, big number, end of a streamed aggregate. */
  #other(buf: Uint8Array, pos: number, end: number, type: number): number {
    if (
      type !== NULL && type !== BOOLEAN && type !== DOUBLE &&
      type !== BIG_NUMBER && type !== END
    ) {
      throw new ProtocolError(`Unknown RESP type byte ${byteName(type)}`);
    }
    const cr = this.#lineEnd(buf, pos, end);
    if (cr === -1) return this.#partialLine(buf, pos, end);
    const text = utf8(buf, pos + 1, cr);
    if (type === END) {
      if (text !== "") throw invalid(END, buf, pos, end);
      this.endAggregate();
    } else {
      const value = parseScalar(type, text);
      if (value === undefined) throw invalid(type, buf, pos, end);
      this.value(value);
    }
    return cr + 2;
  }

  /** Index of the CR ending the line at `pos`, or -1 when the line is incomplete. */
  #lineEnd(buf: Uint8Array, pos: number, end: number): number {
    let i = pos + 1;
    while (i < end && buf[i] !== CR) i++;
    if (i + 1 >= end) return -1;
    if (buf[i + 1] !== LF) throw noLf(buf, pos, end);
    if (i - pos > this.#maxLine) throw lineTooLong(this.#maxLine);
    return i;
  }

  /**
   * Parses a length or count line (the type byte is at `pos`): returns it, -1 for a null
   * (`$-1`, `*-1`), STREAMED for `?`, or INCOMPLETE; sets #next past the CRLF.
   */
  #count(
    buf: Uint8Array,
    pos: number,
    end: number,
    limit: number,
    type: number,
  ): number {
    let i = pos + 1;
    let n = 0;
    while (i < end) {
      const digit = buf[i] - DIGIT_0;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
      i++;
    }
    if (i + 1 >= end) {
      if (i === end || buf[i] === CR) return INCOMPLETE;
    } else if (buf[i] === CR && i > pos + 1) {
      if (buf[i + 1] !== LF) throw noLf(buf, pos, end);
      if (i - pos > this.#maxLine) throw lineTooLong(this.#maxLine);
      if (n > limit) {
        const bulk = type === BULK_STRING || type === VERBATIM_STRING ||
          type === BLOB_ERROR || type === STREAMED_CHUNK;
        const unit = bulk ? "byte" : "element";
        const option = bulk ? "maxBulkLength" : "maxAggregateLength";
        const length = `${typeName(type)} length ${utf8(buf, pos + 1, i)}`;
        throw new ProtocolError(
          `${length} exceeds the ${limit}-${unit} limit (${option})`,
        );
      }
      this.#next = i + 2;
      return n;
    }
    return this.#specialCount(buf, pos, end, type);
  }

  /** A count that is not plain digits: `-1`, `?`, or an error. */
  #specialCount(
    buf: Uint8Array,
    pos: number,
    end: number,
    type: number,
  ): number {
    const cr = this.#lineEnd(buf, pos, end);
    if (cr === -1) return INCOMPLETE;
    const text = utf8(buf, pos + 1, cr);
    this.#next = cr + 2;
    if (text === "-1" && (type === BULK_STRING || type === ARRAY)) {
      return -1;
    }
    if (
      text === "?" && type !== VERBATIM_STRING && type !== BLOB_ERROR &&
      type !== STREAMED_CHUNK && type !== ATTRIBUTE
    ) {
      return STREAMED;
    }
    throw new ProtocolError(
      `Invalid ${typeName(type).toLowerCase()} length ${
        JSON.stringify(text.slice(0, 40))
      }: expected digits`,
    );
  }

  #integer(buf: Uint8Array, pos: number, end: number): number {
    let i = pos + 1;
    const negative = buf[i] === MINUS;
    if (negative || buf[i] === PLUS) i++;
    const first = i;
    let n = 0;
    while (i < end) {
      const digit = buf[i] - DIGIT_0;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
      i++;
    }
    if (i + 1 >= end && (i === end || buf[i] === CR)) {
      return this.#partialLine(buf, pos, end);
    }
    if (i === first || buf[i] !== CR || buf[i + 1] !== LF) {
      throw invalid(INTEGER, buf, pos, end);
    }
    if (i - pos > this.#maxLine) throw lineTooLong(this.#maxLine);
    if (i - first > 15) {
      // Beyond 15 digits the float accumulation may be inexact: parse exactly.
      const big = BigInt(utf8(buf, pos + 1, i));
      this.value(
        big >= -9007199254740991n && big <= 9007199254740991n
          ? Number(big)
          : big,
      );
    } else this.value(negative ? 0 - n : n);
    return i + 2;
  }

  /** A bulk-like payload is complete in buf[start, stop). `owned`: buf is ours to keep. */
  #payload(
    type: number,
    buf: Uint8Array,
    start: number,
    stop: number,
    owned: boolean,
  ): void {
    if (type === BULK_STRING) {
      this.value(
        this.#raw
          ? (owned ? buf : buf.slice(start, stop))
          : utf8(buf, start, stop),
      );
    } else if (type === STREAMED_CHUNK) {
      this.streamChunk(owned ? buf : buf.slice(start, stop));
    } else if (type === BLOB_ERROR) {
      this.value(new RedisError(utf8(buf, start, stop)));
    } else {
      if (stop - start < 4 || buf[start + 3] !== COLON) {
        throw new ProtocolError(
          'Verbatim string without its format prefix (such as "txt:")',
        );
      }
      this.value(
        this.#raw ? buf.slice(start + 4, stop) : utf8(buf, start + 4, stop),
      );
    }
  }

  /**
   * Reads the `n` items of a top-level array or push frame (its type byte at `frame`,
   * its items at buf[pos, end)) in one go when they are all bulk strings and all there;
   * returns where the next reply starts, or -1 (nothing delivered) for the decoder to go
   * item by item. A bulk string that breaks a limit or its framing throws here as it
   * would there. When the frame's bytes up to its last item are the last frame's (a
   * channel's messages), its items up to there are that frame's strings.
   */
  #flatFrame(
    type: number,
    n: number,
    buf: Uint8Array,
    frame: number,
    pos: number,
    end: number,
  ): number {
    // Sized up front: a first push would reserve 17 slots.
    const items: RespValue[] = new Array(n);
    let p = pos;
    let k = 0;
    const head = this.#head;
    const h = this.#headLength;
    if (head !== undefined && !this.#raw && frame + h < end) {
      let j = 0;
      while (j < h && head[j] === buf[frame + j]) j++;
      if (j === h) {
        for (; k < n - 1; k++) items[k] = this.#headItems![k];
        p = frame + h;
      }
    }
    const fromHead = k > 0;
    let last = p;
    for (; k < n; k++) {
      last = p;
      if (p >= end || buf[p] !== BULK_STRING) break;
      const length = this.#count(buf, p, end, this.#maxBulk, BULK_STRING);
      if (length < 0) break; // incomplete, null or streamed
      const start = this.#next;
      const stop = start + length;
      if (stop + 2 > end) break;
      if (buf[stop] !== CR || buf[stop + 1] !== LF) {
        throw noCrlf(BULK_STRING, length);
      }
      // The last item is the message itself, which is seldom the one before.
      items[k] = this.#raw
        ? buf.slice(start, stop)
        : k < n - 1
        ? this.#interned(k, buf, start, stop)
        : utf8(buf, start, stop);
      p = stop + 2;
    }
    if (k < n) return -1;
    if (!fromHead && !this.#raw && n > 1 && last - frame <= HEAD_BYTES) {
      const bytes = this.#head ??= new Uint8Array(HEAD_BYTES);
      for (let j = frame; j < last; j++) bytes[j - frame] = buf[j];
      this.#headLength = last - frame;
      this.#headItems = items.slice(0, n - 1);
    }
    this.frame(type, items);
    return p;
  }

  /**
   * buf[start, stop), item `i` of a one-go frame, as text: the same string as that item
   * of the last frame when the bytes are the same ASCII. Only ASCII: a byte of 0x80 or
   * more can equal a char of a string decoded from other bytes (U+00E9 from C3 A9 is
   * U+00E9, while a lone E9 decodes to U+FFFD).
   */
  #interned(i: number, buf: Uint8Array, start: number, stop: number): string {
    const n = stop - start;
    if (i >= INTERN_ITEMS || n > INTERN_BYTES) return utf8(buf, start, stop);
    const recent = this.#recent ??= ["", "", ""];
    const last = recent[i];
    if (last.length === n) {
      let j = 0;
      while (
        j < n && buf[start + j] < 0x80 && last.charCodeAt(j) === buf[start + j]
      ) {
        j++;
      }
      if (j === n) return last;
    }
    return recent[i] = utf8(buf, start, stop);
  }

  /** Starts a bulk payload of `n` bytes that goes on past this chunk. */
  #startBulk(
    type: number,
    n: number,
    buf: Uint8Array,
    start: number,
    end: number,
  ): number {
    if (
      type === BULK_STRING && !this.#raw && n >= STREAM_TEXT && streamsText
    ) {
      this.#text ??= new TextStream();
      this.#textActive = true;
    } else {
      // Reserve what arrived (or a little), not what the server declared: 14 bytes
      // must not buy 512 MiB. #resumeBulk grows it as the payload comes in.
      this.#bulk = this.#spareFor(type, n) ?? new Uint8Array(
        Math.min(n, Math.max(BULK_RESERVE, BULK_GROWTH * (end - start))),
      );
    }
    this.#pending = true;
    this.#bulkLength = n;
    this.#bulkType = type;
    this.#bulkFilled = 0;
    this.#bulkCrlf = 2;
    return this.#resumeBulk(buf, start, end);
  }

  /** Fills the pending bulk payload from buf[pos, end); returns where it stopped. */
  #resumeBulk(buf: Uint8Array, pos: number, end: number): number {
    let p = pos;
    const missing = this.#bulkLength - this.#bulkFilled;
    if (missing > 0) {
      const n = Math.min(missing, end - p);
      if (this.#textActive) this.#text!.write(buf, p, p + n);
      else this.#copyBulk(buf, p, n);
      this.#bulkFilled += n;
      p += n;
      if (n < missing) return p;
    }
    while (this.#bulkCrlf > 0) {
      if (p === end) return p;
      if (buf[p] !== (this.#bulkCrlf === 2 ? CR : LF)) {
        throw noCrlf(this.#bulkType, this.#bulkLength);
      }
      p++;
      this.#bulkCrlf--;
    }
    this.#pending = false;
    if (this.#textActive) {
      this.#textActive = false;
      this.value(this.#text!.end());
    } else {
      const bulk = this.#bulk!;
      this.#bulk = null;
      this.#payload(this.#bulkType, bulk, 0, bulk.length, true);
      // Decoded, a large string's bytes are garbage: kept for the next one.
      if (
        this.#bulkType === BULK_STRING && !this.#raw &&
        bulk.length >= STREAM_TEXT &&
        bulk.buffer !== this.#spare?.deref()?.buffer
      ) {
        this.#spare = new WeakRef(bulk);
      }
    }
    return p;
  }

  /**
   * The first `n` bytes of the spare buffer, for a text bulk string of STREAM_TEXT bytes
   * or more, when it has them. Only Bun gathers such strings (streamsText), and there
   * a fresh buffer per string, garbage once decoded, was their gap to bytes, which hand
   * the gathered buffer over: Bun 1.4, 1 MiB GET string / bytes 0.73-0.79 with a fresh
   * buffer, 0.88-0.90 with the spare (`deno task bench --only sizes`, two runs each).
   * Held weakly: an idle connection keeps none of it past a collection.
   */
  #spareFor(type: number, n: number): Uint8Array | undefined {
    if (type !== BULK_STRING || this.#raw || n < STREAM_TEXT) return undefined;
    const spare = this.#spare?.deref();
    return spare !== undefined && spare.length >= n
      ? spare.subarray(0, n)
      : undefined;
  }

  /** Copies `n` bytes at buf[p] to the pending payload's buffer, growing it as needed. */
  #copyBulk(buf: Uint8Array, p: number, n: number): void {
    let bulk = this.#bulk!;
    const filled = this.#bulkFilled + n;
    if (filled > bulk.length) {
      // Few regrowths (so few copies), and never far ahead of what arrived.
      const grown = new Uint8Array(
        Math.min(this.#bulkLength, BULK_GROWTH * filled),
      );
      grown.set(bulk.subarray(0, this.#bulkFilled));
      bulk = this.#bulk = grown;
    }
    bulk.set(buf.subarray(p, p + n), this.#bulkFilled);
  }

  /** Keeps the incomplete line at buf[pos, end) for the next chunk. */
  #partialLine(buf: Uint8Array, pos: number, end: number): number {
    const n = end - pos;
    // Its content is at least n - 1 bytes (the last one may be the CR).
    if (n - 1 > this.#maxLine) throw lineTooLong(this.#maxLine);
    let line = this.#line;
    if (line === null || line.length < n) {
      line = this.#line = new Uint8Array(
        Math.min(Math.max(64, n * 2), this.#maxLine + 2),
      );
    }
    line.set(buf.subarray(pos, end));
    this.#lineLen = n;
    return end;
  }

  /** Completes the kept line with the start of a new chunk; returns where decoding goes on. */
  #resumeLine(buf: Uint8Array, end: number): number {
    let line = this.#line as Uint8Array;
    const len = this.#lineLen;
    // The line ends at the first LF right after a CR (the CR may be the kept tail's last byte).
    let lf = buf.indexOf(LF);
    while (lf !== -1 && (lf === 0 ? line[len - 1] : buf[lf - 1]) !== CR) {
      lf = buf.indexOf(LF, lf + 1);
    }
    const take = lf === -1 ? end : lf + 1;
    const total = len + take;
    if (total - (lf === -1 ? 1 : 2) > this.#maxLine) {
      throw lineTooLong(this.#maxLine);
    }
    if (line.length < total) {
      const grown = new Uint8Array(
        Math.min(Math.max(total, line.length * 2), this.#maxLine + 2),
      );
      grown.set(line.subarray(0, len));
      line = this.#line = grown;
    }
    line.set(buf.subarray(0, take), len);
    if (lf === -1) {
      this.#lineLen = total;
      return end;
    }
    this.#lineLen = -1;
    // The line is complete, so #step consumes all of it; a bulk payload goes on in buf.
    this.#step(line, 0, total);
    return this.#pending ? this.#resumeBulk(buf, take, end) : take;
  }
}
