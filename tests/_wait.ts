/**
 * Waiting on observable state in tests: a condition polled until true, or a promise
 * raced against a deadline. The deadlines are generous: they only bound a failure, so a
 * slow or loaded machine makes a test slower, never wrong.
 *
 * @module
 */

/** Long enough for any loaded machine; reached only by a broken test. */
export const DEADLINE_MS = 10_000;

/**
 * Polls `check` until it returns true.
 *
 * @throws {Error} naming `what` when `ms` pass first.
 * @example
 * ```ts
 * await waitFor(async () => (await r.sendCommand(["DBSIZE"])) === 1, "the key is set");
 * ```
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  ms = DEADLINE_MS,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${ms} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * Resolves or rejects as `promise` does, or rejects once `ms` pass: a hung promise fails
 * the test instead of hanging it.
 *
 * @throws {Error} naming `what` when `ms` pass first.
 * @example
 * ```ts
 * const message = await within(iterator.next(), "the next message");
 * ```
 */
export async function within<T>(
  promise: Promise<T>,
  what: string,
  ms = DEADLINE_MS,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`Still pending after ${ms} ms: ${what}`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
