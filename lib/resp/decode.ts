/**
 * RESP2/RESP3 decoding: an incremental decoder that turns socket chunks into replies,
 * whatever the chunk boundaries, and treats the server's bytes as untrusted.
 *
 * @module
 */

import { ProtocolError, RedisError } from "../errors.ts";

/**
 * A decoded reply. Bulk, verbatim and streamed strings are `Uint8Array`s in bytes mode;
 * RESP3 maps are `Map`s (or {@linkcode RespObject}s), sets are arrays (or `Set`s), error
 * replies are {@linkcode RedisError}s, integers beyond 2^53 and big numbers are bigints.
 */
export type RespValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | Uint8Array
  | RedisError
  | RespValue[]
  | Map<RespValue, RespValue>
  | Set<RespValue>
  | RespObject;

/** A RESP3 map decoded with `maps: "object"`: a null-prototype object with string keys. */
export interface RespObject {
  /** A map value under its key, as a string (numbers and bytes converted). */
  [key: string]: RespValue;
}

/** Safety limits and shapes for a {@linkcode Decoder}. */
export interface DecoderOptions {
  /** Longest bulk, verbatim, blob error or streamed string accepted, in bytes. @default 536870912 (512 MiB, Redis' proto-max-bulk-len) */
  maxBulkLength?: number;
  /** Most elements (map pairs) in one array, map, set, attribute or push. @default 4294967295 (the longest JS array) */
  maxAggregateLength?: number;
  /** Deepest nesting of aggregates. @default 128 */
  maxDepth?: number;
  /** Longest line (simple string, error, number, type header) without its CRLF, in bytes. @default 65536 */
  maxLineLength?: number;
  /** RESP3 maps as `Map`s, or as null-prototype objects with string keys. @default "map" */
  maps?: "map" | "object";
  /** RESP3 sets as arrays (the RESP2 shape), or as `Set`s. @default "array" */
  sets?: "array" | "set";
}

/** Where a {@linkcode Decoder} delivers what it decoded. Handlers must not throw. */
export interface ReplyHandler {
  /**
   * One complete top-level reply; an error reply arrives as a `RedisError`.
   * `attributes` holds every RESP3 attribute map met while decoding it, in order.
   */
  reply(value: RespValue, attributes?: Map<RespValue, RespValue>[]): void;
  /** One complete top-level RESP3 push frame, with the attributes met while decoding it. */
  push(value: RespValue[], attributes?: Map<RespValue, RespValue>[]): void;
}

const CR = 13;
const LF = 10;

// Kinds of the partial aggregates on the stack.
const ARRAY = 0;
const MAP = 1;
const SET = 2;
const ATTRIBUTE = 3;
const PUSH = 4;
/** A streamed string (`$?`): its chunks, until `;0`. */
const STREAM = 5;

/**
 * A bulk payload's buffer holds at most BULK_GROWTH times the bytes received so far, or
 * BULK_RESERVE: memory follows what the server sent, not the length it declared. Up to
 * BULK_RESERVE a payload gets its whole buffer at once, so replies of up to 1 MiB are
 * copied once, as before the bound.
 */
const BULK_RESERVE = 1 << 20;
const BULK_GROWTH = 8;

/** Returned by #count while the line is still incomplete. */
const INCOMPLETE = -3;
/** Returned by #count for `?`: a streamed string or aggregate. */
const STREAMED = -2;

/** Marks a map level that waits for a key, not a value. */
const NO_KEY: unique symbol = Symbol("no key");
/** What a popped container hands up when it is not a value (attribute, push). */
const NOTHING: unique symbol = Symbol("nothing");

/**
 * ASCII strings shorter than this are built in JS: a TextDecoder call costs ~100 ns whatever
 * the length, the JS path less below ~32 bytes (measured on V8, strings flattened by a reader).
 */
const SHORT_STRING = 32;

type Container =
  | RespValue[]
  | Map<RespValue, RespValue>
  | Set<RespValue>
  | RespObject
  | Uint8Array[];

