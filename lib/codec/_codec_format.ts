/**
 * The codec's wire format: tags, limits and the tables both directions share.
 * `codec.ts` documents the layout; this file is its single source of numbers.
 *
 * @module
 */

/** First byte of every encoding. Bump it when the layout changes incompatibly. */
export const VERSION = 1;

/** Deepest nesting of objects, arrays, maps, sets and error causes, both directions. */
export const MAX_DEPTH = 1000;

/** Largest `maxByteLength` of a resizable ArrayBuffer: the runtime reserves that much. */
export const MAX_RESIZABLE_BYTES = 2 ** 32;

/**
 * Most address space the resizable ArrayBuffers of one encoding may reserve together (the
 * sum of their `maxByteLength`s): 64 MiB, plus 16 bytes per byte of the encoding. Without
 * it, 224 KB of 4 GiB buffers reserve 134 TB. Encoder and decoder apply the same rule,
 * so whatever serializes also deserializes.
 */
export function reservationLimit(encodedLength: number): number {
  return 2 ** 26 + 16 * encodedLength;
}

// Value tags. 0x40..0x7f is a Latin-1 string of 0..63 chars, 0x80..0xff the integer 0..127.
export const UNDEFINED = 0x00;
export const NULL = 0x01;
export const FALSE = 0x02;
export const TRUE = 0x03;
/** Zigzag varint of an integer with magnitude below 2^52 (not -0). */
export const INT = 0x04;
/** IEEE 754 double, little-endian; NaN is always 0x7ff8000000000000. */
export const FLOAT64 = 0x05;
/** Varint `(byteLength << 1) | negative`, then the magnitude, little-endian. */
export const BIGINT = 0x06;
export const STRING_LATIN1 = 0x07;
export const STRING_UTF8 = 0x08;
/** Strings with lone surrogates, which UTF-8 cannot carry: UTF-16LE code units. */
export const STRING_UTF16 = 0x09;
/** Varint id of an object met before (objects are numbered in order of first appearance). */
export const REF = 0x0a;
export const OBJECT = 0x0b;
export const ARRAY = 0x0c;
export const SPARSE_ARRAY = 0x0d;
/** A missing element of an ARRAY, or a missing property of a SHAPED_OBJECT. */
export const HOLE = 0x0e;
export const DATE = 0x0f;
export const REGEXP = 0x10;
export const MAP = 0x11;
export const SET = 0x12;
/** A Number, String, Boolean or BigInt object: this tag, then the primitive. */
export const BOXED = 0x13;
export const ARRAY_BUFFER = 0x14;
export const RESIZABLE_ARRAY_BUFFER = 0x15;
export const VIEW = 0x16;
export const ERROR = 0x17;
export const DOM_EXCEPTION = 0x18;
/**
 * An object with the same keys, in the same order, as an earlier OBJECT: varint shape id
 * (every OBJECT with keys defines the next one), then one value per key, HOLE for a key a
 * getter deleted on the way.
 */
export const SHAPED_OBJECT = 0x19;
export const SHORT_LATIN1 = 0x40;
export const SMALL_INT = 0x80;

/** Longest string written with a one-byte SHORT_LATIN1 header. */
export const SHORT_LATIN1_MAX = 0x3f;

// Property keys: a varint h. 0 ends the properties; otherwise h & 3 says what follows.
export const KEY_END = 0;
export const KEY_UTF16 = 0;
export const KEY_LATIN1 = 1;
export const KEY_UTF8 = 2;
export const KEY_REF = 3;

// ERROR: one byte, the constructor index in its low nibble and these bits above.
export const ERROR_MESSAGE = 0x10;
export const ERROR_STACK = 0x20;
export const ERROR_CAUSE = 0x40;

/** The error constructors structuredClone keeps, by `name`; any other name is an Error. */
export const ERROR_CONSTRUCTORS: readonly ErrorConstructor[] = [
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
];

// VIEW: one byte, the kind's index in TYPED_ARRAYS (or DATA_VIEW) with this bit when the
// view follows a resizable buffer's length.
export const VIEW_LENGTH_TRACKING = 0x80;
export const DATA_VIEW = 0x7f;

/** A typed array constructor: the codec only calls `new` and reads BYTES_PER_ELEMENT. */
export type TypedArrayConstructor = {
  new (
    buffer: ArrayBuffer,
    byteOffset: number,
    length?: number,
  ): ArrayBufferView;
  readonly BYTES_PER_ELEMENT: number;
};

/** Typed array names in wire order; a runtime without Float16Array skips that entry. */
export const TYPED_ARRAYS: readonly string[] = [
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float16Array",
  "Float32Array",
  "Float64Array",
  "BigInt64Array",
  "BigUint64Array",
];

/** The constructor for a TYPED_ARRAYS name, or undefined when this runtime lacks it. */
export function typedArrayConstructor(
  name: string,
): TypedArrayConstructor | undefined {
  const ctor = (globalThis as Record<string, unknown>)[name];
  return typeof ctor === "function"
    ? ctor as unknown as TypedArrayConstructor
    : undefined;
}

/** The index a property key names, or -1 when it is not an array index. */
export function arrayIndex(key: string): number {
  const c = key.charCodeAt(0);
  if (!(c >= 0x30 && c <= 0x39)) return -1;
  const n = Number(key);
  return n >>> 0 === n && n !== 0xffffffff && String(n) === key ? n : -1;
}
