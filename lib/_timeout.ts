/**
 * A timer that is cheap to start on every runtime, for the timers on the way to a cold
 * start's first reply. Deno 2.9's global `setTimeout` and `clearTimeout` bring up the
 * Node compatibility layer on their first call (7-10 ms of CPU here), and its
 * `AbortSignal.timeout` with a listener costs 0.6 ms on first use; `Atomics.waitAsync`
 * on a cell of its own, which the engine times, 0.07 ms. Elsewhere `setTimeout` is the
 * cheap one (on Node 0.3 ms against 0.8-1.2 ms for `AbortSignal.timeout`).
 *
 * @module
 */

/**
 * `Atomics.waitAsync`, used on Deno only (where the other timers cost), and only where
 * shared memory is there too (a Deno-based edge runtime may leave either out).
 */
const waitAsync =
  "Deno" in globalThis && typeof SharedArrayBuffer === "function"
    ? (Atomics as unknown as { waitAsync?: WaitAsync }).waitAsync
    : undefined;

type WaitAsync = (
  cell: Int32Array,
  index: number,
  value: number,
  ms: number,
) => { value: Promise<string> | string };

/** Whether Deno's first timer was started already. */
let started = false;

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
 * On Deno the process's first timer is the engine's: that is the connect deadline on a
 * cold start's way to its first reply; later ones use `setTimeout` (a pending engine
 * timer holds a shared buffer and a promise). But 0 ms (a task of its own) is always the
 * engine's there, 1 ms (a wait of 0 ms is none): the tracing channel loads in one,
 * scheduled as the first reply settles, where a `setTimeout` call would bring up Deno's
 * Node layer before the caller has that reply. Elsewhere every timer is `setTimeout`.
 * Whether the timer keeps a process alive is not promised (callers wait on a socket).
 */
export function onTimeout(ms: number, fn: () => void): () => void {
  if (waitAsync && (!started || ms === 0)) {
    if (ms) started = true;
    return engineTimer(waitAsync, Math.max(ms, 1), fn);
  }
  const timer = setTimeout(fn, ms);
  return () => clearTimeout(timer);
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
