/**
 * A transaction on one server: MULTI/EXEC, with optional WATCH on a dedicated
 * connection.
 *
 * @module
 */
import type { CommandOptions, Connection } from "./connection.ts";
import { RedisError } from "./errors.ts";
import {
  clientClosed,
  offlineQueueFull,
  watchLost,
} from "./_error_factories.ts";
import { encodeCommand, type RedisArgument } from "./resp/encode.ts";
import { type BatchHooks, type Queued, Transaction } from "./command_queue.ts";
import type { ConnectionPool } from "./_pool.ts";
import { addCommandContext } from "./_command_context.ts";
import { loadScripts } from "./_script_load.ts";
import { textReply } from "./_text.ts";
import type { ClientCache } from "./cache/client_cache.ts";

/** A transaction on one server: MULTI/EXEC on the client's connection, or on a pooled one once watching. */
export class ConnectionTransaction<S extends string | Uint8Array = string>
  extends Transaction<S> {
  readonly #main: Connection;
  readonly #options: CommandOptions | undefined;
  readonly #pool: ConnectionPool;
  readonly #bytes: boolean;
  readonly #cache: ClientCache | undefined;
  #watched: Connection | undefined;
  /** The failure that lost the watch (of watch(), or of an unsent exec()): exec() refuses until discard(). */
  #lost: unknown;

  /** Made by `r.multi()`. @internal */
  constructor(
    connection: Connection,
    options: CommandOptions | undefined,
    pool: ConnectionPool,
    hooks?: BatchHooks,
    bytes = false,
  ) {
    super(hooks);
    this.#bytes = bytes;
    this.#main = connection;
    this.#options = options;
    this.#pool = pool;
    this.#cache = hooks?.cache;
  }

  async watch(...keys: RedisArgument[]): Promise<void> {
    this.#watched ??= this.#pool.acquire();
    const args = ["WATCH", ...keys];
    try {
      await this.#watched.call(
        this.prefix?.call(args, undefined).args ?? args,
        this.#options,
      );
    } catch (e) {
      this.#release(!(e instanceof RedisError));
      throw this.#lost = addCommandContext(e, args);
    }
    // WATCH ran on another connection: a round trip on the tracked one brings every
    // invalidation of a write before it, so the cached reads that decide what this
    // transaction writes are as new as the watch (else EXEC could pass on a stale read).
    if (this.#cache) {
      try {
        await this.#main.call(["PING"], this.#options);
      } catch (e) {
        this.#release(true); // the watch is on: that connection cannot be reused
        throw this.#lost = addCommandContext(e, ["PING"]);
      }
    }
  }

  protected async unwatch(): Promise<void> {
    this.#lost = undefined;
    if (!this.#watched) return;
    try {
      await this.#watched.call(["UNWATCH"], this.#options);
    } finally {
      this.#release(false);
    }
  }

  protected async send(queued: readonly Queued[]): Promise<unknown[] | null> {
    // Run without its watch, the transaction could pass on what the watch guards.
    if (this.#lost !== undefined) throw watchLost(this.#lost);
    const connection = this.#watched ?? this.#main;
    const options = this.#options;
    let sent = false;
    try {
      // Checked before MULTI is sent: otherwise EXEC would run the others without it.
      for (const { args } of queued) encodeCommand(args);
      if (connection.state === "closed") throw clientClosed();
      const loads = loadScripts(connection, queued);
      if (connection.room < queued.length + 2) {
        // MULTI without its EXEC would leave the connection inside a transaction.
        throw offlineQueueFull(
          "The transaction",
          `its ${queued.length + 2} commands do not fit in the offline queue`,
        );
      }
      const queueing: Promise<unknown>[] = [];
      const send = (
        args: readonly RedisArgument[],
        index?: number,
        bytes = false,
      ) => {
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
          }, bytes ? { ...options, bytes } : options)
        );
        queueing.push(reply);
        return reply;
      };
      send(["MULTI"]);
      queued.forEach(({ args }, i) => send(args, i));
      // EXEC's reply is read in one mode: bytes if any command asked (DUMP), and
      // the slots that did not ask are turned back into text below.
      const mixed = !this.#bytes && queued.some((q) => q.hints?.bytes);
      const exec = send(["EXEC"], undefined, mixed) as Promise<
        unknown[] | null
      >;
      sent = true;
      // Its reads bypass the cache (their replies must be the transaction's); its writes
      // drop their keys now, and again once EXEC answers, as the invalidations of a
      // watched transaction come on the other connection, maybe after that answer.
      const written = () => queued.forEach((q) => this.#cache?.written(q.args));
      written();
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
      written();
      return results && results.map((reply, i) =>
        // A failed SCRIPT LOAD (a Lua syntax error) says more than its NOSCRIPT.
        reply instanceof Error ? loads[i]?.error ?? reply : parseReply(
          queued[i],
          mixed && !queued[i].hints?.bytes ? textReply(reply) : reply,
        )
      );
    } catch (e) {
      // Its watch goes with the connection released below: a later exec() would run unwatched.
      if (!sent && this.#watched) this.#lost = e;
      throw e;
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

/** A raw reply parsed as its method asked; a parser's error is the slot's outcome. */
function parseReply(queued: Queued, reply: unknown): unknown {
  if (!queued.parse) return reply;
  try {
    return queued.parse(reply);
  } catch (e) {
    return e;
  }
}
