/**
 * Picks the transport for the runtime we run on, by feature test: Deno first (it also has
 * Node-compatible globals), then Cloudflare Workers (which may have them too, with
 * `nodejs_compat`), then Node and Bun. Runtime modules load only when chosen.
 *
 * @module
 */
import type { Transport } from "./types.ts";
import { cloudflareTransport } from "./cloudflare.ts";
import { denoTransport } from "./deno.ts";
import { nodeTransport } from "./node.ts";

/** The transport for this runtime. */
export function defaultTransport(): Transport {
  if ("Deno" in globalThis) return denoTransport;
  const { navigator, process } = globalThis as {
    navigator?: { userAgent?: string };
    process?: { versions?: { node?: string } };
  };
  if (navigator?.userAgent === "Cloudflare-Workers") return cloudflareTransport;
  if (process?.versions?.node || "Bun" in globalThis) return nodeTransport;
  return () =>
    Promise.reject(
      new TypeError(
        "desir has no built-in transport for this runtime: pass the `transport` option",
      ),
    );
}
