/**
 * The codec's encoder: one pass over the value into a growable buffer.
 *
 * @module
 */

import * as F from "./_codec_format.ts";

// What an object is, decided once per object. Each exotic kind is confirmed by a brand
// check (an intrinsic getter that throws on anything else), never by its prototype alone.
const PLAIN = 0;
const ARRAY = 1;
const DATE = 2;
const REGEXP = 3;
const MAP = 4;
const SET = 5;
const NUMBER_OBJECT = 6;
const STRING_OBJECT = 7;
const BOOLEAN_OBJECT = 8;
const BIGINT_OBJECT = 9;
const ARRAY_BUFFER = 10;
const VIEW = 11;
const ERROR = 12;
const DOM_EXCEPTION = 13;
const REJECT = 14;

type Method = (this: unknown, ...args: unknown[]) => unknown;

function getter(
  proto: object | undefined,
  key: PropertyKey,
): Method | undefined {
  return proto &&
    Object.getOwnPropertyDescriptor(proto, key)?.get as Method | undefined;
}

// Intrinsics, taken before any user code runs, so an own property named like them
// (a `size` on a Map, a `buffer` on a view) cannot change what we read.
const objectToString = Object.prototype.toString as Method;
const functionToString = Function.prototype.toString as Method;
const typedArrayPrototype = Object.getPrototypeOf(Int8Array.prototype);
const typedArrayName = getter(typedArrayPrototype, Symbol.toStringTag)!;
const typedArrayBuffer = getter(typedArrayPrototype, "buffer")!;
const typedArrayOffset = getter(typedArrayPrototype, "byteOffset")!;
const typedArrayLength = getter(typedArrayPrototype, "length")!;
const dataViewBuffer = getter(DataView.prototype, "buffer")!;
const dataViewOffset = getter(DataView.prototype, "byteOffset")!;
const dataViewLength = getter(DataView.prototype, "byteLength")!;
const bufferLength = getter(ArrayBuffer.prototype, "byteLength")!;
const bufferResizable = getter(ArrayBuffer.prototype, "resizable");
const bufferMaxLength = getter(ArrayBuffer.prototype, "maxByteLength")!;
const bufferDetached = getter(ArrayBuffer.prototype, "detached");
const bufferResize = ArrayBuffer.prototype.resize as Method;
const domExceptionName = getter(globalThis.DOMException?.prototype, "name");
const domExceptionMessage = getter(
  globalThis.DOMException?.prototype,
  "message",
);
const regExpFlags = getter(RegExp.prototype, "flags")!;
const mapForEach = Map.prototype.forEach as Method;
const setForEach = Set.prototype.forEach as Method;
const isError = (Error as { isError?: (value: unknown) => boolean }).isError;

/** The brand check, or the unboxing, for each exotic kind. */
const BRANDS: (Method | undefined)[] = [];
BRANDS[DATE] = Date.prototype.getTime as Method;
BRANDS[REGEXP] = getter(RegExp.prototype, "source");
BRANDS[MAP] = getter(Map.prototype, "size");
BRANDS[SET] = getter(Set.prototype, "size");
BRANDS[NUMBER_OBJECT] = Number.prototype.valueOf as Method;
BRANDS[STRING_OBJECT] = String.prototype.valueOf as Method;
BRANDS[BOOLEAN_OBJECT] = Boolean.prototype.valueOf as Method;
BRANDS[BIGINT_OBJECT] = BigInt.prototype.valueOf as Method;
BRANDS[ARRAY_BUFFER] = bufferLength;
BRANDS[DOM_EXCEPTION] = domExceptionName;

