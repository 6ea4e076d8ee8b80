/**
 * Waiting on observable state in tests.
 *
 * @module
 */

/**
 * Resolves once `check` holds, polling every 10 ms; rejects naming `what` after a
 * generous deadline that only bounds a failure.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
