/**
 * The queue behind every pipeline and transaction, on one server or a cluster: queuing,
 * the chained typing and `exec()`'s bookkeeping, and the two public queue types,
 * `Pipeline` and `Transaction`. How a queue is sent is each subclass's only part
 * (pipeline.ts, transaction.ts, cluster/pipeline.ts, cluster/transaction.ts).
 *
 * @module
 */
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
  /** The client's (or view's) key prefix, applied as each command is queued. */
  prefix?: KeyPrefix;
  /** The client's tracer, told of the whole batch. */
  tracer?: Tracer;
  /** The client's cache: a pipeline reads through it, a transaction's writes drop keys. */
  cache?: ClientCache;
}

/** One queued command. @internal */
export interface Queued {
  /** The arguments, with the key prefix; an EVALSHA's SHA-1 is filled in by `exec()`. */
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  /** Per-command hints (DUMP's bytes) on top of the queue's options. */
  hints?: CommandHints;
  /** For an EVALSHA: its script. */
  script?: Script;
}

/**
 * What `exec()` of a pipeline or transaction resolves to: the tuple of its chained calls'
 * replies, each possibly the `Error` of a command that failed; `unknown[]` when nothing
 * was tracked (calls made on the pipeline without chaining, so `R` stayed empty).
 *
 * @example
 * ```ts
 * import type { Replies } from "@desir/desir";
 * const replies: Replies<[number, string | null]> = [1, new Error("WRONGTYPE")];
 * ```
 */
export type Replies<R extends unknown[]> = R extends [] ? unknown[]
  : { [K in keyof R]: R[K] | Error };

/**
 * The command methods of pipelines and transactions: each call queues and returns the
 * queue, for chaining. The base of {@linkcode Pipeline} and {@linkcode Transaction}, on
 * one server and on a cluster alike.
 *
 * @example
 * ```ts
 * import { type CommandQueue, Redis } from "@desir/desir";
 * const touch = (q: CommandQueue, key: string) => q.expire(key, 60);
 * await using r = new Redis();
 * const p = r.pipeline();
 * touch(p.set("k", "v"), "k");
 * console.log(await p.exec()); // ["OK", 1]
 * ```
 */
export abstract class CommandQueue<S extends string | Uint8Array = string>
  extends Commands<"chain", S> {
  /** Type-level only: the reply type of the call being chained (see {@linkcode Chain}). */
  declare readonly "~reply": unknown;
  readonly #queued: Queued[] = [];
  readonly #hooks: BatchHooks;

  /** Made by `pipeline()` and `multi()`. @internal */
  constructor(hooks: BatchHooks = {}) {
    super();
    this.#hooks = hooks;
  }

  /** How many commands are queued. */
  get length(): number {
    return this.#queued.length;
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
    this.#push({ args, parse, hints });
    return this as Out<"chain", T, this>;
  }

  /** Queues a script run by EVALSHA; it cannot meet NOSCRIPT (see each queue's `exec()`). */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): Out<"chain", unknown, this> {
    // exec() fills in the SHA-1; computing it now spares exec() the wait.
    void script.sha1();
    this.#push({
      args: ["EVALSHA", "", keys.length, ...keys, ...args],
      script,
    });
    return this as Out<"chain", unknown, this>;
  }

  #push(queued: Queued): void {
    const prefix = this.#hooks.prefix;
    if (prefix) {
      ({ args: queued.args, parse: queued.parse } = prefix.call(
        queued.args,
        queued.parse,
      ));
    }
    this.#queued.push(queued);
  }

  /**
   * Queues commands of another queue as they are (key prefix, parser and hints included).
   * @ignore
   */
  protected static forward(
    to: CommandQueue<string | Uint8Array>,
    queued: readonly Queued[],
  ): void {
    to.#queued.push(...queued);
  }

  /**
   * The commands queued so far.
   * @ignore
   */
  protected get queued(): readonly Queued[] {
    return this.#queued;
  }

  /**
   * The key prefix of the client, for keys given outside a command (WATCH).
   * @ignore
   */
  protected get prefix(): KeyPrefix | undefined {
    return this.#hooks.prefix;
  }

  /**
   * Forgets everything queued.
   * @ignore
   */
  protected clear(): void {
    this.#queued.length = 0;
  }

  /**
   * Sends `queued` and resolves to each command's parsed reply or `Error`, in order, or
   * `null` for a transaction whose watched key changed. Called in the tick of `exec()`
   * unless a script's SHA-1 is still being computed, so that the batch keeps its place
   * among the commands issued around it.
   * @ignore
   */
  protected abstract send(queued: readonly Queued[]): Promise<unknown[] | null>;

  /**
   * Takes the queue and sends it; the errors in its slots are told their command and
   * index, and the client's tracer hears of the batch.
   * @ignore
   */
  protected async execute(
    batch: BatchPlace["batch"],
  ): Promise<unknown[] | null> {
    const queued = this.#queued.splice(0);
    const tracer = this.#hooks.tracer;
    const traced = tracer?.active
      ? tracer.batch(queued.map((q) => q.args))
      : undefined;
    try {
      const pending = fillSha1s(queued);
      if (pending) await pending;
      const replies = await this.send(queued);
      replies?.forEach((reply, index) => {
        if (reply instanceof Error) {
          const place = { index, batch };
          replies[index] = addCommandContext(reply, queued[index].args, place);
        }
      });
      traced?.(replies);
      return replies;
    } catch (e) {
      traced?.(Array(queued.length).fill(e));
      throw e;
    }
  }
}

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

