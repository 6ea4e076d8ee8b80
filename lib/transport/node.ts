/**
 * The Node and Bun transport: `node:net` and `node:tls`, loaded only when used.
 *
 * @module
 */
import type {
  ConnectOptions,
  Socket,
  SocketHandlers,
  Transport,
} from "./types.ts";

/** The parts of a `node:net` socket we use. */
interface NodeSocket {
  setNoDelay(noDelay: boolean): void;
  write(data: Uint8Array, callback: (error?: Error | null) => void): boolean;
  destroy(): void;
  on(event: "data", listener: (chunk: Uint8Array) => void): void;
  on(event: "error", listener: (error: Error) => void): void;
  on(event: "close", listener: () => void): void;
  once(event: string, listener: (error?: Error) => void): void;
  removeAllListeners(event: string): void;
}

/**
 * Opens a socket with `node:net` (or `node:tls`), on Node and Bun.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * import { nodeTransport } from "@desir/desir/transport";
 * await using r = new Redis({ transport: nodeTransport });
 * ```
 */
export const nodeTransport: Transport = async (
  options: ConnectOptions,
  handlers: SocketHandlers,
): Promise<Socket> => {
  const socket = await open(options);
  socket.setNoDelay(true);
  let closed = false;
  let failure: Error | undefined;
  socket.on("data", (chunk) => {
    // A plain view of the Buffer: bytes the decoder copies out with `slice` must be
    // Uint8Array copies, not Buffer views (Buffer's `slice` shares memory).
    if (!closed) {
      handlers.data(
        new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
      );
    }
  });
  socket.on("error", (error) => failure = error);
  socket.on("close", () => {
    if (closed) return;
    closed = true;
    handlers.end(failure);
  });
  return {
    write(bytes: Uint8Array): Promise<void> {
      // Node keeps a reference to `bytes` until the callback: the caller waits for it.
      return new Promise((resolve, reject) =>
        socket.write(bytes, (error) => error ? reject(error) : resolve())
      );
    },
    close(): void {
      if (closed) return;
      closed = true;
      socket.destroy();
    },
  };
};

async function open(options: ConnectOptions): Promise<NodeSocket> {
  let socket: NodeSocket;
  let ready: string;
  if (options.tls) {
    const tls = await import("node:tls");
    ready = "secureConnect";
    socket = tls.connect({
      host: options.hostname,
      port: options.port,
      ca: options.tls.caCerts,
      // SNI takes names only (RFC 6066), not IP addresses.
      servername: /^[\d.]+$|:/.test(options.hostname)
        ? undefined
        : options.hostname,
    }) as unknown as NodeSocket;
  } else {
    const net = await import("node:net");
    ready = "connect";
    socket = (options.path ? net.connect({ path: options.path }) : net.connect({
      host: options.hostname,
      port: options.port,
    })) as unknown as NodeSocket;
  }
  await new Promise<void>((resolve, reject) => {
    socket.once(ready, () => {
      socket.removeAllListeners("error");
      resolve();
    });
    socket.once("error", (error) => {
      socket.destroy();
      reject(error);
    });
  });
  return socket;
}
