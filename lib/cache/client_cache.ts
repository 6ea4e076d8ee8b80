/**
 * The client-side cache: replies of cacheable reads kept in memory until the server
 * reports that a key they read changed (`CLIENT TRACKING`, RESP3 `invalidate` pushes on
 * the same connection, so an invalidation is always seen before any later reply).
 *
 * @module
 */
import { addCommandContext } from "../_command_context.ts";
import type { CommandOptions, ReplyTarget } from "../connection.ts";
import { aborted } from "../_error_factories.ts";
import { delayError, tooLong } from "../_delay.ts";
import type { RespValue } from "../resp/decode.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { commandKeys, commandName } from "../command_keys.ts";
import { READONLY } from "../_command_tips.ts";
import { CONTAINERS } from "../_key_specs.ts";
import { FLUSHES, isCacheable } from "./_cacheable.ts";
import { copyReply } from "./_copy.ts";
import {
  type CacheStats,
  Entries,
  type Entry,
  keyName,
  type Pair,
} from "./_entries.ts";
import { type CacheOptions, cacheSettings } from "./cache_options.ts";
import {
  type CacheMode,
  invalidatedKeys,
  trackingCommand,
} from "./_tracking.ts";

export type { CacheStats } from "./_entries.ts";
export type { CacheMode } from "./_tracking.ts";
export type { CacheOptions } from "./cache_options.ts";

/** Where the cache sends what it cannot answer: the client's tracked connection. */
type Sender = {
  send(
    args: readonly RedisArgument[],
    target: ReplyTarget,
    options: CommandOptions | undefined,
  ): void;
};

const IGNORE: ReplyTarget = { resolve() {}, reject() {} };
/**
 * What a command is to the cache: a cacheable read, a read it leaves alone, a write
 * (its keys' entries go), or a command after which nothing cached holds.
 */
type Kind = 0 | 1 | 2 | 3;
const READ = 0;
const OTHER = 1;
const WRITE = 2;
const FLUSH = 3;

/** What `#find` returns for a cacheable call with no entry. */
const MISS = Symbol("miss");
const CACHING_YES: readonly RedisArgument[] = ["CLIENT", "CACHING", "YES"];

/**
 * A client's cache of read replies, made by `new Redis({ cache })`. It is read through
 * the client's ordinary calls; `stats` and `flush()` are all it shows.
 *
 * Guarantee: once a write by anyone has been acknowledged, any reply this client receives
 * afterwards on its connection (even a PING's) means every later cached read reflects it.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis({ cache: { maxEntries: 10_000 } });
 * await r.get("user:1"); // from the server; now tracked
 * await r.get("user:1"); // from memory, until the server says it changed
 * console.log(r.cache!.stats); // { hits: 1, misses: 1, … }
 * ```
 */
export class ClientCache {
  readonly #entries: Entries;
  readonly #ttl: number;
  readonly #mode: CacheMode;
  readonly #prefixes: readonly string[];
  readonly #bytes: boolean;
  /** Counts invalidations, so a reply can tell whether one came while it was in flight. */
  #seq = 0;
  #flushedAt = 0;
  /** Reads in flight per key, and when a key was last invalidated while some were. */
  readonly #reading = new Map<string, number>();
  readonly #invalidatedAt = new Map<string, number>();
  readonly #kinds = new Map<string, Kind>();

  /**
   * Makes a cache; `new Redis({ cache })` makes the client's.
   *
   * @param options The bounds and the mode.
   * @param bytes Whether the client decodes replies as bytes by default.
   * @throws {TypeError} When an option is out of range.
   */
  constructor(options: CacheOptions, bytes = false) {
    const { maxEntries, maxBytes, ttl, mode, prefixes } = cacheSettings(
      options,
    );
    this.#entries = new Entries(maxEntries, maxBytes);
    this.#ttl = ttl;
    this.#mode = mode;
    this.#prefixes = prefixes;
    this.#bytes = bytes;
  }

