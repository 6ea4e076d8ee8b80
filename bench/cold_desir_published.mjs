/**
 * Cold start of desir as JSR serves it: the program of `cold_desir.ts`, importing the
 * build `run.ts` makes of this tree into bench/peers/dist (gen/dist.ts) instead of the
 * TypeScript sources.
 *
 * Run: `deno run -A bench/cold_desir_published.mjs <port>`, or with `bun` or `node`
 *
 * @module
 */
import { Redis } from "./peers/dist/mod.js";

const port = Number(
  (globalThis.Deno?.args ?? globalThis.process.argv.slice(2))[0],
);
const r = new Redis({ hostname: "127.0.0.1", port });
await r.ping();
console.log(performance.timeOrigin + performance.now());
r.destroy();
