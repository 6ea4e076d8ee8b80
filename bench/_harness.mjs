/**
 * The bench shapes, timed the same way for every client on every runtime.
 *
 * Plain JavaScript (not TypeScript) so that Node 20 runs it as it is; Deno and
 * Bun import it too. It uses only ECMAScript, `performance.now()`,
 * timers and `node:fs` (for RSS), which all three have. A runner
 * (`desir.ts`, `node_peers.mjs`, `bun_peer.ts`) wraps its client in an
 * {@linkcode Adapter} and calls {@linkcode main}; run.ts reads the one JSON line
 * it prints. Cold start and bundle size are measured by run.ts itself.
 *
 * @module
 */

/**
 * One connection of a client, reduced to what the shapes need.
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
 * One shape: what it measures, per point, and how.
 *
 * @typedef {object} Shape
 * @property {string} title
 * @property {string} unit  of every point's value
 * @property {boolean} higherIsBetter
 * @property {(connect: () => Promise<Adapter>, quick: boolean) => Promise<Record<string, number>>} run
 *   the value of each point
 */

/** The value redis-benchmark uses by default: 3 bytes. */
const SMALL = "xxx";
export const INFLIGHT = [1, 10, 100, 1000, 10000];
export const SIZES = [16, 256, 4096, 65536, 1 << 20];
export const RATES = [1000, 10000, 30000];
/** What the pubsub shape publishes (the raw clients count its frames' bytes). */
export const PUBSUB_MESSAGE = "hello";

/**
 * @param {boolean} ok
 * @param {string} message
 */
function check(ok, message) {
  if (!ok) throw new Error(message);
}

/**
 * Runs `callers` independent loops of `await op()` for `ms` (each finishes the
 * command it has in flight); returns commands per second.
 *
 * @param {number} callers
 * @param {number} ms
 * @param {() => Promise<unknown>} op
 */
export async function forDuration(callers, ms, op) {
  let done = 0;
  const start = performance.now();
  const deadline = start + ms;
  const loop = async () => {
    while (performance.now() < deadline) {
      await op();
      done++;
    }
  };
  await Promise.all(Array.from({ length: callers }, loop));
  return done / ((performance.now() - start) / 1000);
}

/**
 * Issues commands at `rate` per second, each at its scheduled time, for `ms`;
 * each latency counts from the scheduled time, not from when the client got to
 * send it (no coordinated omission). Returns latencies in ms, sorted.
 *
 * While no reply is due the sender busy-waits for the send time (no I/O is
 * expected); while replies are due it waits for the next reply or the next send
 * time, whichever comes first, without spinning: a loop that always has a task
 * ready delays the polling of sockets on Deno (by ~0.06 ms, for any client),
 * which is not what an application that waits for its replies sees.
 *
 * @param {number} rate
 * @param {number} ms
 * @param {() => Promise<unknown>} op
 */
export async function atRate(rate, ms, op) {
  const n = Math.round(rate * ms / 1000);
  const interval = 1000 / rate;
  const latencies = new Float64Array(n);
  const start = performance.now() + 1;
  let sent = 0;
  let answered = 0;
  /** @type {() => void} */
  let wake = () => {};
  const answer = (i, at) => () => {
    latencies[i] = performance.now() - at;
    answered++;
    wake();
  };
  while (answered < n) {
    const now = performance.now();
    while (sent < n && start + sent * interval <= now) {
      const at = start + sent * interval;
      op().then(answer(sent++, at));
    }
    const wait = sent < n ? start + sent * interval - performance.now() : 1e9;
    if (answered < sent) {
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      await new Promise((resolve) => {
        wake = () => resolve(0);
        if (wait < 1e9) timer = setTimeout(wake, Math.max(0, wait - 0.5));
      });
      clearTimeout(timer);
      wake = () => {};
    } else if (wait > 3) await new Promise((r) => setTimeout(r, wait - 2));
    else {
      // Nothing is due: wait for the send time on the clock, without yielding.
      const until = performance.now() + wait;
      while (performance.now() < until);
    }
  }
  return latencies.sort();
}

/** @param {Float64Array} sorted @param {number} q */
export const quantile = (sorted, q) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

/** This process's resident set size now and at its peak, in KiB (Linux). */
export async function rssKiB() {
  const { readFileSync } = await import("node:fs");
  const status = readFileSync("/proc/self/status", "utf8");
  const field = (name) =>
    Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1]);
  return { now: field("VmRSS"), peak: field("VmHWM") };
}

