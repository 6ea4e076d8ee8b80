/**
 * MULTI/EXEC transactions, with optional WATCH on a dedicated connection.
 *
 * @module
 */
import type { CommandOptions, Connection } from "./connection.ts";
import { RedisError } from "./errors.ts";
import { clientClosed, offlineQueueFull } from "./_error_factories.ts";
import { encodeCommand, type RedisArgument } from "./resp/encode.ts";
import {
  type BatchHooks,
  CommandBatch,
  CommandQueue,
  queuedError,
  type Replies,
} from "./pipeline.ts";
import type { Chain } from "./commands.ts";
import type { ConnectionPool } from "./_pool.ts";
import { addCommandContext } from "./_command_context.ts";

/**
 * A transaction: queued commands run atomically between MULTI and EXEC. After
 * `await tx.watch(keys)`, `exec()` returns `null` when another client changed a watched key.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * const tx = r.multi();
 * tx.sendCommand(["INCR", "visits"]).sendCommand(["EXPIRE", "visits", 60]);
 * const [visits] = (await tx.exec())!;
 * ```
 */
export class Transaction<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> extends CommandQueue<S> implements Chain {
  /** Type-level only: see {@linkcode Chain}. */
  declare readonly "~reply": unknown;
  /** Type-level only: this transaction's type after the call being chained. */
  declare readonly "~next": Transaction<S, [...R, this["~reply"]]>;
  readonly #batch: CommandBatch;
  readonly #pool: ConnectionPool;
  #watched: Connection | undefined;

  /** Made by `r.multi()`. @internal */
  constructor(
    connection: Connection,
    options: CommandOptions | undefined,
    pool: ConnectionPool,
    hooks?: BatchHooks,
  ) {
    const batch = new CommandBatch(connection, options, hooks);
    super(batch);
    this.#batch = batch;
    this.#pool = pool;
  }

  /**
   * Watches keys: EXEC then fails (returns `null`) if any of them changes before it. The
   * transaction moves to a dedicated connection so other calls cannot disturb the watch.
   *
   * @throws {RedisError} The server refused WATCH.
   */
  async watch(...keys: RedisArgument[]): Promise<void> {
    if (!this.#watched) {
      this.#watched = this.#pool.acquire();
      this.#batch.connection = this.#watched;
    }
    const args = ["WATCH", ...keys];
    try {
      await this.#watched.call(
        this.#batch.prefix?.call(args, undefined).args ?? args,
        this.#batch.options,
      );
    } catch (e) {
      this.#release(!(e instanceof RedisError));
      throw addCommandContext(e, args);
    }
  }

  /** Forgets the queued commands and any watch. */
  async discard(): Promise<void> {
    this.#batch.clear();
    if (this.#watched) {
      try {
        await this.#watched.call(["UNWATCH"], this.#batch.options);
      } finally {
        this.#release(false);
      }
    }
  }

  /**
   * Runs the queued commands atomically. Resolves to their results in order (an `Error`
   * in the slot of a command that failed while running), or `null` when a watched key
   * changed.
   *
   * @throws {RedisError} `EXECABORT` when a command was refused while queuing; its
   * `cause` is that command's error.
   * @throws {TypeError} A queued command has an argument that cannot be sent; nothing ran.
   */
  async exec(): Promise<Replies<R> | null> {
    const traced = this.#batch.trace();
    if (!traced) return await this.#exec() as Replies<R> | null;
    const count = this.#batch.queued.length;
    try {
      const results = await this.#exec();
      traced(results);
      return results as Replies<R> | null;
    } catch (e) {
      traced(Array(count).fill(e));
      throw e;
    }
  }

  /** `exec()` without the tracing. */
  async #exec(): Promise<unknown[] | null> {
    let sent = false;
    try {
      // Checked before MULTI is sent: otherwise EXEC would run the others without it.
      for (const { args } of this.#batch.queued) encodeCommand(args);
      const prepared = this.#batch.prepare();
      const queued = Array.isArray(prepared) ? prepared : await prepared;
      const { connection, options } = this.#batch;
      if (connection.state === "closed") throw clientClosed();
      if (connection.room < queued.length + 2) {
        // MULTI without its EXEC would leave the connection inside a transaction.
        throw offlineQueueFull(
          "The transaction",
          `its ${queued.length + 2} commands do not fit in the offline queue`,
        );
      }
      const queueing: Promise<unknown>[] = [];
      const send = (args: readonly RedisArgument[], index?: number) => {
        const reply = new Promise((resolve, reject) =>
          connection.send(args, {
            resolve,
            reject: (e: Error) =>
              reject(
                index === undefined
                  ? addCommandContext(e, args)
                  : addCommandContext(
                    e,
                    args,
                    { index, batch: "transaction" },
                  ),
              ),
          }, options)
        );
        queueing.push(reply);
        return reply;
      };
      send(["MULTI"]);
      queued.forEach(({ args }, i) => send(args, i));
      const exec = send(["EXEC"]) as Promise<unknown[] | null>;
      sent = true;
      const outcomes = await Promise.allSettled(queueing);
      const execOutcome = outcomes[outcomes.length - 1];
      if (execOutcome.status === "rejected") {
        const refused = outcomes.find((o, i) =>
          i > 0 && o.status === "rejected" && o !== execOutcome
        );
        const error = execOutcome.reason as Error;
        if (refused && error instanceof RedisError && !error.cause) {
          Object.defineProperty(error, "cause", {
            value: (refused as PromiseRejectedResult).reason,
          });
        }
        throw error;
      }
      const results = await exec;
      if (results === null) return null;
      // The tuple type is the chained calls' own: exec() cannot check it, only keep it.
      return results.map((value, i): unknown => {
        const parse = queued[i].parse;
        if (value instanceof Error) {
          return queuedError(queued[i], value, {
            index: i,
            batch: "transaction",
          });
        }
        if (!parse) return value;
        try {
          return parse(value);
        } catch (e) {
          return e;
        }
      }) as Replies<R>;
    } finally {
      // Unsent, the watch is still on: that connection cannot be reused as it is.
      this.#release(!sent);
    }
  }

  #release(broken: boolean): void {
    if (!this.#watched) return;
    this.#pool.release(this.#watched, broken);
    this.#watched = undefined;
  }
}
