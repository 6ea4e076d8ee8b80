import assert from "node:assert/strict";
import { AbortError, Redis, TimeoutError } from "../mod.ts";
import { Connector } from "../lib/sugar/connector.ts";
import { ConnectorError } from "../lib/errors.ts";
import { startRedis } from "./harness/mod.ts";
import { spawnSugarProcess } from "./_sugar_process.ts";
import { waitFor, within } from "./_wait.ts";

type TestWorker = {
  add(...n: unknown[]): number;
  once(key: string): string;
  nope(): void;
};

/** A worker process serving "testworker"; stopped (SIGTERM) at the end of the scope. */
function workerProcess(url: string, visibilityTimeout = 30_000) {
  const child = spawnSugarProcess(
    "worker",
    url,
    "testworker",
    String(visibilityTimeout),
  );
  const output = child.output();
  return {
    kill: async (signal: Deno.Signal) => {
      child.kill(signal);
      return await output;
    },
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGTERM");
      } catch { /* already gone */ }
      const { success, stderr } = await output;
      assert.ok(success, new TextDecoder().decode(stderr));
    },
  };
}

/** Serves `worker` in this process until the scope ends. */
function serving(
  worker: Connector,
  options: { concurrency?: number; visibilityTimeout?: number } = {},
) {
  const stop = new AbortController();
  const done = worker.worker({ ...options, signal: stop.signal });
  return {
    done,
    async [Symbol.asyncDispose]() {
      stop.abort();
      await done;
    },
  };
}

Deno.test("Connector.proxy calls a worker in another process", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using _worker = workerProcess(server.url);
  const proxy = new Connector(r).proxy<TestWorker>("testworker", {
    timeout: 10_000,
  });
  assert.equal(await proxy.add(10, 20, 30, 40, 50), 150);
  assert.deepEqual(
    await Promise.all([proxy.add(1, 2), proxy.add(3), proxy.add()]),
    [3, 3, 0],
  );
});

Deno.test("Connector.proxy rejects with ConnectorError carrying the worker's error", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using _worker = workerProcess(server.url);
  const proxy = new Connector(r).proxy<TestWorker>("testworker", {
    timeout: 10_000,
  });
  const error = await proxy.add(10, 20, 30, "STRING").then(
    () => assert.fail("add should have thrown"),
    (e) => e,
  );
  assert.ok(error instanceof ConnectorError);
  assert.equal(error.code, "REMOTE_ERROR");
  assert.equal(error.worker, "testworker");
  assert.equal(error.function, "add");
  assert.equal(error.remoteName, "TypeError");
  assert.equal(error.remoteMessage, "unsupported operand type for +: 'string'");
  assert.match(error.remoteStack ?? "", /_sugar_process\.ts/);
  assert.equal(
    error.message,
    `add() failed on worker "testworker": TypeError: unsupported operand type for +: 'string'`,
  );
  assert.ok(error.cause instanceof TypeError);
});

Deno.test("Connector.proxy rejects with ConnectorError for an unknown function", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  await using _worker = workerProcess(server.url);
  const proxy = new Connector(r).proxy<TestWorker>("testworker", {
    timeout: 10_000,
  });
  await assert.rejects(
    proxy.nope(),
    (e: Error) =>
      e instanceof ConnectorError && e.code === "UNKNOWN_FUNCTION" &&
      e.message ===
        'Worker "testworker" has no function "nope" (registered: add, once)',
  );
});

Deno.test("Connector.call takes the call as an array [fn, ...args], like sendCommand", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const w = new Connector(r, "math")
    .register("add", (...n: number[]) => n.reduce((a, b) => a + b, 0))
    .register("now", () => new Date(0));
  await using _serving = serving(w);
  const c = new Connector(r);
  assert.equal(await c.call("math", ["add", 1, 2, 3]), 6);
  assert.equal(await c.call("math", ["add"], { timeout: 5000 }), 0);
  assert.deepEqual(await c.call("math", ["now"]), new Date(0));
});

