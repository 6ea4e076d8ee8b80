/**
 * Settings shared by the blocking calls of connectors and RPC (BLPOP, BLMOVE): the
 * server times the wait out, so a message is never popped for a caller who left.
 *
 * @module
 */
import type { CommandOptions } from "../connection.ts";
import { checkDelay, MAX_DELAY } from "../_delay.ts";

/**
 * How long after its own timeout a silent server is given up on, in ms: the client-side
 * timeout is a safety net for a dead connection, the server answers `null` first.
 */
const SERVER_GRACE_MS = 2_000;

/** Options of a blocking call that the server ends after `wait` ms (0: never). */
export function blockingOptions(
  wait: number,
  signal: AbortSignal | undefined,
): CommandOptions {
  return {
    bytes: true,
    signal,
    timeout: wait > 0 ? Math.min(wait + SERVER_GRACE_MS, MAX_DELAY) : 0,
  };
}

/** Throws unless `ms` is a usable wait: a finite number of ms, 0 meaning forever. */
export function checkWait(ms: number, what: string): number {
  if (typeof ms !== "number" || !(ms >= 0) || !Number.isFinite(ms)) {
    throw new RangeError(
      `${what} must be a number of ms, 0 or more (0 waits forever), not ${ms}`,
    );
  }
  checkDelay(what, ms);
  return ms;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
  });
}
