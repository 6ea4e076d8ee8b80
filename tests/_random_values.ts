/**
 * Seeded random values of every kind `structuredClone` accepts, nested, with shared
 * references and cycles, for the codec's property tests.
 *
 * @module
 */

/** A seeded pseudo-random source (mulberry32): the same seed gives the same values. */
export class Random {
  #state: number;

  /** Starts the sequence for `seed`. */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One of `items`. */
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

const NUMBERS = [
  0,
  -0,
  1,
  -1,
  127,
  128,
  -64,
  255,
  2 ** 31 - 1,
  -(2 ** 31),
  2 ** 31,
  2 ** 32,
  2 ** 52 - 1,
  -(2 ** 52) + 1,
  2 ** 52,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  0.1,
  -2.5,
  1e300,
  NaN,
  Infinity,
  -Infinity,
];
const BIGINTS = [
  0n,
  1n,
  -1n,
  255n,
  256n,
  -(2n ** 63n),
  2n ** 64n - 1n,
  3n ** 200n,
  -(7n ** 99n),
];
const CHARS = [
  "a",
  "Z",
  "0",
  " ",
  "é",
  "ÿ",
  "\0",
  "\x7f",
  "\x80",
  "ā",
  "日",
  "😀",
  "\ud800",
  "\udfff",
  "\ufeff",
];
const KEYS = [
  "a",
  "b",
  "id",
  "name",
  "",
  "0",
  "1",
  "42",
  "01",
  "-1",
  "1.5",
  "4294967295",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "length",
  "ключ",
  "日本",
  "😀",
  "\ud800k",
];
const TYPED_ARRAYS = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
  BigInt64Array,
  BigUint64Array,
];
const Float16 = (globalThis as Record<string, unknown>).Float16Array as
  | typeof Float32Array
  | undefined;
const VIEW_TYPES = Float16 ? [...TYPED_ARRAYS, Float16] : TYPED_ARRAYS;
// Written out, not imported from lib/codec/_codec_format.ts: the test's own list of the
// error classes structuredClone keeps, so one the codec dropped fails a round trip.
const ERRORS = [
  Error,
  EvalError,
  RangeError,
  ReferenceError,
  SyntaxError,
  TypeError,
  URIError,
];

class Point {
  x = 1;
  #secret = 2;
  get sum(): number {
    return this.x + this.#secret;
  }
}

/** Builds random values; objects made earlier may be reused, giving sharing and cycles. */
export class ValueMaker {
  #rng: Random;
  #pool: object[] = [];

  /** A maker drawing from `rng`. */
  constructor(rng: Random) {
    this.#rng = rng;
  }