  /**
   * Counters since the client was made, and the entries held now.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis({ cache: {} });
   * const { hits, misses } = r.cache!.stats;
   * console.log(hits / Math.max(1, hits + misses)); // the hit ratio
   * ```
   */
  get stats(): CacheStats {
    return { ...this.#entries.stats };
  }

  /**
   * Drops every entry. The client does it itself whenever invalidations may have been
   * missed (its connection dropped or reconnected, a failover, FLUSHALL).
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis({ cache: {} });
   * r.cache!.flush();
   * ```
   */
  flush(): void {
    this.#flushedAt = ++this.#seq;
    this.#entries.clear();
  }

  /**
   * Drops every entry when the connection drops or a new one opens (tracking starts
   * afresh). Replies still to come were sent on the new connection, so they are kept.
   * @internal
   */
  reset(): void {
    this.#entries.clear();
  }

  /** The `CLIENT TRACKING` command for the handshake of the connection. @internal */
  get tracking(): RedisArgument[] {
    return trackingCommand(this.#mode, this.#prefixes);
  }

  /**
   * Reads an `invalidate` push frame; returns whether it was one. @internal
   */
  push(frame: RespValue[]): boolean {
    const keys = invalidatedKeys(frame);
    if (keys === undefined) return false;
    if (keys === null) this.flush();
    else for (const key of keys) this.#invalidate(keyName(key));
    return true;
  }

  /**
   * Answers a call from memory, or sends it on `connection` and keeps its reply; returns
   * `undefined` for a call the cache leaves alone (the caller sends it). A write drops
   * the entries of its keys as it is sent, so this client reads its own writes.
   * @internal
   */
  request<T>(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
    connection: Sender,
  ): Promise<T> | undefined {
    if (
      args.length === 2 && parse === undefined && options === undefined &&
      this.#mode !== "optin"
    ) {
      // The common hit (`GET key`), found before anything else is asked: only cacheable
      // calls have entries. An immutable reply needs no copy, so one settled promise
      // serves every call (a string, number or null cannot be changed through it).
      const name = args[0];
      const arg = args[1];
      if (typeof name === "string" && typeof arg === "string") {
        const entry = this.#entries.getPair(this.#bytes ? 1 : 0, name, arg);
        const value = entry?.value;
        if (entry !== undefined && (typeof value !== "object" || !value)) {
          this.#entries.stats.hits++;
          return (entry.resolved ??= Promise.resolve(value)) as Promise<T>;
        }
      }
    }
    const found = this.#find(args, options);
    if (found === undefined) return undefined;
    let handled = true;
    const promise = new Promise<T>((resolve, reject) => {
      const target: ReplyTarget = {
        resolve: resolve as (value: unknown) => void,
        reject: (error, args) =>
          reject(args ? addCommandContext(error, args) : error),
      };
      if (found !== MISS) this.#hit(found, args, parse, options, target);
      else handled = this.#miss(args, parse, options, connection, target);
    });
    return handled ? promise : undefined;
  }

  /**
   * `request` for a queue that settles a target per call (a pipeline): a hit settles it
   * at once. Returns false for a call the cache leaves alone (the caller sends it).
   * @internal
   */
  send(
    args: readonly RedisArgument[],
    target: ReplyTarget,
    options: CommandOptions | undefined,
    parse: ((reply: unknown) => unknown) | undefined,
    connection: Sender,
  ): boolean {
    const found = this.#find(args, options);
    if (found === undefined) return false;
    if (found === MISS) {
      return this.#miss(args, parse, options, connection, target);
    }
    this.#hit(found, args, parse, options, target);
    return true;
  }

  /**
   * Drops the entries a call not answered from memory may change: its keys, when it is
   * a write (a transaction's commands, sent as they are).
   * @internal
   */
  written(args: readonly RedisArgument[]): void {
    const kind = this.#kind(args);
    if (kind !== READ) this.#write(args, kind);
  }

  /**
   * Drops the entries, and spoils the reads in flight, of the keys `owned` says yes to:
   * a cluster node's keys of a slot it no longer serves.
   * @internal
   */
  drop(owned: (key: string) => boolean): void {
    for (const key of [...this.#entries.keys(), ...this.#reading.keys()]) {
      if (owned(key)) this.#invalidate(key);
    }
  }

  /**
   * The entry that answers a call, `MISS` for a cacheable call that must go to the
   * server, `undefined` for a call the cache leaves alone (a write drops its keys here).
   */
  #find(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
  ): Entry | typeof MISS | undefined {
    const kind = this.#kind(args);
    if (kind !== READ) {
      this.#write(args, kind);
      return undefined;
    }
    if (this.#mode === "optin" && options?.cache !== true) return undefined;
    const bytes = options?.bytes ?? this.#bytes;
    const name = args[0];
    const arg = args[1];
    const entry = args.length === 2 && typeof name === "string" &&
        typeof arg === "string"
      ? this.#entries.getPair(bytes ? 1 : 0, name, arg)
      : this.#entries.get(entryId(args, bytes));
    return entry ?? MISS;
  }

  /** Settles `target` from a cached entry. */
  #hit(
    entry: Entry,
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
    target: ReplyTarget,
  ): void {
    this.#entries.stats.hits++;
    // As a miss would: an aborted signal or an impossible timeout rejects. A hit takes
    // no time, so a timeout never runs out.
    const signal = options?.signal;
    const timeout = options?.timeout;
    if (signal?.aborted) {
      const name = nameOf(args);
      target.reject(aborted(name, { reason: signal.reason }), args);
    } else if (tooLong(timeout)) {
      target.reject(delayError("timeout", timeout!), args);
    } else deliver(target, parse, copyReply(entry.value));
  }

  /**
   * Sends a cacheable call and keeps its reply if it is still fresh when it comes;
   * false when the bcast mode leaves it alone.
   */
  #miss(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
    connection: Sender,
    target: ReplyTarget,
  ): boolean {
    const keys = commandKeys(args).map(keyName);
    if (this.#mode === "bcast" && !keys.every((k) => this.#broadcast(k))) {
      return false;
    }
    this.#entries.stats.misses++;
    for (const key of keys) {
      this.#reading.set(key, (this.#reading.get(key) ?? 0) + 1);
    }
    const bytes = options?.bytes ?? this.#bytes;
    const id = entryId(args, bytes);
    const [name, arg] = args;
    const pair: Pair | undefined = args.length === 2 &&
        typeof name === "string" && typeof arg === "string"
      ? [bytes ? 1 : 0, name, arg]
      : undefined;
    const since = this.#seq;
    const fill: ReplyTarget = {
      resolve: (value) => {
        this.#settle(id, pair, keys, since, value as RespValue);
        deliver(target, parse, value);
      },
      reject: (error) => {
        this.#settle(id, pair, keys, since, undefined);
        target.reject(error, args);
      },
    };
    // Adjacent on the connection: CACHING YES applies to the very next command.
    if (this.#mode === "optin") connection.send(CACHING_YES, IGNORE, undefined);
    connection.send(args, fill, options);
    return true;
  }

  /**
   * Keeps a miss's reply (`undefined` for a failure), unless an invalidation of one of
   * its keys, or a flush, came while it was in flight.
   */
  #settle(
    id: string,
    pair: Pair | undefined,
    keys: readonly string[],
    since: number,
    value: RespValue | undefined,
  ): void {
    let fresh = value !== undefined && since >= this.#flushedAt;
    for (const key of keys) {
      if ((this.#invalidatedAt.get(key) ?? 0) > since) fresh = false;
      const reading = this.#reading.get(key)! - 1;
      if (reading > 0) this.#reading.set(key, reading);
      else {
        this.#reading.delete(key);
        this.#invalidatedAt.delete(key);
      }
    }
    if (fresh) {
      const expires = this.#ttl > 0 ? Date.now() + this.#ttl : 0;
      const copy = copyReply(value!);
      this.#entries.set(id, copy, keys, expires, pair);
    }
  }

  /** What the call is to the cache, remembered per spelling of the command's name. */
  #kind(args: readonly RedisArgument[]): Kind {
    const head = args[0];
    if (typeof head === "string") {
      const known = this.#kinds.get(head);
      if (known !== undefined) return known;
    }
    const name = commandName(args);
    const kind = isCacheable(name)
      ? READ
      : FLUSHES.has(name)
      ? FLUSH
      : READONLY.has(name)
      ? OTHER
      : WRITE;
    // Container commands (OBJECT, XINFO) depend on their subcommand; names are few.
    if (
      typeof head === "string" && !CONTAINERS.has(name.split(" ")[0]) &&
      this.#kinds.size < 1000
    ) {
      this.#kinds.set(head, kind);
    }
    return kind;
  }

  /** Drops the entries of a write's keys; everything after a FLUSHALL or the like. */
  #write(args: readonly RedisArgument[], kind: Kind): void {
    if (kind === FLUSH) this.flush();
    else if (kind === WRITE) {
      for (const key of commandKeys(args)) this.#invalidate(keyName(key));
    }
  }

  #invalidate(key: string): void {
    this.#seq++;
    if (this.#reading.has(key)) this.#invalidatedAt.set(key, this.#seq);
    this.#entries.invalidate(key);
  }

  #broadcast(key: string): boolean {
    return this.#prefixes.length === 0 ||
      this.#prefixes.some((prefix) => key.startsWith(prefix));
  }
}