// ignoreBOM keeps a leading U+FEFF: it is data, not a marker.
const textDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

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

function utf8(buf: Uint8Array, start: number, end: number): string {
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
  // Each fromCharCode call and each concatenation allocates a string: make few of them.
  let s = "";
  let i = start;
  for (; i + 16 <= end; i += 16) s += latin1(buf, i, 16);
  return i === start ? latin1(buf, i, end - i) : s + latin1(buf, i, end - i);
}

/** `n` (<= 16) bytes at `i` as one string of as many characters, in one call. */
// deno-fmt-ignore
function latin1(b: Uint8Array, i: number, n: number): string {
  const f = String.fromCharCode;
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

/** Up to 40 bytes of a line, for error messages. */
function lineText(buf: Uint8Array, start: number, end: number): string {
  let i = start;
  while (i < end && i - start < 40 && buf[i] !== CR) i++;
  const text = JSON.stringify(utf8(buf, start, i));
  return i - start === 40 && buf[i] !== CR ? text.slice(0, -1) + '…"' : text;
}

function typeName(type: number): string {
  switch (type) {
    case 36: // $
      return "Bulk string";
    case 61: // =
      return "Verbatim string";
    case 33: // !
      return "Blob error";
    case 59: // ;
      return "Streamed string chunk";
    case 42: // *
      return "Array";
    case 37: // %
      return "Map";
    case 126: // ~
      return "Set";
    case 124: // |
      return "Attribute";
    default:
      return "Push";
  }
}

function byteName(b: number): string {
  const hex = "0x" + b.toString(16).padStart(2, "0");
  return b >= 0x20 && b < 0x7f
    ? `${hex} (${JSON.stringify(String.fromCharCode(b))})`
    : hex;
}

const DOUBLE = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
// Servers write infinities themselves, exactly as RESP3 spells them: `inf`, `-inf`.
// Anything else (`INF`, `+inf`, `Infinity`) is not a server's double.
const INF = /^-?inf$/;
// Redis before 7.2 prints NaN with the libc's printf: "-nan", "NAN", "nan(123)".
const NAN = /^[+-]?nan(\(\w*\))?$/i;
const BIG = /^[+-]?\d+$/;

/** A RESP3 double, or undefined when `text` is not one. */
function parseDouble(text: string): number | undefined {
  if (DOUBLE.test(text)) return Number(text);
  if (INF.test(text)) return text === "inf" ? Infinity : -Infinity;
  if (NAN.test(text)) return NaN;
}

function invalid(
  type: number,
  buf: Uint8Array,
  pos: number,
  end: number,
): ProtocolError {
  const what = type === 95
    ? "null"
    : type === 35
    ? "boolean"
    : type === 44
    ? "double"
    : type === 40
    ? "big number"
    : type === 58
    ? "integer"
    : "end marker";
  const hint = type === 35 ? ": expected #t or #f" : "";
  return new ProtocolError(`Invalid ${what} ${lineText(buf, pos, end)}${hint}`);
}

function mapKey(key: RespValue): string {
  if (typeof key === "string") return key;
  if (key instanceof Uint8Array) return textDecoder.decode(key);
  if (typeof key === "object" && key !== null) {
    // An aggregate (or error) has no string form that keeps it apart from other keys.
    throw new ProtocolError(
      'A map key is an aggregate or an error, which maps: "object" cannot hold: use maps: "map"',
    );
  }
  return String(key);
}

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
export class Decoder {
  /**
   * Decode the bulk, verbatim and streamed strings of the next top-level reply as
   * `Uint8Array` copies instead of UTF-8 text. Read when a reply starts, so the handler
   * may set it inside `reply()` for the one after.
   */
  bytes = false;
  /** Same as {@linkcode Decoder.bytes}, for push frames. */
  pushBytes = false;

  readonly #handler: ReplyHandler;
  readonly #maxBulk: number;
  readonly #maxAggregate: number;
  readonly #maxDepth: number;
  readonly #maxLine: number;
  readonly #mapsAsObjects: boolean;
  readonly #setsAsSets: boolean;

  /** Bytes mode of the top-level value being decoded. */
  #raw = false;
  #attributes: Map<RespValue, RespValue>[] | undefined = undefined;
  #failed = false;
  /** Position after the line #count just parsed. */
  #next = 0;

  // The stack of partial aggregates, as parallel arrays so a level costs no allocation.
  // Made four deep: the first write to an empty array reserves 17 slots, 600 bytes for
  // the four that every connection's HELLO map would leave behind.
  #depth = 0;
  #kinds: number[] = [0, 0, 0, 0];
  /**
   * Items still expected (2 per map pair); for streamed aggregates -1 - items so far; for
   * STREAM the bytes so far.
   */
  #left: number[] = [0, 0, 0, 0];
  #items: (Container | null)[] = [null, null, null, null];
  #keys: (RespValue | typeof NO_KEY)[] = [NO_KEY, NO_KEY, NO_KEY, NO_KEY];
  #inStream = false;

  // A line split across chunks: its bytes so far (bounded by maxLineLength).
  #line: Uint8Array | null = null;
  #lineLen = -1;

  // A bulk payload split across chunks: #bulk grows towards #bulkLength as bytes arrive.
  #bulk: Uint8Array | null = null;
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
    this.#handler = handler;
    this.#maxBulk = options.maxBulkLength ?? 512 * 1024 * 1024;
    this.#maxAggregate = options.maxAggregateLength ?? 2 ** 32 - 1;
    this.#maxDepth = options.maxDepth ?? 128;
    this.#maxLine = options.maxLineLength ?? 64 * 1024;
    this.#mapsAsObjects = options.maps === "object";
    this.#setsAsSets = options.sets === "set";
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
      else if (this.#bulk !== null) pos = this.#resumeBulk(chunk, 0, end);
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
  reset(): void {
    this.#failed = false;
    this.#attributes = undefined;
    this.#depth = 0;
    this.#kinds.length = 0;
    this.#left.length = 0;
    this.#items.length = 0;
    this.#keys.length = 0;
    this.#inStream = false;
    this.#line = null;
    this.#lineLen = -1;
    this.#bulk = null;
  }

  /** Decodes the item whose type byte is at `pos`; returns where the next one starts. */
  #step(buf: Uint8Array, pos: number, end: number): number {
    const type = buf[pos];
    if (this.#depth === 0) {
      this.#raw = type === 62 ? this.pushBytes : this.bytes;
    } else if (this.#inStream && type !== 59) {
      const got = byteName(type);
      throw new ProtocolError(
        `Expected a streamed string chunk (";") but got type byte ${got}`,
      );
    }
    switch (type) {
      case 36: // $ bulk string
      case 61: // = verbatim string
      case 33: // ! blob error
      case 59: { // ; streamed string chunk
        const n = this.#count(buf, pos, end, this.#maxBulk, type);
        if (n === INCOMPLETE) return this.#partialLine(buf, pos, end);
        const start = this.#next;
        if (n < 0) {
          if (n === -1) this.#value(null);
          else this.#push(STREAM, [], 0);
          return start;
        }
        if (type === 59) {
          if (!this.#inStream) {
            throw new ProtocolError(
              'Streamed string chunk (";") outside a streamed string',
            );
          }
          const total = this.#left[this.#depth - 1] + n;
          if (total > this.#maxBulk) {
            throw new ProtocolError(
              `Streamed string length ${total} exceeds the ${this.#maxBulk}-byte limit (maxBulkLength)`,
            );
          }
          if (n === 0) {
            this.#endStream();
            return start;
          }
        }
        const stop = start + n;
        if (stop + 2 <= end) {
          if (buf[stop] !== CR || buf[stop + 1] !== LF) {
            throw this.#noCrlf(type, n);
          }
          this.#payload(type, buf, start, stop, false);
          return stop + 2;
        }
        // Reserve what arrived (or a little), not what the server declared: 14 bytes
        // must not buy 512 MiB. #resumeBulk grows it as the payload comes in.
        this.#bulk = new Uint8Array(
          Math.min(n, Math.max(BULK_RESERVE, BULK_GROWTH * (end - start))),
        );
        this.#bulkLength = n;
        this.#bulkType = type;
        this.#bulkFilled = 0;
        this.#bulkCrlf = 2;
        return this.#resumeBulk(buf, start, end);
      }
      case 43: // + simple string
      case 45: { // - simple error
        const cr = this.#lineEnd(buf, pos, end);
        if (cr === -1) return this.#partialLine(buf, pos, end);
        // "+OK" is most simple replies: skip building the string.
        const text =
          cr === pos + 3 && buf[pos + 1] === 79 && buf[pos + 2] === 75
            ? "OK"
            : utf8(buf, pos + 1, cr);
        this.#value(type === 43 ? text : new RedisError(text));
        return cr + 2;
      }
      case 58: // : integer
        return this.#integer(buf, pos, end);
      case 42: // * array
      case 37: // % map
      case 126: // ~ set
      case 124: // | attribute
      case 62: { // > push
        const n = this.#count(buf, pos, end, this.#maxAggregate, type);
        if (n === INCOMPLETE) return this.#partialLine(buf, pos, end);
        const kind = type === 42
          ? ARRAY
          : type === 37
          ? MAP
          : type === 126
          ? SET
          : type === 124
          ? ATTRIBUTE
          : PUSH;
        if (kind === PUSH && this.#depth !== 0) {
          throw new ProtocolError(
            'Push frame (">") nested inside an aggregate',
          );
        }
        if (n === -1) this.#value(null);
        else this.#open(kind, n);
        return this.#next;
      }
      default:
        return this.#other(buf, pos, end, type);
    }
  }

  /** The rarer line types: null, boolean, double, big number, end of a streamed aggregate. */
  #other(buf: Uint8Array, pos: number, end: number, type: number): number {
    if (
      type !== 95 && type !== 35 && type !== 44 && type !== 40 && type !== 46
    ) {
      throw new ProtocolError(`Unknown RESP type byte ${byteName(type)}`);
    }
    const cr = this.#lineEnd(buf, pos, end);
    if (cr === -1) return this.#partialLine(buf, pos, end);
    const text = utf8(buf, pos + 1, cr);
    if (type === 46) this.#endAggregate(text, buf, pos, end);
    else {
      const value = type === 95
        ? (text === "" ? null : undefined)
        : type === 35
        ? (text === "t" ? true : text === "f" ? false : undefined)
        : type === 44
        ? parseDouble(text)
        : (BIG.test(text) ? BigInt(text) : undefined);
      if (value === undefined) throw invalid(type, buf, pos, end);
      this.#value(value);
    }
    return cr + 2;
  }

  #endAggregate(text: string, buf: Uint8Array, pos: number, end: number): void {
    if (text !== "") throw invalid(46, buf, pos, end);
    const top = this.#depth - 1;
    if (top < 0 || this.#left[top] >= 0) {
      throw new ProtocolError('End marker (".") outside a streamed aggregate');
    }
    if (this.#keys[top] !== NO_KEY) {
      throw new ProtocolError("Streamed map ended between a key and its value");
    }
    const value = this.#pop();
    if (value !== NOTHING) this.#value(value);
  }

  /** Index of the CR ending the line at `pos`, or -1 when the line is incomplete. */
  #lineEnd(buf: Uint8Array, pos: number, end: number): number {
    let i = pos + 1;
    while (i < end && buf[i] !== CR) i++;
    if (i + 1 >= end) return -1;
    if (buf[i + 1] !== LF) {
      throw new ProtocolError(
        `Expected LF after CR in line ${lineText(buf, pos, end)}`,
      );
    }
    if (i - pos > this.#maxLine) throw this.#lineTooLong();
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
      const digit = buf[i] - 48;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
      i++;
    }
    if (i + 1 >= end) {
      if (i === end || buf[i] === CR) return INCOMPLETE;
    } else if (buf[i] === CR && i > pos + 1) {
      if (buf[i + 1] !== LF) {
        throw new ProtocolError(
          `Expected LF after CR in line ${lineText(buf, pos, end)}`,
        );
      }
      if (i - pos > this.#maxLine) throw this.#lineTooLong();
      if (n > limit) {
        const bulk = type === 36 || type === 61 || type === 33 || type === 59;
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
    if (text === "-1" && (type === 36 || type === 42)) return -1;
    if (
      text === "?" && type !== 61 && type !== 33 && type !== 59 && type !== 124
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
    const negative = buf[i] === 45;
    if (negative || buf[i] === 43) i++;
    const first = i;
    let n = 0;
    while (i < end) {
      const digit = buf[i] - 48;
      if (digit < 0 || digit > 9) break;
      n = n * 10 + digit;
      i++;
    }
    if (i + 1 >= end && (i === end || buf[i] === CR)) {
      return this.#partialLine(buf, pos, end);
    }
    if (i === first || buf[i] !== CR || buf[i + 1] !== LF) {
      throw invalid(58, buf, pos, end);
    }
    if (i - pos > this.#maxLine) throw this.#lineTooLong();
    if (i - first > 15) {
      // Beyond 15 digits the float accumulation may be inexact: parse exactly.
      const big = BigInt(utf8(buf, pos + 1, i));
      this.#value(
        big >= -9007199254740991n && big <= 9007199254740991n
          ? Number(big)
          : big,
      );
    } else this.#value(negative ? 0 - n : n);
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
    if (type === 36) {
      this.#value(
        this.#raw
          ? (owned ? buf : buf.slice(start, stop))
          : utf8(buf, start, stop),
      );
    } else if (type === 59) {
      const top = this.#depth - 1;
      (this.#items[top] as Uint8Array[]).push(
        owned ? buf : buf.slice(start, stop),
      );
      this.#left[top] += stop - start;
    } else if (type === 33) {
      this.#value(new RedisError(utf8(buf, start, stop)));
    } else {
      if (stop - start < 4 || buf[start + 3] !== 58) {
        throw new ProtocolError(
          'Verbatim string without its format prefix (such as "txt:")',
        );
      }
      this.#value(
        this.#raw ? buf.slice(start + 4, stop) : utf8(buf, start + 4, stop),
      );
    }
  }

  /** Fills the pending bulk payload from buf[pos, end); returns where it stopped. */
  #resumeBulk(buf: Uint8Array, pos: number, end: number): number {
    let bulk = this.#bulk as Uint8Array;
    let p = pos;
    const missing = this.#bulkLength - this.#bulkFilled;
    if (missing > 0) {
      const n = Math.min(missing, end - p);
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
      this.#bulkFilled += n;
      p += n;
      if (n < missing) return p;
    }
    while (this.#bulkCrlf > 0) {
      if (p === end) return p;
      if (buf[p] !== (this.#bulkCrlf === 2 ? CR : LF)) {
        throw this.#noCrlf(this.#bulkType, this.#bulkLength);
      }
      p++;
      this.#bulkCrlf--;
    }
    this.#bulk = null;
    this.#payload(this.#bulkType, bulk, 0, bulk.length, true);
    return p;
  }

  /** Keeps the incomplete line at buf[pos, end) for the next chunk. */
  #partialLine(buf: Uint8Array, pos: number, end: number): number {
    const n = end - pos;
    // Its content is at least n - 1 bytes (the last one may be the CR).
    if (n - 1 > this.#maxLine) throw this.#lineTooLong();
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
    if (total - (lf === -1 ? 1 : 2) > this.#maxLine) throw this.#lineTooLong();
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
    return this.#bulk === null ? take : this.#resumeBulk(buf, take, end);
  }

  /** Starts an aggregate of `n` items (-2: streamed). */
  #open(kind: number, n: number): void {
    const container: Container = kind === MAP || kind === ATTRIBUTE
      ? (kind === MAP && this.#mapsAsObjects
        ? Object.create(null) as RespObject
        : new Map())
      : kind === SET && this.#setsAsSets
      ? new Set()
      : [];
    this.#push(
      kind,
      container,
      n === STREAMED ? -1 : kind === MAP || kind === ATTRIBUTE ? 2 * n : n,
    );
    if (n === 0) {
      const value = this.#pop();
      if (value !== NOTHING) this.#value(value);
    }
  }

  #push(kind: number, container: Container, left: number): void {
    const d = this.#depth;
    if (d >= this.#maxDepth && kind !== STREAM) {
      throw new ProtocolError(
        `Nesting deeper than ${this.#maxDepth} levels (maxDepth)`,
      );
    }
    this.#kinds[d] = kind;
    this.#left[d] = left;
    this.#items[d] = container;
    this.#keys[d] = NO_KEY;
    this.#depth = d + 1;
    this.#inStream = kind === STREAM;
  }

  /** Removes the finished top container; returns it, or NOTHING after delivering it elsewhere. */
  #pop(): RespValue | typeof NOTHING {
    const top = --this.#depth;
    const kind = this.#kinds[top];
    const container = this.#items[top] as Container;
    this.#items[top] = null;
    this.#inStream = false;
    if (kind === ATTRIBUTE) {
      (this.#attributes ??= []).push(container as Map<RespValue, RespValue>);
      return NOTHING;
    }
    if (kind === PUSH) {
      const attributes = this.#attributes;
      this.#attributes = undefined;
      this.#handler.push(container as RespValue[], attributes);
      return NOTHING;
    }
    return container as RespValue;
  }

  #endStream(): void {
    const top = this.#depth - 1;
    const chunks = this.#items[top] as Uint8Array[];
    const bytes = new Uint8Array(this.#left[top]);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.#pop();
    this.#value(this.#raw ? bytes : textDecoder.decode(bytes));
  }

  /** A value is complete: add it to the open aggregates, or deliver it at the top level. */
  #value(value: RespValue): void {
    let v = value;
    while (this.#depth > 0) {
      const top = this.#depth - 1;
      const kind = this.#kinds[top];
      const items = this.#items[top];
      if (
        kind === ARRAY || kind === PUSH || (kind === SET && !this.#setsAsSets)
      ) {
        (items as RespValue[]).push(v);
      } else if (kind === SET) {
        (items as Set<RespValue>).add(v);
      } else {
        const key = this.#keys[top];
        if (key === NO_KEY) this.#keys[top] = v;
        else {
          this.#keys[top] = NO_KEY;
          if (items instanceof Map) items.set(key, v);
          else (items as RespObject)[mapKey(key)] = v;
        }
      }
      const left = this.#left[top];
      if (left !== 1) {
        if (left > 0) this.#left[top] = left - 1;
        else this.#countStreamed(top, kind, left);
        return;
      }
      const done = this.#pop();
      if (done === NOTHING) return;
      v = done;
    }
    const attributes = this.#attributes;
    this.#attributes = undefined;
    this.#handler.reply(v, attributes);
  }

  /** Streamed aggregates count their items down from -1, so the limit holds for them too. */
  #countStreamed(top: number, kind: number, left: number): void {
    const max = kind === MAP ? 2 * this.#maxAggregate : this.#maxAggregate;
    if (-left > max) {
      const name = kind === MAP
        ? "map"
        : kind === SET
        ? "set"
        : kind === PUSH
        ? "push"
        : "array";
      throw new ProtocolError(
        `Streamed ${name} exceeds the ${this.#maxAggregate}-element limit (maxAggregateLength)`,
      );
    }
    this.#left[top] = left - 1;
  }

  #lineTooLong(): ProtocolError {
    return new ProtocolError(
      `A line is longer than ${this.#maxLine} bytes without a CRLF (maxLineLength)`,
    );
  }

  #noCrlf(type: number, n: number): ProtocolError {
    return new ProtocolError(
      `${typeName(type)} of ${n} bytes is not followed by CRLF`,
    );
  }
}
