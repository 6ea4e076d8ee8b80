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
  removeListener(event: string, listener: (error?: Error) => void): void;
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
  const socket = await openSocket(options);
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

/** `node:net` and `node:tls`, each imported on its first use only, then kept. */
let net: Promise<typeof import("node:net")> | undefined;
let tls: Promise<typeof import("node:tls")> | undefined;

async function openSocket(options: ConnectOptions): Promise<NodeSocket> {
  let socket: NodeSocket;
  let ready: string;
  if (options.tls) {
    ready = "secureConnect";
    socket = (await (tls ??= import("node:tls"))).connect({
      host: options.hostname,
      port: options.port,
      ca: options.tls.caCerts,
      // SNI takes names only (RFC 6066), not IP addresses.
      servername: /^[\d.]+$|:/.test(options.hostname)
        ? undefined
        : options.hostname,
    }) as unknown as NodeSocket;
  } else {
    const { connect } = await (net ??= import("node:net"));
    ready = "connect";
    socket = (options.path ? connect({ path: options.path }) : connect({
      host: options.hostname,
      port: options.port,
    })) as unknown as NodeSocket;
  }
  await new Promise<void>((resolve, reject) => {
    const fail = (error?: Error) => {
      socket.destroy();
      reject(error);
    };
    socket.once(ready, () => {
      // Only our listener: removing every `error` listener (Node has one of its own)
      // deletes the key, which turns the socket's listener table into a slow
      // dictionary, ~0.4 KiB kept per socket.
      socket.removeListener("error", fail);
      resolve();
    });
    socket.once("error", fail);
  });
  return socket;
}
