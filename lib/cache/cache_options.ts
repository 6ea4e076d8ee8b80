/**
 * The options of the client-side cache, and their check.
 *
 * @module
 */
import type { CacheMode } from "./_tracking.ts";

/** Options of the client-side cache (`new Redis({ cache: { … } })`). */
export interface CacheOptions {
  /** Most replies kept; the least recently used go first. @default 10000 */
  maxEntries?: number;
  /** Most bytes the entries may hold (an estimate of their memory). @default 67108864 (64 MiB) */
  maxBytes?: number;
  /** Milliseconds an entry is served at most, besides invalidations. @default no limit */
  ttl?: number;
  /**
   * How the server tracks: `"default"` reports keys this client read; `"optin"` only
   * keys of calls made with `{ cache: true }` (the others are not cached); `"bcast"`
   * reports every change of a key under `prefixes`, read or not, and only such keys are
   * cached.
   * @default "default"
   */
  mode?: CacheMode;
  /** Key prefixes of the `"bcast"` mode. @default every key */
  prefixes?: readonly string[];
}

/** Cache options with their defaults, checked. */
export interface CacheSettings {
  maxEntries: number;
  maxBytes: number;
  ttl: number;
  mode: CacheMode;
  prefixes: readonly string[];
}

/**
 * The options with their defaults filled in.
 *
 * @throws {TypeError} Naming the option that is out of range.
 */
export function cacheSettings(options: CacheOptions): CacheSettings {
  const { maxEntries = 10_000, maxBytes = 64 << 20, ttl = 0 } = options;
  const mode = options.mode ?? "default";
  check(
    maxEntries,
    "maxEntries",
    "a positive integer",
    (n) => Number.isInteger(n) && n > 0,
  );
  check(maxBytes, "maxBytes", "a positive number", (n) => n > 0);
  check(
    ttl,
    "ttl",
    "a number of milliseconds, 0 or more",
    (n) => n >= 0 && Number.isFinite(n),
  );
  if (!["default", "optin", "bcast"].includes(mode)) {
    throw new TypeError(
      `cache.mode must be "default", "optin" or "bcast", not ${
        JSON.stringify(mode)
      }`,
    );
  }
  if (options.prefixes && mode !== "bcast") {
    throw new TypeError(
      'cache.prefixes needs cache.mode "bcast": the other modes track the keys read',
    );
  }
  return {
    maxEntries,
    maxBytes,
    ttl,
    mode,
    prefixes: options.prefixes ?? [],
  };
}

function check(
  value: number,
  name: string,
  expected: string,
  ok: (n: number) => boolean,
): void {
  if (typeof value !== "number" || !ok(value)) {
    throw new TypeError(`cache.${name} must be ${expected}, not ${value}`);
  }
}
