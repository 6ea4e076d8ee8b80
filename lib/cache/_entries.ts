/**
 * The cached replies, bounded in count and bytes, with an index from each Redis key to
 * the entries that read it. Eviction approximates least-recently-used the "second
 * chance" way: a `Map` in insertion order, where a hit only marks its entry, and an
 * entry marked when it comes up for eviction moves to the back instead. So a hit costs
 * one lookup and one write, not a delete and a re-insert.
 *
 * @module
 */
import type { RespValue } from "../resp/decode.ts";
import { sizeOfReply } from "./_copy.ts";
import { text } from "../_text.ts";

/**
 * A call of a command name and one string argument (`GET key`), in text (0) or bytes (1)
 * mode: such calls, the most common, are found without building their id.
 */
export type Pair = readonly [mode: 0 | 1, name: string, arg: string];

/** One cached reply. */
export interface Entry {
  readonly id: string;
  readonly pair: Pair | undefined;
  readonly value: RespValue;
  /** The keys it read, normalized by {@linkcode keyName}. */
  readonly keys: readonly string[];
  readonly size: number;
  /** When it stops being served (`Date.now()` ms), or 0 for never. */
  readonly expires: number;
  /** Read since it last came up for eviction: it gets a second chance then. */
  used: boolean;
  /** The settled promise that hits hand out, for an immutable reply (made on a hit). */
  resolved?: Promise<unknown>;
}

/** Counters of a cache, as `cache.stats` reports them. */
export interface CacheStats {
  /** Calls answered from memory. */
  hits: number;
  /** Cacheable calls that went to the server. */
  misses: number;
  /** Entries dropped to stay within `maxEntries` / `maxBytes`, or past their `ttl`. */
  evictions: number;
  /** Entries dropped because the server said a key changed, or the cache was flushed. */
  invalidations: number;
  /** Entries held now. */
  entries: number;
  /** About how many bytes the entries hold now (keys, replies and bookkeeping). */
  bytes: number;
}

/**
 * Bookkeeping per entry besides its id, reply and keys: the record, its slots in three
 * Maps, the settled promise of its hits. Measured with `bench/cache_desir.ts memory` as
 * what `flush()` frees: about 510 bytes per GET of a 100-byte value, and 660 once
 * evictions churn (the Maps keep room for as many again deleted slots as live ones),
 * the figure this is set for (with 5% to spare), so that the heap the entries hold
 * stays within `maxBytes`.
 */
const ENTRY_OVERHEAD = 380;

/**
 * A key as the index knows it, the same whether it comes from a call or from the
 * server's push: sent strings are UTF-8 encoded (a lone surrogate becomes U+FFFD) and
 * pushed ones decoded as the RESP decoder decodes text.
 */
export function keyName(key: RespValue): string {
  if (typeof key === "string") return key.toWellFormed();
  return text(key);
}

/** Counters all at zero: a new cache's, and the start of a sum. */
export function noStats(): CacheStats {
  return {
    hits: 0,
    misses: 0,
    evictions: 0,
    invalidations: 0,
    entries: 0,
    bytes: 0,
  };
}

/** The bounded store. */
export class Entries {
  readonly stats: CacheStats = noStats();
  readonly #entries = new Map<string, Entry>();
  /** The entries that read each key: most keys are read by one, kept without a Set. */
  readonly #byKey = new Map<string, Entry | Set<Entry>>();
  readonly #pairs = [
    new Map<string, Map<string, Entry>>(),
    new Map<string, Map<string, Entry>>(),
  ];

  constructor(readonly maxEntries: number, readonly maxBytes: number) {}

  /** The live entry under `id`, marked as used. */
  get(id: string): Entry | undefined {
    return this.#live(this.#entries.get(id));
  }

  /** The live entry of a {@linkcode Pair} call, marked as used. */
  getPair(mode: 0 | 1, name: string, arg: string): Entry | undefined {
    return this.#live(this.#pairs[mode].get(name)?.get(arg));
  }

  #live(entry: Entry | undefined): Entry | undefined {
    if (entry === undefined) return undefined;
    if (entry.expires !== 0 && Date.now() >= entry.expires) {
      this.#remove(entry);
      this.stats.evictions++;
      return undefined;
    }
    entry.used = true;
    return entry;
  }

  /** The keys some entry read. */
  keys(): IterableIterator<string> {
    return this.#byKey.keys();
  }

  /** Stores a reply, evicting the least recently used entries to stay in bounds. */
  set(
    id: string,
    value: RespValue,
    keys: readonly string[],
    expires: number,
    pair: Pair | undefined,
  ): void {
    const old = this.#entries.get(id);
    if (old) this.#remove(old);
    let size = ENTRY_OVERHEAD + 2 * id.length + sizeOfReply(value);
    for (const key of keys) size += 48 + 2 * key.length;
    if (size > this.maxBytes) return;
    const entry: Entry = { id, pair, value, keys, size, expires, used: false };
    this.#entries.set(id, entry);
    if (pair) {
      const [mode, name, arg] = pair;
      let args = this.#pairs[mode].get(name);
      if (args === undefined) this.#pairs[mode].set(name, args = new Map());
      args.set(arg, entry);
    }
    this.stats.bytes += size;
    for (const key of keys) {
      const readers = this.#byKey.get(key);
      if (readers === undefined) this.#byKey.set(key, entry);
      else if (readers instanceof Set) readers.add(entry);
      else this.#byKey.set(key, new Set([readers, entry]));
    }
    while (
      this.#entries.size > this.maxEntries || this.stats.bytes > this.maxBytes
    ) {
      const oldest = this.#entries.values().next().value!;
      if (oldest.used && oldest !== entry) {
        oldest.used = false;
        this.#entries.delete(oldest.id);
        this.#entries.set(oldest.id, oldest);
        continue;
      }
      this.#remove(oldest);
      this.stats.evictions++;
    }
    this.stats.entries = this.#entries.size;
  }

  /** Drops every entry that read `key`. */
  invalidate(key: string): void {
    const readers = this.#byKey.get(key);
    if (readers === undefined) return;
    if (readers instanceof Set) {
      this.stats.invalidations += readers.size;
      for (const entry of readers) this.#remove(entry);
    } else {
      this.stats.invalidations++;
      this.#remove(readers);
    }
  }

  /** Drops everything. */
  clear(): void {
    this.stats.invalidations += this.#entries.size;
    this.#entries.clear();
    this.#byKey.clear();
    this.#pairs[0].clear();
    this.#pairs[1].clear();
    this.stats.entries = 0;
    this.stats.bytes = 0;
  }

  #remove(entry: Entry): void {
    if (this.#entries.get(entry.id) !== entry) return;
    this.#entries.delete(entry.id);
    if (entry.pair) {
      const [mode, name, arg] = entry.pair;
      const args = this.#pairs[mode].get(name)!;
      args.delete(arg);
      if (args.size === 0) this.#pairs[mode].delete(name);
    }
    this.stats.entries = this.#entries.size;
    this.stats.bytes -= entry.size;
    for (const key of entry.keys) {
      const readers = this.#byKey.get(key);
      if (readers === entry) this.#byKey.delete(key);
      else if (readers instanceof Set) {
        readers.delete(entry);
        if (readers.size === 0) this.#byKey.delete(key);
      }
    }
  }
}
