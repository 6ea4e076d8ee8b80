/**
 * RPC over Redis: a worker serves registered functions from a reliable queue; a proxy
 * calls them and waits for the answer. `Connector.worker()`, `Connector.call()` and
 * `Connector.proxy()` are the way in; this module holds the machinery and its types.
 *
 * ## Delivery
 * A call is pushed to `desir:rpc:{<worker>}:calls`. A worker moves it atomically
 * (`BLMOVE`) to its own list `desir:rpc:{<worker>}:taken:<id>`, runs the function, pushes
 * the answer to the caller's `desir:rpc:reply:<call id>` (which expires), and only then
 * removes the call from its list. Each worker holds a lease `desir:rpc:{<worker>}:lease:<id>`
 * that it renews every third of `visibilityTimeout`; workers list themselves in
 * `desir:rpc:{<worker>}:workers`. Every worker periodically re-queues, at the head of the
 * queue, what a worker whose lease ran out had taken. So a call is not lost when its
 * worker dies: it runs at least once, and may run twice when its worker died (or stalled
 * longer than `visibilityTimeout`, or lost its connection) after running it and before
 * removing it. A caller who gave up withdraws a call still queued, and workers skip a
 * call whose caller's deadline has passed.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import {
  ConnectionError,
  ConnectionLostError,
  ConnectorError,
  type ConnectorErrorCode,
  TimeoutError,
} from "../errors.ts";
import { aborted } from "../_error_factories.ts";
import { deserialize, serialize } from "../codec/codec.ts";
import { replyKey, rpcKeys } from "./_keys.ts";
import { integer, items } from "./_replies.ts";
import { text } from "../_text.ts";
import { blockingOptions, checkWait, sleep } from "./_wait.ts";

/** A function a worker serves. @internal */
export type Handler = (...args: unknown[]) => unknown;

/** How a worker serves. */
export interface WorkerOptions {
  /**
   * Stops serving when it aborts: `worker()` then resolves once the calls in progress
   * are answered.
   */
  signal?: AbortSignal;
  /** How many calls run at once. @default 1 */
  concurrency?: number;
  /**
   * In ms: a worker whose lease has not been renewed for this long is presumed dead, and
   * the calls it had taken go to another worker. A worker renews its lease every third of
   * it, so keep it well above the longest pause a worker process may have.
   * @default 30000
   */
  visibilityTimeout?: number;
}

/** How a remote call waits. */
export interface CallOptions {
  /**
   * In ms: without an answer by then, the call rejects with `TimeoutError`; 0 waits
   * forever.
   * @default 30000
   */
  timeout?: number;
  /** Abandons the call (it rejects with `AbortError`) when it aborts. */
  signal?: AbortSignal;
}

/**
 * The proxy of a worker's functions: each method of `T` returns a promise of its result.
 *
 * @example
 * ```ts
 * import type { Proxied } from "@desir/desir";
 * type Math = Proxied<{ add(...n: number[]): number }>; // { add(...n: number[]): Promise<number> }
 * ```
 */
export type Proxied<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

/** A call as it travels in the queue. */
interface Request {
  id: string;
  fn: string;
  args: unknown[];
  from: string;
  reply: string;
  /** ms since the epoch after which nobody waits for the answer; 0: never. */
  deadline: number;
}

/** An answer as it travels back. */
type Response =
  | { ok: true; value: unknown }
  | {
    ok: false;
    code: ConnectorErrorCode;
    name: string;
    message: string;
    stack?: string;
    error?: unknown;
  };

const DEFAULT_CALL_TIMEOUT = 30_000;
const DEFAULT_VISIBILITY_TIMEOUT = 30_000;
/** Pause before taking calls again after the connection failed (the server may be restarting). */
const RETRY_MS = 100;
/** How long an answer is kept after the caller's deadline, or at all when it has none. */
const REPLY_TTL_MS = 60_000;

/**
 * Serves `functions` as the worker `name` until `options.signal` aborts.
 * @internal Use `Connector.worker()`.
 */
