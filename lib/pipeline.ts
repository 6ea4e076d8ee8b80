/**
 * A pipeline on one server: the whole batch in one write on the client's connection.
 *
 * @module
 */
import type { CommandOptions, Connection, ReplyTarget } from "./connection.ts";
import { type BatchHooks, Pipeline, type Queued } from "./command_queue.ts";
import { loadScripts, type ScriptLoad } from "./_script_load.ts";
import type { ClientCache } from "./cache/client_cache.ts";

/** A pipeline of one server: the whole batch in one write on the client's connection. */
export class ConnectionPipeline<S extends string | Uint8Array = string>
  extends Pipeline<S> {
  readonly #connection: Connection;
  readonly #options: CommandOptions | undefined;
  readonly #cache: ClientCache | undefined;

  /** Made by `r.pipeline()`. @internal */
  constructor(
    connection: Connection,
    options: CommandOptions | undefined,
    hooks?: BatchHooks,
  ) {
    super(hooks);
    this.#connection = connection;
    this.#options = options;
    this.#cache = hooks?.cache;
  }

  protected send(queued: readonly Queued[]): Promise<unknown[]> {
    const loads = loadScripts(this.#connection, queued);
    return new Promise((resolve) => {
      const batch = new Batch(queued.length, resolve);
      const cache = this.#cache;
      queued.forEach((q, i) => {
        const slot = new Slot(batch, i, loads[i]);
        const options = q.hints
          ? { ...this.#options, ...q.hints }
          : this.#options;
        // Through the cache as the client's own calls: on the same tracked connection.
        if (options?.cache === false) cache?.written(q.args);
        else if (
          cache?.send(q.args, slot, options, q.parse, this.#connection)
        ) {
          return;
        }
        this.#connection.send(q.args, slot, options, q.parse);
      });
    });
  }
}

/** Collects the outcome of each slot and settles once every slot has one. */
class Batch {
  readonly results: unknown[];
  #left: number;
  constructor(size: number, readonly done: (results: unknown[]) => void) {
    this.results = new Array(size);
    this.#left = size;
    if (size === 0) done(this.results);
  }
  settle(index: number, value: unknown): void {
    this.results[index] = value;
    if (--this.#left === 0) this.done(this.results);
  }
}

/** One slot's reply target. */
class Slot implements ReplyTarget {
  constructor(
    readonly batch: Batch,
    readonly index: number,
    readonly load: ScriptLoad | undefined,
  ) {}
  resolve(value: unknown): void {
    this.batch.settle(this.index, value);
  }
  reject(error: Error): void {
    // A failed SCRIPT LOAD (a Lua syntax error) says more than the NOSCRIPT behind it.
    this.batch.settle(this.index, this.load?.error ?? error);
  }
}
