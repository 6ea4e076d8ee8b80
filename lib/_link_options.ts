/**
 * What desir's own code tells a connection beyond the public `ConnectionOptions`: the
 * sentinel's address lookup and role check, a cluster replica's `READONLY`, the cache's
 * `CLIENT TRACKING`. No user sets these, so no entry point exports them, and
 * `new Redis` refuses them by name as unknown options.
 *
 * @module
 */
import type { ConnectionOptions } from "./connection_options.ts";
import type { RedisArgument } from "./resp/encode.ts";
import type { HostPort } from "./transport/types.ts";

/** A connection's options: the public ones and the internal ones. @internal */
export interface LinkOptions extends ConnectionOptions {
  /**
   * Finds where to connect before each attempt, instead of `hostname`/`port` (Sentinel
   * asks the sentinels for the current master).
   */
  resolveAddress?: () => Promise<HostPort>;
  /** Refuse a server whose `ROLE` is not this one (after a failover). */
  role?: "master" | "slave";
  /** Send `READONLY` in the handshake, to read from a cluster replica. */
  readOnly?: boolean;
  /** Commands that end every handshake (the cache's `CLIENT TRACKING`). */
  setup?: readonly (readonly RedisArgument[])[];
}

/**
 * The key under which a client that desir makes itself (a cluster's node client) is
 * given link options: a symbol, so no option a user spells reaches it, and the run-time
 * check of option names (which reads string keys) does not see it. @internal
 */
export const LINK: unique symbol = Symbol("desir.link");

/** Options that may carry link options under {@linkcode LINK}. @internal */
export interface Linked {
  /** The link options of every connection of the client. */
  [LINK]?: Pick<LinkOptions, "readOnly">;
}
