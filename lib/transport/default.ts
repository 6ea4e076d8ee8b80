/**
 * Picks the transport for the runtime we run on, by feature test: Deno first (it also has
 * Node-compatible globals), then Cloudflare Workers (which may have them too, with
 * `nodejs_compat`), then Bun (which has Node's globals too), then Node. Runtime modules
 * load only when chosen.
 *
 * @module
 */
import type { Transport } from "./types.ts";
import { cloudflareTransport } from "./cloudflare.ts";
import { denoTransport } from "./deno.ts";
import { nodeTransport } from "./node.ts";
import { bunTransport } from "./bun.ts";

/** The transport for this runtime. */
export function defaultTransport(): Transport {
  if ("Deno" in globalThis) return denoTransport;
  const { navigator, process } = globalThis as {
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
  };
  if (navigator?.userAgent === "Cloudflare-Workers") return cloudflareTransport;
  // Bun's own sockets: its node:net gets 0.89-0.93x their GETs with 1 or 10 in flight,
  // about as many from 100 (bench clients desir-bun and desir-bun-nodenet).
  if ("Bun" in globalThis) return bunTransport;
  if (process?.versions?.node) return nodeTransport;
  return () =>
    Promise.reject(
      new TypeError(
        "desir has no built-in transport for this runtime: pass the `transport` option",
      ),
    );
}
