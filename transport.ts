/**
 * The socket seam: a {@linkcode Transport} opens one socket, and desir ships one per
 * runtime ({@linkcode denoTransport}, {@linkcode bunTransport},
 * {@linkcode nodeTransport} for Node, {@linkcode cloudflareTransport} for workerd). The client picks one by itself; pass
 * one in `transport` to force a runtime's, or write your own.
 *
 * @example Force a transport
 * ```ts
 * import { Redis } from "@desir/desir";
 * import { nodeTransport } from "@desir/desir/transport";
 *
 * await using r = new Redis({ transport: nodeTransport });
 * await r.ping();
 * ```
 *
 * @module
 */
export type {
  ConnectOptions,
  HostPort,
  Socket,
  SocketHandlers,
  TlsOptions,
  Transport,
} from "./lib/transport/types.ts";
export { denoTransport } from "./lib/transport/deno.ts";
export { nodeTransport } from "./lib/transport/node.ts";
export { bunTransport } from "./lib/transport/bun.ts";
export { cloudflareTransport } from "./lib/transport/cloudflare.ts";