/**
 * The cache a client's options ask for, if any.
 *
 * @throws {TypeError} With `protocol: 2` (invalidations need RESP3 pushes on the same
 * connection), or when a cache option is out of range.
 */
export function cacheFor(
  options: { cache?: CacheOptions; protocol?: 2 | 3; bytes?: boolean },
): ClientCache | undefined {
  if (!options.cache) return undefined;
  if (options.protocol === 2) {
    throw new TypeError(
      "The cache needs RESP3 (protocol: 3): its invalidations arrive as push frames on the same connection",
    );
  }
  return new ClientCache(options.cache, options.bytes);
}

/**
 * The identity of a call: its reply mode, then each argument with its kind and length,
 * so no two different calls share one.
 */
function entryId(args: readonly RedisArgument[], bytes: boolean): string {
  let id = bytes ? "b" : "t";
  for (const arg of args) {
    if (typeof arg === "string") id += arg.length + ":" + arg;
    else if (arg instanceof Uint8Array) {
      id += "#" + arg.length + ":";
      for (let i = 0; i < arg.length; i += 4096) {
        id += String.fromCharCode(...arg.subarray(i, i + 4096));
      }
    } else id += "n" + arg + ":";
  }
  return id;
}

/** Resolves `target` with the parsed `value`; a parser's error rejects it instead. */
function deliver(
  target: ReplyTarget,
  parse: ((reply: unknown) => unknown) | undefined,
  value: unknown,
): void {
  try {
    target.resolve(parse ? parse(value) : value);
  } catch (e) {
    target.reject(e as Error);
  }
}

/** The command's name as a miss's errors say it. */
function nameOf(args: readonly RedisArgument[]): string {
  const first = args[0];
  return typeof first === "string" ? first.toUpperCase() : String(first);
}
