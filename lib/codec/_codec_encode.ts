/**
 * The codec's encoder: one pass over the value's object graph (shared references,
 * shapes of records, the kind of every object) on top of the byte writer.
 *
 * @module
 */

import * as F from "./_codec_format.ts";
import { ByteWriter } from "./_codec_writer.ts";
import {
  ARRAY,
  ARRAY_BUFFER,
  BIGINT_OBJECT,
  BOOLEAN_OBJECT,
  BRANDS,
  bufferParts,
  cloneError,
  DATE,
  DOM_EXCEPTION,
  domExceptionMessage,
  domExceptionName,
  ERROR,
  functionToString,
  kindOf,
  MAP,
  mapForEach,
  NUMBER_OBJECT,
  objectToString,
  PLAIN,
  REGEXP,
  regExpFlags,
  SET,
  setForEach,
  STRING_OBJECT,
  VIEW,
  viewParts,
} from "./_codec_kinds.ts";

type Shape = { keys: string[]; id: number };

const ERROR_NAMES = /* @__PURE__ */ namesOf(F.ERROR_CONSTRUCTORS);

/**
 * The constructors' names, taken at import. A plain loop: `map` here was the one array
 * builtin a cold start on Bun ran at import, where JavaScriptCore compiles it first.
 */
function namesOf(constructors: readonly ErrorConstructor[]): string[] {
  const names: string[] = [];
  for (const ctor of constructors) names.push(ctor.name);
  return names;
}

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

class Writer extends ByteWriter {
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
    const kind = kindOf(o, tag);
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
    const { length, max } = bufferParts(b);
    this.register(b);
    if (max !== undefined) {
      if (max > F.MAX_RESIZABLE_BYTES) {
        throw new RangeError(
          `Cannot serialize a resizable ArrayBuffer with maxByteLength ${max}: the limit is ${F.MAX_RESIZABLE_BYTES}`,
        );
      }
      this.reserved += max;
      this.byte(F.RESIZABLE_ARRAY_BUFFER);
      this.uvar(length);
      this.uvar(max);
    } else {
      this.byte(F.ARRAY_BUFFER);
      this.uvar(length);
    }
    this.ensure(length);
    this.buf.set(new Uint8Array(b, 0, length), this.pos);
    this.pos += length;
  }

  arrayBufferView(v: ArrayBufferView): void {
    const { code, buffer, offset, length, tracking } = viewParts(v);
    this.byte(F.VIEW);
    this.byte(code | (tracking ? F.VIEW_LENGTH_TRACKING : 0));
    this.object(buffer);
    this.register(v);
    this.uvar(offset);
    if (!tracking) this.uvar(length);
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