/**
 * A transaction, from `r.multi()` on `Redis` or on `RedisCluster`: queued commands run
 * atomically between MULTI and EXEC. After `await tx.watch(keys)`, `exec()` returns
 * `null` when another client changed a watched key. On a cluster its keys must all hash
 * to one slot (a common hash tag: `account:{42}:balance`, `account:{42}:log`); it runs
 * on the master of that slot, and goes again where the cluster says if the slot moved
 * before EXEC (nothing ran then), unless it has a watch.
 *
 * @example
 * ```ts
 * import { Redis, type Transaction } from "@desir/desir";
 * await using r = new Redis();
 * const tx: Transaction = r.multi();
 * tx.sendCommand(["INCR", "visits"]).sendCommand(["EXPIRE", "visits", 60]);
 * const [visits] = (await tx.exec())!;
 * ```
 */
export abstract class Transaction<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> extends CommandQueue<S> implements Chain {
  /** Type-level only: this transaction's type after the call being chained. */
  declare readonly "~next": Transaction<S, [...R, this["~reply"]]>;

  /**
   * Watches keys: EXEC then fails (returns `null`) if any of them changes before it. The
   * transaction moves to a dedicated connection so other calls cannot disturb the watch.
   *
   * @throws {RedisError} The server refused WATCH.
   * @throws {ClusterError} `CROSSSLOT` (on a cluster) when the keys, or those of the
   * commands queued so far, are in different slots.
   */
  abstract watch(...keys: RedisArgument[]): Promise<void>;

  /** Forgets the queued commands and any watch. */
  async discard(): Promise<void> {
    this.clear();
    await this.unwatch();
  }

  /**
   * Ends the watch, if any, and gives its connection back.
   * @ignore
   */
  protected abstract unwatch(): Promise<void>;

  /**
   * Runs the queued commands atomically. Resolves to their results in order (an `Error`
   * in the slot of a command that failed while running), or `null` when a watched key
   * changed.
   *
   * @throws {RedisError} `EXECABORT` when a command was refused while queuing; its
   * `cause` is that command's error.
   * @throws {TypeError} A queued command has an argument that cannot be sent; nothing ran.
   * @throws {ClusterError} `CROSSSLOT` (on a cluster) when the keys are in different
   * slots; nothing ran.
   */
  exec(): Promise<Replies<R> | null> {
    return this.execute("transaction") as Promise<Replies<R> | null>;
  }
}

/**
 * Fills in each EVALSHA's SHA-1, in place (the queue is `exec()`'s own by then):
 * synchronously unless one is still being computed.
 */
function fillSha1s(queued: Queued[]): Promise<void> | undefined {
  let computing: Promise<string>[] | undefined;
  for (const { script } of queued) {
    if (script && script.knownSha1 === undefined) {
      (computing ??= []).push(script.sha1());
    }
  }
  if (computing) return Promise.all(computing).then(() => fillSha1s(queued));
  queued.forEach((q, i) => {
    if (!q.script) return;
    const args = [...q.args];
    args[1] = q.script.knownSha1!;
    queued[i] = { ...q, args };
  });
}
