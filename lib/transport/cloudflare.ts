/**
 * The Cloudflare Workers transport: `connect()` from `cloudflare:sockets`, loaded only
 * when used.
 *
 * @module
 */
import type {
  ConnectOptions,
  HostPort,
  Socket,
  SocketHandlers,
  Transport,
} from "./types.ts";

/** The parts of a `cloudflare:sockets` socket we use. */
interface WorkersSocket {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
  readonly opened: Promise<unknown>;
  close(): Promise<void>;
}

type Connect = (
  address: HostPort,
  options: { secureTransport: "on" | "off"; allowHalfOpen: boolean },
) => WorkersSocket;

/**
 * Opens a TCP socket with `connect()` from `cloudflare:sockets`, in a Cloudflare Worker
 * (workerd). `rediss://` URLs use `secureTransport: "on"`, which trusts the platform's
 * certificate authorities.
 *
 * A Workers socket belongs to the request that opened it: make the client inside the
 * handler, e.g. `await using r = new Redis(env.REDIS_URL)` in `fetch`, not at module scope.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * import { cloudflareTransport } from "@desir/desir/transport";
 * export default {
 *   async fetch(_request: Request, env: { REDIS_URL: string }): Promise<Response> {
 *     await using r = new Redis(env.REDIS_URL, { transport: cloudflareTransport });
 *     return new Response(String(await r.incr("hits")));
 *   },
 * };
 * ```
 * @throws {TypeError} For a unix socket, or `tls.caCerts` (Workers cannot take either).
 */
export const cloudflareTransport: Transport = async (
  options: ConnectOptions,
  handlers: SocketHandlers,
): Promise<Socket> => {
  if (options.path) {
    throw new TypeError(
      "Cloudflare Workers cannot open unix sockets: use a redis:// or rediss:// URL",
    );
  }
  if (options.tls?.caCerts) {
    throw new TypeError(
      "Cloudflare Workers trust only the platform's certificate authorities: remove tls.caCerts",
    );
  }
  // A variable, not a literal: other runtimes' tools must not try to resolve this module.
  const builtin = "cloudflare:sockets";
  const { connect } = await import(builtin) as { connect: Connect };
  const socket = connect(
    { hostname: options.hostname, port: options.port },
    { secureTransport: options.tls ? "on" : "off", allowHalfOpen: false },
  );
  try {
    await socket.opened;
  } catch (error) {
    socket.close().catch(() => {});
    throw error;
  }
  const reader = socket.readable.getReader();
  const writer = socket.writable.getWriter();
  let closed = false;
  (async () => {
    let error: Error | undefined;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done || closed) break;
        handlers.data(value);
      }
    } catch (e) {
      error = e instanceof Error ? e : new Error(String(e));
    }
    if (closed) return;
    closed = true;
    socket.close().catch(() => {});
    handlers.end(error);
  })();
  return {
    write(bytes: Uint8Array): Promise<void> {
      return writer.write(bytes);
    },
    close(): void {
      if (closed) return;
      closed = true;
      socket.close().catch(() => {});
    },
  };
};
