/**
 * Runs a command test over RESP3 and then RESP2 on one server, on an empty database each
 * time, naming the protocol in a failure.
 *
 * @module
 */
import type { Redis } from "../lib/client.ts";

/**
 * Calls `body` with a client of `connect(protocol)` for protocol 3, then 2, flushing the
 * server first; a failure's message starts with the protocol.
 */
export async function eachProtocol<R extends Redis>(
  connect: (protocol: 2 | 3) => R,
  body: (r: R, protocol: 2 | 3) => Promise<void>,
): Promise<void> {
  for (const protocol of [3, 2] as const) {
    await using r = connect(protocol);
    await r.flushall();
    try {
      await body(r, protocol);
    } catch (e) {
      if (e instanceof Error) e.message = `RESP${protocol}: ${e.message}`;
      throw e;
    }
  }
}