export async function serve(
  redis: CommandSender,
  name: string,
  functions: ReadonlyMap<string, Handler>,
  options: WorkerOptions = {},
): Promise<void> {
  const { signal } = options;
  const concurrency = options.concurrency ?? 1;
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
    throw new RangeError(
      `concurrency must be a positive integer, not ${concurrency}`,
    );
  }
  const lease = options.visibilityTimeout ?? DEFAULT_VISIBILITY_TIMEOUT;
  if (!(lease >= 3) || !Number.isSafeInteger(lease)) {
    throw new RangeError(
      `visibilityTimeout must be an integer number of ms, 3 or more, not ${lease}`,
    );
  }
  if (signal?.aborted) return;
  const keys = rpcKeys(name);
  const id = crypto.randomUUID();
  const taken = keys.taken(id);
  const renew = async () => {
    await Promise.all([
      redis.sendCommand(["SET", keys.lease(id), 1, "PX", lease]),
      redis.sendCommand(["SADD", keys.workers, id]),
    ]);
    await reap(redis, keys, id);
  };
  await renew();
  let renewing = Promise.resolve();
  const timer = setInterval(() => {
    // A failed renewal (server restarting) is retried at the next tick, well within the lease.
    renewing = renewing.then(renew).catch(() => {});
  }, lease / 3);
  const running = new Set<Promise<void>>();
  try {
    while (!signal?.aborted) {
      if (running.size >= concurrency) {
        await Promise.race(running);
        continue;
      }
      const raw = await take(redis, keys.calls, taken, signal);
      if (raw === null) continue;
      const job: Promise<void> = answer(redis, name, functions, taken, raw)
        .finally(() => running.delete(job));
      running.add(job);
    }
  } finally {
    clearInterval(timer);
    await Promise.all(running);
    await renewing;
    // If this fails too, the lease runs out and another worker re-queues what is left.
    await release(redis, keys, id).catch(() => {});
  }
}

/**
 * Moves the oldest call to `taken` and returns it, waiting for one; `null` when `signal`
 * aborted or the connection failed (after a pause: the server may be restarting).
 */
async function take(
  redis: CommandSender,
  calls: string,
  taken: string,
  signal: AbortSignal | undefined,
): Promise<Uint8Array | null> {
  try {
    return await redis.sendCommand<Uint8Array | null>(
      ["BLMOVE", calls, taken, "LEFT", "RIGHT", 0],
      blockingOptions(0, signal),
    );
  } catch (e) {
    if (signal?.aborted) return null;
    const lost = e instanceof ConnectionLostError ||
      (e instanceof ConnectionError && e.code !== "CLOSED");
    if (!lost) throw e;
    await sleep(RETRY_MS, signal);
    return null;
  }
}

/** Runs one taken call and answers it; never rejects. */
async function answer(
  redis: CommandSender,
  worker: string,
  functions: ReadonlyMap<string, Handler>,
  taken: string,
  raw: Uint8Array,
): Promise<void> {
  const request = readRequest(raw); // undefined: not a call, dropped below
  try {
    if (request && (request.deadline === 0 || Date.now() <= request.deadline)) {
      const response = encodeResponse(await run(worker, functions, request));
      const ttl = Math.max(request.deadline - Date.now(), 0) + REPLY_TTL_MS;
      await Promise.all([
        redis.sendCommand(["RPUSH", request.reply, response]),
        redis.sendCommand(["PEXPIRE", request.reply, ttl]),
      ]);
    }
    await redis.sendCommand(["LREM", taken, 1, raw]);
  } catch {
    // The connection failed: the call stays taken, and is re-queued when this worker
    // stops or its lease runs out (so it may run again: at least once).
  }
}

async function run(
  worker: string,
  functions: ReadonlyMap<string, Handler>,
  request: Request,
): Promise<Response> {
  const fn = functions.get(request.fn);
  if (!fn) {
    const known = [...functions.keys()].join(", ") || "none";
    return {
      ok: false,
      code: "UNKNOWN_FUNCTION",
      name: "ConnectorError",
      message:
        `Worker "${worker}" has no function "${request.fn}" (registered: ${known})`,
    };
  }
  try {
    return { ok: true, value: await fn(...request.args) };
  } catch (error) {
    return failure(error, true);
  }
}

function failure(error: unknown, attach: boolean): Response {
  const e = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
    stack?: unknown;
  };
  return {
    ok: false,
    code: "REMOTE_ERROR",
    name: typeof e.name === "string" ? e.name : "Error",
    message: typeof e.message === "string" ? e.message : String(error),
    stack: typeof e.stack === "string" ? e.stack : undefined,
    error: attach ? error : undefined,
  };
}

function encodeResponse(response: Response): Uint8Array {
  try {
    return serialize(response);
  } catch (e) {
    // The result, or the thrown value, cannot be cloned (a function, a symbol, …).
    return serialize(
      response.ok ? failure(e, true) : failure(response.error, false),
    );
  }
}

function readRequest(raw: Uint8Array): Request | undefined {
  try {
    const r = deserialize(raw) as Partial<Request> | null;
    const valid = typeof r === "object" && r !== null &&
      typeof r.fn === "string" && Array.isArray(r.args) &&
      typeof r.reply === "string" && typeof r.deadline === "number";
    return valid ? r as Request : undefined;
  } catch {
    return undefined;
  }
}

