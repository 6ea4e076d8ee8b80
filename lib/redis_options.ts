/**
 * The options of `new Redis(...)`: their types, the run-time check for plain-JS callers,
 * and how a URL and options resolve into one set.
 *
 * @module
 */
import type { ConnectionOptions } from "./connection.ts";
import type { SentinelOptions } from "./sentinel/sentinel.ts";
import type { CacheOptions } from "./cache/client_cache.ts";
import type { TracingHooks } from "./tracing.ts";
import type { BytesOption } from "./client_base.ts";
import { checkOptions, CONNECTION_OPTIONS } from "./_options.ts";
import { parseRedisUrl } from "./_url.ts";
import { LINK, type Linked } from "./_link_options.ts";

/**
 * Options of `new Redis(...)`: where to connect (or which sentinels to ask), how to
 * authenticate, how to behave.
 */
export interface RedisOptions extends ConnectionOptions, SentinelOptions {
  /** A `redis://`, `rediss://` or `unix://` URL; other options override its parts. */
  url?: string;
  /**
   * Record where each command was called, so that its error's stack shows the caller's
   * code instead of the client's internals. Costs a stack capture per command.
   * @default false
   */
  captureStack?: boolean;
  /**
   * How many blocking calls (BLPOP, XREAD BLOCK, …) may run at once, each on its own
   * connection; more wait in line for a free one (their `timeout` and `signal` apply
   * while they wait).
   * @default 10
   */
  maxBlockingConnections?: number;
  /**
   * Keep replies of reads in memory, invalidated by the server (`CLIENT TRACKING`,
   * RESP3 only); see {@linkcode ClientCache}. @default off
   */
  cache?: CacheOptions;
  /**
   * Prepended to every key of every command (and to key patterns); removed from the keys
   * replies name. See the README's "Key prefix" section for the rules.
   */
  keyPrefix?: string;
  /** Functions called around each command and on connection events. */
  tracing?: TracingHooks;
  /**
   * Calls `reauthenticate()` every this many ms (for tokens that expire while a
   * connection is open); a failure is reported as an `error` event. `close()` stops it.
   */
  reauthenticateEvery?: number;
  /**
   * Closes the main connection, and spare pooled ones, after this many ms without
   * traffic; the next command reopens it. Subscriptions and blocking calls keep
   * their connections.
   */
  idleTimeout?: number;
}

/**
 * The arguments of `new Redis(...)`, following the reply type `S` and the mode `M` (see
 * `ReplyFor`): `bytes: true` makes a bytes client (`Redis<Uint8Array>`), and a
 * client typed `Redis<Uint8Array>` must ask for bytes.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using text = new Redis("redis://127.0.0.1:6379");
 * await using bytes = new Redis({ bytes: true }); // a Redis<Uint8Array>
 * const body = await bytes.get("image"); // Uint8Array<ArrayBuffer> | null
 * const response = new Response(body);
 * ```
 */
export type RedisArguments<S, M> = [M] extends [true] | [Uint8Array] ?
    | [url: string, options: RedisOptions & BytesOption<S, M>]
    | [options: RedisOptions & BytesOption<S, M>]
  : [
    url?: string | (RedisOptions & BytesOption<S, M>),
    options?: RedisOptions & BytesOption<S, M>,
  ];

/** Every option of `new Redis(...)`, checked at run time for plain-JS callers. */
const REDIS_OPTIONS = {
  url: true,
  ...CONNECTION_OPTIONS,
  captureStack: true,
  maxBlockingConnections: true,
  sentinels: true,
  masterName: true,
  replica: true,
  sentinelUsername: true,
  sentinelPassword: true,
  sentinelTls: true,
  sentinelTimeout: true,
  cache: true,
  keyPrefix: true,
  tracing: true,
  reauthenticateEvery: true,
  idleTimeout: true,
} satisfies Record<keyof RedisOptions, true>;

/**
 * The options of `new Redis(url?, options?)` as one set: the URL's parts, overridden by
 * the options given (an option given as `undefined` overrides nothing).
 *
 * @throws {TypeError} When the URL cannot be parsed or an option is unknown.
 */
export function resolveRedisOptions(
  url: string | RedisOptions | undefined,
  options: RedisOptions | undefined,
): RedisOptions {
  if (typeof url !== "string") checkOptions("new Redis", url, REDIS_OPTIONS);
  checkOptions("new Redis", options, REDIS_OPTIONS);
  const given = typeof url === "string"
    ? { ...options, url }
    : { ...url, ...options };
  const resolved: RedisOptions = {
    ...(given.url ? parseRedisUrl(given.url) : {}),
    ...withoutUndefined(given),
  };
  delete resolved.url;
  // What a cluster tells its node clients (READONLY), kept for duplicate().
  const link = (given as Linked)[LINK];
  if (link) (resolved as Linked)[LINK] = link;
  return resolved;
}

/**
 * The own enumerable string-keyed options that are set. A plain loop: on Bun,
 * JavaScriptCore compiles each of `entries`, `filter` and `fromEntries` on its first
 * call, which a cold start paid for here.
 */
function withoutUndefined<T extends object>(options: T): Partial<T> {
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) set[key] = value;
  }
  return set as Partial<T>;
}