Deno.test("Connector.call refuses a call that is not an array, naming the method", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const c = new Connector(r);
  const where = "Connector.call(worker, [fn, ...args], options)";
  // The old form, call(worker, fn, args, options), from plain JS.
  await assert.rejects(
    c.call("math", "add" as never, [1, 2] as never),
    (e: Error) =>
      e instanceof TypeError &&
      e.message ===
        `${where}: the call must be an array, the function's name then its arguments, not string`,
  );
  await assert.rejects(
    c.call("math", [] as never),
    /needs the function's name/,
  );
  await assert.rejects(
    c.call("math", ["add"], { timout: 5 } as never),
    /Connector\.call\(worker, \[fn, \.\.\.args\], options\): unknown option "timout"; did you mean "timeout"\?/,
  );
  assert.throws(
    () => c.proxy("math", 5000 as never),
    /Connector\.proxy\(worker, options\): options must be an object, not number/,
  );
  assert.deepEqual(await r.keys("desir:*"), [], "nothing was sent");
});

Deno.test("Connector.call rejects with TimeoutError when no worker answers, and withdraws the call", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const started = performance.now();
  await assert.rejects(
    new Connector(r).call("nobody", ["add", 1], { timeout: 200 }),
    (e: Error) =>
      e instanceof TimeoutError &&
      e.message ===
        'No worker "nobody" answered add() within 200 ms: is one running (connector.worker())?',
  );
  assert.ok(performance.now() - started >= 190);
  assert.equal(await r.sendCommand(["LLEN", "desir:rpc:{nobody}:calls"]), 0);
});

Deno.test("Connector.call rejects with AbortError when its signal aborts", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const controller = new AbortController();
  const calling = new Connector(r).call("nobody", ["add"], {
    signal: controller.signal,
  });
  await waitFor(
    async () =>
      (await r.sendCommand(["LLEN", "desir:rpc:{nobody}:calls"])) === 1,
    "the call is queued",
  );
  controller.abort();
  await assert.rejects(calling, AbortError);
  assert.equal(await r.sendCommand(["LLEN", "desir:rpc:{nobody}:calls"]), 0);
});

Deno.test("Connector.worker serves sync and async functions, several at once", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  let running = 0;
  const allRunning = Promise.withResolvers<void>();
  const w = new Connector(r, "math")
    .register("double", (n: number) => n * 2)
    .register("slow", async (n: number) => {
      // Each call returns only once all four run: one at a time would never get there.
      if (++running === 4) allRunning.resolve();
      await within(allRunning.promise, "four calls running at once");
      return { n, at: new Date() };
    });
  await using _serving = serving(w, { concurrency: 4 });
  const proxy = new Connector(r).proxy<{
    double(n: number): number;
    slow(n: number): { n: number; at: Date };
  }>("math");
  assert.equal(await proxy.double(21), 42);
  const results = await Promise.all([1, 2, 3, 4].map((n) => proxy.slow(n)));
  assert.deepEqual(results.map((x) => x.n), [1, 2, 3, 4]);
  assert.ok(results[0].at instanceof Date);
  // A proxy is no thenable: awaiting it gives the proxy back.
  assert.equal(await Promise.resolve(proxy), proxy);
});

Deno.test("Connector.worker with concurrency 1 runs one call at a time", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  let running = 0;
  let most = 0;
  const w = new Connector(r, "single").register("work", async () => {
    most = Math.max(most, ++running);
    await new Promise((resolve) => setTimeout(resolve, 20));
    running--;
  });
  await using _serving = serving(w);
  const c = new Connector(r);
  await Promise.all([1, 2, 3, 4].map(() => c.call("single", ["work"])));
  assert.equal(most, 1);
});

Deno.test("Connector.call reports a result that cannot be cloned as a ConnectorError", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const w = new Connector(r, "bad").register("fn", () => () => 1);
  await using _serving = serving(w);
  await assert.rejects(
    new Connector(r).call("bad", ["fn"]),
    (e: Error) =>
      e instanceof ConnectorError && e.remoteName === "DataCloneError",
  );
});