/** Lists the ids of the workers named in `keys`, and re-queues what dead ones had taken. */
async function reap(
  redis: CommandSender,
  keys: ReturnType<typeof rpcKeys>,
  self: string,
): Promise<void> {
  const ids = items(await redis.sendCommand(["SMEMBERS", keys.workers])).map(
    text,
  );
  const others = ids.filter((id) => id !== self);
  const alive = await Promise.all(
    others.map((id) => redis.sendCommand(["EXISTS", keys.lease(id)])),
  );
  for (let i = 0; i < others.length; i++) {
    if (integer(alive[i]) === 1) continue;
    await requeue(redis, keys.taken(others[i]), keys.calls);
    await redis.sendCommand(["SREM", keys.workers, others[i]]);
  }
}

/** A stopping worker gives back what it had taken and leaves. */
async function release(
  redis: CommandSender,
  keys: ReturnType<typeof rpcKeys>,
  id: string,
): Promise<void> {
  await requeue(redis, keys.taken(id), keys.calls);
  await Promise.all([
    redis.sendCommand(["DEL", keys.lease(id)]),
    redis.sendCommand(["SREM", keys.workers, id]),
  ]);
}

/** Moves every entry of `from` to the head of `to`, keeping their order. */
async function requeue(
  redis: CommandSender,
  from: string,
  to: string,
): Promise<void> {
  // One LMOVE at a time: each entry moves atomically, so two reapers never both move it.
  while (
    await redis.sendCommand(["LMOVE", from, to, "RIGHT", "LEFT"], {
      bytes: true,
    }) !== null
  );
}

/**
 * Calls `fn(...args)` on the worker `worker` and returns its result.
 * @internal Use `Connector.call()` or `Connector.proxy()`.
 */
export async function call(
  redis: CommandSender,
  from: string,
  worker: string,
  fn: string,
  args: readonly unknown[],
  options: CallOptions = {},
): Promise<unknown> {
  if (typeof fn !== "string" || fn === "") {
    throw new TypeError("A remote call needs the function's name");
  }
  const timeout = checkWait(
    options.timeout ?? DEFAULT_CALL_TIMEOUT,
    "The call timeout",
  );
  const { signal } = options;
  if (signal?.aborted) {
    throw aborted(`${fn}()`, { reason: signal.reason });
  }
  const id = crypto.randomUUID();
  const reply = replyKey(id);
  const request = serialize(
    {
      id,
      fn,
      args: [...args],
      from,
      reply,
      deadline: timeout > 0 ? Date.now() + timeout : 0,
    } satisfies Request,
  );
  const calls = rpcKeys(worker).calls;
  await redis.sendCommand(["RPUSH", calls, request]);
  // A call no worker took yet is withdrawn; if that fails, workers skip it past its deadline.
  const withdraw = () =>
    redis.sendCommand(["LREM", calls, 1, request]).catch(() => {});
  let answer: [Uint8Array, Uint8Array] | null;
  try {
    answer = await redis.sendCommand(
      ["BLPOP", reply, timeout / 1000],
      blockingOptions(timeout, signal),
    );
  } catch (e) {
    await withdraw();
    throw e;
  }
  if (answer === null) {
    await withdraw();
    throw new TimeoutError(
      `No worker "${worker}" answered ${fn}() within ${timeout} ms: is one running (connector.worker())?`,
    );
  }
  return readResponse(answer[1], worker, fn);
}

function readResponse(raw: Uint8Array, worker: string, fn: string): unknown {
  const response = deserialize(raw) as Response;
  if (response.ok) return response.value;
  const details = {
    code: response.code,
    worker,
    function: fn,
    remoteName: response.name,
    remoteMessage: response.message,
    remoteStack: response.stack,
    cause: response.error,
  };
  const message = response.code === "UNKNOWN_FUNCTION"
    ? response.message
    : `${fn}() failed on worker "${worker}": ${response.name}: ${response.message}`;
  throw new ConnectorError(message, details);
}

/**
 * An object whose every method `m(...args)` runs `invoke("m", args)`.
 * @internal Use `Connector.proxy()`.
 */
export function proxy<T>(
  invoke: (fn: string, args: unknown[]) => Promise<unknown>,
): Proxied<T> {
  return new Proxy(Object.create(null), {
    // Not thenable: `await proxy` must not look for a remote `then`.
    get: (_, property) =>
      typeof property === "string" && property !== "then"
        ? (...args: unknown[]) => invoke(property, args)
        : undefined,
  }) as Proxied<T>;
}
