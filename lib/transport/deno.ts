/**
 * The Deno transport: `Deno.connect`, `Deno.connectTls` and unix sockets.
 *
 * @module
 */
import type {
  ConnectOptions,
  Socket,
  SocketHandlers,
  Transport,
} from "./types.ts";

/**
 * The read buffer follows the traffic: it doubles when a read fills it and halves when
 * reads use less than a quarter of it, between these bounds. An idle connection keeps a
 * small one; a 1 MiB reply takes few reads.
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
  const conn = await open(options);
  if (!options.path && !options.tls) (conn as Deno.TcpConn).setNoDelay(true);
  let closed = false;
  (async () => {
    let buffer = new Uint8Array(MIN_READ);
    let error: Error | undefined;
    try {
      while (!closed) {
        const n = await conn.read(buffer);
        if (n === null) break;
        handlers.data(buffer.subarray(0, n));
        const size = buffer.length;
        if (n === size && size < MAX_READ) buffer = new Uint8Array(size * 2);
        else if (n < size / 4 && size > MIN_READ) {
          buffer = new Uint8Array(size / 2);
        }
      }
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    if (closed) return;
    closed = true;
    try {
      conn.close();
    } catch { /* already closed */ }
    handlers.end(error);
  })();
  return {
    async write(bytes: Uint8Array): Promise<void> {
      let offset = 0;
      while (offset < bytes.length) {
        offset += await conn.write(bytes.subarray(offset));
      }
    },
    close(): void {
      if (closed) return;
      closed = true;
      try {
        conn.close();
      } catch { /* already closed */ }
    },
  };
};

async function open(options: ConnectOptions): Promise<Deno.Conn> {
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
