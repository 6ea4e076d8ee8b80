/**
 * Explicit pipelines: queue commands, send them together, get every result in order.
 *
 * @module
 */
import type { CommandOptions, Connection, ReplyTarget } from "./connection.ts";
import type { RedisArgument } from "./resp/encode.ts";
import type { Script } from "./script.ts";
import {
  type Chain,
  type CommandHints,
  Commands,
  type Out,
} from "./commands.ts";
import { addCommandContext, type BatchPlace } from "./_command_context.ts";
import { ownedCommandError } from "./_raw_command_guard.ts";
import type { KeyPrefix } from "./key_prefix.ts";
import type { Tracer } from "./tracing.ts";
import type { ClientCache } from "./cache/client_cache.ts";

/** What a client's options add to the calls of its pipelines and transactions. */
export interface BatchHooks {
  /** The client's (or view's) key prefix. */
  prefix?: KeyPrefix;
  /** The client's tracer. */
  tracer?: Tracer;
  /** The client's cache: a pipeline reads through it, a transaction's writes drop keys. */
  cache?: ClientCache;
}

/** One queued command. @internal */
export interface Queued {
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  /** The pipeline's options with this command's hints (DUMP's bytes) on top. */
  options?: CommandOptions;
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
 * The error to report for a queued command, naming the command and its place: when
 * SCRIPT LOAD failed (a Lua syntax error), its error, not the NOSCRIPT of the EVALSHA
 * that followed it.
 * @internal
 */
export function queuedError(
  queued: Queued,
  error: Error,
  place: BatchPlace,
): Error {
  return addCommandContext(queued.load?.error ?? error, queued.args, place);
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
    this.batch.settle(
      this.index,
      queuedError(this.queued, error, { index: this.index, batch: "pipeline" }),
    );
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
 * The queue behind a pipeline or a transaction, and its preparation for sending.
 * @internal
 */
export class CommandBatch {
  /** The commands queued so far. */
  readonly queued: Queued[] = [];
  /** Scripts the queued EVALSHA calls need, by position in `queued`. */
  readonly scripts: Map<number, Script> = new Map();

  constructor(
    /** Where the batch goes; a transaction moves it to a dedicated connection on WATCH. */
    public connection: Connection,
    readonly options: CommandOptions | undefined,
    readonly hooks: BatchHooks = {},
  ) {}

  /** The key prefix of the client. */
  get prefix(): KeyPrefix | undefined {
    return this.hooks.prefix;
  }

  /**
   * Starts tracing the queued commands, when someone listens; the returned function
   * takes their results.
   */
  trace(): ((results: readonly unknown[] | null) => void) | undefined {
    const tracer = this.hooks.tracer;
    return tracer?.active
      ? tracer.batch(this.queued.map((q) => q.args))
      : undefined;
  }

  /** Queues a command with its reply parser and per-command hints. */
  push(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    hints: CommandHints | undefined,
  ): void {
    const options = hints ? { ...this.options, ...hints } : undefined;
    if (this.prefix) {
      ({ args, parse } = this.prefix.call(args, parse));
    }
    this.queued.push({ args, parse, options });
  }

  /** Forgets everything queued. */
  clear(): void {
    this.queued.length = 0;
    this.scripts.clear();
  }

  /**
   * Takes the queue with script SHA-1s filled in. Synchronous unless a script's SHA-1 is
   * still being computed, so that the batch keeps its place among the commands issued
   * around `exec()`.
   */
  prepare(): Queued[] | Promise<Queued[]> {
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
 * What `exec()` of a pipeline or transaction resolves to: the tuple of its chained calls'
 * replies, each possibly the `Error` of a command that failed; `unknown[]` when nothing
 * was tracked (calls made on the pipeline without chaining, so `R` stayed empty).
 */
export type Replies<R extends unknown[]> = R extends [] ? unknown[]
  : { [K in keyof R]: R[K] | Error };

/**
 * The command methods of pipelines and transactions: each call queues and returns the
 * queue, for chaining.
 */
export abstract class CommandQueue<S extends string | Uint8Array = string>
  extends Commands<"chain", S> {
  readonly #batch: CommandBatch;

  /** Made by `Pipeline` and `Transaction`. @internal */
  constructor(batch: CommandBatch) {
    super();
    this.#batch = batch;
  }

  /** How many commands are queued. */
  get length(): number {
    return this.#batch.queued.length;
  }

  /**
   * Queues any command but those the client owns (SUBSCRIBE, MULTI, SELECT, …).
   *
   * @throws {TypeError} For a command the client owns, naming what to use instead.
   */
  sendCommand(args: readonly RedisArgument[]): Out<"chain", unknown, this> {
    const refused = ownedCommandError(args);
    if (refused) throw refused;
    return this.command(args);
  }

  /** Queues a command whose reply is parsed; generated methods go through here. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Out<"chain", T, this> {
    this.#batch.push(args, parse, hints);
    return this as Out<"chain", T, this>;
  }

  /** Queues a script run by EVALSHA; SCRIPT LOAD goes ahead of it, so NOSCRIPT cannot happen. */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): Out<"chain", unknown, this> {
    this.#batch.scripts.set(this.length, script);
    // The SHA-1 is filled in by exec(); computing it now spares exec() the wait.
    void script.sha1();
    return this.command(["EVALSHA", "", keys.length, ...keys, ...args]);
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
export class Pipeline<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> extends CommandQueue<S> implements Chain {
  /** Type-level only: see {@linkcode Chain}. */
  declare readonly "~reply": unknown;
  /** Type-level only: this pipeline's type after the call being chained. */
  declare readonly "~next": Pipeline<S, [...R, this["~reply"]]>;
  readonly #batch: CommandBatch;

  /** Made by `r.pipeline()`. @internal */
  constructor(
    connection: Connection,
    options: CommandOptions | undefined,
    hooks?: BatchHooks,
  ) {
    const batch = new CommandBatch(connection, options, hooks);
    super(batch);
    this.#batch = batch;
  }

  /**
   * Sends everything queued in one write and returns the results in order. A command
   * that failed, or had an argument that cannot be sent (`TypeError`), leaves its error
   * in its slot. Typed as the tuple of the chained calls' replies (each possibly an
   * `Error`) when the pipeline was built by chaining, else `unknown[]`.
   */
  async exec(): Promise<Replies<R>> {
    const traced = this.#batch.trace();
    const prepared = this.#batch.prepare();
    const queued = Array.isArray(prepared) ? prepared : await prepared;
    const { connection, options } = this.#batch;
    return new Promise((resolve) => {
      const settle = resolve as (results: unknown[]) => void;
      const done = traced
        ? (results: unknown[]) => {
          traced(results);
          settle(results);
        }
        : settle;
      const batch = new Batch(queued.length, done);
      const cache = this.#batch.hooks.cache;
      queued.forEach((q, i) => {
        const slot = new Slot(batch, i, q);
        const opts = q.options ?? options;
        // Through the cache as the client's own calls: on the same tracked connection.
        if (opts?.cache === false) cache?.written(q.args);
        else if (cache?.send(q.args, slot, opts, q.parse, connection)) return;
        connection.send(q.args, slot, opts, q.parse);
      });
    });
  }
}