  /** A fresh random value; nesting stops at `depth` 0. */
  value(depth = 4): unknown {
    const rng = this.#rng;
    if (this.#pool.length > 0 && rng.chance(0.08)) return rng.pick(this.#pool);
    if (depth <= 0 || rng.chance(0.35)) return this.primitive();
    switch (rng.int(16)) {
      case 0:
      case 1:
      case 2:
        return this.object(depth);
      case 3:
      case 4:
        return this.array(depth);
      case 5:
        return this.map(depth);
      case 6:
        return this.set(depth);
      case 7:
        return this.keep(
          rng.chance(0.8)
            ? new Date(rng.int(2 ** 40) - 2 ** 39)
            : new Date(NaN),
        );
      case 8:
        return this.regExp();
      case 9:
        return this.boxed();
      case 10:
      case 11:
        return this.buffers();
      case 12:
        return this.error(depth);
      case 13:
        return this.keep(
          new DOMException(
            this.string(),
            rng.pick(["Error", "NotFoundError", "Custom"]),
          ),
        );
      case 14:
        return this.keep(new Point());
      default:
        return this.keep(
          Object.assign(Object.create(null), {
            [this.key()]: this.value(depth - 1),
          }),
        );
    }
  }

  /** Remembers an object so later values may point at it. */
  keep<T extends object>(o: T): T {
    this.#pool.push(o);
    return o;
  }

  primitive(): unknown {
    const rng = this.#rng;
    switch (rng.int(9)) {
      case 0:
        return rng.pick([undefined, null, true, false]);
      case 1:
        return rng.pick(NUMBERS);
      case 2:
        return rng.int(300) - 100;
      case 3:
        return (rng.next() - 0.5) * 10 ** rng.int(20);
      case 4:
        return rng.chance(0.5)
          ? rng.pick(BIGINTS)
          : BigInt(rng.int(2 ** 31)) * BigInt(rng.int(2 ** 31));
      default:
        return this.string();
    }
  }

  string(): string {
    const rng = this.#rng;
    const len = rng.pick([
      0,
      1,
      5,
      31,
      32,
      63,
      64,
      65,
      127,
      128,
      300,
      rng.int(20),
    ]);
    const ascii = rng.chance(0.6);
    let s = "";
    for (let i = 0; i < len; i++) {
      s += ascii ? String.fromCharCode(32 + rng.int(95)) : rng.pick(CHARS);
    }
    return s;
  }

  key(): string {
    return this.#rng.chance(0.5)
      ? this.#rng.pick(KEYS)
      : this.string().slice(0, 12);
  }

  object(depth: number): object {
    const rng = this.#rng;
    const o: Record<string, unknown> = this.keep({});
    for (let n = rng.int(6); n > 0; n--) {
      const key = this.key();
      if (rng.chance(0.1)) {
        const v = this.value(depth - 1);
        Object.defineProperty(o, key, {
          get: () => v,
          enumerable: true,
          configurable: true,
        });
      } else {
        Object.defineProperty(o, key, {
          value: this.value(depth - 1),
          writable: true,
          enumerable: rng.chance(0.95),
          configurable: true,
        });
      }
    }
    if (rng.chance(0.1)) (o as Record<symbol, unknown>)[Symbol("dropped")] = 1;
    return o;
  }

  array(depth: number): unknown[] {
    const rng = this.#rng;
    const a: unknown[] = this.keep([]);
    const len = rng.pick([0, 1, 3, 10, 40]);
    const holes = rng.chance(0.2);
    for (let i = 0; i < len; i++) {
      if (holes && rng.chance(0.3)) a.length = i + 1;
      else a[i] = this.value(depth - 1);
    }
    if (rng.chance(0.1)) {
      a.length += rng.pick([1, 100, 2 ** 20, 2 ** 32 - 1 - a.length]);
    }
    if (rng.chance(0.1)) {
      (a as unknown as Record<string, unknown>)[
        rng.pick(["x", "name", "-1", "4294967295"])
      ] = this.value(depth - 1);
    }
    return a;
  }

  map(depth: number): Map<unknown, unknown> {
    const m = this.keep(new Map());
    for (let n = this.#rng.int(5); n > 0; n--) {
      m.set(this.value(depth - 1), this.value(depth - 1));
    }
    return m;
  }

  set(depth: number): Set<unknown> {
    const s = this.keep(new Set());
    for (let n = this.#rng.int(5); n > 0; n--) s.add(this.value(depth - 1));
    return s;
  }

  regExp(): RegExp {
    const rng = this.#rng;
    const r = new RegExp(
      rng.pick(["a+b", "[\\p{L}]", "^x$", "a\\/b", "(?<n>.)\\k<n>", ""]),
      rng.pick(["", "g", "gimsuy", "d", "v", "iy"]),
    );
    r.lastIndex = rng.int(3);
    return this.keep(r);
  }

  boxed(): object {
    const rng = this.#rng;
    const primitive = rng.pick([
      () => rng.pick(NUMBERS),
      () => this.string(),
      () => rng.chance(0.5),
      () => rng.pick(BIGINTS),
    ])();
    return this.keep(Object(primitive));
  }

  /** A buffer, alone or with views sharing it. */
  buffers(): object {
    const rng = this.#rng;
    const size = rng.pick([0, 8, 16, 64]);
    const buffer = rng.chance(0.3)
      ? new ArrayBuffer(size, { maxByteLength: size + rng.pick([0, 8, 64]) })
      : new ArrayBuffer(size);
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < size; i++) bytes[i] = rng.int(256);
    if (rng.chance(0.2)) return this.keep(buffer);
    const views: ArrayBufferView[] = [];
    for (let n = 1 + rng.int(3); n > 0; n--) {
      const Type =
        (rng.chance(0.15) ? DataView : rng.pick(VIEW_TYPES)) as unknown as {
          new (
            buffer: ArrayBuffer,
            offset: number,
            length?: number,
          ): ArrayBufferView;
          BYTES_PER_ELEMENT?: number;
        };
      const unit = Type.BYTES_PER_ELEMENT ?? 1;
      const offset = unit * rng.int(Math.floor(size / unit) + 1);
      const room = Math.floor((size - offset) / unit);
      views.push(
        rng.chance(0.5)
          ? new Type(buffer, offset)
          : new Type(buffer, offset, rng.int(room + 1)),
      );
    }
    return this.keep(views.length === 1 ? views[0] : views);
  }

  error(depth: number): Error {
    const rng = this.#rng;
    const Ctor = rng.chance(0.1) ? AggregateError : rng.pick(ERRORS);
    const message = rng.chance(0.8) ? this.string() : undefined;
    const e = Ctor === AggregateError
      ? new AggregateError([1], message)
      : new (Ctor as ErrorConstructor)(message);
    this.keep(e);
    if (rng.chance(0.3)) {
      (e as { cause?: unknown }).cause = this.value(depth - 1);
    }
    if (rng.chance(0.15)) {
      e.name = rng.pick(["RangeError", "Custom", "TypeError"]);
    }
    if (rng.chance(0.1)) e.stack = rng.chance(0.5) ? undefined : this.string();
    if (rng.chance(0.1)) (e as unknown as Record<string, unknown>).code = "E1";
    return e;
  }
}
