/**
 * What an object is, for the codec's encoder, and its internals read through intrinsics:
 * the kind of every object the encoder meets, confirmed by a brand check, and the parts
 * of ArrayBuffers and views. Nothing here trusts a prototype or an own property.
 *
 * @module
 */

import * as F from "./_codec_format.ts";

// What an object is, decided once per object. Each exotic kind is confirmed by a brand
// check (an intrinsic getter that throws on anything else), never by its prototype alone.
export const PLAIN = 0;
export const ARRAY = 1;
export const DATE = 2;
export const REGEXP = 3;
export const MAP = 4;
export const SET = 5;
export const NUMBER_OBJECT = 6;
export const STRING_OBJECT = 7;
export const BOOLEAN_OBJECT = 8;
export const BIGINT_OBJECT = 9;
export const ARRAY_BUFFER = 10;
export const VIEW = 11;
export const ERROR = 12;
export const DOM_EXCEPTION = 13;
export const REJECT = 14;

/** An intrinsic function, called with `this` set by `.call`. */
export type Method = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The getter `key` of `proto`, or of the prototype of the global named `proto`: by a
 * string, a bundler sees a call without effects to drop (`DataView.prototype` might
 * throw).
 */
function getter(
  proto: object | string | undefined,
  key: PropertyKey,
): Method | undefined {
  const at = typeof proto === "string"
    ? (globalThis as unknown as Record<string, { prototype?: object }>)[proto]
      ?.prototype
    : proto;
  return at &&
    Object.getOwnPropertyDescriptor(at, key)?.get as Method | undefined;
}

// Intrinsics, taken before any user code runs, so an own property named like them
// (a `size` on a Map, a `buffer` on a view) cannot change what we read. The
// `@__PURE__` marks (here and around the codec) let a bundler drop these calls from a
// program that never serializes: otherwise it keeps them, and what they use, as code
// that may have effects (0.3 ms of a cold start of a deno bundle of bench/cold_desir.ts).
export const objectToString = Object.prototype.toString as Method;
export const functionToString = Function.prototype.toString as Method;
const typedArrayPrototype = /* @__PURE__ */ Object.getPrototypeOf(
  Int8Array.prototype,
);
const typedArrayName = /* @__PURE__ */ getter(
  typedArrayPrototype,
  Symbol.toStringTag,
)!;
const typedArrayBuffer = /* @__PURE__ */ getter(typedArrayPrototype, "buffer")!;
const typedArrayOffset = /* @__PURE__ */ getter(
  typedArrayPrototype,
  "byteOffset",
)!;
const typedArrayLength = /* @__PURE__ */ getter(typedArrayPrototype, "length")!;
const dataViewBuffer = /* @__PURE__ */ getter("DataView", "buffer")!;
const dataViewOffset = /* @__PURE__ */ getter("DataView", "byteOffset")!;
const dataViewLength = /* @__PURE__ */ getter("DataView", "byteLength")!;
const bufferLength = /* @__PURE__ */ getter("ArrayBuffer", "byteLength")!;
const bufferResizable = /* @__PURE__ */ getter(
  "ArrayBuffer",
  "resizable",
);
const bufferMaxLength = /* @__PURE__ */ getter(
  "ArrayBuffer",
  "maxByteLength",
)!;
const bufferDetached = /* @__PURE__ */ getter("ArrayBuffer", "detached");
const bufferResize = ArrayBuffer.prototype.resize as Method;
export const domExceptionName = /* @__PURE__ */ getter(
  "DOMException",
  "name",
);
export const domExceptionMessage = /* @__PURE__ */ getter(
  "DOMException",
  "message",
);
export const regExpFlags = /* @__PURE__ */ getter("RegExp", "flags")!;
export const mapForEach = Map.prototype.forEach as Method;
export const setForEach = Set.prototype.forEach as Method;
const isError = (Error as { isError?: (value: unknown) => boolean }).isError;

/** The brand check, or the unboxing, for each exotic kind. */
export const BRANDS: (Method | undefined)[] = /* @__PURE__ */ brands();