/** A full collection where the runtime allows one (run with --expose-gc). */
async function collect() {
  const g = globalThis;
  for (let i = 0; i < 3; i++) {
    if (g.Bun) g.Bun.gc(true);
    else g.gc?.();
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** @type {Record<string, Shape>} */
export const SHAPES = {
  inflight: {
    title: "GET throughput with N independent awaiting callers",
    unit: "ops/s",
    higherIsBetter: true,
    async run(connect, quick) {
      const c = await connect();
      await c.set("bench:small", SMALL);
      check(await c.get("bench:small") === SMALL, "GET returned a wrong value");
      const ms = quick ? 300 : 600;
      await forDuration(100, ms / 2, () => c.get("bench:small")); // warm-up
      /** @type {Record<string, number>} */
      const points = {};
      for (const n of INFLIGHT) {
        points[n] = await forDuration(n, ms, () => c.get("bench:small"));
      }
      // The old W2 shape: Promise.all over batches of 1000.
      const start = performance.now();
      let done = 0;
      while (performance.now() - start < ms) {
        const batch = new Array(1000);
        for (let i = 0; i < 1000; i++) batch[i] = c.get("bench:small");
        await Promise.all(batch);
        done += 1000;
      }
      points["1000 (Promise.all batches)"] = done /
        ((performance.now() - start) / 1000);
      return points;
    },
  },
  sizes: {
    title: "sequential GET of one value, strings and bytes",
    unit: "MiB/s",
    higherIsBetter: true,
    async run(connect, quick) {
      const c = await connect();
      const ms = quick ? 200 : 400;
      /** @type {Record<string, number>} */
      const points = {};
      for (const size of SIZES) {
        const key = `bench:size:${size}`;
        await c.set(key, "x".repeat(size));
        check(
          (await c.get(key)).length === size,
          `GET ${size} B: wrong length`,
        );
        check(
          (await c.getBytes(key)).length === size,
          `GET ${size} B: wrong length`,
        );
        await forDuration(1, ms / 4, () => c.get(key));
        const mib = size / (1 << 20);
        points[`${label(size)} string`] = mib *
          await forDuration(1, ms, () => c.get(key));
        points[`${label(size)} bytes`] = mib *
          await forDuration(1, ms, () => c.getBytes(key));
      }
      return points;
    },
  },
  latency: {
    title: "GET latency at fixed offered rates (from the scheduled send time)",
    unit: "ms",
    higherIsBetter: false,
    async run(connect, quick) {
      const c = await connect();
      await c.set("bench:small", SMALL);
      await forDuration(1, 200, () => c.get("bench:small"));
      // Unmeasured, at the top rate: the optimizing JIT compiles the hot path on
      // other threads during the first ~10,000 commands at a rate, which on 2 cores
      // takes CPU from the sender and the server and puts a client's first second
      // at 10k/s at 2-6x its later p99 (bench/warmup_tail.ts). The tail measured is
      // the steady state's, not a start-up cost in proportion to a client's code.
      await atRate(
        RATES.at(-1),
        1000,
        () => c.get("bench:small"),
      );
      /** @type {Record<string, number>} */
      const points = {};
      for (const rate of RATES) {
        const ms = quick ? 500 : Math.max(1000, 2_000_000 / rate);
        const sorted = await atRate(rate, ms, () => c.get("bench:small"));
        const at = `${rate / 1000}k/s`;
        points[`${at} p50`] = quantile(sorted, 0.5);
        points[`${at} p99`] = quantile(sorted, 0.99);
        points[`${at} p99.9`] = quantile(sorted, 0.999);
      }
      return points;
    },
  },
  million: {
    title: "1,000,000 GETs issued at once (quick: 200,000)",
    unit: "s | B/command",
    higherIsBetter: false,
    async run(connect, quick) {
      const n = quick ? 200_000 : 1_000_000;
      const c = await connect();
      await c.set("bench:small", SMALL);
      await collect();
      const before = await rssKiB();
      const start = performance.now();
      const replies = new Array(n);
      for (let i = 0; i < n; i++) replies[i] = c.get("bench:small");
      const values = await Promise.all(replies);
      const seconds = (performance.now() - start) / 1000;
      check(values[n - 1] === SMALL, "GET returned a wrong value");
      const after = await rssKiB();
      return {
        "time (s)": seconds,
        "peak RSS per command (B)": (after.peak - before.now) * 1024 / n,
      };
    },
  },
  idle: {
    title:
      "memory per connected idle client (1,000 clients; quick: 300), also after each took one 1 MiB reply",
    unit: "KiB",
    higherIsBetter: false,
    async run(connect, quick) {
      const n = quick ? 300 : 1000;
      const first = await connect();
      await first.get("bench:small");
      await collect();
      const before = await rssKiB();
      const clients = [];
      for (let i = 0; i < n; i += 100) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(100, n - i) }, async () => {
            const c = await connect();
            await c.get("bench:small"); // traffic has gone through each
            return c;
          }),
        );
        clients.push(...batch);
      }
      await collect();
      const after = await rssKiB();
      check(clients.length === n, "not every client connected");
      // Then each takes one 1 MiB reply, one at a time, and goes idle again: what it
      // keeps is what its buffers did not give back after the burst. The same replies
      // on one connection first, so that what the runtime and its allocator keep of
      // them (not per client) is in the baseline.
      const big = "bench:idle:1MiB";
      await first.set(big, "x".repeat(1 << 20));
      /** @param {Adapter} c */
      const getBig = async (c) =>
        check((await c.get(big)).length === 1 << 20, "GET 1 MiB: wrong length");
      for (let i = 0; i < n; i++) await getBig(first);
      await collect();
      const warm = await rssKiB();
      for (const c of clients) await getBig(c);
      await collect();
      const burst = await rssKiB();
      return {
        "RSS per client (KiB)": (after.now - before.now) / n,
        "RSS per client after a 1 MiB GET (KiB)":
          (after.now - before.now + burst.now - warm.now) / n,
      };
    },
  },
  pipeline: {
    title: "explicit pipelines of 1000 SETs",
    unit: "ops/s",
    higherIsBetter: true,
    async run(connect, quick) {
      const c = await connect();
      const pairs = Array.from(
        { length: 1000 },
        (_, i) => [`bench:p:${i}`, SMALL],
      );
      await c.pipelineSet(pairs);
      const ms = quick ? 300 : 1000;
      return {
        "SET": 1000 * await forDuration(1, ms, () => c.pipelineSet(pairs)),
      };
    },
  },
  pubsub: {
    title:
      "pub/sub: 1000 PUBLISHes in flight until the subscriber has them all",
    unit: "msg/s",
    higherIsBetter: true,
    async run(connect, quick) {
      const sub = await connect();
      const pub = await connect();
      const n = quick ? 30_000 : 100_000;
      let received = 0;
      /** @type {() => void} */
      let allReceived = () => {};
      await sub.subscribe("bench:ps", () => {
        if (++received === n) allReceived();
      });
      const round = async () => {
        received = 0;
        const done = new Promise((r) => allReceived = () => r(0));
        for (let sent = 0; sent < n; sent += 1000) {
          const batch = new Array(1000);
          for (let i = 0; i < 1000; i++) {
            batch[i] = pub.publish("bench:ps", PUBSUB_MESSAGE);
          }
          await Promise.all(batch);
        }
        await done;
      };
      await round();
      const start = performance.now();
      await round();
      return { "messages": n / ((performance.now() - start) / 1000) };
    },
  },
};

