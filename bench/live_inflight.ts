/**
 * What one awaiting caller keeps alive while its call is in flight: 100,000 callers
 * each `await` one call that is never answered, then the heap after a full
 * collection, per caller. Next to desir (`GET` through `sendCommand`, an in-process
 * transport that answers only the handshake) the same callers awaiting bare
 * promises (`bare`: the runtime's own floor, the promise's resolve function kept)
 * and bare promises that keep both their functions (`both`, as desir's command
 * does). Every byte here is copied by each young-generation collection while the
 * call is in flight (bench/gc_inflight.ts), so this is the part of the 10,000 in
 * flight cost that grows with the live set. The figures are exact, not timed.
 *
 * ```sh
 * deno run --v8-flags=--expose-gc bench/live_inflight.ts
 * ```
 *
 * @module
 */
import { Redis } from "../mod.ts";
import type { Transport } from "../transport.ts";

const CALLERS = 100_000;
const HELLO = new TextEncoder().encode("%1\r\n+server\r\n+redis\r\n");
const PONG = new TextEncoder().encode("+PONG\r\n");

/** Answers the handshake and the first PING, then nothing. */
const silent: Transport = (_options, handlers) => {
  let writes = 0;
  return Promise.resolve({
    write(): Promise<void> {
      const n = writes++;
      if (n < 2) setTimeout(() => handlers.data(n === 0 ? HELLO : PONG));
      return Promise.resolve();
    },
    close() {},
  });
};

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --v8-flags=--expose-gc");

const r = new Redis({ transport: silent });
await r.sendCommand(["PING"]); // the handshake
const kept: unknown[] = [];
const ops: Record<string, () => Promise<unknown>> = {
  desir: () => r.sendCommand(["GET", "k"]),
  bare: () => new Promise((resolve) => kept.push(resolve)),
  both: () => new Promise((resolve, reject) => kept.push(resolve, reject)),
};

/** Heap bytes per caller with CALLERS calls of `op` awaited and unanswered. */
async function live(op: () => Promise<unknown>): Promise<number> {
  gc!();
  const before = Deno.memoryUsage().heapUsed;
  for (let i = 0; i < CALLERS; i++) (async () => await op())();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc!();
  return (Deno.memoryUsage().heapUsed - before) / CALLERS;
}

for (const [name, op] of Object.entries(ops)) {
  console.log(`${name}: ${(await live(op)).toFixed(0)} B per caller in flight`);
}
Deno.exit(0); // the unanswered calls would hold the process open
