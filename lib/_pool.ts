/**
 * Spare connections for calls that must not share the main one: blocking commands and
 * WATCH transactions. Idle ones are kept for reuse, up to a few. At most
 * `maxBlockingConnections` blocking calls run at once; later ones wait in line.
 *
 * @module
 */
import { Connection } from "./connection.ts";
import type { LinkOptions } from "./_link_options.ts";
import { TimeoutError } from "./errors.ts";
import { aborted, closedWhileWaiting } from "./_error_factories.ts";
import type { Transport } from "./transport/types.ts";

const KEEP_IDLE = 2;

/** A small pool of dedicated connections with the client's settings. */
export class ConnectionPool {
  // Arrays and a Map made on first use: most clients never block, and an empty Set or
  // Map costs its hash table (about 150 bytes) on every idle client.
  readonly #idle: Connection[] = [];
  readonly #busy: Connection[] = [];
  /** Blocking calls waiting for their turn, in order, with their command names. */
  #line: Map<(error?: Error) => void, string> | undefined;
  #blocking = 0;
  #closed = false;
  #graceful = false;

  constructor(
    private readonly options: LinkOptions,
    private readonly transport: Transport,
    private readonly maxBlocking: number,
  ) {}

  /**
   * True once the client's `close()` (not `destroy()`) closed the pool: its blocking calls
   * were ended by the client, not by a lost connection.
   */
  get closedGracefully(): boolean {
    return this.#graceful;
  }

  /**
   * Waits until fewer than `maxBlocking` blocking calls run, then counts this one in
   * (until `endBlocking()`). `name` is the command, for messages.
   *
   * @throws {TimeoutError} `timeout` ms passed in line.
   * @throws {AbortError} `signal` aborted in line.
   * @throws {ConnectionError} The pool was closed (`CLOSED`).
   */
  startBlocking(
    name: string,
    signal: AbortSignal | undefined,
    timeout: number | undefined,
  ): Promise<void> | undefined {
    if (this.#closed) return Promise.reject(closedWhileWaiting(name));
    if (this.#blocking < this.maxBlocking) {
      this.#blocking++;
      return undefined;
    }
    return new Promise<void>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const turn = (error?: Error) => {
        this.#line?.delete(turn);
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
        if (error) reject(error);
        else resolve();
      };
      const abort = () =>
        turn(
          aborted(name, {
            reason: signal?.reason,
            waiting: "a blocking connection",
          }),
        );
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      if (timeout !== undefined && timeout > 0 && Number.isFinite(timeout)) {
        timer = setTimeout(() =>
          turn(
            new TimeoutError(
              `${name} waited ${timeout} ms for one of the ${this.maxBlocking} blocking connections (maxBlockingConnections) and did not run`,
            ),
          ), timeout);
      }
      (this.#line ??= new Map()).set(turn, name);
    });
  }

  /** Ends a blocking call: its turn passes to the next call in line. */
  endBlocking(): void {
    const next = this.#line?.keys().next();
    if (!next || next.done) this.#blocking--;
    else next.value();
  }

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
    this.#busy.push(connection);
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
    const i = this.#busy.indexOf(connection);
    if (i >= 0) this.#busy.splice(i, 1);
    if (
      broken || this.#closed || this.#idle.length >= KEEP_IDLE ||
      connection.pending > 0
    ) {
      connection.destroy();
    } else {
      this.#idle.push(connection);
    }
  }

  /**
   * Closes idle connections gracefully and busy ones at once (their calls reject);
   * `graceful` when the client's `close()` asked.
   */
  async close(graceful = false): Promise<void> {
    this.#closed = true;
    this.#graceful ||= graceful;
    for (const [turn, name] of [...this.#line ?? []]) {
      turn(closedWhileWaiting(name));
    }
    for (const connection of this.#busy) connection.destroy();
    await Promise.all(this.#idle.splice(0).map((c) => c.close()));
  }
}