/** Kinds by `Object.prototype.toString` tag: builtin tags come from internal slots. */
const TAG_KINDS = new Map<string, number>(([
  ["Date", DATE],
  ["RegExp", REGEXP],
  ["Map", MAP],
  ["Set", SET],
  ["Number", NUMBER_OBJECT],
  ["String", STRING_OBJECT],
  ["Boolean", BOOLEAN_OBJECT],
  ["BigInt", BIGINT_OBJECT],
  ["ArrayBuffer", ARRAY_BUFFER],
  ["DataView", VIEW],
  ["Error", ERROR],
  ...F.TYPED_ARRAYS.map((name): [string, number] => [name, VIEW]),
  // What structuredClone rejects, plus platform objects it rejects or clones by host
  // means we cannot reproduce (a Blob's bytes are only readable asynchronously).
  ...[
    "Symbol",
    "WeakMap",
    "WeakSet",
    "WeakRef",
    "FinalizationRegistry",
    "Promise",
    "Arguments",
    "Generator",
    "AsyncGenerator",
    "Array Iterator",
    "Map Iterator",
    "Set Iterator",
    "String Iterator",
    "RegExp String Iterator",
    "Iterator Helper",
    "Module",
    "SharedArrayBuffer",
    "DisposableStack",
    "AsyncDisposableStack",
    "Blob",
    "File",
    "URL",
    "URLSearchParams",
    "Headers",
    "Request",
    "Response",
    "ReadableStream",
    "WritableStream",
    "TransformStream",
    "MessagePort",
    "CryptoKey",
  ].map((name): [string, number] => [name, REJECT]),
] as [string, number][]).map(([name, kind]) => [`[object ${name}]`, kind]));
if (domExceptionName && domExceptionMessage) {
  TAG_KINDS.set("[object DOMException]", DOM_EXCEPTION);
}

