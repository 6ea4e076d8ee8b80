/**
 * Micro-benchmarks of the RESP layer: `deno bench bench/resp_bench.ts`. The workloads
 * are in `_micro_cases.ts`; `compare.ts` runs them against another checkout.
 *
 * @module
 */

import { Decoder } from "../lib/resp/decode.ts";
import { WriteBuffer } from "../lib/resp/encode.ts";
import { respCases, sink } from "./_micro_cases.ts";

for (const { name, group, run } of respCases({ Decoder, WriteBuffer })) {
  Deno.bench(name, { group }, run);
}

// Keeps the results alive so no engine can drop the work.
globalThis.addEventListener("unload", () => {
  if (sink === -1) console.log(sink);
});
