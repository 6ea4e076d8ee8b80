/**
 * A timer that is cheap to start on every runtime, for the timers on the way to a cold
 * start's first reply. Deno 2.9's global `setTimeout` and `clearTimeout` bring up the
 * Node compatibility layer on their first call (~4 ms of CPU); `AbortSignal.timeout`
 * uses Deno's own timers, but it and its listener cost 0.6 ms there on first use, and
 * `Atomics.waitAsync` on a cell of its own, which the engine times, 0.07 ms.
 *
 * @module
 */

/**
 * Up to this many ms, the first timer may use `AbortSignal.timeout`, which cannot be
 * cleared: a cancelled one lingers until it runs out. Longer deadlines (rare) take
 * `setTimeout`, paying its first call.
 */
const LINGER_MS = 60_000;

/** Whether the first timer was started already. */
let signalled = false;

/**
 * `Atomics.waitAsync`, on Deno (elsewhere `AbortSignal.timeout` is cheap already, and
 * the engine's timer is not tried where shared memory may be missing or limited).
 */
const waitAsync = "Deno" in globalThis
  ? (Atomics as unknown as { waitAsync: WaitAsync }).waitAsync
  : undefined;

type WaitAsync = (
  cell: Int32Array,
  index: number,
  value: number,
  ms: number,
) => { value: Promise<string> | string };

/**
 * `fn` after `ms` ms, timed by the engine: a wait on a cell no one else knows, which
 * times out unless the returned function wakes it (so a cancelled one does not linger).
 */
function engineTimer(wait: WaitAsync, ms: number, fn: () => void): () => void {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  // With a positive timeout on a cell that holds the value waited for, the wait is
  // asynchronous: its value is a promise.
  (wait(cell, 0, 0, ms).value as Promise<string>).then((outcome) => {
    if (outcome === "timed-out") fn();
  });
  return () => void Atomics.notify(cell, 0);
}

/**
 * Calls `fn` once `ms` ms have passed, unless the returned function is called first.
 * Only the process's first timer is the engine's on Deno (an `AbortSignal.timeout`
 * elsewhere): that is the connect deadline on a cold start's way to its
 * first reply. Later ones use `setTimeout`, which clears: a lingering signal per
 * connection costs ~3 KiB of memory while it waits out its deadline (1,000 idle
 * clients, `deno task bench --only idle`). But 0 ms (a task of its own) is always the
 * engine's or a signal, which never lingers: the tracing channel loads in one,
 * scheduled as the first reply settles, where a `setTimeout` call would bring up Deno's
 * Node layer before the caller has that reply.
 * Whether the timer keeps a process alive is not promised (callers wait on a socket).
 */
export function onTimeout(ms: number, fn: () => void): () => void {
  if (ms && (signalled || ms > LINGER_MS)) {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  }
  if (ms) signalled = true;
  // A wait of 0 ms is none: 1 ms, for a task of its own.
  if (waitAsync) return engineTimer(waitAsync, Math.max(ms, 1), fn);
  const signal = AbortSignal.timeout(ms);
  // An abort event fires once.
  signal.addEventListener("abort", fn);
  return () => signal.removeEventListener("abort", fn);
}

/**
 * `clearTimeout` (or `clearInterval`) of a timer that may never have been set: free when
 * it was not, so closing a client that set no timer does not load Deno's Node layer.
 */
export function clearTimer(
  timer: ReturnType<typeof setTimeout> | undefined,
): void {
  if (timer !== undefined) clearTimeout(timer);
}
