/**
 * A timer that is cheap to start on every runtime, for the timers on the way to a cold
 * start's first reply. Deno 2.9's global `setTimeout` and `clearTimeout` bring up the
 * Node compatibility layer on their first call (~4 ms of CPU); `AbortSignal.timeout`
 * uses Deno's own timers (0.3 ms).
 *
 * @module
 */

/**
 * Up to this many ms, the first timer may use `AbortSignal.timeout`, which cannot be
 * cleared: a cancelled one lingers until it runs out. Longer deadlines (rare) take
 * `setTimeout`, paying its first call.
 */
const LINGER_MS = 60_000;

/** Whether `AbortSignal.timeout` was used once already. */
let signalled = false;

/**
 * Calls `fn` once `ms` ms have passed, unless the returned function is called first.
 * Only the process's first timer uses `AbortSignal.timeout`: that is the connect
 * deadline on a cold start's way to its first reply. Later ones use `setTimeout`, which
 * clears: a lingering signal per connection costs ~3 KiB of memory while it waits out
 * its deadline (1,000 idle clients, `deno task bench --only idle`). But 0 ms (a task of
 * its own) is always a signal, which never lingers: the tracing channel loads in one,
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
