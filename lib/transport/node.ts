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
 * On Node itself, a plain socket reads into one buffer that all of them share (`onread`),
 * or into the one its owner offers for the rest of a large value (`destination`): Node
 * reads in its event loop and calls back before it reads again, so the buffer is free
 * once `data` returns. No read then allocates (node:net's `data` events bring a new
 * 64 KiB buffer each, which a large value is copied out of). Not under TLS, nor on Bun
 * or Deno, whose reads may wait on several sockets at once: those use `data` events.
 */
const SHARED_READ = 64 * 1024;
let sharedRead: Uint8Array | undefined;
const readsInPlace = !("Deno" in globalThis) && !("Bun" in globalThis);

/** The `onread` option that hands what a socket reads to `handlers.data`. */
function readInPlace(handlers: SocketHandlers, closed: () => boolean) {
  return {
    buffer: () =>
      handlers.destination?.() ??
        (sharedRead ??= new Uint8Array(SHARED_READ)),
    callback(n: number, buffer: Uint8Array): boolean {
      if (!closed()) handlers.data(buffer.subarray(0, n));
      return true; // reading goes on
    },
  };
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
  let closed = false;
  const onread = readsInPlace && !options.tls
    ? readInPlace(handlers, () => closed)
    : undefined;
  const socket = await open(options, onread);
  socket.setNoDelay(true);
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

async function open(
  options: ConnectOptions,
  onread: ReturnType<typeof readInPlace> | undefined,
): Promise<NodeSocket> {
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
    socket = net.connect(
      options.path ? { path: options.path, onread } : {
        host: options.hostname,
        port: options.port,
        onread,
      },
    ) as unknown as NodeSocket;
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
