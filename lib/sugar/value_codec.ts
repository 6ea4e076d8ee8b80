/**
 * How RedisMap, RedisSet and RedisList turn values into Redis strings and back: desir's
 * codec (any `structuredClone` value), plain strings, JSON, or your own.
 *
 * @module
 */
import { undecodable } from "../_error_factories.ts";
import { checkOptions } from "../_options.ts";
import { deserialize, serialize } from "../codec/codec.ts";

/**
 * A codec of your own: `encode` makes the Redis string, `decode` reads it back (it may
 * throw on bytes it does not accept).
 *
 * @example
 * ```ts
 * import { Redis, RedisMap, type ValueCodec } from "@desir/desir";
 * const numbers: ValueCodec<number> = {
 *   encode: (n) => String(n),
 *   decode: (bytes) => Number(new TextDecoder().decode(bytes)),
 * };
 * await using r = new Redis();
 * await new RedisMap(r, "prices", { codec: numbers }).set("tea", 3.5);
 * ```
 */
export interface ValueCodec<V> {
  /** The Redis string of `value`. */
  encode(value: V): string | Uint8Array;
  /** The value of a Redis string, as bytes. */
  decode(bytes: Uint8Array): V;
}

/** Options of `RedisMap`, `RedisSet` and `RedisList`. */
export interface CollectionOptions<V> {
  /**
   * How values are stored: `"desir"` (desir's codec: anything `structuredClone`
   * accepts), `"string"` (values are strings, stored as they are: reads data written
   * by other clients), `"json"` (`JSON.stringify`/`JSON.parse`), or your own.
   * @default "desir"
   */
  codec?: "desir" | "string" | "json" | ValueCodec<V>;
}

const utf8 = /* @__PURE__ */ new TextDecoder();

const CODECS: Record<string, ValueCodec<unknown>> = {
  desir: { encode: serialize, decode: deserialize },
  string: {
    encode(value) {
      if (typeof value !== "string") {
        throw new TypeError(
          `The "string" codec stores strings, not ${typeof value}: use the "json" or "desir" codec`,
        );
      }
      return value;
    },
    decode: (bytes) => utf8.decode(bytes),
  },
  json: {
    encode(value) {
      const text = JSON.stringify(value);
      if (text === undefined) {
        throw new TypeError(`JSON cannot store ${typeof value}`);
      }
      return text;
    },
    decode: (bytes) => JSON.parse(utf8.decode(bytes)),
  },
};

/** Where a collection's values live, for error messages. @internal */
export interface ValueSite {
  kind: "RedisMap" | "RedisSet" | "RedisList";
  key: string;
}

/** A collection's codec, with decode errors that name the key and field. @internal */
export class Values<V> {
  readonly #codec: ValueCodec<V>;
  readonly #name: string;

  /** Checks the collection's `options` (so a codec given the wrong way is not ignored). */
  constructor(readonly site: ValueSite, options: CollectionOptions<V>) {
    checkOptions(`new ${site.kind}(redis, key, options)`, options, {
      codec: true,
    });
    const chosen = options?.codec ?? "desir";
    if (typeof chosen === "string") {
      if (!Object.hasOwn(CODECS, chosen)) {
        throw new TypeError(
          `Unknown codec ${
            JSON.stringify(chosen)
          }: use "desir", "string", "json" or { encode, decode }`,
        );
      }
      this.#codec = CODECS[chosen] as ValueCodec<V>;
      this.#name = chosen;
    } else {
      if (
        typeof chosen?.encode !== "function" ||
        typeof chosen?.decode !== "function"
      ) {
        throw new TypeError(
          'A codec needs encode(value) and decode(bytes) functions, or one of "desir", "string", "json"',
        );
      }
      this.#codec = chosen;
      this.#name = "custom";
    }
  }

  encode(value: V): string | Uint8Array {
    return this.#codec.encode(value);
  }

  /** Decodes `raw`; `at` says which field or index it was, for the error. */
  decode(raw: Uint8Array, at?: { field?: string; index?: number }): V {
    try {
      return this.#codec.decode(raw);
    } catch (e) {
      throw undecodable({ ...this.site, ...at }, {
        codec: this.#name,
        raw,
        cause: e,
      });
    }
  }
}