/** Namespaced builtins structuredClone rejects: `[object Intl.Collator]` and the like. */
const FOREIGN_TAG = /^\[object (Intl|Temporal|WebAssembly)\./;

/** Kinds by prototype, for objects whose tag was renamed with Symbol.toStringTag. */
const PROTO_KINDS = new Map<unknown, number>([
  [Object.prototype, PLAIN],
  [Array.prototype, ARRAY],
  [Date.prototype, DATE],
  [RegExp.prototype, REGEXP],
  [Map.prototype, MAP],
  [Set.prototype, SET],
  [Number.prototype, NUMBER_OBJECT],
  [String.prototype, STRING_OBJECT],
  [Boolean.prototype, BOOLEAN_OBJECT],
  [BigInt.prototype, BIGINT_OBJECT],
  [ArrayBuffer.prototype, ARRAY_BUFFER],
  [typedArrayPrototype, VIEW],
  [DataView.prototype, VIEW],
  [Error.prototype, ERROR],
  [Symbol.prototype, REJECT],
  [WeakMap.prototype, REJECT],
  [WeakSet.prototype, REJECT],
  [WeakRef.prototype, REJECT],
  [FinalizationRegistry.prototype, REJECT],
  [Promise.prototype, REJECT],
  // Browsers without cross-origin isolation have no SharedArrayBuffer.
  [globalThis.SharedArrayBuffer?.prototype, REJECT],
]);
if (domExceptionName && domExceptionMessage) {
  PROTO_KINDS.set(DOMException.prototype, DOM_EXCEPTION);
}

type Shape = { keys: string[]; id: number };

const CANONICAL_NAN = [0, 0, 0, 0, 0, 0, 0xf8, 0x7f];
const ERROR_NAMES = F.ERROR_CONSTRUCTORS.map((ctor) => ctor.name);
const textEncoder = new TextEncoder();

/**
 * The encode buffer and its DataView, lent to one call at a time and kept when it ends
 * well: a new ArrayBuffer costs more than encoding a small value. A nested call (a getter
 * that serializes) finds it lent out and makes its own.
 */
let spare: [Uint8Array, DataView] | undefined;
const SPARE_MAX_BYTES = 1 << 16;

/** Encodes `value`; see `serialize` in codec.ts for the contract. */
export function encode(value: unknown): Uint8Array {
  const buf = spare?.[0] ?? new Uint8Array(4096);
  const writer = new Writer(buf, spare?.[1] ?? new DataView(buf.buffer));
  spare = undefined;
  writer.value(value);
  const limit = F.reservationLimit(writer.pos);
  if (writer.reserved > limit) {
    throw new RangeError(
      `Cannot serialize resizable ArrayBuffers whose maxByteLengths add up to ${writer.reserved}: the limit is ${limit} for this ${writer.pos}-byte encoding`,
    );
  }
  if (writer.buf.length <= SPARE_MAX_BYTES) spare = [writer.buf, writer.view];
  return writer.buf.slice(0, writer.pos);
}

/** The error structuredClone throws for what it cannot clone. */
function cloneError(message: string): DOMException {
  return new DOMException(message, "DataCloneError");
}

function describeFunction(fn: unknown): string {
  let text: string;
  try {
    text = functionToString.call(fn) as string;
  } catch {
    text = "function";
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** ToString as structuredClone applies it to error fields: a symbol cannot be cloned. */
function toText(value: unknown): string {
  if (typeof value === "symbol") {
    throw cloneError("Cannot convert a Symbol value to a string");
  }
  return String(value);
}

function hasBrand(kind: number, value: object): boolean {
  if (kind === ARRAY) return Array.isArray(value);
  if (kind === VIEW) return ArrayBuffer.isView(value);
  if (kind === ERROR) return isError === undefined || isError(value);
  const brand = BRANDS[kind];
  if (brand === undefined) return true;
  try {
    brand.call(value);
    return true;
  } catch {
    return false;
  }
}

function protoKind(value: object): number {
  // Bounded, as a Proxy can make the prototype chain endless.
  let proto = Object.getPrototypeOf(value);
  for (let steps = 0; proto !== null && steps < 1000; steps++) {
    const kind = PROTO_KINDS.get(proto);
    if (kind !== undefined) return kind;
    proto = Object.getPrototypeOf(proto);
  }
  return PLAIN;
}

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

class Writer {
  buf: Uint8Array;
  view: DataView;
  pos = 1;
  depth = 0;
  /** Object -> id, in order of first appearance (a view counts after its buffer). */
  ids = new Map<object, number>();
  /** Property key -> id, so a repeated key costs one or two bytes. */
  keyIds = new Map<string, number>();
  /** Key lists written so far, by first key: an object with the same keys reuses one. */
  shapes = new Map<string, Shape[]>();
  shapeCount = 0;
  /** The maxByteLengths of the resizable ArrayBuffers written, summed. */
  reserved = 0;

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

  enter(): void {
    if (++this.depth > F.MAX_DEPTH) {
      throw new RangeError(
        `Cannot serialize a value nested deeper than ${F.MAX_DEPTH} levels: flatten it or store the parts separately`,
      );
    }
  }

  value(v: unknown): void {
    switch (typeof v) {
      case "string":
        return this.string(v, false);
      case "number":
        return this.number(v);
      case "boolean":
        return this.byte(v ? F.TRUE : F.FALSE);
      case "undefined":
        return this.byte(F.UNDEFINED);
      case "bigint":
        this.byte(F.BIGINT);
        return this.bigint(v);
      case "object":
        return v === null ? this.byte(F.NULL) : this.object(v);
      case "symbol":
        throw cloneError(`${String(v)} could not be cloned.`);
      default:
        throw cloneError(`${describeFunction(v)} could not be cloned.`);
    }
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

  key(k: string): void {
    const id = this.keyIds.get(k);
    if (id !== undefined) return this.uvar(id * 4 + F.KEY_REF);
    this.keyIds.set(k, this.keyIds.size);
    this.string(k, true);
  }

  register(o: object): void {
    this.ids.set(o, this.ids.size);
  }

  object(o: object): void {
    const id = this.ids.get(o);
    if (id !== undefined) {
      this.byte(F.REF);
      return this.uvar(id);
    }
    if (Array.isArray(o)) return this.array(o);
    const tag = objectToString.call(o) as string;
    if (tag === "[object Object]") return this.plain(o);
    let kind = TAG_KINDS.get(tag) ??
      (FOREIGN_TAG.test(tag) ? REJECT : protoKind(o));
    if (!hasBrand(kind, o)) {
      kind = protoKind(o);
      if (!hasBrand(kind, o)) kind = PLAIN;
    }
    switch (kind) {
      case PLAIN:
        return this.plain(o);
      case ARRAY:
        return this.array(o as unknown[]);
      case DATE:
        this.register(o);
        return this.float(F.DATE, BRANDS[DATE]!.call(o) as number);
      case REGEXP:
        this.register(o);
        this.byte(F.REGEXP);
        this.string(BRANDS[REGEXP]!.call(o) as string, false);
        return this.string(regExpFlags.call(o) as string, false);
      case MAP:
      case SET:
        return this.collection(o, kind === MAP);
      case NUMBER_OBJECT:
      case STRING_OBJECT:
      case BOOLEAN_OBJECT:
      case BIGINT_OBJECT:
        this.register(o);
        this.byte(F.BOXED);
        return this.value(BRANDS[kind]!.call(o));
      case ARRAY_BUFFER:
        return this.arrayBuffer(o as ArrayBuffer);
      case VIEW:
        return this.arrayBufferView(o as ArrayBufferView);
      case ERROR:
        return this.error(o);
      case DOM_EXCEPTION:
        return this.domException(o);
      default:
        throw cloneError(`#<${tag.slice(8, -1)}> could not be cloned.`);
    }
  }

  plain(o: object): void {
    this.register(o);
    this.enter();
    const keys = Object.keys(o);
    const shape = keys.length === 0 ? undefined : this.findShape(keys);
    if (shape === undefined) {
      this.byte(F.OBJECT);
      const written = this.props(o as Record<string, unknown>, keys, 0);
      if (written.length > 0) this.addShape(written);
    } else {
      this.byte(F.SHAPED_OBJECT);
      this.uvar(shape);
      for (let i = 0; i < keys.length; i++) {
        const v = (o as Record<string, unknown>)[keys[i]];
        if (v === undefined && !Object.hasOwn(o, keys[i])) this.byte(F.HOLE);
        else this.value(v);
      }
    }
    this.depth--;
  }

  findShape(keys: string[]): number | undefined {
    const candidates = this.shapes.get(keys[0]);
    if (candidates === undefined) return undefined;
    next: for (const shape of candidates) {
      if (shape.keys.length !== keys.length) continue;
      for (let i = 1; i < keys.length; i++) {
        if (shape.keys[i] !== keys[i]) continue next;
      }
      return shape.id;
    }
    return undefined;
  }

  addShape(keys: string[]): void {
    const shape = { keys, id: this.shapeCount++ };
    const candidates = this.shapes.get(keys[0]);
    if (candidates === undefined) this.shapes.set(keys[0], [shape]);
    // A few shapes per first key is enough to catch records of a handful of kinds.
    else if (candidates.push(shape) > 8) candidates.shift();
  }

  /** Own enumerable properties from `keys[from]` on, then KEY_END; returns those written. */
  props(o: Record<string, unknown>, keys: string[], from: number): string[] {
    let written = keys;
    for (let i = from; i < keys.length; i++) {
      const k = keys[i];
      const v = o[k];
      // Like structuredClone, skip a property an earlier getter deleted.
      if (v === undefined && !Object.hasOwn(o, k)) {
        if (written === keys) written = keys.slice(0, i);
        continue;
      }
      if (written !== keys) written.push(k);
      this.key(k);
      this.value(v);
    }
    this.byte(F.KEY_END);
    return written;
  }

  array(a: unknown[]): void {
    this.register(a);
    this.enter();
    const len = a.length;
    const keys = Object.keys(a);
    if (
      keys.length === len && (len === 0 || keys[len - 1] === String(len - 1))
    ) {
      // Packed and nothing but elements: the common case.
      this.byte(F.ARRAY);
      this.uvar(len);
      for (let i = 0; i < len; i++) this.value(a[i]);
      this.byte(F.KEY_END);
    } else {
      // Index keys come first in key order; what follows them is named properties.
      let elements = keys.length;
      while (elements > 0 && F.arrayIndex(keys[elements - 1]) === -1) {
        elements--;
      }
      if (len - elements > elements + 8) {
        this.byte(F.SPARSE_ARRAY);
        this.uvar(len);
        this.uvar(elements);
        for (let i = 0; i < elements; i++) {
          const index = Number(keys[i]);
          this.uvar(index);
          this.value(a[index]);
        }
      } else {
        this.byte(F.ARRAY);
        this.uvar(len);
        for (let i = 0; i < len; i++) {
          if (Object.hasOwn(a, i)) this.value(a[i]);
          else this.byte(F.HOLE);
        }
      }
      this.props(a as unknown as Record<string, unknown>, keys, elements);
    }
    this.depth--;
  }

  collection(o: object, isMap: boolean): void {
    this.register(o);
    this.enter();
    // Snapshot first, as structuredClone does: getters met on the way may mutate it.
    const items: unknown[] = [];
    if (isMap) mapForEach.call(o, (v: unknown, k: unknown) => items.push(k, v));
    else setForEach.call(o, (v: unknown) => items.push(v));
    this.byte(isMap ? F.MAP : F.SET);
    this.uvar(isMap ? items.length / 2 : items.length);
    for (const item of items) this.value(item);
    this.depth--;
  }

  arrayBuffer(b: ArrayBuffer): void {
    if (bufferDetached?.call(b)) {
      throw cloneError("An ArrayBuffer is detached and could not be cloned.");
    }
    this.register(b);
    const len = bufferLength.call(b) as number;
    if (bufferResizable?.call(b)) {
      const max = bufferMaxLength.call(b) as number;
      if (max > F.MAX_RESIZABLE_BYTES) {
        throw new RangeError(
          `Cannot serialize a resizable ArrayBuffer with maxByteLength ${max}: the limit is ${F.MAX_RESIZABLE_BYTES}`,
        );
      }
      this.reserved += max;
      this.byte(F.RESIZABLE_ARRAY_BUFFER);
      this.uvar(len);
      this.uvar(max);
    } else {
      this.byte(F.ARRAY_BUFFER);
      this.uvar(len);
    }
    this.ensure(len);
    this.buf.set(new Uint8Array(b, 0, len), this.pos);
    this.pos += len;
  }

  arrayBufferView(v: ArrayBufferView): void {
    const name = typedArrayName.call(v) as string | undefined;
    const isDataView = name === undefined;
    const buffer = (isDataView ? dataViewBuffer : typedArrayBuffer).call(
      v,
    ) as ArrayBuffer;
    if (!hasBrand(ARRAY_BUFFER, buffer)) {
      throw cloneError("#<SharedArrayBuffer> could not be cloned.");
    }
    if (bufferDetached?.call(buffer)) {
      throw cloneError("An ArrayBuffer is detached and could not be cloned.");
    }
    const code = isDataView ? F.DATA_VIEW : F.TYPED_ARRAYS.indexOf(name);
    const offset = (isDataView ? dataViewOffset : typedArrayOffset).call(
      v,
    ) as number;
    const readLength = isDataView ? dataViewLength : typedArrayLength;
    const len = readLength.call(v) as number;
    const size = isDataView
      ? 1
      : (v as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
    const tracking = bufferResizable?.call(buffer) === true &&
      isLengthTracking(v, buffer, readLength, offset + len * size, size);
    this.byte(F.VIEW);
    this.byte(code | (tracking ? F.VIEW_LENGTH_TRACKING : 0));
    this.object(buffer);
    this.register(v);
    this.uvar(offset);
    if (!tracking) this.uvar(len);
  }

  error(e: object): void {
    this.register(e);
    // The order of reads is structuredClone's, in case getters watch.
    const message = Object.getOwnPropertyDescriptor(e, "message");
    const cause = Object.getOwnPropertyDescriptor(e, "cause");
    const name = toText((e as { name?: unknown }).name);
    const code = Math.max(0, ERROR_NAMES.indexOf(name));
    const text = message && "value" in message
      ? toText(message.value)
      : undefined;
    const stack = (e as { stack?: unknown }).stack;
    const hasCause = cause !== undefined && "value" in cause;
    this.byte(F.ERROR);
    this.byte(
      code | (text === undefined ? 0 : F.ERROR_MESSAGE) |
        (typeof stack === "string" ? F.ERROR_STACK : 0) |
        (hasCause ? F.ERROR_CAUSE : 0),
    );
    if (text !== undefined) this.string(text, false);
    if (typeof stack === "string") this.string(stack, false);
    if (hasCause) {
      this.enter();
      this.value(cause.value);
      this.depth--;
    }
  }

  domException(e: object): void {
    this.register(e);
    const stack = (e as { stack?: unknown }).stack;
    this.byte(F.DOM_EXCEPTION);
    this.byte(typeof stack === "string" ? 1 : 0);
    this.string(domExceptionName!.call(e) as string, false);
    this.string(domExceptionMessage!.call(e) as string, false);
    if (typeof stack === "string") this.string(stack, false);
  }
}

/**
 * Whether a view on a resizable buffer follows the buffer's length. No API says so, so
 * grow the buffer by one element, see whether the view grew, and shrink it back.
 */
function isLengthTracking(
  v: ArrayBufferView,
  buffer: ArrayBuffer,
  readLength: Method,
  end: number,
  size: number,
): boolean {
  const byteLength = bufferLength.call(buffer) as number;
  if (byteLength - end >= size) return false;
  // A full buffer cannot grow; a view reaching its end is then taken as tracking.
  if (byteLength + size > (bufferMaxLength.call(buffer) as number)) return true;
  const before = readLength.call(v);
  bufferResize.call(buffer, byteLength + size);
  const grew = readLength.call(v) !== before;
  bufferResize.call(buffer, byteLength);
  return grew;
}
