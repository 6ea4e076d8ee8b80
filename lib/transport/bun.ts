/**
 * The Bun transport: `Bun.connect`, Bun's own sockets, without the `node:net` layer
 * (its streams, events and a Buffer per chunk).
 *
 * @module
 */
import type {
  ConnectOptions,
  Socket,
  SocketHandlers,
  Transport,
} from "./types.ts";

/** The parts of a Bun socket we use. */
interface BunSocket {
  /** Writes what the kernel takes now; returns how many bytes that was. */
  write(data: Uint8Array): number;
  setNoDelay?(noDelay: boolean): void;
  end(): void;
  terminate?(): void;
}

/** What a socket's callbacks are told, for `Bun.connect`. */
interface BunHandlers {
  data(socket: BunSocket, chunk: Uint8Array): void;
  drain(socket: BunSocket): void;
  close(socket: BunSocket, error?: Error): void;
  end(socket: BunSocket): void;
  error(socket: BunSocket, error: Error): void;
  connectError(socket: BunSocket, error: Error): void;
}

type BunConnect = (options: {
  hostname?: string;
  port?: number;
  unix?: string;
  tls?: boolean | { ca?: string[]; serverName?: string };
  socket: BunHandlers;
}) => Promise<BunSocket>;

/**
 * Opens a socket with `Bun.connect`, on Bun. What the kernel does not take at once is
 * kept, in order, and written on `drain`; a write's promise settles once all of its
 * bytes went to the kernel.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * import { bunTransport } from "@desir/desir/transport";
 * await using r = new Redis({ transport: bunTransport });
 * ```
 */
export const bunTransport: Transport = async (
  options: ConnectOptions,
  handlers: SocketHandlers,
): Promise<Socket> => {
  const connect = (globalThis as unknown as { Bun?: { connect: BunConnect } })
    .Bun?.connect;
  if (!connect) throw new TypeError("bunTransport runs only on Bun");
  let closed = false;
  let failure: Error | undefined;
  /** Bytes the kernel did not take yet, in order, with who waits for each write. */
  const pending: {
    bytes: Uint8Array;
    done: () => void;
    fail: (error: Error) => void;
  }[] = [];
  const drain = (s: BunSocket) => {
    while (pending.length > 0) {
      const head = pending[0];
      const n = s.write(head.bytes);
      if (n < head.bytes.length) {
        head.bytes = head.bytes.subarray(Math.max(0, n));
        return;
      }
      pending.shift();
      head.done();
    }
  };
  /** Writes still waiting fail: no promise is left to hang. */
  const abandon = () => {
    const error = failure ?? new Error("The socket closed");
    for (const { fail } of pending.splice(0)) fail(error);
  };
  const finish = () => {
    if (closed) return;
    closed = true;
    abandon();
    handlers.end(failure);
  };
  const tls = options.tls && {
    ...(options.tls.caCerts ? { ca: options.tls.caCerts } : {}),
    // SNI takes names only (RFC 6066), not IP addresses.
    ...(/^[\d.]+$|:/.test(options.hostname)
      ? {}
      : { serverName: options.hostname }),
  };
  const socket = await connect({
    ...(options.path
      ? { unix: options.path }
      : { hostname: options.hostname, port: options.port }),
    ...(tls ? { tls } : {}),
    socket: {
      data(_, chunk) {
        // A plain view of the Buffer: bytes the decoder copies out with `slice` must be
        // Uint8Array copies, not Buffer views (Buffer's `slice` shares memory).
        if (!closed) {
          handlers.data(
            new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength),
          );
        }
      },
      drain,
      close: finish,
      end: finish,
      error(_, error) {
        failure = error;
      },
      connectError(_, error) {
        failure = error;
      },
    },
  });
  socket.setNoDelay?.(true);
  return {
    write(bytes: Uint8Array): Promise<void> {
      if (closed) {
        return Promise.reject(failure ?? new Error("The socket closed"));
      }
      if (pending.length === 0) {
        const n = socket.write(bytes);
        if (n >= bytes.length) return Promise.resolve();
        bytes = bytes.subarray(Math.max(0, n));
      }
      return new Promise((done, fail) => pending.push({ bytes, done, fail }));
    },
    close(): void {
      if (closed) return;
      closed = true;
      abandon();
      if (socket.terminate) socket.terminate();
      else socket.end();
    },
  };
};
