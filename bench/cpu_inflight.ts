/**
 * desir's own CPU cost with 1,000 and 10,000 independent awaiting callers,
 * without a network or a server: an in-process transport answers every `GET` at
 * once (on the next `setImmediate` turn, like a socket would); next to it the same
 * callers awaiting bare promises, the runtime's own floor, and bare promises whose
 * callers each keep alive what a call of desir keeps (`same live set`: an object with
 * a command's six fields, holding the arguments and both of the promise's
 * functions), which tells the runtime's share of a cliff from desir's own. All
 * alternate in one process, so the noise of a shared machine hits them alike. Rates are per second
 * of this process's CPU time (garbage-collector threads included), which other
 * processes on a busy machine disturb far less than the clock; the last lines give
 * the median 10k ÷ 1k ratio over the rounds, with its spread. Runs on Deno and Bun
 * as it is, on Node bundled:
 *
 * ```sh
 * deno run bench/cpu_inflight.ts
 * bun bench/cpu_inflight.ts
 * deno bundle --quiet --platform browser bench/cpu_inflight.ts | node --input-type=module
 * ```
 *
 * @module
 */
import process from "node:process";
import { Redis } from "../mod.ts";
import type { Transport } from "../transport.ts";

const REPLY = new TextEncoder().encode("$3\r\nxxx\r\n");
const HELLO = new TextEncoder().encode("%1\r\n+server\r\n+redis\r\n");

/** Answers HELLO with a small map and every other command with `xxx`, a macrotask later. */
const loopback: Transport = (_options, handlers) => {
  let handshaken = false;
  return Promise.resolve({
    write(bytes: Uint8Array): Promise<void> {
      let reply: Uint8Array;
      if (!handshaken) {
        handshaken = true;
        reply = HELLO;
      } else {
        let n = 0; // commands: a `*` at the start of a line (keys here hold none)
        for (let i = 0; i < bytes.length; i++) {
          if (bytes[i] === 42 && (i === 0 || bytes[i - 1] === 10)) n++;
        }
        reply = new Uint8Array(n * REPLY.length);
        for (let i = 0; i < n; i++) reply.set(REPLY, i * REPLY.length);
      }
      setImmediate(() => {
        for (let i = 0; i < reply.length; i += 65536) {
          handlers.data(reply.subarray(i, i + 65536));
        }
      });
      return Promise.resolve();
    },
    close() {},
  });
};

/**
 * No client at all: a promise per call, all resolved two macrotasks later. What
 * N awaiting callers cost the runtime itself (their frames and promises stay
 * live across young-generation collections).
 */
let waiting: ((value: string) => void)[] = [];
const bare = () =>
  new Promise<string>((resolve) => {
    if (waiting.push(resolve) > 1) return;
    setImmediate(() =>
      setImmediate(() => {
        const all = waiting;
        waiting = [];
        for (const resolve of all) resolve("xxx");
      })
    );
  });

/** What desir keeps per call in flight, in a bare call: a command's fields, its arguments. */
class Kept {
  flags = 0;
  extras = undefined;
  constructor(
    readonly args: string[],
    readonly parse: undefined,
    readonly settle: (value: string) => void,
    readonly refuse: (error: Error) => void,
  ) {}
}
let kept: Kept[] = [];
const same = () =>
  new Promise<string>((resolve, reject) => {
    if (kept.push(new Kept(["GET", "k"], undefined, resolve, reject)) > 1) {
      return;
    }
    setImmediate(() =>
      setImmediate(() => {
        const all = kept;
        kept = [];
        for (const call of all) call.settle("xxx");
      })
    );
  });

const r = new Redis({ transport: loopback });
await r.sendCommand(["PING"]); // the handshake
const desir = () => r.sendCommand(["GET", "k"]);

/** Calls per second of CPU time, and how many calls were made. */
async function rate(callers: number, op: () => Promise<unknown>, ms = 300) {
  let done = 0;
  const cpu = process.cpuUsage();
  const deadline = performance.now() + ms;
  await Promise.all(Array.from({ length: callers }, async () => {
    while (performance.now() < deadline) {
      await op();
      done++;
    }
  }));
  const { user, system } = process.cpuUsage(cpu);
  return { rate: done / ((user + system) / 1e6), calls: done };
}

// One point for bench/gc_inflight.ts, which reads the collector's trace around it:
// `cpu_inflight.ts desir 10000` (or `bare`, or `same`) runs those callers for 2 s.
const [only, callers] = process.argv.slice(2);
if (only) {
  const op = only === "desir" ? desir : only === "same" ? same : bare;
  const { calls } = await rate(Number(callers), op, 2000);
  console.error(`calls=${calls}`); // stderr: the trace goes to stdout
  r.destroy();
  process.exit(0);
}

const samples: Record<string, number[][]> = {
  desir: [],
  "no client": [],
  "same live set": [],
};
for (let round = 1; round <= 5; round++) {
  const line = [];
  for (
    const [name, op] of [
      ["desir", desir],
      ["no client", bare],
      ["same live set", same],
    ] as const
  ) {
    const at1000 = (await rate(1000, op)).rate;
    const at10000 = (await rate(10000, op)).rate;
    samples[name].push([at1000, at10000, at10000 / at1000]);
    line.push(
      `${name} ${Math.round(at1000 / 1000)}k/cpu-s at 1000, ${
        Math.round(at10000 / 1000)
      }k/cpu-s at 10000 (${(at10000 / at1000).toFixed(2)}×)`,
    );
  }
  console.log(`round ${round}: ${line.join("; ")}`);
}
/** Median (min–max) of one column over the rounds. */
function spread(rows: number[][], column: number, unit: (x: number) => string) {
  const all = rows.map((row) => row[column]).sort((a, b) => a - b);
  const mid = all[all.length >> 1];
  return `${unit(mid)} (${unit(all[0])}–${unit(all.at(-1)!)})`;
}
const k = (x: number) => `${Math.round(x / 1000)}k`;
for (const [name, rows] of Object.entries(samples)) {
  console.log(
    `${name}: 1000 ${spread(rows, 0, k)}/cpu-s, 10000 ${
      spread(rows, 1, k)
    }/cpu-s, 10000 ÷ 1000 ${spread(rows, 2, (x) => `${x.toFixed(2)}×`)}`,
  );
}
r.destroy();
