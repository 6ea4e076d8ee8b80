/**
 * A timer that is cheap to start on every runtime, for the timers on the way to a cold
 * start's first reply. Deno 2.9's global `setTimeout` and `clearTimeout` bring up the
 * Node compatibility layer on their first call (~4 ms of CPU); `AbortSignal.timeout`
 * uses Deno's own timers (0.3 ms). Like those, the timer does not keep a process alive.
 *
 * @module
 */

/**
 * Calls `fn` once `ms` ms have passed, unless the returned function is called first.
 * The timer runs out even when cancelled (it cannot be cleared), but then calls nothing
 * and holds nothing.
 */
export function onTimeout(ms: number, fn: () => void): () => void {
  const signal = AbortSignal.timeout(ms);
  signal.addEventListener("abort", fn, { once: true });
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