Deno.test("Connector.worker resolves when its signal aborts, after answering the call in progress", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const started = Promise.withResolvers<void>();
  const release = Promise.withResolvers<void>();
  const w = new Connector(r, "w").register("slow", async () => {
    started.resolve();
    await release.promise;
    return "finished";
  });
  const stop = new AbortController();
  const done = w.worker({ signal: stop.signal });
  const call = new Connector(r).call("w", ["slow"]);
  await within(started.promise, "the call starts");
  stop.abort();
  release.resolve();
  await done;
  assert.equal(await call, "finished");
  const keys = await r.sendCommand<string[]>(["KEYS", "desir:rpc:{w}:*"]);
  assert.deepEqual(keys, [], "a stopped worker leaves no lease, no list");
});

Deno.test("Connector.worker skips a call whose caller gave up", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  let runs = 0;
  const w = new Connector(r, "late").register("count", () => ++runs);
  const caller = new Connector(r);
  const calls = "desir:rpc:{late}:calls";
  // No worker serves "late": the call can only time out. Long enough to see it queued.
  const late = caller.call("late", ["count"], { timeout: 1000 });
  let queued: Uint8Array | null = null;
  await waitFor(async () => {
    queued = await r.sendCommand(["LINDEX", calls, 0], { bytes: true });
    return queued !== null;
  }, "the call is queued");
  await assert.rejects(late, TimeoutError);
  assert.equal(await r.sendCommand(["LLEN", calls]), 0, "withdrawn");
  // Put back, as if the caller had died before withdrawing it.
  await r.sendCommand(["RPUSH", calls, queued!]);
  await using _serving = serving(w);
  assert.equal(await caller.call("late", ["count"]), 1);
  assert.equal(runs, 1);
});

Deno.test("Connector redelivers a call whose worker process died to another worker", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const doomed = workerProcess(server.url, 300);
  const proxy = new Connector(r).proxy<TestWorker>("testworker", {
    timeout: 10_000,
  });
  const result = proxy.once("attempts");
  // Wait until the doomed worker runs the call, then kill it mid-call.
  await waitFor(
    async () => (await r.sendCommand(["GET", "attempts"])) === "1",
    "the first worker takes the call",
  );
  const { success } = await doomed.kill("SIGKILL");
  assert.equal(success, false);
  // Another worker, in this process: it runs the call again once the lease ran out.
  const other = new Connector(r, "testworker").register(
    "once",
    async (key: string) => `attempt ${await r.sendCommand(["INCR", key])} here`,
  );
  await using _serving = serving(other, { visibilityTimeout: 300 });
  // Long before the proxy's 10 s timeout: redelivered once the 300 ms lease ran out.
  assert.equal(await result, "attempt 2 here");
  assert.equal(
    await r.sendCommand(["LLEN", "desir:rpc:{testworker}:calls"]),
    0,
  );
});

Deno.test("Connector.worker refuses bad options", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url);
  const w = new Connector(r, "w");
  await assert.rejects(w.worker({ concurrency: 0 }), RangeError);
  await assert.rejects(w.worker({ visibilityTimeout: -5 }), RangeError);
  assert.throws(() => w.register("", () => 1), TypeError);
  assert.throws(() => w.register("f", 1 as unknown as () => void), TypeError);
  await w.worker({ signal: AbortSignal.abort() }); // aborted already: returns at once
});

Deno.test("Connector.worker keeps serving across a server restart", async () => {
  await using server = await startRedis();
  await using r = new Redis(server.url, {
    reconnect: { minDelay: 10, maxDelay: 50 },
  });
  const w = new Connector(r, "phoenix").register("ping", () => "pong");
  await using _serving = serving(w, { visibilityTimeout: 300 });
  const c = new Connector(r);
  assert.equal(await c.call("phoenix", ["ping"]), "pong");
  await server.kill();
  await server.restart();
  assert.equal(await c.call("phoenix", ["ping"], { timeout: 5000 }), "pong");
});
