/**
 * Cold start of desir: import it, connect, PING, print the wall-clock time of the
 * reply (ms since the epoch). run.ts bundles it for Node.
 *
 * Run: `deno run -A bench/cold_desir.ts <port>` or `bun bench/cold_desir.ts <port>`
 *
 * @module
 */
import { Redis } from "../mod.ts";

const g = globalThis as {
  Deno?: { args: string[] };
  process?: { argv: string[] };
};
const port = Number((g.Deno?.args ?? g.process!.argv.slice(2))[0]);
const r = new Redis({ hostname: "127.0.0.1", port });
await r.ping();
console.log(performance.timeOrigin + performance.now());
r.destroy();
