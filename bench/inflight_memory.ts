/**
 * What a command in flight keeps alive, in heap bytes: 100,000 GETs issued at once and
 * awaited with `Promise.all`, as the million shape does, measured after a full
 * collection while all of them wait; next to it the same callers with a bare promise
 * each and its arguments kept (no client at all), the runtime's own floor. Rounds
 * alternate in one process. The million shape's peak RSS per command adds the
 * collector's slack to these.
 *
 * Run: `deno run -A --v8-flags=--expose-gc bench/inflight_memory.ts`
 *
 * @module
 */
import { Redis } from "../mod.ts";
import { startRedis } from "../tests/harness/redis_server.ts";

const N = 100_000;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --v8-flags=--expose-gc");

await using server = await startRedis();
await using r = new Redis({ port: server.port });
await r.sendCommand(["SET", "bench:small", "x".repeat(16)]);

/** Live heap and external bytes per call while `issue` calls wait. */
async function perCall(issue: (replies: Promise<unknown>[]) => () => void) {
  gc!();
  const before = Deno.memoryUsage();
  const replies = new Array<Promise<unknown>>(N);
  const answer = issue(replies);
  const all = Promise.all(replies);
  gc!();
  const during = Deno.memoryUsage();
  answer();
  await all;
  return {
    heap: (during.heapUsed - before.heapUsed) / N,
    external: (during.external - before.external) / N,
  };
}

const desir = () =>
  perCall((replies) => {
    for (let i = 0; i < N; i++) {
      replies[i] = r.sendCommand(["GET", "bench:small"]); // as bench/desir.ts
    }
    return () => {};
  });

const bare = () =>
  perCall((replies) => {
    const waiting: unknown[] = []; // each call's arguments and resolve function
    for (let i = 0; i < N; i++) {
      const args = ["GET", "bench:small"];
      replies[i] = new Promise((resolve) => waiting.push(args, resolve));
    }
    return () => {
      for (let i = 1; i < waiting.length; i += 2) {
        (waiting[i] as (value: string) => void)("x");
      }
    };
  });

const own: number[] = [];
for (let round = 1; round <= 5; round++) {
  const d = await desir();
  const b = await bare();
  own.push(d.heap + d.external - b.heap);
  console.log(
    `round ${round}: desir ${d.heap.toFixed(0)} B heap + ${
      d.external.toFixed(0)
    } B encoded per command; bare promises ${b.heap.toFixed(0)} B`,
  );
}
own.sort((a, b) => a - b);
console.log(
  `desir's own per command in flight: median ${own[2].toFixed(0)} B (${
    own[0].toFixed(0)
  }–${own[4].toFixed(0)})`,
);
