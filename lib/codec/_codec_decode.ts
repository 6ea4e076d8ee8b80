/**
 * The codec's decoder: the object graph (references, shapes, properties) on top of the
 * byte reader. The bytes are untrusted: every length is checked against what is left
 * before anything is allocated, nesting is bounded, and properties are defined, never
 * assigned through a prototype.
 *
 * @module
 */

import * as F from "./_codec_format.ts";
import { ByteReader } from "./_codec_reader.ts";

const mapSet = Map.prototype.set;
const setAdd = Set.prototype.add;

/** Decodes `bytes`; see `deserialize` in codec.ts for the contract. */
export function decode(bytes: Uint8Array): unknown {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(
      `Cannot deserialize ${typeof bytes}: expected a Uint8Array`,
    );
  }
  if (bytes.length === 0) {
    throw new RangeError("Cannot deserialize empty input");
  }
  if (bytes[0] !== F.VERSION) {
    throw new TypeError(
      `Cannot deserialize format version ${
        bytes[0]
      }: this codec reads version ${F.VERSION}`,
    );
  }
  const reader = new Reader(bytes);
  const value = reader.value();
  if (reader.pos !== bytes.length) {
    reader.fail(
      TypeError,
      `${bytes.length - reader.pos} unexpected bytes after the value`,
    );
  }
  return value;
}

function dataProperty(value: unknown, enumerable: boolean): PropertyDescriptor {
  return { value, writable: true, enumerable, configurable: true };
}

const FAR_INDEX = 0xfffffffe;

/**
 * Switches `o` to dictionary elements, as JSON.parse does for sparse index keys.
 * Otherwise V8 backs `{"1023": 1}` or an array length of a million with a flat store that
 * size: kilobytes to megabytes from a few input bytes. An array's length is left at 2^32 - 1.
 */
function sparseElements(o: object): void {
  Object.defineProperty(o, FAR_INDEX, dataProperty(undefined, true));
  delete (o as Record<number, unknown>)[FAR_INDEX];
}

class Reader extends ByteReader {
  depth = 0;
  /** Objects by id, in order of first appearance. */
  objects: unknown[] = [];
  /** Property keys by id. */
  keys: string[] = [];
  /** Per key id: false when Object.prototype has it, so it must be defined, not assigned. */
  assignable: boolean[] = [];
  /** Per key id: the array index it names, or -1. */
  keyIndex: number[] = [];
  /** Key id lists of the objects written with OBJECT, for SHAPED_OBJECT. */
  shapes: number[][] = [];
  /** The maxByteLengths of the resizable ArrayBuffers made so far, summed. */
  reserved = 0;

  enter(): void {
    if (++this.depth > F.MAX_DEPTH) {
      this.fail(RangeError, `nesting deeper than ${F.MAX_DEPTH} levels`);
    }
  }

  value(): unknown {
    const tag = this.byte("a value");
    if (tag >= F.SMALL_INT) return tag - F.SMALL_INT;
    if (tag >= F.SHORT_LATIN1) return this.latin1(tag - F.SHORT_LATIN1);
    // One arm per tag, many alike in shape: a switch on small integers is one jump, where
    // a table of readers would be an indirect call per value.
    switch (tag) {
      case F.UNDEFINED:
        return undefined;
      case F.NULL:
        return null;
      case F.FALSE:
        return false;
      case F.TRUE:
        return true;
      case F.INT: {
        const z = this.uvar("an integer");
        return z % 2 === 1 ? -(z + 1) / 2 : z / 2;
      }
      case F.FLOAT64:
        return this.float64();
      case F.BIGINT:
        return this.bigint();
      case F.STRING_LATIN1:
      case F.STRING_UTF8:
      case F.STRING_UTF16:
        return this.stringBody(tag);
      case F.REF: {
        const id = this.uvar("a reference");
        if (id >= this.objects.length) {
          this.fail(TypeError, `reference to unknown object #${id}`);
        }
        return this.objects[id];
      }
      case F.OBJECT:
        return this.object();
      case F.SHAPED_OBJECT:
        return this.shapedObject();
      case F.ARRAY:
        return this.array();
      case F.SPARSE_ARRAY:
        return this.sparseArray();
      case F.DATE:
        return this.register(new Date(this.float64()));
      case F.REGEXP:
        return this.regExp();
      case F.MAP:
      case F.SET:
        return this.collection(tag === F.MAP);
      case F.BOXED:
        return this.boxed();
      case F.ARRAY_BUFFER:
      case F.RESIZABLE_ARRAY_BUFFER:
        return this.arrayBuffer(tag === F.RESIZABLE_ARRAY_BUFFER);
      case F.VIEW:
        return this.arrayBufferView();
      case F.ERROR:
        return this.error();
      case F.DOM_EXCEPTION:
        return this.domException();
      case F.HOLE:
        this.pos--;
        return this.fail(TypeError, "an array hole outside an array");
      default:
        this.pos--;
        return this.fail(
          TypeError,
          `unknown tag 0x${tag.toString(16).padStart(2, "0")}`,
        );
    }
  }

