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

const READ_BUFFER_SIZE = 64 * 1024;

/**
 * Opens a socket with Deno's APIs. One read buffer is reused for every read: the chunk
 * handed to `handlers.data` is only valid during that call.
 *
 * @example
 * ```ts
 * import { denoTransport, Redis } from "@desir/desir";
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
    const buffer = new Uint8Array(READ_BUFFER_SIZE);
    let error: Error | undefined;
    try {
      while (!closed) {
        const n = await conn.read(buffer);
        if (n === null) break;
        handlers.data(buffer.subarray(0, n));
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
