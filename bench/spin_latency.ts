/**
 * Why the latency shape does not spin while replies are due: desir's PING latency
 * awaited idly, against the same PING while the caller spins on `setImmediate`,
 * with `Deno.connect` and with `node:net`. On Deno a loop that always has a task
 * ready delays the polling of sockets.
 *
 * Run: `deno run -A bench/spin_latency.ts`
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { denoTransport, nodeTransport, type Transport } from "../transport.ts";
import { startRedis } from "../tests/harness/redis_server.ts";

await using server = await startRedis();
const transports: [string, Transport][] = [
  ["Deno.connect", denoTransport],
  ["node:net", nodeTransport],
];
const turn = () => new Promise((resolve) => setImmediate(resolve));

for (let round = 1; round <= 3; round++) {
  for (const [name, transport] of transports) {
    await using r = new Redis({ port: server.port, transport });
    await r.ping();
    const line = [];
    for (const spin of [false, true]) {
      const latencies: number[] = [];
      for (let i = 0; i < 3000; i++) {
        const start = performance.now();
        let done = false;
        const reply = r.ping().then(() => {
          latencies.push(performance.now() - start);
          done = true;
        });
        if (spin) { while (!done) await turn(); }
        else await reply;
      }
      latencies.sort((a, b) => a - b);
      line.push(
        `${spin ? "spinning" : "awaiting"} p50 ${
          latencies[1500].toFixed(3)
        } ms`,
      );
    }
    console.log(`round ${round}, ${name}: ${line.join(", ")}`);
  }
}