  register<T>(o: T): T {
    this.objects.push(o);
    return o;
  }

  key(): number {
    const h = this.uvar("a property key");
    if (h === F.KEY_END) return -1;
    const kind = h % 4;
    const n = Math.floor(h / 4);
    if (kind === F.KEY_REF) {
      if (n >= this.keys.length) {
        this.fail(TypeError, `reference to unknown key #${n}`);
      }
      return n;
    }
    const key = kind === F.KEY_LATIN1
      ? this.latin1(n)
      : kind === F.KEY_UTF8
      ? this.utf8(n)
      : this.utf16(n);
    this.keys.push(key);
    // `__proto__`, `constructor`, `toString`…: assigning those would hit Object.prototype,
    // which has no prototype of its own.
    this.assignable.push(!Object.hasOwn(Object.prototype, key));
    this.keyIndex.push(F.arrayIndex(key));
    return this.keys.length - 1;
  }

  object(): object {
    const o: Record<string, unknown> = this.register({});
    this.enter();
    const shape: number[] = [];
    for (let id = this.key(); id !== -1; id = this.key()) {
      this.prop(o, id, shape.length);
      shape.push(id);
    }
    if (shape.length > 0) this.shapes.push(shape);
    this.depth--;
    return o;
  }

  shapedObject(): object {
    const id = this.uvar("a shape id");
    if (id >= this.shapes.length) {
      this.fail(TypeError, `reference to unknown shape #${id}`);
    }
    const o: Record<string, unknown> = this.register({});
    this.enter();
    const shape = this.shapes[id];
    for (let i = 0; i < shape.length; i++) {
      if (this.bytes[this.pos] === F.HOLE) this.pos++;
      else this.prop(o, shape[i], i);
    }
    this.depth--;
    return o;
  }

  /** Reads a value into `o` under key `id`; `o` has `count` properties so far. */
  prop(o: Record<string, unknown>, id: number, count: number): void {
    // A lone index key far beyond the others would make V8 allocate a flat store for it.
    if (this.keyIndex[id] >= 2 * count + 8) sparseElements(o);
    const value = this.value();
    if (this.assignable[id]) o[this.keys[id]] = value;
    else Object.defineProperty(o, this.keys[id], dataProperty(value, true));
  }

  array(): unknown[] {
    // Each element takes at least one byte.
    const len = this.count("an array length", 1);
    const a: unknown[] = this.register([]);
    this.enter();
    for (let i = 0; i < len; i++) {
      if (this.bytes[this.pos] === F.HOLE) {
        this.pos++;
        a.length = i + 1;
      } else {
        a.push(this.value());
      }
    }
    this.arrayProps(a);
    this.depth--;
    return a;
  }

  sparseArray(): unknown[] {
    const len = this.uvar("an array length");
    if (len > 0xffffffff) {
      this.fail(RangeError, `array length ${len} is over 2^32 - 1`);
    }
    const a: unknown[] = this.register([]);
    sparseElements(a);
    a.length = len;
    this.enter();
    const count = this.count("an element count", 2);
    for (let i = 0; i < count; i++) {
      const index = this.uvar("an array index");
      if (index >= len) {
        this.fail(TypeError, `array index ${index} is not below length ${len}`);
      }
      Object.defineProperty(a, index, dataProperty(this.value(), true));
    }
    this.arrayProps(a);
    this.depth--;
    return a;
  }

  arrayProps(a: unknown[]): void {
    for (let id = this.key(); id !== -1; id = this.key()) {
      if (this.keys[id] === "length" || this.keyIndex[id] !== -1) {
        this.fail(
          TypeError,
          `an array property named ${this.keys[id]} after the elements`,
        );
      }
      Object.defineProperty(a, this.keys[id], dataProperty(this.value(), true));
    }
  }

  regExp(): RegExp {
    const source = this.string("a regexp source");
    const flags = this.string("a regexp's flags");
    try {
      return this.register(new RegExp(source, flags));
    } catch {
      const shown = source.length > 60 ? `${source.slice(0, 57)}...` : source;
      return this.fail(
        TypeError,
        `invalid regular expression /${shown}/${flags.slice(0, 10)}`,
      );
    }
  }

  collection(isMap: boolean): Map<unknown, unknown> | Set<unknown> {
    const count = this.count(
      isMap ? "a map size" : "a set size",
      isMap ? 2 : 1,
    );
    const c = this.register(isMap ? new Map() : new Set());
    this.enter();
    for (let i = 0; i < count; i++) {
      if (isMap) mapSet.call(c, this.value(), this.value());
      else setAdd.call(c, this.value());
    }
    this.depth--;
    return c;
  }

