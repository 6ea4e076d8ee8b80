/**
 * `keyPrefix`: every key of every command, found by the same key positions `commandKeys`
 * uses (key specs and movable-key rules), gets a prefix on the way out; key patterns
 * (`KEYS`, `SCAN MATCH`, SORT's `BY`/`GET`) get it too, and replies that name keys
 * (`KEYS`, `SCAN`, `BLPOP`, `LMPOP`, `XREAD`, …) lose it on the way back.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import type { CacheOptions } from "./cache/client_cache.ts";
import { commandName, keyPositions, knowsKeys, word } from "./command_keys.ts";

const encoder = new TextEncoder();

type Parse = ((reply: unknown) => unknown) | undefined;

/** Where, in each reply that names keys, those keys are. */
const REPLY_KEYS: Record<string, (reply: unknown, strip: Strip) => unknown> = {
  keys: (reply, strip) => Array.isArray(reply) ? reply.map(strip) : reply,
  scan: (reply, strip) =>
    Array.isArray(reply) && Array.isArray(reply[1])
      ? [reply[0], reply[1].map(strip)]
      : reply,
  blpop: first,
  brpop: first,
  bzpopmin: first,
  bzpopmax: first,
  lmpop: first,
  blmpop: first,
  zmpop: first,
  bzmpop: first,
  xread: streams,
  xreadgroup: streams,
};

type Strip = (key: unknown) => unknown;

/** `[key, …]`: the key that was popped from. */
function first(reply: unknown, strip: Strip): unknown {
  return Array.isArray(reply) ? [strip(reply[0]), ...reply.slice(1)] : reply;
}

/** XREAD's streams: a RESP3 map, or RESP2 `[name, entries]` pairs. */
function streams(reply: unknown, strip: Strip): unknown {
  if (reply instanceof Map) {
    return new Map([...reply].map(([name, entries]) => [strip(name), entries]));
  }
  return Array.isArray(reply)
    ? reply.map((pair) =>
      Array.isArray(pair) ? [strip(pair[0]), ...pair.slice(1)] : pair
    )
    : reply;
}

/** Characters that would make the prefix itself a pattern in KEYS, SCAN or SORT. */
const GLOB = /[*?[\]\\]/;

/**
 * A key prefix, applied to the calls of a client (or a `with()` view), made from its
 * `keyPrefix` option: with `"app:"`, the arguments `call()` gives for
 * `["MSET", "a", "1", "b", "2"]` are `["MSET", "app:a", "1", "app:b", "2"]`.
 */
export class KeyPrefix {
  /** The prefix. */
  readonly text: string;
  readonly #bytes: Uint8Array;
  readonly #strip: Strip;

  /**
   * @param text The prefix: a non-empty string without glob characters (`* ? [ ] \`).
   * @throws {TypeError} When the prefix is empty or holds a glob character.
   */
  constructor(text: string) {
    if (typeof text !== "string" || text === "" || GLOB.test(text)) {
      throw new TypeError(
        "keyPrefix must be a non-empty string without the glob characters * ? [ ] \\ (they would turn the prefix into a pattern in KEYS, SCAN and SORT)",
      );
    }
    this.text = text;
    this.#bytes = encoder.encode(text);
    this.#strip = (key) => this.#unprefixed(key);
  }

  /** A prefix for a `with({ keyPrefix })` view: this one followed by `more`. */
  static of(
    parent: KeyPrefix | undefined,
    more: string | undefined,
  ): KeyPrefix | undefined {
    if (more === undefined) return parent;
    return new KeyPrefix((parent?.text ?? "") + more);
  }

  /**
   * A call as sent with the prefix: its arguments with the keys and key patterns
   * prefixed (a copy), and a reply parser that also removes the prefix from the keys
   * the reply names (`parse` itself when it names none).
   *
   * @throws {TypeError} The command is not in desir's command table (a module's, or a
   * newer server's): where its keys are is unknown, so it cannot be confined.
   */
  call(
    args: readonly RedisArgument[],
    parse: Parse,
  ): { args: RedisArgument[]; parse: Parse } {
    const name = commandName(args);
    return { args: this.#args(args, name), parse: this.#parse(name, parse) };
  }

  #args(args: readonly RedisArgument[], name: string): RedisArgument[] {
    if (!knowsKeys(name)) {
      throw new TypeError(
        `${name.toUpperCase()} is not in desir's command table, so its keys cannot be given the keyPrefix: send it from a client without keyPrefix`,
      );
    }
    const out = [...args];
    for (const i of keyPositions(args, name)) out[i] = this.key(args[i]);
    switch (name) {
      case "keys":
        if (args.length > 1) out[1] = this.key(args[1]);
        break;
      case "scan":
        this.#scan(out);
        break;
      case "sort":
      case "sort_ro":
        this.#sort(out);
        break;
    }
    return out;
  }

  /** The parser of a reply to `name`, also removing the prefix from the keys it names. */
  #parse(name: string, parse: Parse): Parse {
    const keys = Object.hasOwn(REPLY_KEYS, name) ? REPLY_KEYS[name] : undefined;
    if (!keys) return parse;
    const strip = this.#strip;
    return parse
      ? (reply) => parse(keys(reply, strip))
      : (reply) => keys(reply, strip);
  }

  /** A key of a reply without the prefix (unchanged if it does not have it). */
  #unprefixed(key: unknown): unknown {
    if (typeof key === "string") {
      return key.startsWith(this.text) ? key.slice(this.text.length) : key;
    }
    if (key instanceof Uint8Array && startsWith(key, this.#bytes)) {
      return key.subarray(this.#bytes.length);
    }
    return key;
  }

  /**
   * Client options whose cache, in `"bcast"` mode, tracks the server's key space: its
   * `prefixes` get this prefix (none given: this prefix, the only keys the client sees).
   */
  options<T extends { cache?: CacheOptions }>(options: T): T {
    const cache = options.cache;
    if (cache?.mode !== "bcast") return options;
    const prefixes = (cache.prefixes ?? [""]).map((p) => this.text + p);
    return { ...options, cache: { ...cache, prefixes } };
  }

  /** A key (or key pattern) with the prefix. */
  key(key: RedisArgument): RedisArgument {
    if (key instanceof Uint8Array) {
      const out = new Uint8Array(this.#bytes.length + key.length);
      out.set(this.#bytes);
      out.set(key, this.#bytes.length);
      return out;
    }
    return this.text + String(key);
  }

  /** `MATCH` gets the prefix; without one, SCAN gets `MATCH <prefix>*`. */
  #scan(args: RedisArgument[]): void {
    let matched = false;
    for (let i = 2; i < args.length - 1; i += 2) {
      if (word(args[i]) === "match") {
        args[i + 1] = this.key(args[i + 1]);
        matched = true;
      }
    }
    if (!matched) args.push("MATCH", `${this.text}*`);
  }

  /** `BY` and `GET` patterns name keys (`GET #` is the element itself). */
  #sort(args: RedisArgument[]): void {
    for (let i = 2; i < args.length - 1; i++) {
      const w = word(args[i]);
      if (w === "limit") i += 2;
      else if (w === "store") i += 1;
      else if (w === "by" || (w === "get" && word(args[i + 1]) !== "#")) {
        args[i + 1] = this.key(args[i + 1]);
        i += 1;
      } else if (w === "get") i += 1;
    }
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    if (bytes[i] !== prefix[i]) return false;
  }
  return true;
}