function brands(): (Method | undefined)[] {
  const brands: (Method | undefined)[] = [];
  brands[DATE] = Date.prototype.getTime as Method;
  brands[REGEXP] = getter(RegExp.prototype, "source");
  brands[MAP] = getter(Map.prototype, "size");
  brands[SET] = getter(Set.prototype, "size");
  brands[NUMBER_OBJECT] = Number.prototype.valueOf as Method;
  brands[STRING_OBJECT] = String.prototype.valueOf as Method;
  brands[BOOLEAN_OBJECT] = Boolean.prototype.valueOf as Method;
  brands[BIGINT_OBJECT] = BigInt.prototype.valueOf as Method;
  brands[ARRAY_BUFFER] = bufferLength;
  brands[DOM_EXCEPTION] = domExceptionName;
  return brands;
}

/**
 * Kinds by `Object.prototype.toString` tag: builtin tags come from internal slots. Made
 * on the first object encoded: names only, no intrinsic, so it need not be taken at
 * import, where a cold start on Bun paid for it (JavaScriptCore compiles `map` on its
 * first call, ~0.07 ms).
 */
let tagKindsMade: Map<string, number> | undefined;

function tagKinds(): Map<string, number> {
  const kinds = new Map<string, number>(([
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
    kinds.set("[object DOMException]", DOM_EXCEPTION);
  }
  return kinds;
}

/** Namespaced builtins structuredClone rejects: `[object Intl.Collator]` and the like. */
const FOREIGN_TAG = /^\[object (Intl|Temporal|WebAssembly)\./;

/** Kinds by prototype, for objects whose tag was renamed with Symbol.toStringTag. */
const PROTO_KINDS = /* @__PURE__ */ protoKinds();

function protoKinds(): Map<unknown, number> {
  const kinds = new Map<unknown, number>([
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
    kinds.set(DOMException.prototype, DOM_EXCEPTION);
  }
  return kinds;
}

/** The error structuredClone throws for what it cannot clone. */
export function cloneError(message: string): DOMException {
  return new DOMException(message, "DataCloneError");
}

/** Whether `value` really is of `kind` (an intrinsic accepts it). */
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

/** The kind of the nearest builtin prototype of `value`, or PLAIN. */
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

/**
 * The kind of a non-array object whose `Object.prototype.toString` tag is `tag`: by its
 * tag, then by its prototype, and PLAIN when neither passes the brand check.
 */
export function kindOf(o: object, tag: string): number {
  let kind = (tagKindsMade ??= tagKinds()).get(tag) ??
    (FOREIGN_TAG.test(tag) ? REJECT : protoKind(o));
  if (!hasBrand(kind, o)) {
    kind = protoKind(o);
    if (!hasBrand(kind, o)) kind = PLAIN;
  }
  return kind;
}

/** An ArrayBuffer's length, and its maxByteLength when it is resizable. */
export function bufferParts(b: ArrayBuffer): { length: number; max?: number } {
  if (bufferDetached?.call(b)) {
    throw cloneError("An ArrayBuffer is detached and could not be cloned.");
  }
  const length = bufferLength.call(b) as number;
  return bufferResizable?.call(b)
    ? { length, max: bufferMaxLength.call(b) as number }
    : { length };
}

/** What the codec writes of a typed array or DataView. */
export interface ViewParts {
  /** Index in F.TYPED_ARRAYS, or F.DATA_VIEW. */
  code: number;
  buffer: ArrayBuffer;
  offset: number;
  /** Elements (bytes for a DataView). */
  length: number;
  /** Whether the view follows its resizable buffer's length. */
  tracking: boolean;
}

/** The parts of a typed array or DataView, read through the intrinsics. */
export function viewParts(v: ArrayBufferView): ViewParts {
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
  const length = readLength.call(v) as number;
  const size = isDataView
    ? 1
    : (v as unknown as { BYTES_PER_ELEMENT: number }).BYTES_PER_ELEMENT;
  const tracking = bufferResizable?.call(buffer) === true &&
    isLengthTracking(v, buffer, readLength, offset + length * size, size);
  return { code, buffer, offset, length, tracking };
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
