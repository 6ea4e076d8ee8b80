/**
 * Picks the transport for the runtime we run on, by feature test: Deno first (it also has
 * Node-compatible globals), then Node and Bun. Runtime modules load only when chosen.
 *
 * @module
 */
import type { Transport } from "./types.ts";
import { denoTransport } from "./deno.ts";
import { nodeTransport } from "./node.ts";

/** The transport for this runtime. */
export function defaultTransport(): Transport {
  if ("Deno" in globalThis) return denoTransport;
  const process =
    (globalThis as { process?: { versions?: { node?: string } } }).process;
  if (process?.versions?.node || "Bun" in globalThis) return nodeTransport;
  return () =>
    Promise.reject(
      new TypeError(
        "desir has no built-in transport for this runtime: pass the `transport` option",
      ),
    );
}
