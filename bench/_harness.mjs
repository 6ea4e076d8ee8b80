/**
 * The five workloads, timed the same way for every client on every runtime.
 *
 * Plain JavaScript (not TypeScript) so that Node 20 runs it as it is; Deno and
 * Bun import it too. It uses only ECMAScript and `performance.now()`. A runner
 * (`desir.ts`, `node_peers.mjs`, `bun_peer.ts`) wraps its client in an
 * {@linkcode Adapter} and calls {@linkcode main}; run.ts reads the one JSON line
 * it prints.
 *
 * @module
 */

/**
 * One connection of a client, reduced to what the workloads need.
 *
 * @typedef {object} Adapter
 * @property {(key: string, value: string | Uint8Array) => Promise<unknown>} set
 * @property {(key: string) => Promise<unknown>} get  resolves to a string
 * @property {(key: string) => Promise<Uint8Array>} getBytes
 * @property {(pairs: string[][]) => Promise<unknown>} pipelineSet
 *   one explicit pipeline of `SET key value` for every pair
 * @property {(channel: string, onMessage: () => void) => Promise<unknown>} subscribe
 *   resolves once the server confirmed the subscription
 * @property {(channel: string, message: string) => Promise<unknown>} publish
 * @property {() => Promise<unknown>} close
 */

/**
 * How a workload is run: `ops` commands (or messages) per timed repetition.
 *
 * @typedef {object} Workload
 * @property {string} title
 * @property {number} ops
 * @property {(connect: () => Promise<Adapter>) => Promise<() => Promise<void>>} prepare
 *   opens what the workload needs and returns one timed repetition
 */

/** The value redis-benchmark uses by default: 3 bytes. */
const SMALL = "xxx";
const BATCH = 1000;

/**
 * Runs `count` calls of `op`, `BATCH` in flight at a time.
 *
 * @param {number} count
 * @param {(i: number) => Promise<unknown>} op
 */
async function inBatches(count, op) {
  const inFlight = new Array(BATCH);
  for (let done = 0; done < count; done += BATCH) {
    for (let i = 0; i < BATCH; i++) inFlight[i] = op(done + i);
    await Promise.all(inFlight);
  }
}

/**
 * @param {boolean} ok
 * @param {string} message
 */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/** @type {Record<string, Workload>} */
export const WORKLOADS = {
  w1: {
    title: "W1 sequential SET+GET",
    ops: 20_000,
    async prepare(connect) {
      const c = await connect();
      return async () => {
        for (let i = 0; i < 10_000; i++) {
          await c.set("bench:w1", SMALL);
          await c.get("bench:w1");
        }
      };
    },
  },
  w2: {
    title: "W2 concurrent GET",
    ops: 100_000,
    async prepare(connect) {
      const c = await connect();
      await c.set("bench:w2", SMALL);
      check(
        await c.get("bench:w2") === SMALL,
        "W2: GET returned a wrong value",
      );
      return () => inBatches(100_000, () => c.get("bench:w2"));
    },
  },
  w3: {
    title: "W3 pipelined SET",
    ops: 100_000,
    async prepare(connect) {
      const c = await connect();
      const pairs = Array.from(
        { length: BATCH },
        (_, i) => [`bench:w3:${i}`, SMALL],
      );
      return async () => {
        for (let i = 0; i < 100; i++) await c.pipelineSet(pairs);
      };
    },
  },
  w4: {
    title: "W4 1 MiB SET+GET (bytes)",
    ops: 400,
    async prepare(connect) {
      const c = await connect();
      const value = new Uint8Array(1 << 20).map((_, i) => i * 31);
      await c.set("bench:w4", value);
      const back = await c.getBytes("bench:w4");
      check(
        back.length === value.length && back[12345] === value[12345],
        `W4: GET returned ${back.length} bytes, not the 1 MiB value`,
      );
      return async () => {
        for (let i = 0; i < 200; i++) {
          await c.set("bench:w4", value);
          await c.getBytes("bench:w4");
        }
      };
    },
  },
  w5: {
    title: "W5 pub/sub messages",
    ops: 100_000,
    async prepare(connect) {
      const sub = await connect();
      const pub = await connect();
      let received = 0;
      /** @type {() => void} */
      let allReceived = () => {};
      await sub.subscribe("bench:w5", () => {
        if (++received === 100_000) allReceived();
      });
      return async () => {
        received = 0;
        const done = new Promise((resolve) =>
          allReceived = () => resolve(undefined)
        );
        await inBatches(100_000, () => pub.publish("bench:w5", "hello"));
        await done;
      };
    },
  },
};

/**
 * Runs one workload: a warm-up repetition, then `reps` timed ones; returns the
 * best rate, since on a shared machine noise only ever slows a run down.
 *
 * @param {string} name a key of {@linkcode WORKLOADS}
 * @param {() => Promise<Adapter>} connect opens one more connection
 * @param {number} reps
 */
export async function measure(name, connect, reps) {
  const workload = WORKLOADS[name];
  check(workload !== undefined, `Unknown workload ${name}: use one of w1..w5`);
  /** @type {Adapter[]} */
  const opened = [];
  const repetition = await workload.prepare(async () => {
    const adapter = await connect();
    opened.push(adapter);
    return adapter;
  });
  try {
    await repetition();
    const rates = [];
    for (let i = 0; i < reps; i++) {
      const start = performance.now();
      await repetition();
      rates.push(
        Math.round(workload.ops / ((performance.now() - start) / 1000)),
      );
    }
    return { opsPerSec: Math.max(...rates), rates };
  } finally {
    for (const adapter of opened) await adapter.close();
  }
}

/**
 * This process's peak resident set size (`VmHWM`), or null where there is no
 * `/proc` (not Linux). `node:fs` exists on Deno, Node and Bun alike.
 */
async function peakRssKiB() {
  try {
    const { readFileSync } = await import("node:fs");
    const match = /VmHWM:\s+(\d+) kB/.exec(
      readFileSync("/proc/self/status", "utf8"),
    );
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * The entry point of every runner, run as `<runner> <client> <workload> <port> [reps]`.
 * Prints one JSON line `{ client, workload, opsPerSec, rates, peakRssKiB }`, or
 * `{ client, workload, error }`, then exits (with 1 on an error), so that a
 * client that keeps its process alive cannot stall the run.
 *
 * @param {(client: string, port: number) => Promise<Adapter>} connect
 */
export async function main(connect) {
  // The same file runs on Deno, Node and Bun: take what the runtime has.
  const runtime = globalThis.Deno ?? globalThis.process;
  const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2);
  const [client, workload, port, reps = "3"] = args;
  try {
    const result = await measure(
      workload,
      () => connect(client, Number(port)),
      Number(reps),
    );
    console.log(
      JSON.stringify({
        client,
        workload,
        ...result,
        peakRssKiB: await peakRssKiB(),
      }),
    );
    runtime.exit(0);
  } catch (error) {
    const message = error instanceof Error
      ? error.stack ?? error.message
      : String(error);
    console.log(JSON.stringify({ client, workload, error: message }));
    runtime.exit(1);
  }
}
