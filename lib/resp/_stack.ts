/**
 * The decoder's stack of partial aggregates: where each complete value goes (into the
 * open array, map, set, attribute, push or streamed string, or out to the handler), and
 * the nesting and count limits of aggregates. Kept as parallel arrays, so a level costs
 * no allocation.
 *
 * @module
 */

import { ProtocolError } from "../errors.ts";
import * as T from "./_protocol.ts";
import { textDecoder } from "./_text.ts";
import type { ReplyHandler, RespObject, RespValue } from "./types.ts";

// A level's kind is its aggregate's type byte, or `$` for a streamed string (`$?`): its
// chunks, until `;0`.
const ARRAY = T.ARRAY,
  ATTRIBUTE = T.ATTRIBUTE,
  MAP = T.MAP,
  PUSH = T.PUSH,
  SET = T.SET,
  STREAM = T.BULK_STRING;

/** Marks a map level that waits for a key, not a value. */
const NO_KEY: unique symbol = Symbol("no key");
/** What a popped container hands up when it is not a value (attribute, push). */
const NOTHING: unique symbol = Symbol("nothing");

type Container =
  | RespValue[]
  | Map<RespValue, RespValue>
  | Set<RespValue>
  | RespObject
  | Uint8Array[];

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

function tooDeep(maxDepth: number): ProtocolError {
  return new ProtocolError(`Nesting deeper than ${maxDepth} levels (maxDepth)`);
}

/** The shapes and limits a {@linkcode ReplyStack} applies. */
export interface StackOptions {
  maxAggregate: number;
  maxDepth: number;
  mapsAsObjects: boolean;
  setsAsSets: boolean;
}

/**
 * The partial aggregates of the reply being decoded. The decoder hands it every complete
 * value; it calls the handler once per complete top-level reply or push frame. The
 * Decoder extends it, so handing on a value is a call on the same object (measured: a
 * stack held in a field cost 10% on an array of 1000 bulk strings).
 *
 * @example
 * ```ts
 * import { ReplyStack } from "./_stack.ts";
 * const stack = new ReplyStack(
 *   { reply: (value) => console.log(value), push: () => {} },
 *   { maxAggregate: 100, maxDepth: 8, mapsAsObjects: false, setsAsSets: false },
 * );
 * stack.open(0x2a, 2); // "*2"
 * stack.value(1);
 * stack.value("two"); // [1, "two"]
 * ```
 */
export class ReplyStack {
  /** Open aggregates. */
  depth = 0;
  /** Whether the top level is a streamed string, which takes only `;` chunks. */
  inStream = false;

  readonly #handler: ReplyHandler;
  readonly #maxAggregate: number;
  readonly #maxDepth: number;
  readonly #mapsAsObjects: boolean;
  readonly #setsAsSets: boolean;

  #attributes: Map<RespValue, RespValue>[] | undefined = undefined;
  // Parallel arrays, so a level costs no allocation. Made four deep: the first write to
  // an empty array reserves 17 slots, 600 bytes for the four that every connection's
  // HELLO map would leave behind.
  #kinds: number[] = [0, 0, 0, 0];
  /**
   * Items still expected (2 per map pair); for streamed aggregates -1 - items so far; for
   * STREAM the bytes so far.
   */
  #left: number[] = [0, 0, 0, 0];
  #items: (Container | null)[] = [null, null, null, null];
  #keys: (RespValue | typeof NO_KEY)[] = [NO_KEY, NO_KEY, NO_KEY, NO_KEY];

  /** Creates an empty stack delivering to `handler`. */
  constructor(handler: ReplyHandler, options: StackOptions) {
    this.#handler = handler;
    this.#maxAggregate = options.maxAggregate;
    this.#maxDepth = options.maxDepth;
    this.#mapsAsObjects = options.mapsAsObjects;
    this.#setsAsSets = options.setsAsSets;
  }

  /** Drops every open aggregate and pending attribute. */
  reset(): void {
    this.#attributes = undefined;
    this.depth = 0;
    this.#kinds.length = 0;
    this.#left.length = 0;
    this.#items.length = 0;
    this.#keys.length = 0;
    this.inStream = false;
  }

  /**
   * Starts an aggregate of type byte `kind` (`*`, `%`, `~`, `|` or `>`) with `n` items, or
   * a streamed one (`?`) when `n` is negative.
   */
  open(kind: number, n: number): void {
    if (kind === PUSH && this.depth !== 0) {
      throw new ProtocolError('Push frame (">") nested inside an aggregate');
    }
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
      n < 0 ? -1 : kind === MAP || kind === ATTRIBUTE ? 2 * n : n,
    );
    if (n === 0) {
      const value = this.#pop();
      if (value !== NOTHING) this.value(value);
    }
  }

  /** Starts a streamed string (`$?`). */
  openStream(): void {
    this.#push(STREAM, [], 0);
  }

  /** Bytes of the open streamed string so far. */
  streamLength(): number {
    return this.#left[this.depth - 1];
  }

  /** Adds a chunk (ours to keep) to the open streamed string. */
  streamChunk(chunk: Uint8Array): void {
    const top = this.depth - 1;
    (this.#items[top] as Uint8Array[]).push(chunk);
    this.#left[top] += chunk.length;
  }

  /** Ends the open streamed string (`;0`): its chunks joined, as bytes or text. */
  endStream(raw: boolean): void {
    const top = this.depth - 1;
    const chunks = this.#items[top] as Uint8Array[];
    const bytes = new Uint8Array(this.#left[top]);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.#pop();
    this.value(raw ? bytes : textDecoder.decode(bytes));
  }

  /** Ends the open streamed aggregate (`.`). */
  endAggregate(): void {
    const top = this.depth - 1;
    if (top < 0 || this.#left[top] >= 0) {
      throw new ProtocolError('End marker (".") outside a streamed aggregate');
    }
    if (this.#keys[top] !== NO_KEY) {
      throw new ProtocolError("Streamed map ended between a key and its value");
    }
    const value = this.#pop();
    if (value !== NOTHING) this.value(value);
  }

  /** A value is complete: add it to the open aggregates, or deliver it at the top level. */
  value(value: RespValue): void {
    let v = value;
    while (this.depth > 0) {
      const top = this.depth - 1;
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

  /**
   * A whole top-level array or push frame (`*` or `>`) the decoder read in one go: handed
   * on as `open` and a `value` per item would.
   */
  frame(kind: number, items: RespValue[]): void {
    if (this.#maxDepth < 1) throw tooDeep(this.#maxDepth);
    const attributes = this.#attributes;
    this.#attributes = undefined;
    if (kind === PUSH) this.#handler.push(items, attributes);
    else this.#handler.reply(items, attributes);
  }

  #push(kind: number, container: Container, left: number): void {
    const d = this.depth;
    if (d >= this.#maxDepth && kind !== STREAM) throw tooDeep(this.#maxDepth);
    this.#kinds[d] = kind;
    this.#left[d] = left;
    this.#items[d] = container;
    this.#keys[d] = NO_KEY;
    this.depth = d + 1;
    this.inStream = kind === STREAM;
  }

  /** Removes the finished top container; returns it, or NOTHING after delivering it elsewhere. */
  #pop(): RespValue | typeof NOTHING {
    const top = --this.depth;
    const kind = this.#kinds[top];
    const container = this.#items[top] as Container;
    this.#items[top] = null;
    this.inStream = false;
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
}