/** `16 B`, `4 KiB`, `1 MiB`. @param {number} size */
export function label(size) {
  if (size >= 1 << 20) return `${size >> 20} MiB`;
  if (size >= 1024) return `${size >> 10} KiB`;
  return `${size} B`;
}

/**
 * The entry point of every runner, run as `<runner> <client> <shape> <port> [quick]`.
 * Prints one JSON line `{ client, shape, points }` or `{ client, shape, error }`,
 * then exits (with 1 on an error), so that a client that keeps its process alive
 * (or 1,000 of them) cannot stall the run.
 *
 * @param {(client: string, port: number) => Promise<Adapter>} connect
 */
export async function main(connect) {
  // The same file runs on Deno, Node and Bun: take what the runtime has.
  const runtime = globalThis.Deno ?? globalThis.process;
  const args = globalThis.Deno?.args ?? globalThis.process.argv.slice(2);
  const [client, shape, port, quick] = args;
  try {
    check(shape in SHAPES, `Unknown shape ${shape}`);
    const points = await SHAPES[shape].run(
      () => connect(client, Number(port)),
      quick === "quick",
    );
    console.log(JSON.stringify({ client, shape, points }));
    runtime.exit(0);
  } catch (error) {
    const message = error instanceof Error
      ? error.stack ?? error.message
      : String(error);
    console.log(JSON.stringify({ client, shape, error: message }));
    runtime.exit(1);
  }
}
