/**
 * `idleTimeout`: a client's main connection, and its spare pooled connections, close
 * once nothing was written or read on them for that long; the next command reopens.
 * Activity is seen at the transport (one timestamp per write or read chunk, only for a
 * client with the option), so the command path is unchanged.
 *
 * @module
 */
import { backgroundInterval } from "./_delay.ts";
import type { Transport } from "./transport/types.ts";

/** A transport that notes when its sockets last wrote or read. */
class Activity {
  /** When a socket last wrote or read (`performance.now()`, ms). */
  last: number = performance.now();

  /** `transport`, noting activity here. */
  wrap(transport: Transport): Transport {
    return async (options, handlers) => {
      const socket = await transport(options, {
        data: (chunk) => {
          this.last = performance.now();
          return handlers.data(chunk);
        },
        quiet: () => handlers.quiet?.() ?? true,
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
 * Watches the traffic of a client's main connection and of its pool, checking a few
 * times per `timeout` whether each was idle that long.
 */
export class IdleCloser {
  readonly #main = new Activity();
  readonly #pool = new Activity();
  #timer: ReturnType<typeof setInterval> | undefined;

  /** @throws {TypeError} When `timeout` is not a number of ms a timer can wait. */
  constructor(readonly timeout: number) {
    if (!(timeout > 0) || timeout > 2 ** 31 - 1) {
      throw new TypeError(
        `idleTimeout must be a number of ms between 1 and 2147483647, not ${timeout}`,
      );
    }
  }

  /** The transport of the main connection, watched. */
  main(transport: Transport): Transport {
    return this.#main.wrap(transport);
  }

  /** The transport of the pooled connections, watched. */
  pool(transport: Transport): Transport {
    return this.#pool.wrap(transport);
  }

  /** Starts checking: `restMain` or `restPool` is called when that side was idle. */
  start(restMain: () => void, restPool: () => void): void {
    this.#timer = backgroundInterval(() => {
      if (this.#main.idleFor(this.timeout)) restMain();
      if (this.#pool.idleFor(this.timeout)) restPool();
    }, Math.max(1, Math.floor(this.timeout / 4)));
  }

  /** Stops checking. */
  stop(): void {
    clearInterval(this.#timer);
  }
}