  boxed(): object {
    const at = this.pos;
    const v = this.value();
    const type = typeof v;
    if (
      type !== "number" && type !== "string" && type !== "boolean" &&
      type !== "bigint"
    ) {
      this.pos = at;
      this.fail(
        TypeError,
        `a boxed primitive holds ${v === null ? "null" : type}`,
      );
    }
    return this.register(Object(v));
  }

  arrayBuffer(resizable: boolean): ArrayBuffer {
    const len = this.uvar("an ArrayBuffer length");
    let buffer: ArrayBuffer;
    if (resizable) {
      const max = this.uvar("a maxByteLength");
      if (max < len || max > F.MAX_RESIZABLE_BYTES) {
        this.fail(
          RangeError,
          `maxByteLength ${max} is not between byteLength ${len} and ${F.MAX_RESIZABLE_BYTES}`,
        );
      }
      this.reserved += max;
      const limit = F.reservationLimit(this.bytes.length);
      if (this.reserved > limit) {
        this.fail(
          RangeError,
          `resizable ArrayBuffers reserve over ${limit} bytes in all, the limit for ${this.bytes.length} bytes of input`,
        );
      }
      const start = this.take(len, "an ArrayBuffer");
      buffer = new ArrayBuffer(len, { maxByteLength: max });
      new Uint8Array(buffer).set(this.bytes.subarray(start, start + len));
    } else {
      const start = this.take(len, "an ArrayBuffer");
      buffer = this.bytes.slice(start, start + len).buffer;
    }
    return this.register(buffer);
  }

  arrayBufferView(): ArrayBufferView {
    const kind = this.byte("a view kind");
    const tracking = (kind & F.VIEW_LENGTH_TRACKING) !== 0;
    const code = kind & ~F.VIEW_LENGTH_TRACKING;
    const name = code === F.DATA_VIEW ? "DataView" : F.TYPED_ARRAYS[code];
    if (name === undefined) this.fail(TypeError, `unknown view kind ${code}`);
    const ctor = code === F.DATA_VIEW
      ? DataView
      : F.typedArrayConstructor(name);
    if (ctor === undefined) {
      this.fail(TypeError, `${name} is not supported by this runtime`);
    }
    const size = code === F.DATA_VIEW
      ? 1
      : (ctor as F.TypedArrayConstructor).BYTES_PER_ELEMENT;
    const buffer = this.value();
    if (!(buffer instanceof ArrayBuffer)) {
      this.fail(TypeError, `the buffer of a ${name} is not an ArrayBuffer`);
    }
    const offset = this.uvar("a view offset");
    if (offset % size !== 0 || offset > buffer.byteLength) {
      this.fail(
        RangeError,
        `${name} offset ${offset} does not fit its ${buffer.byteLength}-byte buffer`,
      );
    }
    if (tracking) {
      if (!buffer.resizable) {
        this.fail(
          TypeError,
          `a length-tracking ${name} on a fixed-length buffer`,
        );
      }
      return this.register(new ctor(buffer, offset));
    }
    const len = this.uvar("a view length");
    if (len * size > buffer.byteLength - offset) {
      this.fail(
        RangeError,
        `${name} of ${len} elements at ${offset} overruns its ${buffer.byteLength}-byte buffer`,
      );
    }
    return this.register(new ctor(buffer, offset, len));
  }

  error(): Error {
    const header = this.byte("an error header");
    const Ctor = F.ERROR_CONSTRUCTORS[header & 0x0f];
    if (Ctor === undefined || header & 0x80) {
      this.pos--;
      this.fail(TypeError, `unknown error header 0x${header.toString(16)}`);
    }
    const message = header & F.ERROR_MESSAGE
      ? this.string("an error message")
      : undefined;
    const stack = header & F.ERROR_STACK
      ? this.string("an error stack")
      : undefined;
    const error = this.register(
      message === undefined ? new Ctor() : new Ctor(message),
    );
    // The stack is the one serialized, not where we decode; absent stays absent.
    error.stack = stack;
    if (header & F.ERROR_CAUSE) {
      this.enter();
      Object.defineProperty(error, "cause", dataProperty(this.value(), false));
      this.depth--;
    }
    return error;
  }

  domException(): DOMException {
    const flags = this.byte("a DOMException header");
    if (flags > 1) {
      this.fail(
        TypeError,
        `unknown DOMException header 0x${flags.toString(16)}`,
      );
    }
    const name = this.string("a DOMException name");
    const message = this.string("a DOMException message");
    const stack = flags === 1 ? this.string("a DOMException stack") : undefined;
    const exception = new DOMException(message, name);
    Object.defineProperty(exception, "stack", dataProperty(stack, false));
    return this.register(exception);
  }
}
