/**
 * Explicit pipelines: queue commands, send them together, get every result in order.
 *
 * @module
 */
import type { CommandOptions, Connection, ReplyTarget } from "./connection.ts";
import type { RedisArgument } from "./resp/encode.ts";
import type { Script } from "./script.ts";

/** One queued command. @internal */
export interface Queued {
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  /** For an EVALSHA: the SCRIPT LOAD sent ahead of it. */
  load?: ScriptLoad;
}

/** The outcome of a SCRIPT LOAD; its reply arrives before that of the EVALSHA behind it. */
class ScriptLoad implements ReplyTarget {
  error: Error | undefined;
  resolve(): void {}
  reject(error: Error): void {
    this.error = error;
  }
}

/**
 * The error to report for a queued command: when SCRIPT LOAD failed (a Lua syntax error),
 * its error, not the NOSCRIPT of the EVALSHA that followed it.
 * @internal
 */
export function queuedError(queued: Queued, error: Error): Error {
  return queued.load?.error ?? error;
}

/** Collects the outcome of each slot and settles once every slot has one. */
class Slot implements ReplyTarget {
  constructor(
    readonly batch: Batch,
    readonly index: number,
    readonly queued: Queued,
  ) {}
  resolve(value: unknown): void {
    this.batch.settle(this.index, value);
  }
  reject(error: Error): void {
    this.batch.settle(this.index, queuedError(this.queued, error));
  }
}

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

/**
 * What pipelines and transactions share: the queue of commands and its preparation.
 */
export abstract class CommandQueue<S extends string | Uint8Array = string> {
  /** The commands queued so far. */
  protected readonly queued: Queued[] = [];
  /** Scripts the queued EVALSHA calls need, by position in `queued`. */
  protected readonly scripts: Map<number, Script> = new Map();
  /** Brand for the reply string type; not used at run time. */
  declare readonly stringType?: S;

  /** Made by the client. @internal */
  constructor(
    protected connection: Connection,
    protected readonly options: CommandOptions | undefined,
  ) {}

  /** How many commands are queued. */
  get length(): number {
    return this.queued.length;
  }

  /** Queues any command. */
  sendCommand(args: readonly RedisArgument[]): this {
    return this.command(args);
  }

  /** Queues a command whose reply is parsed; generated methods go through here. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => T,
  ): this {
    this.queued.push({ args, parse });
    return this;
  }

  /** Queues a script run by EVALSHA; the script is loaded first if this connection lacks it. */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): this {
    this.scripts.set(this.queued.length, script);
    // The SHA-1 is filled in by exec(); computing it now spares exec() the wait.
    void script.sha1();
    return this.command(["EVALSHA", "", keys.length, ...keys, ...args]);
  }

  /**
   * Takes the queue with script SHA-1s filled in. Synchronous unless a script's SHA-1 is
   * still being computed, so that the batch keeps its place among the commands issued
   * around `exec()`.
   */
  protected prepare(): Queued[] | Promise<Queued[]> {
    const queued = this.queued.splice(0);
    const scripts = [...this.scripts];
    this.scripts.clear();
    const known = scripts.map(([, script]) => script.knownSha1);
    if (known.every((sha) => sha !== undefined)) {
      return this.#load(queued, scripts, known as string[]);
    }
    return Promise.all(scripts.map(([, script]) => script.sha1()))
      .then((shas) => this.#load(queued, scripts, shas));
  }

  /**
   * Fills in the SHA-1s and sends SCRIPT LOAD for each script ahead of the batch, so
   * EVALSHA cannot meet NOSCRIPT. Every time: a SCRIPT FLUSH may have emptied the
   * server's script cache since the last run.
   */
  #load(
    queued: Queued[],
    scripts: [number, Script][],
    shas: string[],
  ): Queued[] {
    const loads = new Map<string, ScriptLoad>();
    scripts.forEach(([index, script], i) => {
      const args = [...queued[index].args];
      args[1] = shas[i];
      let load = loads.get(shas[i]);
      if (!load) {
        load = new ScriptLoad();
        loads.set(shas[i], load);
        this.connection.send(
          ["SCRIPT", "LOAD", script.source],
          load,
          undefined,
        );
      }
      queued[index] = { ...queued[index], args, load };
    });
    return queued;
  }
}

/**
 * A batch of commands sent in one write. Results come back in order; a command that failed
 * leaves its `Error` (a `RedisError`, or `ConnectionLostError`) in its slot instead of
 * failing the others.
 *
 * @example
 * ```ts
 * import { Redis } from "@desir/desir";
 * await using r = new Redis();
 * const p = r.pipeline();
 * p.sendCommand(["SET", "a", "1"]).sendCommand(["INCR", "a"]).sendCommand(["LPUSH", "a", "x"]);
 * const [ok, two, wrongType] = await p.exec();
 * console.log(ok, two, wrongType instanceof Error); // "OK" 2 true
 * ```
 */
export class Pipeline<S extends string | Uint8Array = string>
  extends CommandQueue<S> {
  /**
   * Sends everything queued in one write and returns the results in order. A command
   * that failed, or had an argument that cannot be sent (`TypeError`), leaves its error
   * in its slot.
   */
  async exec(): Promise<unknown[]> {
    const prepared = this.prepare();
    const queued = Array.isArray(prepared) ? prepared : await prepared;
    return new Promise((resolve) => {
      const batch = new Batch(queued.length, resolve);
      queued.forEach((q, i) =>
        this.connection.send(
          q.args,
          new Slot(batch, i, q),
          this.options,
          q.parse,
        )
      );
    });
  }
}
