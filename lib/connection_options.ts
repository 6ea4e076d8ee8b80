/**
 * The public options of a connection (`Redis` takes them all) and of one command. What
 * the clients tell their own connections besides is in `_link_options.ts`.
 *
 * @module
 */
import type { DecoderOptions, RespValue } from "./resp/decode.ts";
import type { TlsOptions, Transport } from "./transport/types.ts";
import type { Credential } from "./credentials.ts";

/** How to reconnect after a connection that was ready drops. */
export interface ReconnectOptions {
  /** Attempts before giving up; waiting commands then reject. @default 20 */
  retries?: number;
  /** Delay before the first attempt, in ms; it doubles each attempt, with jitter. @default 50 */
  minDelay?: number;
  /** Longest delay between attempts, in ms. @default 2000 */
  maxDelay?: number;
}

/** Everything one connection needs to know. */
export interface ConnectionOptions extends DecoderOptions {
  /** Host name or IP address. @default "127.0.0.1" */
  hostname?: string;
  /** TCP port. @default 6379 */
  port?: number;
  /** Unix socket path; when set, `hostname` and `port` are not used. */
  path?: string;
  /** TLS settings; `true` uses the system's trusted authorities. */
  tls?: TlsOptions | boolean;
  /**
   * ACL user name, or a function that returns it, called for each new connection.
   * @default "default" when a password is given
   */
  username?: Credential;
  /**
   * Password (of `username`, or of the default user), or a function that returns it
   * (a short-lived token), called for each new connection.
   */
  password?: Credential;
  /** Database index, selected on every (re)connect. @default 0 */
  db?: number;
  /** Connection name shown by `CLIENT LIST`. */
  name?: string;
  /** RESP version to speak; falls back to 2 when the server has no `HELLO`. @default 3 */
  protocol?: 2 | 3;
  /** Give up connecting (socket plus handshake) after this many ms. @default 10000 */
  connectTimeout?: number;
  /**
   * Reject a command whose reply has not come after this many ms, counted from the end
   * of the time a blocking command asked to wait (BLPOP's timeout, XREAD's BLOCK, WAIT's
   * timeout; one that waits until served is never cut). @default no limit
   */
  commandTimeout?: number;
  /** Reconnect with exponential backoff and jitter, or `false` not to. @default {} */
  reconnect?: ReconnectOptions | false;
  /** Most commands that may wait while the client is not connected. @default 100000 */
  maxOfflineCommands?: number;
  /**
   * How long, in ms, a command the server refused without running it because it is not
   * ready (`LOADING` its data set after a restart, `BUSY` running a script) waits and goes
   * again, with backoff, before that error is its answer; 0 not to wait. Its `timeout`
   * still applies. Commands inside a transaction are never resent.
   * @default 60000
   */
  waitForServer?: number;
  /** Decode replies as `Uint8Array` instead of strings. @default false */
  bytes?: boolean;
  /** The socket implementation. @default picked for the runtime */
  transport?: Transport;
}

/** Per-command settings. */
export interface CommandOptions {
  /** Decode this reply's strings as `Uint8Array`. @default the client's `bytes` */
  bytes?: boolean;
  /** Reject with `AbortError` when this signal aborts. */
  signal?: AbortSignal;
  /** Reject with `TimeoutError` after this many ms. @default the client's `commandTimeout` */
  timeout?: number;
  /**
   * Receives the RESP3 attributes the server sent with this reply (e.g. key popularity
   * from client tracking), before the reply itself resolves.
   */
  attributes?: (attributes: Map<RespValue, RespValue>[]) => void;
  /**
   * With the client-side cache: `false` sends this call to the server and keeps no copy;
   * `true` opts in to caching in the `"optin"` mode.
   * @default true in the default and `"bcast"` modes, false in `"optin"`
   */
  cache?: boolean;
}
