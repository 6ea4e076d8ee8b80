/**
 * The bound on delays: `setTimeout` takes a signed 32-bit number of ms and fires at once
 * for anything longer, so a delay option above it would expire immediately instead of
 * late. Options are checked when given, and fail with a `RangeError` naming them.
 *
 * @module
 */

/** The longest delay a timer can wait, in ms (about 24.8 days). */
export const MAX_DELAY = 2 ** 31 - 1;

/** Whether `ms` is a finite delay longer than a timer can wait. */
export function tooLong(ms: number | undefined): boolean {
  return typeof ms === "number" && ms > MAX_DELAY && ms !== Infinity;
}

/** The error for the delay `ms`, given as `name`, that is too long. */
export function delayError(name: string, ms: number): RangeError {
  return new RangeError(
    `${name} is ${ms} ms, more than a timer can wait (${MAX_DELAY} ms, about 24.8 days)`,
  );
}

/** Throws a `RangeError` naming `name` when `ms` is too long for a timer. */
export function checkDelay(name: string, ms: number | undefined): void {
  if (tooLong(ms)) throw delayError(name, ms!);
}

/** The delay options of a client's connections (and of its sentinels). */
interface DelayOptions {
  connectTimeout?: number;
  commandTimeout?: number;
  sentinelTimeout?: number;
  reconnect?: { minDelay?: number; maxDelay?: number } | false;
}

/** Checks every delay option of a client, naming the first that is too long. */
export function checkDelays(options: DelayOptions): void {
  checkDelay("connectTimeout", options.connectTimeout);
  checkDelay("commandTimeout", options.commandTimeout);
  checkDelay("sentinelTimeout", options.sentinelTimeout);
  if (options.reconnect) {
    checkDelay("reconnect.minDelay", options.reconnect.minDelay);
    checkDelay("reconnect.maxDelay", options.reconnect.maxDelay);
  }
}

/**
 * `setInterval` for housekeeping (idle checks, scheduled re-authentication) that does not
 * by itself keep the process alive: a client that is never closed must not stop a Deno,
 * Node or Bun program from exiting once its sockets are gone.
 */
export function backgroundInterval(
  fn: () => void,
  ms: number,
): ReturnType<typeof setInterval> {
  const timer: unknown = setInterval(fn, ms);
  if (typeof timer === "number") {
    (globalThis as { Deno?: { unrefTimer?(id: number): void } }).Deno
      ?.unrefTimer?.(timer);
  } else {
    (timer as { unref?(): void }).unref?.();
  }
  return timer as ReturnType<typeof setInterval>;
}
