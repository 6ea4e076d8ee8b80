/**
 * Explicit pipelines: queue commands, send them together, get every result in order.
 *
 * @module
 */
import type { CommandOptions, Connection, ReplyTarget } from "./connection.ts";
import type { Chain } from "./commands.ts";
import {
  type BatchHooks,
  CommandQueue,
  type Queued,
  type Replies,
} from "./command_queue.ts";
import { loadScripts, type ScriptLoad } from "./_script_load.ts";

/**
 * A batch of commands sent together, from `r.pipeline()` on `Redis` or on
 * `RedisCluster` (there each command goes to the node serving its keys, all in the same
 * tick, and a redirected one is retried where the cluster says). Results come back in
 * the order queued; a command that failed leaves its `Error` (a `RedisError`, or
 * `ConnectionLostError`) in its slot instead of failing the others.
 *
 * @example
 * ```ts
 * import { type Pipeline, Redis } from "@desir/desir";
 * await using r = new Redis();
 * const p: Pipeline = r.pipeline();
 * p.sendCommand(["SET", "a", "1"]).sendCommand(["INCR", "a"]).sendCommand(["LPUSH", "a", "x"]);
 * const [ok, two, wrongType] = await p.exec();
 * console.log(ok, two, wrongType instanceof Error); // "OK" 2 true
 * ```
 */
export abstract class Pipeline<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> extends CommandQueue<S> implements Chain {
  /** Type-level only: this pipeline's type after the call being chained. */
  declare readonly "~next": Pipeline<S, [...R, this["~reply"]]>;

  /**
   * Sends everything queued and returns the results in order. A command that failed, or
   * had an argument that cannot be sent (`TypeError`), leaves its error in its slot.
   * Typed as the tuple of the chained calls' replies (each possibly an `Error`) when the
   * pipeline was built by chaining, else `unknown[]`.
   */
  exec(): Promise<Replies<R>> {
    return this.execute("pipeline") as Promise<Replies<R>>;
  }
}

/** A pipeline of one server: the whole batch in one write on the client's connection. */
export class ConnectionPipeline<S extends string | Uint8Array = string>
  extends Pipeline<S> {
  readonly #connection: Connection;
  readonly #options: CommandOptions | undefined;

  /** Made by `r.pipeline()`. @internal */
  constructor(
    connection: Connection,
    options: CommandOptions | undefined,
    hooks?: BatchHooks,
  ) {
    super(hooks);
    this.#connection = connection;
    this.#options = options;
  }

  protected send(queued: readonly Queued[]): Promise<unknown[]> {
    const loads = loadScripts(this.#connection, queued);
    return new Promise((resolve) => {
      const batch = new Batch(queued.length, resolve);
      queued.forEach((q, i) =>
        this.#connection.send(
          q.args,
          new Slot(batch, i, loads[i]),
          q.hints ? { ...this.#options, ...q.hints } : this.#options,
          q.parse,
        )
      );
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
