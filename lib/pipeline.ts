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
}

/** Collects the outcome of each slot and settles once every slot has one. */
class Slot implements ReplyTarget {
  constructor(readonly batch: Batch, readonly index: number) {}
  resolve(value: unknown): void {
    this.batch.settle(this.index, value);
  }
  reject(error: Error): void {
    this.batch.settle(this.index, error);
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

/** Something every slot's reply is ignored by (SCRIPT LOAD ahead of EVALSHA). */
const IGNORE: ReplyTarget = { resolve() {}, reject() {} };

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
    // The SHA-1 is filled in by exec(), which can wait for it.
    return this.command(["EVALSHA", "", keys.length, ...keys, ...args]);
  }

  /**
   * Takes the queue with script SHA-1s filled in, and first sends SCRIPT LOAD for each
   * script this connection has not loaded yet, so EVALSHA cannot meet NOSCRIPT.
   */
  protected async prepare(): Promise<Queued[]> {
    const queued = this.queued.splice(0);
    const scripts = [...this.scripts];
    this.scripts.clear();
    const shas = await Promise.all(scripts.map(([, script]) => script.sha1()));
    const loaded = this.connection.loadedScripts;
    scripts.forEach(([index, script], i) => {
      const args = [...queued[index].args];
      args[1] = shas[i];
      queued[index] = { ...queued[index], args };
      if (!loaded.has(shas[i])) {
        loaded.add(shas[i]);
        this.connection.send(
          ["SCRIPT", "LOAD", script.source],
          IGNORE,
          undefined,
        );
      }
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
   * Sends everything queued in one write and returns the results in order.
   *
   * @throws {TypeError} A queued command has an argument that cannot be sent.
   */
  async exec(): Promise<unknown[]> {
    const queued = await this.prepare();
    return new Promise((resolve) => {
      const batch = new Batch(queued.length, resolve);
      queued.forEach(({ args, parse }, i) =>
        this.connection.send(args, new Slot(batch, i), this.options, parse)
      );
    });
  }
}
