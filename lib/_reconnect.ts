/**
 * The reconnect policy: exponential backoff with jitter, up to a number of attempts.
 *
 * @module
 */
import type { ReconnectOptions } from "./connection_options.ts";

/**
 * How long to wait before reconnect attempt `attempt` (from 0): half the ceiling
 * `minDelay · 2^attempt` (at most `maxDelay`) plus a random part of the other half, so
 * clients that lost one server do not all come back at once. Undefined when the policy
 * gives up: `false`, or `retries` attempts made.
 */
export function reconnectDelay(
  policy: ReconnectOptions | false | undefined,
  attempt: number,
): number | undefined {
  if (policy === false) return undefined;
  const { retries = 20, minDelay = 50, maxDelay = 2000 } = policy ?? {};
  if (attempt >= retries) return undefined;
  const ceiling = Math.min(maxDelay, minDelay * 2 ** attempt);
  return Math.round(ceiling / 2 + Math.random() * ceiling / 2);
}
