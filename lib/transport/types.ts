/**
 * The small interface between desir and a runtime's sockets. Everything above
 * `lib/transport/` talks only to these types, so a user can plug in their own socket.
 *
 * @module
 */

/** TLS settings for a connection. */
export interface TlsOptions {
  /** PEM certificates of the authorities to trust, instead of the system's. */
  caCerts?: string[];
}

/** A TCP address: a host name or IP address, and a port. */
export interface HostPort {
  /** Host name or IP address. */
  hostname: string;
  /** TCP port. */
  port: number;
}

/** Where and how to open a socket. */
export interface ConnectOptions {
  /** Host name or IP address. Ignored when `path` is set. */
  hostname: string;
  /** TCP port. Ignored when `path` is set. */
  port: number;
  /** A unix socket path; when set, `hostname` and `port` are not used. */
  path?: string;
  /** Use TLS, with these settings. */
  tls?: TlsOptions;
}

/**
 * Callbacks a transport calls as the socket delivers data or ends: methods of one
 * object (a connection keeps no closure per callback), so call them on it, as
 * `handlers.data(chunk)`, or bind them before passing them on.
 */
export interface SocketHandlers {
  /**
   * Bytes arrived. The chunk is only valid during the call: copy what you keep. Returns
   * `true` when the owner awaits no more bytes for now (no reply is due): the next ones
   * may be long in coming, so a transport that reads into a buffer of its own reads them
   * into a small one. (Typed `unknown` so that a wrapper may return anything.)
   */
  data(chunk: Uint8Array): unknown;
  /**
   * Whether the owner still awaits no bytes, asked a few microtask turns after `data`
   * returned `true`: a caller that awaited its reply has sent the next command by then,
   * so the next reply is due after all. Optional: without it, `data`'s answer stands.
   */
  quiet?(): boolean;
  /** The socket ended, by the peer or by an error; called once, never after `close()`. */
  end(error?: Error): void;
}

/** An open, readable and writable byte stream. */
export interface Socket {
  /**
   * Writes all of `bytes` (looping over partial writes). The caller does not touch
   * `bytes` until the promise settles.
   */
  write(bytes: Uint8Array): Promise<void>;
  /** Closes the socket at once; `handlers.end` is not called afterwards. */
  close(): void;
}

/**
 * Opens a socket. Rejects with an `Error` whose message says why the connection failed.
 *
 * @example
 * ```ts
 * import type { Transport } from "@desir/desir/transport";
 * // A transport that logs every connection, then defers to another one.
 * function logging(inner: Transport): Transport {
 *   return (options, handlers) => {
 *     console.log("connecting to", options.hostname, options.port);
 *     return inner(options, handlers);
 *   };
 * }
 * ```
 */
export type Transport = (
  options: ConnectOptions,
  handlers: SocketHandlers,
) => Promise<Socket>;

/**
 * Microtask turns after a reply before its connection counts as quiet: one for
 * `await r.get(k)` in a loop, one more per async function or `Promise.all` between the
 * reply and the next command. Waiting them out costs well under a microsecond and no
 * I/O; a burst's buffers are let go only if no command came in meanwhile. @internal
 */
export const QUIET_TICKS = 4;
