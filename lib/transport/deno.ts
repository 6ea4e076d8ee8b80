/**
 * The Deno transport: `Deno.connect`, `Deno.connectTls` and unix sockets.
 *
 * @module
 */
import {
  type ConnectOptions,
  QUIET_TICKS,
  type Socket,
  type SocketHandlers,
  type Transport,
} from "./types.ts";

/**
 * The read buffer follows the traffic: it doubles when a read fills it and halves when
 * reads use less than a quarter of it, between these bounds. A pending read holds its
 * buffer for as long as the socket stays silent, so when the owner awaits nothing more
 * the next read goes into a small one: an idle connection keeps 512 B, even right after
 * a burst, and a 1 MiB reply takes few reads.
 */
const MIN_READ = 512;
const MAX_READ = 256 * 1024;

/**
 * Opens a socket with Deno's APIs. One read buffer, sized to the traffic, is reused for
 * every read: the chunk handed to `handlers.data` is only valid during that call.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * import { denoTransport } from "@desir/desir/transport";
 * await using r = new Redis({ transport: denoTransport });
 * ```
 */
export const denoTransport: Transport = async (
  options: ConnectOptions,
  handlers: SocketHandlers,
): Promise<Socket> => {
  const conn = await openConn(options);
  if (!options.path && !options.tls) (conn as Deno.TcpConn).setNoDelay(true);
  return new DenoSocket(conn, handlers);
};

/**
 * An open connection, which reads from the moment it is made. A class, as every
 * connection holds one: arrow functions for its two methods, and the context they
 * shared with the read loop, cost ~0.2 KiB each.
 */
class DenoSocket implements Socket {
  readonly #conn: Deno.Conn;
  #closed = false;

  constructor(conn: Deno.Conn, handlers: SocketHandlers) {
    this.#conn = conn;
    void this.#read(handlers);
  }

  async write(bytes: Uint8Array): Promise<void> {
    // A view only for what a partial write left: most writes take it all at once.
    let offset = await this.#conn.write(bytes);
    while (offset < bytes.length) {
      offset += await this.#conn.write(bytes.subarray(offset));
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    try {
      this.#conn.close();
    } catch { /* already closed */ }
  }

  /** Reads until the socket ends or is closed, into a buffer sized to the traffic. */
  async #read(handlers: SocketHandlers): Promise<void> {
    const conn = this.#conn;
    let buffer = new Uint8Array(MIN_READ);
    // The large buffer put aside while quiet, held weakly: the next burst takes it back
    // (or one of its size, if a garbage collection took it: dropping it would free it
    // no sooner).
    let aside: WeakRef<typeof buffer> | undefined;
    let asideSize = 0;
    let small = 0;
    let error: Error | undefined;
    try {
      while (!this.#closed) {
        const n = await conn.read(buffer);
        if (n === null) break;
        let quiet = handlers.data(buffer.subarray(0, n)) === true;
        const size = buffer.length;
        // Reads under a quarter of the buffer, in a row: one alone may be the tail of a
        // large reply, which the next one fills again.
        small = n < size / 4 ? small + 1 : 0;
        if (quiet && n < size && size > MIN_READ && handlers.quiet) {
          // A caller that awaited this reply sends its next command a microtask or two
          // later: ask again then, so that a run of awaited large replies is not read
          // in two parts each (512 B, then the rest into the buffer put aside).
          for (let i = 0; i < QUIET_TICKS; i++) await null;
          quiet = handlers.quiet();
        }
        if (n === size && aside) {
          buffer = aside.deref() ?? new Uint8Array(asideSize);
          aside = undefined;
        } else if (n === size && size < MAX_READ) {
          buffer = new Uint8Array(size * 2);
        } else if (quiet && size > MIN_READ) {
          aside = new WeakRef(buffer);
          asideSize = size;
          buffer = new Uint8Array(MIN_READ);
        } else if (small >= 2 && size > MIN_READ) {
          small = 0;
          buffer = new Uint8Array(size / 2);
        }
      }
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    if (this.#closed) return;
    this.close();
    handlers.end(error);
  }
}

async function openConn(options: ConnectOptions): Promise<Deno.Conn> {
  if (options.path) {
    return Deno.connect({ transport: "unix", path: options.path });
  }
  if (options.tls) {
    const conn = await Deno.connectTls({
      hostname: options.hostname,
      port: options.port,
      caCerts: options.tls.caCerts,
    });
    // Deno defers the TLS handshake to the first read or write; run it now so a bad
    // certificate fails the connect, not the first command.
    try {
      await conn.handshake();
    } catch (error) {
      conn.close();
      throw error;
    }
    return conn;
  }
  return Deno.connect({ hostname: options.hostname, port: options.port });
}
