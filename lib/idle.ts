/**
 * `idleTimeout`: a client's main connection, and its spare pooled connections, close
 * once nothing was written or read on them for that long; the next command reopens.
 * Activity is seen at the transport (one timestamp per write or read chunk, only for a
 * client with the option), so the command path is unchanged.
 *
 * @module
 */
import type { Transport } from "./transport/types.ts";

/** A transport that notes when its sockets last wrote or read. */
export class Activity {
  /** When a socket last wrote or read (`performance.now()`, ms). */
  last: number = performance.now();

  /** `transport`, noting activity here. */
  wrap(transport: Transport): Transport {
    return async (options, handlers) => {
      const socket = await transport(options, {
        data: (chunk) => {
          this.last = performance.now();
          handlers.data(chunk);
        },
        end: (error) => handlers.end(error),
      });
      this.last = performance.now();
      return {
        write: (bytes) => {
          this.last = performance.now();
          return socket.write(bytes);
        },
        close: () => socket.close(),
      };
    };
  }

  /** Whether nothing happened for `ms`. */
  idleFor(ms: number): boolean {
    return performance.now() - this.last >= ms;
  }
}

/**
 * Checks, a few times per `timeout`, whether each watched target was idle for it, and
 * calls its `rest()` then.
 */
export class IdleCloser {
  readonly #timer: ReturnType<typeof setInterval>;

  constructor(
    timeout: number,
    targets: { activity: Activity; rest: () => void }[],
  ) {
    if (!(timeout > 0) || timeout > 2 ** 31 - 1) {
      throw new TypeError(
        `idleTimeout must be a number of ms between 1 and 2147483647, not ${timeout}`,
      );
    }
    this.#timer = setInterval(() => {
      for (const { activity, rest } of targets) {
        if (activity.idleFor(timeout)) rest();
      }
    }, Math.max(1, Math.floor(timeout / 4)));
  }

  /** Stops checking. */
  stop(): void {
    clearInterval(this.#timer);
  }
}
