/**
 * Spare connections for calls that must not share the main one: blocking commands and
 * WATCH transactions. Idle ones are kept for reuse, up to a few.
 *
 * @module
 */
import { Connection, type ConnectionOptions } from "./connection.ts";
import type { Transport } from "./transport/types.ts";

const KEEP_IDLE = 2;

/** A small pool of dedicated connections with the client's settings. */
export class ConnectionPool {
  readonly #idle: Connection[] = [];
  readonly #busy = new Set<Connection>();
  #closed = false;

  constructor(
    private readonly options: ConnectionOptions,
    private readonly transport: Transport,
  ) {}

  /** A connection nobody else uses until it is released. */
  acquire(): Connection {
    let connection = this.#idle.pop();
    while (connection && connection.state === "closed") {
      connection = this.#idle.pop();
    }
    connection ??= new Connection(
      // A dedicated connection never needs an offline queue bigger than its one caller.
      { ...this.options, reconnect: false },
      this.transport,
    );
    // After close(), calls must reject with CLOSED, not open a socket nobody will close.
    if (this.#closed) connection.destroy();
    this.#busy.add(connection);
    return connection;
  }

  /** Closes the connections no call uses (for `idleTimeout`). */
  closeIdle(): void {
    for (const connection of this.#idle.splice(0)) connection.destroy();
  }

  /** Every connection of the pool, idle or in use. */
  get connections(): Connection[] {
    return [...this.#idle, ...this.#busy];
  }

  /** Gives a connection back; `broken` ones (an abandoned reply pending) are closed. */
  release(connection: Connection, broken = false): void {
    this.#busy.delete(connection);
    if (
      broken || this.#closed || this.#idle.length >= KEEP_IDLE ||
      connection.pending > 0
    ) {
      connection.destroy();
    } else {
      this.#idle.push(connection);
    }
  }

  /** Closes idle connections gracefully and busy ones at once (their calls reject). */
  async close(): Promise<void> {
    this.#closed = true;
    for (const connection of this.#busy) connection.destroy();
    await Promise.all(this.#idle.splice(0).map((c) => c.close()));
  }
}
