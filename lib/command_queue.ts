/**
 * The queue behind every pipeline and transaction, on one server or a cluster: queuing,
 * the chained typing and `exec()`'s bookkeeping, and the two public queue types,
 * `Pipeline` and `Transaction`. How a queue is sent is each subclass's only part
 * (pipeline.ts, transaction.ts, cluster/pipeline.ts, cluster/transaction.ts).
 *
 * The file ends with generated code, after its "Generated below" line: each command
 * method declared again with each queue class's return type and docs, as `deno doc`
 * lists no inherited member (gen/surfaces.ts).
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import type { RespValue } from "./resp/decode.ts";
import type { Script } from "./script.ts";
import {
  type Chain,
  type CommandHints,
  Commands,
  type Out,
  type Returned,
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
   * Queues any command but those the client owns (SUBSCRIBE, MULTI, SELECT, ...) and
   * returns the queue. On a `Pipeline` or `Transaction` (which declare their own
   * return type, as for the command methods), its reply takes its place in `exec()`'s
   * tuple as `T` (default: any raw reply, `RespValue`), as `sendCommand<T>` on a
   * client resolves to `T`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const [n] = await r.pipeline().sendCommand<number>(["INCR", "n"]).exec();
   * ```
   * @throws {TypeError} For a command the client owns, naming what to use instead.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
  ): Returned<"chain", T> {
    const refused = ownedCommandError(args);
    if (refused) throw refused;
    this.command(args);
    return this;
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

  /**
   * Queues a script run by EVALSHA; it cannot meet NOSCRIPT (see each queue's
   * `exec()`) and returns the queue. On a `Pipeline` or `Transaction`, its reply takes
   * its place in `exec()`'s tuple as `T` (default: `RespValue`).
   */
  evalScript<T = RespValue>(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): Returned<"chain", T> {
    // exec() fills in the SHA-1; computing it now spares exec() the wait.
    void script.sha1();
    this.#push({
      args: ["EVALSHA", "", keys.length, ...keys, ...args],
      script,
    });
    return this;
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
   * @throws {ConnectionError} An earlier `watch()`, or an `exec()` that failed before it
   * was sent, lost the watch: nothing ran; call `discard()` and watch again.
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

// Generated below by gen/generate.ts from commands.json; do not edit: run `deno task gen`.
import type {
  BgsaveOptions,
  BitfieldOperation,
  BitfieldRoOptions,
  BlmpopOptions,
  BzmpopOptions,
  ClientKillFilter,
  ClientListOptions,
  ClientSetinfoOptions,
  ClientTrackingOptions,
  ClusterSetslotOptions,
  ClusterSlotStatsOptions,
  CommandListOptions,
  CopyOptions,
  FailoverOptions,
  FunctionListOptions,
  FunctionLoadOptions,
  GeoaddOptions,
  GeoMatch,
  GeoradiusbymemberOptions,
  GeoradiusbymemberRoOptions,
  GeoradiusOptions,
  GeoradiusRoOptions,
  GeosearchOptions,
  GeosearchstoreOptions,
  GetexOptions,
  HexpireatOptions,
  HexpireOptions,
  HexpiretimeOptions,
  HgetdelOptions,
  HgetexOptions,
  HpersistOptions,
  HpexpireatOptions,
  HpexpireOptions,
  HpexpiretimeOptions,
  HpttlOptions,
  HscanOptions,
  HsetexOptions,
  HttlOptions,
  IfOption,
  LcsOptions,
  LmpopOptions,
  LolwutOptions,
  LposOptions,
  MemoryUsageOptions,
  MigrateOptions,
  ModuleLoadexOptions,
  NoOptions,
  RedisKey,
  ReplicaofArgs,
  RestoreAskingOptions,
  RestoreOptions,
  ScanOptions,
  ScoredMember,
  SetOptions,
  ShutdownOptions,
  SintercardOptions,
  SlaveofArgs,
  SortOptions,
  SortRoOptions,
  SscanOptions,
  StreamEntry,
  Token,
  VaddOptions,
  VembOptions,
  VlinksOptions,
  VsimOptions,
  XaddOptions,
  XautoclaimOptions,
  XclaimOptions,
  XgroupCreateOptions,
  XgroupSetidOptions,
  XinfoStreamOptions,
  XrangeOptions,
  XreadgroupOptions,
  XreadOptions,
  XrevrangeOptions,
  XsetidOptions,
  XtrimTrim,
  ZaddOptions,
  ZdiffOptions,
  ZintercardOptions,
  ZinterOptions,
  ZinterstoreOptions,
  ZmpopOptions,
  ZrangebylexOptions,
  ZrangebyscoreOptions,
  ZrangeOptions,
  ZrangestoreOptions,
  ZrankOptions,
  ZrevrangebylexOptions,
  ZrevrangebyscoreOptions,
  ZrevrangeOptions,
  ZrevrankOptions,
  ZscanOptions,
  ZunionOptions,
  ZunionstoreOptions,
} from "./commands.ts";
import type { Reply } from "./command_types.ts";

/**
 * The members {@linkcode Pipeline} has from
 * {@linkcode CommandQueue},
 * declared here again so that its documentation lists them.
 */
export interface Pipeline<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> {
  /** How many commands are queued. */
  get length(): number;

  /**
   * Queues any command but those the client owns (SUBSCRIBE, MULTI, SELECT, ...) and
   * returns the queue. On a `Pipeline` or `Transaction` (which declare their own
   * return type, as for the command methods), its reply takes its place in `exec()`'s
   * tuple as `T` (default: any raw reply, `RespValue`), as `sendCommand<T>` on a
   * client resolves to `T`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const [n] = await r.pipeline().sendCommand<number>(["INCR", "n"]).exec();
   * ```
   * @throws {TypeError} For a command the client owns, naming what to use instead.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
  ): Pipeline<S, [...R, T]>;

  /**
   * Queues a script run by EVALSHA; it cannot meet NOSCRIPT (see each queue's
   * `exec()`) and returns the queue. On a `Pipeline` or `Transaction`, its reply takes
   * its place in `exec()`'s tuple as `T` (default: `RespValue`).
   */
  evalScript<T = RespValue>(
    script: Script,
    keys?: readonly RedisArgument[],
    args?: readonly RedisArgument[],
  ): Pipeline<S, [...R, T]>;
}

/**
 * The command methods of {@linkcode Pipeline}, one per Redis command: each
 * queues its command and returns the pipeline, the reply's type added to the tuple `exec()` returns.
 */
export interface Pipeline<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> {
  /**
   * List the ACL categories or the commands inside a category.
   *
   * `ACL CAT [categoryname]`
   *
   * @see {@link https://redis.io/commands/acl-cat/}
   */
  aclCat(categoryname?: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Remove the specified ACL users and the associated rules.
   *
   * `ACL DELUSER username [username ...]`
   *
   * @see {@link https://redis.io/commands/acl-deluser/}
   */
  aclDeluser(
    ...usernames: RedisArgument[] | [usernames: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Returns whether the user can execute the given command without executing the command.
   *
   * `ACL DRYRUN username command [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/acl-dryrun/}
   */
  aclDryrun(
    username: RedisArgument,
    command: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Generate a pseudorandom secure password to use for ACL users.
   *
   * `ACL GENPASS [bits]`
   *
   * @see {@link https://redis.io/commands/acl-genpass/}
   */
  aclGenpass(bits?: number | bigint): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Get the rules for a specific ACL user.
   *
   * `ACL GETUSER username`
   *
   * @see {@link https://redis.io/commands/acl-getuser/}
   */
  aclGetuser(
    username: RedisArgument,
  ): Pipeline<S, [...R, Record<string, RespValue> | null]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `ACL HELP`
   *
   * @see {@link https://redis.io/commands/acl-help/}
   */
  aclHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * List the current ACL rules in ACL config file format.
   *
   * `ACL LIST`
   *
   * @see {@link https://redis.io/commands/acl-list/}
   */
  aclList(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Reload the ACLs from the configured ACL file.
   *
   * `ACL LOAD`
   *
   * @see {@link https://redis.io/commands/acl-load/}
   */
  aclLoad(): Pipeline<S, [...R, "OK"]>;

  /**
   * List latest events denied because of ACLs in place.
   *
   * `ACL LOG [count | RESET]`
   *
   * @see {@link https://redis.io/commands/acl-log/}
   */
  aclLog(
    operation?: (number | bigint) | Token<"RESET">,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Save the current ACL rules in the configured ACL file.
   *
   * `ACL SAVE`
   *
   * @see {@link https://redis.io/commands/acl-save/}
   */
  aclSave(): Pipeline<S, [...R, "OK"]>;

  /**
   * Modify or create the rules for a specific ACL user.
   *
   * `ACL SETUSER username [rule [rule ...]]`
   *
   * @see {@link https://redis.io/commands/acl-setuser/}
   */
  aclSetuser(
    username: RedisArgument,
    ...rules: RedisArgument[] | [rules: readonly RedisArgument[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * List the username of all the configured ACL rules.
   *
   * `ACL USERS`
   *
   * @see {@link https://redis.io/commands/acl-users/}
   */
  aclUsers(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Return the name of the user associated to the current connection.
   *
   * `ACL WHOAMI`
   *
   * @see {@link https://redis.io/commands/acl-whoami/}
   */
  aclWhoami(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Append a value to a key.
   *
   * `APPEND key value`
   *
   * @see {@link https://redis.io/commands/append/}
   */
  append(key: RedisKey, value: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Sent by cluster clients after an -ASK redirect.
   *
   * `ASKING`
   *
   * @see {@link https://redis.io/commands/asking/}
   */
  asking(): Pipeline<S, [...R, "OK"]>;

  /**
   * Asynchronously rewrite the append-only file.
   *
   * `BGREWRITEAOF`
   *
   * @see {@link https://redis.io/commands/bgrewriteaof/}
   */
  bgrewriteaof(): Pipeline<S, [...R, string]>;

  /**
   * Asynchronously save the dataset to disk.
   *
   * `BGSAVE [SCHEDULE] [CANCEL]`
   *
   * @see {@link https://redis.io/commands/bgsave/}
   */
  bgsave(options?: BgsaveOptions): Pipeline<S, [...R, string]>;

  /**
   * Count set bits in a string.
   *
   * `BITCOUNT key [start end [BYTE | BIT]]`
   *
   * @see {@link https://redis.io/commands/bitcount/}
   */
  bitcount(
    key: RedisKey,
    index?: readonly [
      start: number | bigint,
      end: number | bigint,
      indexUnit?: Token<"BYTE" | "BIT">,
    ],
  ): Pipeline<S, [...R, number]>;

  /**
   * Perform arbitrary bitfield integer operations on strings.
   *
   * `BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield/}
   */
  bitfield(
    key: RedisKey,
    ...operations: BitfieldOperation[]
  ): Pipeline<S, [...R, (number | null)[]]>;

  /**
   * Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD.
   *
   * `BITFIELD_RO key [GET encoding offset [GET encoding offset ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield_ro/}
   */
  bitfieldRo(
    key: RedisKey,
    options?: BitfieldRoOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Perform bitwise operations between strings.
   *
   * `BITOP operation destkey key [key ...]`
   *
   * @see {@link https://redis.io/commands/bitop/}
   */
  bitop(
    operation: RedisArgument,
    destkey: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Find first bit set or clear in a string.
   *
   * `BITPOS key bit [start [end [BYTE | BIT]]]`
   *
   * @see {@link https://redis.io/commands/bitpos/}
   */
  bitpos(
    key: RedisKey,
    bit: number | bigint,
    index?:
      | number
      | bigint
      | readonly [
        start: number | bigint,
        end?: number | bigint,
        indexUnit?: Token<"BYTE" | "BIT">,
      ],
  ): Pipeline<S, [...R, number]>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout`
   *
   * @see {@link https://redis.io/commands/blmove/}
   */
  blmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
    timeout: number,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Pop elements from a list, or block until one is available.
   *
   * `BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/blmpop/}
   */
  blmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: BlmpopOptions,
  ): Pipeline<S, [...R, [key: Reply<S>, elements: Reply<S>[]] | null]>;

  /**
   * Remove and get the first element in a list, or block until one is available.
   *
   * `BLPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/blpop/}
   */
  blpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Pipeline<S, [...R, [key: Reply<S>, element: Reply<S>] | null]>;

  /**
   * Remove and get the last element in a list, or block until one is available.
   *
   * `BRPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/brpop/}
   */
  brpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Pipeline<S, [...R, [key: Reply<S>, element: Reply<S>] | null]>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BRPOPLPUSH source destination timeout`
   *
   * @see {@link https://redis.io/commands/brpoplpush/}
   * @deprecated since Redis 6.2.0: use `BLMOVE` with the `RIGHT` and `LEFT` arguments
   */
  brpoplpush(
    source: RedisKey,
    destination: RedisKey,
    timeout: number,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Remove and return members with scores in a sorted set or block until one is available.
   *
   * `BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/bzmpop/}
   */
  bzmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: BzmpopOptions,
  ): Pipeline<
    S,
    [...R, [key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null]
  >;

  /**
   * Remove and return the member with the highest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMAX key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmax/}
   */
  bzpopmax(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Pipeline<
    S,
    [...R, [key: Reply<S>, member: Reply<S>, score: number] | null]
  >;

  /**
   * Remove and return the member with the lowest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMIN key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmin/}
   */
  bzpopmin(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Pipeline<
    S,
    [...R, [key: Reply<S>, member: Reply<S>, score: number] | null]
  >;

  /**
   * Instruct the server about tracking or not keys in the next request.
   *
   * `CLIENT CACHING <YES | NO>`
   *
   * @see {@link https://redis.io/commands/client-caching/}
   */
  clientCaching(mode: Token<"YES" | "NO">): Pipeline<S, [...R, "OK"]>;

  /**
   * A client claims its capability.
   *
   * `CLIENT CAPA capability [capability ...]`
   *
   * @see {@link https://valkey.io/commands/client-capa/}
   */
  clientCapa(
    ...capabilitys: RedisArgument[] | [capabilitys: readonly RedisArgument[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Get the current connection name.
   *
   * `CLIENT GETNAME`
   *
   * @see {@link https://redis.io/commands/client-getname/}
   */
  clientGetname(): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Get tracking notifications redirection client ID if any.
   *
   * `CLIENT GETREDIR`
   *
   * @see {@link https://redis.io/commands/client-getredir/}
   */
  clientGetredir(): Pipeline<S, [...R, number]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLIENT HELP`
   *
   * @see {@link https://redis.io/commands/client-help/}
   */
  clientHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Returns the client ID for the current connection.
   *
   * `CLIENT ID`
   *
   * @see {@link https://redis.io/commands/client-id/}
   */
  clientId(): Pipeline<S, [...R, number]>;

  /**
   * Mark this client as an import source when server is in import mode.
   *
   * `CLIENT IMPORT-SOURCE <ON | OFF>`
   *
   * @see {@link https://valkey.io/commands/client-import-source/}
   */
  clientImportSource(enabled: Token<"ON" | "OFF">): Pipeline<S, [...R, "OK"]>;

  /**
   * Returns information about the current client connection.
   *
   * `CLIENT INFO`
   *
   * @see {@link https://redis.io/commands/client-info/}
   */
  clientInfo(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Kill the connection of a client.
   *
   * `CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] [[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] ...]>>`
   *
   * @see {@link https://redis.io/commands/client-kill/}
   */
  clientKill(filter: ClientKillFilter): Pipeline<S, [...R, "OK" | number]>;

  /**
   * Get the list of client connections.
   *
   * `CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id [client-id ...]] [USER username] [ADDR ip:port] [LADDR ip:port] [SKIPME YES | NO] [MAXAGE maxage]`
   *
   * @see {@link https://redis.io/commands/client-list/}
   */
  clientList(options?: ClientListOptions): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Set client eviction mode for the current connection.
   *
   * `CLIENT NO-EVICT <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-evict/}
   */
  clientNoEvict(enabled: Token<"ON" | "OFF">): Pipeline<S, [...R, "OK"]>;

  /**
   * Controls whether commands sent by the client affect the LRU/LFU of accessed keys.
   *
   * `CLIENT NO-TOUCH <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-touch/}
   */
  clientNoTouch(enabled: Token<"ON" | "OFF">): Pipeline<S, [...R, "OK"]>;

  /**
   * Stop processing commands from clients for some time.
   *
   * `CLIENT PAUSE timeout [WRITE | ALL]`
   *
   * @see {@link https://redis.io/commands/client-pause/}
   */
  clientPause(
    timeout: number | bigint,
    mode?: Token<"WRITE" | "ALL">,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Sets information specific to the client or connection.
   *
   * `CLIENT SETINFO <LIB-NAME libname | LIB-VER libver>`
   *
   * @see {@link https://redis.io/commands/client-setinfo/}
   */
  clientSetinfo(options: ClientSetinfoOptions): Pipeline<S, [...R, "OK"]>;

  /**
   * Set the current connection name.
   *
   * `CLIENT SETNAME connection-name`
   *
   * @see {@link https://redis.io/commands/client-setname/}
   */
  clientSetname(connectionName: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Enable or disable server assisted client side caching support.
   *
   * `CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]`
   *
   * @see {@link https://redis.io/commands/client-tracking/}
   */
  clientTracking(
    status: Token<"ON" | "OFF">,
    options?: ClientTrackingOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Return information about server assisted client side caching for the current connection.
   *
   * `CLIENT TRACKINGINFO`
   *
   * @see {@link https://redis.io/commands/client-trackinginfo/}
   */
  clientTrackinginfo(): Pipeline<S, [...R, Record<string, RespValue>]>;

  /**
   * Unblock a client blocked in a blocking command from a different connection.
   *
   * `CLIENT UNBLOCK client-id [TIMEOUT | ERROR]`
   *
   * @see {@link https://redis.io/commands/client-unblock/}
   */
  clientUnblock(
    clientId: number | bigint,
    timeoutError?: Token<"TIMEOUT" | "ERROR">,
  ): Pipeline<S, [...R, number]>;

  /**
   * Resume processing of clients that were paused.
   *
   * `CLIENT UNPAUSE`
   *
   * @see {@link https://redis.io/commands/client-unpause/}
   */
  clientUnpause(): Pipeline<S, [...R, "OK"]>;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslots/}
   */
  clusterAddslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslotsrange/}
   */
  clusterAddslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Advance the cluster config epoch.
   *
   * `CLUSTER BUMPEPOCH`
   *
   * @see {@link https://redis.io/commands/cluster-bumpepoch/}
   */
  clusterBumpepoch(): Pipeline<S, [...R, string]>;

  /**
   * Return the number of failure reports active for a given node.
   *
   * `CLUSTER COUNT-FAILURE-REPORTS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-count-failure-reports/}
   */
  clusterCountFailureReports(
    nodeId: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Return the number of local keys in the specified hash slot.
   *
   * `CLUSTER COUNTKEYSINSLOT slot`
   *
   * @see {@link https://redis.io/commands/cluster-countkeysinslot/}
   */
  clusterCountkeysinslot(slot: number | bigint): Pipeline<S, [...R, number]>;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslots/}
   */
  clusterDelslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslotsrange/}
   */
  clusterDelslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Forces a replica to perform a manual failover of its master.
   *
   * `CLUSTER FAILOVER [FORCE | TAKEOVER]`
   *
   * @see {@link https://redis.io/commands/cluster-failover/}
   */
  clusterFailover(
    options?: Token<"FORCE" | "TAKEOVER">,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Delete a node's own slots information.
   *
   * `CLUSTER FLUSHSLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-flushslots/}
   */
  clusterFlushslots(): Pipeline<S, [...R, "OK"]>;

  /**
   * Remove a node from the nodes table.
   *
   * `CLUSTER FORGET node-id`
   *
   * @see {@link https://redis.io/commands/cluster-forget/}
   */
  clusterForget(nodeId: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Return local key names in the specified hash slot.
   *
   * `CLUSTER GETKEYSINSLOT slot count`
   *
   * @see {@link https://redis.io/commands/cluster-getkeysinslot/}
   */
  clusterGetkeysinslot(
    slot: number | bigint,
    count: number | bigint,
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLUSTER HELP`
   *
   * @see {@link https://redis.io/commands/cluster-help/}
   */
  clusterHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Provides info about Redis Cluster node state.
   *
   * `CLUSTER INFO`
   *
   * @see {@link https://redis.io/commands/cluster-info/}
   */
  clusterInfo(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Returns the hash slot of the specified key.
   *
   * `CLUSTER KEYSLOT key`
   *
   * @see {@link https://redis.io/commands/cluster-keyslot/}
   */
  clusterKeyslot(key: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Returns a list of all TCP links to and from peer nodes in cluster.
   *
   * `CLUSTER LINKS`
   *
   * @see {@link https://redis.io/commands/cluster-links/}
   */
  clusterLinks(): Pipeline<S, [...R, Record<string, RespValue>[]]>;

  /**
   * Force a node cluster to handshake with another node.
   *
   * `CLUSTER MEET ip port [cluster_bus_port]`
   *
   * @see {@link https://redis.io/commands/cluster-meet/}
   */
  clusterMeet(
    ip: RedisArgument,
    port: number | bigint,
    clusterBusPort?: number | bigint,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Return the node id.
   *
   * `CLUSTER MYID`
   *
   * @see {@link https://redis.io/commands/cluster-myid/}
   */
  clusterMyid(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Returns the shard ID of a node.
   *
   * `CLUSTER MYSHARDID`
   *
   * @see {@link https://redis.io/commands/cluster-myshardid/}
   */
  clusterMyshardid(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Get Cluster config for the node.
   *
   * `CLUSTER NODES`
   *
   * @see {@link https://redis.io/commands/cluster-nodes/}
   */
  clusterNodes(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER REPLICAS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicas/}
   */
  clusterReplicas(nodeId: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Reconfigure a node as a replica of the specified master node.
   *
   * `CLUSTER REPLICATE node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicate/}
   */
  clusterReplicate(nodeId: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Reset a Redis Cluster node.
   *
   * `CLUSTER RESET [HARD | SOFT]`
   *
   * @see {@link https://redis.io/commands/cluster-reset/}
   */
  clusterReset(hardSoft?: Token<"HARD" | "SOFT">): Pipeline<S, [...R, "OK"]>;

  /**
   * Forces the node to save cluster state on disk.
   *
   * `CLUSTER SAVECONFIG`
   *
   * @see {@link https://redis.io/commands/cluster-saveconfig/}
   */
  clusterSaveconfig(): Pipeline<S, [...R, "OK"]>;

  /**
   * Set the configuration epoch in a new node.
   *
   * `CLUSTER SET-CONFIG-EPOCH config-epoch`
   *
   * @see {@link https://redis.io/commands/cluster-set-config-epoch/}
   */
  clusterSetConfigEpoch(
    configEpoch: number | bigint,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Bind a hash slot to a specific node.
   *
   * `CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE> [TIMEOUT timeout]`
   *
   * @see {@link https://redis.io/commands/cluster-setslot/}
   */
  clusterSetslot(
    slot: number | bigint,
    options: ClusterSetslotOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Get array of cluster slots to node mappings.
   *
   * `CLUSTER SHARDS`
   *
   * @see {@link https://redis.io/commands/cluster-shards/}
   */
  clusterShards(): Pipeline<S, [...R, RespValue]>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER SLAVES node-id`
   *
   * @see {@link https://redis.io/commands/cluster-slaves/}
   * @deprecated since Redis 5.0.0: use `CLUSTER REPLICAS`
   */
  clusterSlaves(nodeId: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Return an array of slot usage statistics for slots assigned to the current node.
   *
   * `CLUSTER SLOT-STATS <SLOTSRANGE start-slot end-slot | ORDERBY metric [LIMIT limit] [ASC | DESC]>`
   *
   * @see {@link https://valkey.io/commands/cluster-slot-stats/}
   */
  clusterSlotStats(
    options: ClusterSlotStatsOptions,
  ): Pipeline<S, [...R, [slot: number, stats: Record<string, number>][]]>;

  /**
   * Get array of Cluster slot to node mappings.
   *
   * `CLUSTER SLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-slots/}
   * @deprecated since Redis 7.0.0: use `CLUSTER SHARDS`
   */
  clusterSlots(): Pipeline<S, [...R, RespValue]>;

  /**
   * Get total number of Redis commands.
   *
   * `COMMAND COUNT`
   *
   * @see {@link https://redis.io/commands/command-count/}
   */
  commandCount(): Pipeline<S, [...R, number]>;

  /**
   * Get array of specific Redis command documentation.
   *
   * `COMMAND DOCS [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-docs/}
   */
  commandDocs(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Extract keys given a full Redis command.
   *
   * `COMMAND GETKEYS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeys/}
   */
  commandGetkeys(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Extract keys and access flags given a full Redis command.
   *
   * `COMMAND GETKEYSANDFLAGS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeysandflags/}
   */
  commandGetkeysandflags(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMAND HELP`
   *
   * @see {@link https://redis.io/commands/command-help/}
   */
  commandHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get array of specific Redis command details, or all when no argument is given.
   *
   * `COMMAND INFO [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-info/}
   */
  commandInfo(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Get an array of Redis command names.
   *
   * `COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN pattern]`
   *
   * @see {@link https://redis.io/commands/command-list/}
   */
  commandList(options?: CommandListOptions): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Returns the specified command log's entries.
   *
   * `COMMANDLOG GET count <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-get/}
   */
  commandlogGet(
    count: number | bigint,
    type: RedisArgument,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMANDLOG HELP`
   *
   * @see {@link https://valkey.io/commands/commandlog-help/}
   */
  commandlogHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Returns the number of entries in the specified type of command log.
   *
   * `COMMANDLOG LEN <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-len/}
   */
  commandlogLen(type: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Clears all entries from the specified type of command log.
   *
   * `COMMANDLOG RESET <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-reset/}
   */
  commandlogReset(type: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Get the values of configuration parameters.
   *
   * `CONFIG GET parameter [parameter ...]`
   *
   * @see {@link https://redis.io/commands/config-get/}
   */
  configGet(
    ...parameters: RedisArgument[] | [parameters: readonly RedisArgument[]]
  ): Pipeline<S, [...R, Record<string, Reply<S>>]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CONFIG HELP`
   *
   * @see {@link https://redis.io/commands/config-help/}
   */
  configHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Reset the stats returned by INFO.
   *
   * `CONFIG RESETSTAT`
   *
   * @see {@link https://redis.io/commands/config-resetstat/}
   */
  configResetstat(): Pipeline<S, [...R, "OK"]>;

  /**
   * Rewrite the configuration file with the in memory configuration.
   *
   * `CONFIG REWRITE`
   *
   * @see {@link https://redis.io/commands/config-rewrite/}
   */
  configRewrite(): Pipeline<S, [...R, "OK"]>;

  /**
   * Set configuration parameters to the given values.
   *
   * `CONFIG SET parameter value [parameter value ...]`
   *
   * @see {@link https://redis.io/commands/config-set/}
   */
  configSet(
    ...parameterValues: [
      parameterValues:
        | Record<string, RedisArgument>
        | readonly (readonly [
          parameter: RedisArgument,
          value: RedisArgument,
        ])[],
    ] | [parameter: RedisArgument, value: RedisArgument]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Copy a key.
   *
   * `COPY source destination [DB destination-db] [REPLACE]`
   *
   * @see {@link https://redis.io/commands/copy/}
   */
  copy(
    source: RedisKey,
    destination: RedisKey,
    options?: CopyOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Return the number of keys in the selected database.
   *
   * `DBSIZE`
   *
   * @see {@link https://redis.io/commands/dbsize/}
   */
  dbsize(): Pipeline<S, [...R, number]>;

  /**
   * A container for debugging commands.
   *
   * `DEBUG [arg ...]`
   *
   * @see {@link https://redis.io/commands/debug/}
   */
  debug(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Decrement the integer value of a key by one.
   *
   * `DECR key`
   *
   * @see {@link https://redis.io/commands/decr/}
   */
  decr(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Decrement the integer value of a key by the given number.
   *
   * `DECRBY key decrement`
   *
   * @see {@link https://redis.io/commands/decrby/}
   */
  decrby(
    key: RedisKey,
    decrement: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Delete a key.
   *
   * `DEL key [key ...]`
   *
   * @see {@link https://redis.io/commands/del/}
   */
  del(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Return a serialized version of the value stored at the specified key.
   *
   * `DUMP key`
   *
   * @see {@link https://redis.io/commands/dump/}
   */
  dump(key: RedisKey): Pipeline<S, [...R, Uint8Array | null]>;

  /**
   * Echo the given string.
   *
   * `ECHO message`
   *
   * @see {@link https://redis.io/commands/echo/}
   */
  echo(message: RedisArgument): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Execute a Lua script server side.
   *
   * `EVAL script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval/}
   */
  eval(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVAL_RO script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval_ro/}
   */
  evalRo(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Execute a Lua script server side.
   *
   * `EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha/}
   */
  evalsha(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha_ro/}
   */
  evalshaRo(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Determine if a key exists.
   *
   * `EXISTS key [key ...]`
   *
   * @see {@link https://redis.io/commands/exists/}
   */
  exists(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Set a key's time to live in seconds.
   *
   * `EXPIRE key seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expire/}
   */
  expire(
    key: RedisKey,
    seconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the expiration for a key as a UNIX timestamp.
   *
   * `EXPIREAT key unix-time-seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expireat/}
   */
  expireat(
    key: RedisKey,
    unixTimeSeconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the expiration Unix timestamp for a key.
   *
   * `EXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/expiretime/}
   */
  expiretime(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Start a coordinated failover between this server and one of its replicas.
   *
   * `FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]`
   *
   * @see {@link https://redis.io/commands/failover/}
   */
  failover(options?: FailoverOptions): Pipeline<S, [...R, "OK"]>;

  /**
   * Invoke a function.
   *
   * `FCALL function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall/}
   */
  fcall(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Invoke a read-only function.
   *
   * `FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall_ro/}
   */
  fcallRo(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Remove all keys from all databases.
   *
   * `FLUSHALL [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushall/}
   */
  flushall(async?: Token<"ASYNC" | "SYNC">): Pipeline<S, [...R, "OK"]>;

  /**
   * Remove all keys from the current database.
   *
   * `FLUSHDB [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushdb/}
   */
  flushdb(async?: Token<"ASYNC" | "SYNC">): Pipeline<S, [...R, "OK"]>;

  /**
   * Delete a function by name.
   *
   * `FUNCTION DELETE library-name`
   *
   * @see {@link https://redis.io/commands/function-delete/}
   */
  functionDelete(libraryName: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Dump all functions into a serialized binary payload.
   *
   * `FUNCTION DUMP`
   *
   * @see {@link https://redis.io/commands/function-dump/}
   */
  functionDump(): Pipeline<S, [...R, Uint8Array]>;

  /**
   * Deleting all functions.
   *
   * `FUNCTION FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/function-flush/}
   */
  functionFlush(async?: Token<"ASYNC" | "SYNC">): Pipeline<S, [...R, "OK"]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `FUNCTION HELP`
   *
   * @see {@link https://redis.io/commands/function-help/}
   */
  functionHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Kill the function currently in execution.
   *
   * `FUNCTION KILL`
   *
   * @see {@link https://redis.io/commands/function-kill/}
   */
  functionKill(): Pipeline<S, [...R, "OK"]>;

  /**
   * List information about all the functions.
   *
   * `FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]`
   *
   * @see {@link https://redis.io/commands/function-list/}
   */
  functionList(options?: FunctionListOptions): Pipeline<S, [...R, RespValue]>;

  /**
   * Create a function with the given arguments (name, code, description)
   *
   * `FUNCTION LOAD [REPLACE] function-code`
   *
   * @see {@link https://redis.io/commands/function-load/}
   */
  functionLoad(
    functionCode: RedisArgument,
    options?: FunctionLoadOptions,
  ): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Restore all the functions on the given payload.
   *
   * `FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]`
   *
   * @see {@link https://redis.io/commands/function-restore/}
   */
  functionRestore(
    serializedValue: RedisArgument,
    policy?: Token<"FLUSH" | "APPEND" | "REPLACE">,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Return information about the function currently running (name, description, duration)
   *
   * `FUNCTION STATS`
   *
   * @see {@link https://redis.io/commands/function-stats/}
   */
  functionStats(): Pipeline<S, [...R, RespValue]>;

  /**
   * Add one or more geospatial items in the geospatial index represented using a sorted set.
   *
   * `GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member ...]`
   *
   * @see {@link https://redis.io/commands/geoadd/}
   */
  geoadd(
    key: RedisKey,
    longitudeLatitudeMembers: readonly (readonly [
      longitude: number,
      latitude: number,
      member: RedisArgument,
    ])[],
    options?: GeoaddOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Returns the distance between two members of a geospatial index.
   *
   * `GEODIST key member1 member2 [M | KM | FT | MI]`
   *
   * @see {@link https://redis.io/commands/geodist/}
   */
  geodist(
    key: RedisKey,
    member1: RedisArgument,
    member2: RedisArgument,
    unit?: Token<"M" | "KM" | "FT" | "MI">,
  ): Pipeline<S, [...R, number | null]>;

  /**
   * Returns members of a geospatial index as standard geohash strings.
   *
   * `GEOHASH key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geohash/}
   */
  geohash(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Returns longitude and latitude of members of a geospatial index.
   *
   * `GEOPOS key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geopos/}
   */
  geopos(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, ([longitude: number, latitude: number] | null)[]]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point.
   *
   * `GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadius/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument
   */
  georadius(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusOptions,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * A read-only variant for GEORADIUS.
   *
   * `GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadius_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` argument
   */
  georadiusRo(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusRoOptions,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member.
   *
   * `GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymember(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberOptions,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * A read-only variant for GEORADIUSBYMEMBER.
   *
   * `GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymemberRo(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberRoOptions,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.
   *
   * `GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]`
   *
   * @see {@link https://redis.io/commands/geosearch/}
   */
  geosearch<O extends GeosearchOptions = GeosearchOptions>(
    key: RedisKey,
    options: O,
  ): Pipeline<
    S,
    [
      ...R,
      O extends { withcoord: true } | { withdist: true } | { withhash: true }
        ? GeoMatch<Reply<S>>[]
        : Reply<S>[],
    ]
  >;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.
   *
   * `GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]`
   *
   * @see {@link https://redis.io/commands/geosearchstore/}
   */
  geosearchstore(
    destination: RedisKey,
    source: RedisKey,
    options: GeosearchstoreOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the value of a key.
   *
   * `GET key`
   *
   * @see {@link https://redis.io/commands/get/}
   */
  get(key: RedisKey): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Returns the bit value at offset in the string value stored at key.
   *
   * `GETBIT key offset`
   *
   * @see {@link https://redis.io/commands/getbit/}
   */
  getbit(key: RedisKey, offset: number | bigint): Pipeline<S, [...R, number]>;

  /**
   * Get the value of a key and delete the key.
   *
   * `GETDEL key`
   *
   * @see {@link https://redis.io/commands/getdel/}
   */
  getdel(key: RedisKey): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Get the value of a key and optionally set its expiration.
   *
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
   *
   * @see {@link https://redis.io/commands/getex/}
   */
  getex(
    key: RedisKey,
    options?: GetexOptions,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `GETRANGE key start end`
   *
   * @see {@link https://redis.io/commands/getrange/}
   */
  getrange(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Set the string value of a key and return its old value.
   *
   * `GETSET key value`
   *
   * @see {@link https://redis.io/commands/getset/}
   * @deprecated since Redis 6.2.0: use `SET` with the `!GET` argument
   */
  getset(
    key: RedisKey,
    value: RedisArgument,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Delete one or more hash fields.
   *
   * `HDEL key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hdel/}
   */
  hdel(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Determine if a hash field exists.
   *
   * `HEXISTS key field`
   *
   * @see {@link https://redis.io/commands/hexists/}
   */
  hexists(key: RedisKey, field: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Set expiry for hash field using relative time to expire (seconds)
   *
   * `HEXPIRE key seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpire/}
   */
  hexpire(
    key: RedisKey,
    seconds: number | bigint,
    options: HexpireOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (seconds)
   *
   * `HEXPIREAT key unix-time-seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpireat/}
   */
  hexpireat(
    key: RedisKey,
    unixTimeSeconds: number,
    options: HexpireatOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in seconds.
   *
   * `HEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpiretime/}
   */
  hexpiretime(
    key: RedisKey,
    options: HexpiretimeOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Get the value of a hash field.
   *
   * `HGET key field`
   *
   * @see {@link https://redis.io/commands/hget/}
   */
  hget(
    key: RedisKey,
    field: RedisArgument,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Get all the fields and values in a hash.
   *
   * `HGETALL key`
   *
   * @see {@link https://redis.io/commands/hgetall/}
   */
  hgetall(key: RedisKey): Pipeline<S, [...R, Record<string, Reply<S>>]>;

  /**
   * Returns the value of a field and deletes it from the hash.
   *
   * `HGETDEL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetdel/}
   */
  hgetdel(
    key: RedisKey,
    options: HgetdelOptions,
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Get the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HGETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetex/}
   */
  hgetex(
    key: RedisKey,
    options: HgetexOptions,
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Increment the integer value of a hash field by the given number.
   *
   * `HINCRBY key field increment`
   *
   * @see {@link https://redis.io/commands/hincrby/}
   */
  hincrby(
    key: RedisKey,
    field: RedisArgument,
    increment: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Increment the float value of a hash field by the given amount.
   *
   * `HINCRBYFLOAT key field increment`
   *
   * @see {@link https://redis.io/commands/hincrbyfloat/}
   */
  hincrbyfloat(
    key: RedisKey,
    field: RedisArgument,
    increment: number,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get all the fields in a hash.
   *
   * `HKEYS key`
   *
   * @see {@link https://redis.io/commands/hkeys/}
   */
  hkeys(key: RedisKey): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the number of fields in a hash.
   *
   * `HLEN key`
   *
   * @see {@link https://redis.io/commands/hlen/}
   */
  hlen(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Get the values of all the given hash fields.
   *
   * `HMGET key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hmget/}
   */
  hmget(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Set multiple hash fields to multiple values.
   *
   * `HMSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hmset/}
   * @deprecated since Redis 4.0.0: use `HSET` with multiple field-value pairs
   */
  hmset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Removes the expiration time for each specified field.
   *
   * `HPERSIST key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpersist/}
   */
  hpersist(
    key: RedisKey,
    options: HpersistOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using relative time to expire (milliseconds)
   *
   * `HPEXPIRE key milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpire/}
   */
  hpexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    options: HpexpireOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (milliseconds)
   *
   * `HPEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpireat/}
   */
  hpexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    options: HpexpireatOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in msec.
   *
   * `HPEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpiretime/}
   */
  hpexpiretime(
    key: RedisKey,
    options: HpexpiretimeOptions,
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Returns the TTL in milliseconds of a hash field.
   *
   * `HPTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpttl/}
   */
  hpttl(key: RedisKey, options: HpttlOptions): Pipeline<S, [...R, number[]]>;

  /**
   * Get one or multiple random fields from a hash.
   *
   * `HRANDFIELD key [count [WITHVALUES]]`
   *
   * @see {@link https://redis.io/commands/hrandfield/}
   */
  hrandfield<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withvalues?: Token<"WITHVALUES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      O extends undefined ? Reply<S> | null
        : O extends readonly [unknown, "WITHVALUES" | "withvalues"]
          ? [field: Reply<S>, value: Reply<S>][]
        : Reply<S>[],
    ]
  >;

  /**
   * Incrementally iterate hash fields and associated values.
   *
   * `HSCAN key cursor [MATCH pattern] [COUNT count] [NOVALUES]`
   *
   * @see {@link https://redis.io/commands/hscan/}
   */
  hscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: HscanOptions,
  ): Pipeline<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Set the string value of a hash field.
   *
   * `HSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hset/}
   */
  hset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HSETEX key [FNX | FXX] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL] FIELDS numfields field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hsetex/}
   */
  hsetex(key: RedisKey, options: HsetexOptions): Pipeline<S, [...R, number]>;

  /**
   * Set the value of a hash field, only if the field does not exist.
   *
   * `HSETNX key field value`
   *
   * @see {@link https://redis.io/commands/hsetnx/}
   */
  hsetnx(
    key: RedisKey,
    field: RedisArgument,
    value: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the length of the value of a hash field.
   *
   * `HSTRLEN key field`
   *
   * @see {@link https://redis.io/commands/hstrlen/}
   */
  hstrlen(key: RedisKey, field: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Returns the TTL in seconds of a hash field.
   *
   * `HTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/httl/}
   */
  httl(key: RedisKey, options: HttlOptions): Pipeline<S, [...R, number[]]>;

  /**
   * Get all the values in a hash.
   *
   * `HVALS key`
   *
   * @see {@link https://redis.io/commands/hvals/}
   */
  hvals(key: RedisKey): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Increment the integer value of a key by one.
   *
   * `INCR key`
   *
   * @see {@link https://redis.io/commands/incr/}
   */
  incr(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Increment the integer value of a key by the given amount.
   *
   * `INCRBY key increment`
   *
   * @see {@link https://redis.io/commands/incrby/}
   */
  incrby(
    key: RedisKey,
    increment: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Increment the float value of a key by the given amount.
   *
   * `INCRBYFLOAT key increment`
   *
   * @see {@link https://redis.io/commands/incrbyfloat/}
   */
  incrbyfloat(key: RedisKey, increment: number): Pipeline<S, [...R, number]>;

  /**
   * Get information and statistics about the server.
   *
   * `INFO [section [section ...]]`
   *
   * @see {@link https://redis.io/commands/info/}
   */
  info(
    ...sections: RedisArgument[] | [sections: readonly RedisArgument[]]
  ): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Find all keys matching the given pattern.
   *
   * `KEYS pattern`
   *
   * @see {@link https://redis.io/commands/keys/}
   */
  keys(pattern: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the UNIX time stamp of the last successful save to disk.
   *
   * `LASTSAVE`
   *
   * @see {@link https://redis.io/commands/lastsave/}
   */
  lastsave(): Pipeline<S, [...R, number]>;

  /**
   * Return a human readable latency analysis report.
   *
   * `LATENCY DOCTOR`
   *
   * @see {@link https://redis.io/commands/latency-doctor/}
   */
  latencyDoctor(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Return a latency graph for the event.
   *
   * `LATENCY GRAPH event`
   *
   * @see {@link https://redis.io/commands/latency-graph/}
   */
  latencyGraph(event: RedisArgument): Pipeline<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `LATENCY HELP`
   *
   * @see {@link https://redis.io/commands/latency-help/}
   */
  latencyHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Return the cumulative distribution of latencies of a subset of commands or all.
   *
   * `LATENCY HISTOGRAM [command [command ...]]`
   *
   * @see {@link https://redis.io/commands/latency-histogram/}
   */
  latencyHistogram(
    ...commands: RedisArgument[] | [commands: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Return timestamp-latency samples for the event.
   *
   * `LATENCY HISTORY event`
   *
   * @see {@link https://redis.io/commands/latency-history/}
   */
  latencyHistory(event: RedisArgument): Pipeline<S, [...R, RespValue]>;

  /**
   * Return the latest latency samples for all events.
   *
   * `LATENCY LATEST`
   *
   * @see {@link https://redis.io/commands/latency-latest/}
   */
  latencyLatest(): Pipeline<S, [...R, RespValue]>;

  /**
   * Reset latency data for one or more events.
   *
   * `LATENCY RESET [event [event ...]]`
   *
   * @see {@link https://redis.io/commands/latency-reset/}
   */
  latencyReset(
    ...events: RedisArgument[] | [events: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Find longest common substring.
   *
   * `LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]`
   *
   * @see {@link https://redis.io/commands/lcs/}
   */
  lcs<O extends LcsOptions = NoOptions>(
    key1: RedisKey,
    key2: RedisKey,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      O extends { len: true } ? number
        : O extends { idx: true } ? RespValue
        : Reply<S>,
    ]
  >;

  /**
   * Get an element from a list by its index.
   *
   * `LINDEX key index`
   *
   * @see {@link https://redis.io/commands/lindex/}
   */
  lindex(
    key: RedisKey,
    index: number | bigint,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Insert an element before or after another element in a list.
   *
   * `LINSERT key <BEFORE | AFTER> pivot element`
   *
   * @see {@link https://redis.io/commands/linsert/}
   */
  linsert(
    key: RedisKey,
    where: Token<"BEFORE" | "AFTER">,
    pivot: RedisArgument,
    element: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the length of a list.
   *
   * `LLEN key`
   *
   * @see {@link https://redis.io/commands/llen/}
   */
  llen(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Pop an element from a list, push it to another list and return it.
   *
   * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
   *
   * @see {@link https://redis.io/commands/lmove/}
   */
  lmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Pop elements from a list.
   *
   * `LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/lmpop/}
   */
  lmpop(
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: LmpopOptions,
  ): Pipeline<S, [...R, [key: Reply<S>, elements: Reply<S>[]] | null]>;

  /**
   * Display some computer art and the Redis version.
   *
   * `LOLWUT [VERSION version]`
   *
   * @see {@link https://redis.io/commands/lolwut/}
   */
  lolwut(options?: LolwutOptions): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Remove and get the first elements in a list.
   *
   * `LPOP key [count]`
   *
   * @see {@link https://redis.io/commands/lpop/}
   */
  lpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Pipeline<
    S,
    [...R, O extends undefined ? Reply<S> | null : Reply<S>[] | null]
  >;

  /**
   * Return the index of matching elements on a list.
   *
   * `LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]`
   *
   * @see {@link https://redis.io/commands/lpos/}
   */
  lpos<O extends LposOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [...R, O extends { count: number } ? number[] : number | null]
  >;

  /**
   * Prepend one or multiple elements to a list.
   *
   * `LPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpush/}
   */
  lpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Prepend an element to a list, only if the list exists.
   *
   * `LPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpushx/}
   */
  lpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Get a range of elements from a list.
   *
   * `LRANGE key start stop`
   *
   * @see {@link https://redis.io/commands/lrange/}
   */
  lrange(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Remove elements from a list.
   *
   * `LREM key count element`
   *
   * @see {@link https://redis.io/commands/lrem/}
   */
  lrem(
    key: RedisKey,
    count: number | bigint,
    element: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the value of an element in a list by its index.
   *
   * `LSET key index element`
   *
   * @see {@link https://redis.io/commands/lset/}
   */
  lset(
    key: RedisKey,
    index: number | bigint,
    element: RedisArgument,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Trim a list to the specified range.
   *
   * `LTRIM key start stop`
   *
   * @see {@link https://redis.io/commands/ltrim/}
   */
  ltrim(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Outputs memory problems report.
   *
   * `MEMORY DOCTOR`
   *
   * @see {@link https://redis.io/commands/memory-doctor/}
   */
  memoryDoctor(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MEMORY HELP`
   *
   * @see {@link https://redis.io/commands/memory-help/}
   */
  memoryHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Show allocator internal stats.
   *
   * `MEMORY MALLOC-STATS`
   *
   * @see {@link https://redis.io/commands/memory-malloc-stats/}
   */
  memoryMallocStats(): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Ask the allocator to release memory.
   *
   * `MEMORY PURGE`
   *
   * @see {@link https://redis.io/commands/memory-purge/}
   */
  memoryPurge(): Pipeline<S, [...R, "OK"]>;

  /**
   * Show memory usage details.
   *
   * `MEMORY STATS`
   *
   * @see {@link https://redis.io/commands/memory-stats/}
   */
  memoryStats(): Pipeline<S, [...R, Record<string, RespValue>]>;

  /**
   * Estimate the memory usage of a key.
   *
   * `MEMORY USAGE key [SAMPLES count]`
   *
   * @see {@link https://redis.io/commands/memory-usage/}
   */
  memoryUsage(
    key: RedisKey,
    options?: MemoryUsageOptions,
  ): Pipeline<S, [...R, number | null]>;

  /**
   * Get the values of all the given keys.
   *
   * `MGET key [key ...]`
   *
   * @see {@link https://redis.io/commands/mget/}
   */
  mget(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Atomically transfer a key from a Redis instance to another one.
   *
   * `MIGRATE host port <key | > destination-db timeout [COPY] [REPLACE] [[AUTH password] | [AUTH2 username password]] [KEYS key [key ...]]`
   *
   * @see {@link https://redis.io/commands/migrate/}
   */
  migrate(
    host: RedisArgument,
    port: number | bigint,
    keyOrEmptyString: RedisKey | Token<"">,
    destinationDb: number | bigint,
    timeout: number | bigint,
    options?: MigrateOptions,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MODULE HELP`
   *
   * @see {@link https://redis.io/commands/module-help/}
   */
  moduleHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * List all modules loaded by the server.
   *
   * `MODULE LIST`
   *
   * @see {@link https://redis.io/commands/module-list/}
   */
  moduleList(): Pipeline<S, [...R, RespValue]>;

  /**
   * Load a module.
   *
   * `MODULE LOAD path [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-load/}
   */
  moduleLoad(
    path: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Load a module with extended parameters.
   *
   * `MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-loadex/}
   */
  moduleLoadex(
    path: RedisArgument,
    options?: ModuleLoadexOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Unload a module.
   *
   * `MODULE UNLOAD name`
   *
   * @see {@link https://redis.io/commands/module-unload/}
   */
  moduleUnload(name: RedisArgument): Pipeline<S, [...R, "OK"]>;

  /**
   * Move a key to another database.
   *
   * `MOVE key db`
   *
   * @see {@link https://redis.io/commands/move/}
   */
  move(key: RedisKey, db: number | bigint): Pipeline<S, [...R, number]>;

  /**
   * Set multiple keys to multiple values.
   *
   * `MSET key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/mset/}
   */
  mset(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Set multiple keys to multiple values, only if none of the keys exist.
   *
   * `MSETNX key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/msetnx/}
   */
  msetnx(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Pipeline<S, [...R, number]>;

  /**
   * Inspect the internal encoding of a Redis object.
   *
   * `OBJECT ENCODING key`
   *
   * @see {@link https://redis.io/commands/object-encoding/}
   */
  objectEncoding(key: RedisKey): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Get the logarithmic access frequency counter of a Redis object.
   *
   * `OBJECT FREQ key`
   *
   * @see {@link https://redis.io/commands/object-freq/}
   */
  objectFreq(key: RedisKey): Pipeline<S, [...R, number | null]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `OBJECT HELP`
   *
   * @see {@link https://redis.io/commands/object-help/}
   */
  objectHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the time since a Redis object was last accessed.
   *
   * `OBJECT IDLETIME key`
   *
   * @see {@link https://redis.io/commands/object-idletime/}
   */
  objectIdletime(key: RedisKey): Pipeline<S, [...R, number | null]>;

  /**
   * Get the number of references to the value of the key.
   *
   * `OBJECT REFCOUNT key`
   *
   * @see {@link https://redis.io/commands/object-refcount/}
   */
  objectRefcount(key: RedisKey): Pipeline<S, [...R, number | null]>;

  /**
   * Remove the expiration from a key.
   *
   * `PERSIST key`
   *
   * @see {@link https://redis.io/commands/persist/}
   */
  persist(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Set a key's time to live in milliseconds.
   *
   * `PEXPIRE key milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpire/}
   */
  pexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the expiration for a key as a UNIX timestamp specified in milliseconds.
   *
   * `PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpireat/}
   */
  pexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the expiration Unix timestamp for a key in milliseconds.
   *
   * `PEXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/pexpiretime/}
   */
  pexpiretime(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Adds the specified elements to the specified HyperLogLog.
   *
   * `PFADD key [element [element ...]]`
   *
   * @see {@link https://redis.io/commands/pfadd/}
   */
  pfadd(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).
   *
   * `PFCOUNT key [key ...]`
   *
   * @see {@link https://redis.io/commands/pfcount/}
   */
  pfcount(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Internal commands for debugging HyperLogLog values.
   *
   * `PFDEBUG subcommand key`
   *
   * @see {@link https://redis.io/commands/pfdebug/}
   */
  pfdebug(
    subcommand: RedisArgument,
    key: RedisKey,
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Merge N different HyperLogLogs into a single one.
   *
   * `PFMERGE destkey sourcekey [sourcekey ...]`
   *
   * @see {@link https://redis.io/commands/pfmerge/}
   */
  pfmerge(
    destkey: RedisKey,
    ...sourcekeys: RedisKey[] | [sourcekeys: readonly RedisKey[]]
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * An internal command for testing HyperLogLog values.
   *
   * `PFSELFTEST`
   *
   * @see {@link https://redis.io/commands/pfselftest/}
   */
  pfselftest(): Pipeline<S, [...R, RespValue]>;

  /**
   * Ping the server.
   *
   * `PING [message]`
   *
   * @see {@link https://redis.io/commands/ping/}
   */
  ping<O extends RedisArgument | undefined = undefined>(
    message?: O,
  ): Pipeline<S, [...R, O extends undefined ? "PONG" : Reply<S>]>;

  /**
   * Set the value and expiration in milliseconds of a key.
   *
   * `PSETEX key milliseconds value`
   *
   * @see {@link https://redis.io/commands/psetex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `PX` argument
   */
  psetex(
    key: RedisKey,
    milliseconds: number | bigint,
    value: RedisArgument,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Get the time to live for a key in milliseconds.
   *
   * `PTTL key`
   *
   * @see {@link https://redis.io/commands/pttl/}
   */
  pttl(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Post a message to a channel.
   *
   * `PUBLISH channel message`
   *
   * @see {@link https://redis.io/commands/publish/}
   */
  publish(
    channel: RedisArgument,
    message: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * List active channels.
   *
   * `PUBSUB CHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-channels/}
   */
  pubsubChannels(pattern?: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `PUBSUB HELP`
   *
   * @see {@link https://redis.io/commands/pubsub-help/}
   */
  pubsubHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the count of unique patterns pattern subscriptions.
   *
   * `PUBSUB NUMPAT`
   *
   * @see {@link https://redis.io/commands/pubsub-numpat/}
   */
  pubsubNumpat(): Pipeline<S, [...R, number]>;

  /**
   * Get the count of subscribers for channels.
   *
   * `PUBSUB NUMSUB [channel [channel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-numsub/}
   */
  pubsubNumsub(
    ...channels: RedisArgument[] | [channels: readonly RedisArgument[]]
  ): Pipeline<S, [...R, Record<string, number>]>;

  /**
   * List active shard channels.
   *
   * `PUBSUB SHARDCHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardchannels/}
   */
  pubsubShardchannels(pattern?: RedisArgument): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the count of subscribers for shard channels.
   *
   * `PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardnumsub/}
   */
  pubsubShardnumsub(
    ...shardchannels: RedisArgument[] | [
      shardchannels: readonly RedisArgument[],
    ]
  ): Pipeline<S, [...R, Record<string, number>]>;

  /**
   * Return a random key from the keyspace.
   *
   * `RANDOMKEY`
   *
   * @see {@link https://redis.io/commands/randomkey/}
   */
  randomkey(): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Enables read queries for a connection to a cluster replica node.
   *
   * `READONLY`
   *
   * @see {@link https://redis.io/commands/readonly/}
   */
  readonly(): Pipeline<S, [...R, "OK"]>;

  /**
   * Disables read queries for a connection to a cluster replica node.
   *
   * `READWRITE`
   *
   * @see {@link https://redis.io/commands/readwrite/}
   */
  readwrite(): Pipeline<S, [...R, "OK"]>;

  /**
   * Rename a key.
   *
   * `RENAME key newkey`
   *
   * @see {@link https://redis.io/commands/rename/}
   */
  rename(key: RedisKey, newkey: RedisKey): Pipeline<S, [...R, "OK"]>;

  /**
   * Rename a key, only if the new key does not exist.
   *
   * `RENAMENX key newkey`
   *
   * @see {@link https://redis.io/commands/renamenx/}
   */
  renamenx(key: RedisKey, newkey: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * An internal command for configuring the replication stream.
   *
   * `REPLCONF [arg ...]`
   *
   * @see {@link https://redis.io/commands/replconf/}
   */
  replconf(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Pipeline<S, [...R, RespValue]>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `REPLICAOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/replicaof/}
   */
  replicaof(args: ReplicaofArgs): Pipeline<S, [...R, "OK"]>;

  /**
   * Create a key using the provided serialized value, previously obtained using DUMP.
   *
   * `RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore/}
   */
  restore(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * An internal command for migrating keys in a cluster.
   *
   * `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore-asking/}
   */
  restoreAsking(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreAskingOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Return the role of the instance in the context of replication.
   *
   * `ROLE`
   *
   * @see {@link https://redis.io/commands/role/}
   */
  role(): Pipeline<S, [...R, RespValue]>;

  /**
   * Remove and get the last elements in a list.
   *
   * `RPOP key [count]`
   *
   * @see {@link https://redis.io/commands/rpop/}
   */
  rpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Pipeline<
    S,
    [...R, O extends undefined ? Reply<S> | null : Reply<S>[] | null]
  >;

  /**
   * Remove the last element in a list, prepend it to another list and return it.
   *
   * `RPOPLPUSH source destination`
   *
   * @see {@link https://redis.io/commands/rpoplpush/}
   * @deprecated since Redis 6.2.0: use `LMOVE` with the `RIGHT` and `LEFT` arguments
   */
  rpoplpush(
    source: RedisKey,
    destination: RedisKey,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Append one or multiple elements to a list.
   *
   * `RPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpush/}
   */
  rpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Append an element to a list, only if the list exists.
   *
   * `RPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpushx/}
   */
  rpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Add one or more members to a set.
   *
   * `SADD key member [member ...]`
   *
   * @see {@link https://redis.io/commands/sadd/}
   */
  sadd(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Synchronously save the dataset to disk.
   *
   * `SAVE`
   *
   * @see {@link https://redis.io/commands/save/}
   */
  save(): Pipeline<S, [...R, "OK"]>;

  /**
   * Incrementally iterate the keys space.
   *
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`
   *
   * @see {@link https://redis.io/commands/scan/}
   */
  scan(
    cursor: RedisArgument,
    options?: ScanOptions,
  ): Pipeline<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the number of members in a set.
   *
   * `SCARD key`
   *
   * @see {@link https://redis.io/commands/scard/}
   */
  scard(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Set the debug mode for executed scripts.
   *
   * `SCRIPT DEBUG <YES | SYNC | NO>`
   *
   * @see {@link https://redis.io/commands/script-debug/}
   */
  scriptDebug(mode: Token<"YES" | "SYNC" | "NO">): Pipeline<S, [...R, "OK"]>;

  /**
   * Check existence of scripts in the script cache.
   *
   * `SCRIPT EXISTS sha1 [sha1 ...]`
   *
   * @see {@link https://redis.io/commands/script-exists/}
   */
  scriptExists(
    ...sha1s: RedisArgument[] | [sha1s: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Remove all the scripts from the script cache.
   *
   * `SCRIPT FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/script-flush/}
   */
  scriptFlush(async?: Token<"ASYNC" | "SYNC">): Pipeline<S, [...R, "OK"]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SCRIPT HELP`
   *
   * @see {@link https://redis.io/commands/script-help/}
   */
  scriptHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Kill the script currently in execution.
   *
   * `SCRIPT KILL`
   *
   * @see {@link https://redis.io/commands/script-kill/}
   */
  scriptKill(): Pipeline<S, [...R, "OK"]>;

  /**
   * Load the specified Lua script into the script cache.
   *
   * `SCRIPT LOAD script`
   *
   * @see {@link https://redis.io/commands/script-load/}
   */
  scriptLoad(script: RedisArgument): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Show server-side Lua script in the script cache.
   *
   * `SCRIPT SHOW sha1`
   *
   * @see {@link https://valkey.io/commands/script-show/}
   */
  scriptShow(sha1: RedisArgument): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Subtract multiple sets.
   *
   * `SDIFF key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiff/}
   */
  sdiff(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Subtract multiple sets and store the resulting set in a key.
   *
   * `SDIFFSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiffstore/}
   */
  sdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the string value of a key.
   *
   * `SET key value [NX | XX] [IFEQ comparison-value] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   *
   * @see {@link https://redis.io/commands/set/}
   */
  set<O extends SetOptions = NoOptions>(
    key: RedisKey,
    value: RedisArgument,
    options?: O,
  ): Pipeline<S, [...R, IfOption<O, "get", Reply<S> | null, "OK" | null>]>;

  /**
   * Sets or clears the bit at offset in the string value stored at key.
   *
   * `SETBIT key offset value`
   *
   * @see {@link https://redis.io/commands/setbit/}
   */
  setbit(
    key: RedisKey,
    offset: number | bigint,
    value: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Set the value and expiration of a key.
   *
   * `SETEX key seconds value`
   *
   * @see {@link https://redis.io/commands/setex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `EX` argument
   */
  setex(
    key: RedisKey,
    seconds: number | bigint,
    value: RedisArgument,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Set the value of a key, only if the key does not exist.
   *
   * `SETNX key value`
   *
   * @see {@link https://redis.io/commands/setnx/}
   * @deprecated since Redis 2.6.12: use `SET` with the `NX` argument
   */
  setnx(key: RedisKey, value: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Overwrite part of a string at key starting at the specified offset.
   *
   * `SETRANGE key offset value`
   *
   * @see {@link https://redis.io/commands/setrange/}
   */
  setrange(
    key: RedisKey,
    offset: number | bigint,
    value: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Synchronously save the dataset to disk and then shut down the server.
   *
   * `SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]`
   *
   * @see {@link https://redis.io/commands/shutdown/}
   */
  shutdown(options?: ShutdownOptions): Pipeline<S, [...R, RespValue]>;

  /**
   * Intersect multiple sets.
   *
   * `SINTER key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinter/}
   */
  sinter(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Intersect multiple sets and return the cardinality of the result.
   *
   * `SINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/sintercard/}
   */
  sintercard(
    keys: readonly RedisKey[],
    options?: SintercardOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Intersect multiple sets and store the resulting set in a key.
   *
   * `SINTERSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinterstore/}
   */
  sinterstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Determine if a given value is a member of a set.
   *
   * `SISMEMBER key member`
   *
   * @see {@link https://redis.io/commands/sismember/}
   */
  sismember(key: RedisKey, member: RedisArgument): Pipeline<S, [...R, number]>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `SLAVEOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/slaveof/}
   * @deprecated since Redis 5.0.0: use `REPLICAOF`
   */
  slaveof(args: SlaveofArgs): Pipeline<S, [...R, "OK"]>;

  /**
   * Get the slow log's entries.
   *
   * `SLOWLOG GET [count]`
   *
   * @see {@link https://redis.io/commands/slowlog-get/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG GET <count> SLOW`
   */
  slowlogGet(count?: number | bigint): Pipeline<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SLOWLOG HELP`
   *
   * @see {@link https://redis.io/commands/slowlog-help/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG HELP`
   */
  slowlogHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get the slow log's length.
   *
   * `SLOWLOG LEN`
   *
   * @see {@link https://redis.io/commands/slowlog-len/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG LEN SLOW`
   */
  slowlogLen(): Pipeline<S, [...R, number]>;

  /**
   * Clear all entries from the slow log.
   *
   * `SLOWLOG RESET`
   *
   * @see {@link https://redis.io/commands/slowlog-reset/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG RESET SLOW`
   */
  slowlogReset(): Pipeline<S, [...R, "OK"]>;

  /**
   * Get all the members in a set.
   *
   * `SMEMBERS key`
   *
   * @see {@link https://redis.io/commands/smembers/}
   */
  smembers(key: RedisKey): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Returns the membership associated with the given elements for a set.
   *
   * `SMISMEMBER key member [member ...]`
   *
   * @see {@link https://redis.io/commands/smismember/}
   */
  smismember(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number[]]>;

  /**
   * Move a member from one set to another.
   *
   * `SMOVE source destination member`
   *
   * @see {@link https://redis.io/commands/smove/}
   */
  smove(
    source: RedisKey,
    destination: RedisKey,
    member: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Sort the elements in a list, set or sorted set.
   *
   * `SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]`
   *
   * @see {@link https://redis.io/commands/sort/}
   */
  sort<O extends SortOptions = NoOptions>(
    key: RedisKey,
    options?: O,
  ): Pipeline<
    S,
    [...R, O extends { store: RedisKey } ? number : (Reply<S> | null)[]]
  >;

  /**
   * Sort the elements in a list, set or sorted set. Read-only variant of SORT.
   *
   * `SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]`
   *
   * @see {@link https://redis.io/commands/sort_ro/}
   */
  sortRo(
    key: RedisKey,
    options?: SortRoOptions,
  ): Pipeline<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Remove and return one or multiple random members from a set.
   *
   * `SPOP key [count]`
   *
   * @see {@link https://redis.io/commands/spop/}
   */
  spop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Pipeline<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Post a message to a shard channel.
   *
   * `SPUBLISH shardchannel message`
   *
   * @see {@link https://redis.io/commands/spublish/}
   */
  spublish(
    shardchannel: RedisArgument,
    message: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Get one or multiple random members from a set.
   *
   * `SRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/srandmember/}
   */
  srandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Pipeline<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Remove one or more members from a set.
   *
   * `SREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/srem/}
   */
  srem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Incrementally iterate Set elements.
   *
   * `SSCAN key cursor [MATCH pattern] [COUNT count]`
   *
   * @see {@link https://redis.io/commands/sscan/}
   */
  sscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: SscanOptions,
  ): Pipeline<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the length of the value stored in a key.
   *
   * `STRLEN key`
   *
   * @see {@link https://redis.io/commands/strlen/}
   */
  strlen(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `SUBSTR key start end`
   *
   * @see {@link https://redis.io/commands/substr/}
   * @deprecated since Redis 2.0.0: use `GETRANGE`
   */
  substr(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Pipeline<S, [...R, Reply<S>]>;

  /**
   * Add multiple sets.
   *
   * `SUNION key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunion/}
   */
  sunion(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Add multiple sets and store the resulting set in a key.
   *
   * `SUNIONSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunionstore/}
   */
  sunionstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Swaps two Redis databases.
   *
   * `SWAPDB index1 index2`
   *
   * @see {@link https://redis.io/commands/swapdb/}
   */
  swapdb(
    index1: number | bigint,
    index2: number | bigint,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Return the current server time.
   *
   * `TIME`
   *
   * @see {@link https://redis.io/commands/time/}
   */
  time(): Pipeline<S, [...R, [seconds: Reply<S>, microseconds: Reply<S>]]>;

  /**
   * Alters the last access time of a key(s). Returns the number of existing keys specified.
   *
   * `TOUCH key [key ...]`
   *
   * @see {@link https://redis.io/commands/touch/}
   */
  touch(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Get the time to live for a key in seconds.
   *
   * `TTL key`
   *
   * @see {@link https://redis.io/commands/ttl/}
   */
  ttl(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Determine the type stored at key.
   *
   * `TYPE key`
   *
   * @see {@link https://redis.io/commands/type/}
   */
  type(key: RedisKey): Pipeline<S, [...R, string]>;

  /**
   * Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.
   *
   * `UNLINK key [key ...]`
   *
   * @see {@link https://redis.io/commands/unlink/}
   */
  unlink(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Adds an element with its vector to a vector set.
   *
   * `VADD key [REDUCE reduce] <FP32 fp32 | VALUES num value [value ...]> element [CAS] [NOQUANT | Q8 | BIN] [EF ef] [SETATTR attributes] [M numlinks]`
   *
   * @see {@link https://redis.io/commands/vadd/}
   */
  vadd(
    key: RedisKey,
    element: RedisArgument,
    options: VaddOptions,
  ): Pipeline<S, [...R, boolean]>;

  /**
   * Returns the number of elements in a vector set.
   *
   * `VCARD key`
   *
   * @see {@link https://redis.io/commands/vcard/}
   */
  vcard(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Returns the dimension of the vectors in a vector set.
   *
   * `VDIM key`
   *
   * @see {@link https://redis.io/commands/vdim/}
   */
  vdim(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Returns the vector of an element of a vector set.
   *
   * `VEMB key element [RAW]`
   *
   * @see {@link https://redis.io/commands/vemb/}
   */
  vemb<O extends VembOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Pipeline<S, [...R, IfOption<O, "raw", RespValue[], number[]>]>;

  /**
   * Returns the JSON attributes of an element of a vector set.
   *
   * `VGETATTR key element`
   *
   * @see {@link https://redis.io/commands/vgetattr/}
   */
  vgetattr(
    key: RedisKey,
    element: RedisArgument,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Returns information about a vector set.
   *
   * `VINFO key`
   *
   * @see {@link https://redis.io/commands/vinfo/}
   */
  vinfo(key: RedisKey): Pipeline<S, [...R, Record<string, RespValue>]>;

  /**
   * Tells whether an element belongs to a vector set.
   *
   * `VISMEMBER key element`
   *
   * @see {@link https://redis.io/commands/vismember/}
   */
  vismember(
    key: RedisKey,
    element: RedisArgument,
  ): Pipeline<S, [...R, boolean]>;

  /**
   * Returns the neighbors of an element of a vector set, layer by layer.
   *
   * `VLINKS key element [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/vlinks/}
   */
  vlinks<O extends VlinksOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscores",
        ScoredMember<Reply<S>>[][] | null,
        Reply<S>[][] | null
      >,
    ]
  >;

  /**
   * Returns one or more random elements of a vector set.
   *
   * `VRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/vrandmember/}
   */
  vrandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Pipeline<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Removes an element from a vector set.
   *
   * `VREM key element`
   *
   * @see {@link https://redis.io/commands/vrem/}
   */
  vrem(key: RedisKey, element: RedisArgument): Pipeline<S, [...R, boolean]>;

  /**
   * Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.
   *
   * `VSETATTR key element json`
   *
   * @see {@link https://redis.io/commands/vsetattr/}
   */
  vsetattr(
    key: RedisKey,
    element: RedisArgument,
    json: RedisArgument,
  ): Pipeline<S, [...R, boolean]>;

  /**
   * Returns the elements of a vector set most similar to a vector or to an element.
   *
   * `VSIM key <ELE ele | FP32 fp32 | VALUES num value [value ...]> [WITHSCORES] [COUNT count] [EF ef] [FILTER expression] [FILTER-EF max-effort] [TRUTH] [NOTHREAD]`
   *
   * @see {@link https://redis.io/commands/vsim/}
   */
  vsim<O extends VsimOptions = VsimOptions>(
    key: RedisKey,
    options: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Wait for the synchronous replication of all the write commands sent in the context of the current connection.
   *
   * `WAIT numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/wait/}
   */
  wait(
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Blocks until all of the preceding write commands sent by the connection are written to the append-only file of the master and/or replicas.
   *
   * `WAITAOF numlocal numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/waitaof/}
   */
  waitaof(
    numlocal: number | bigint,
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): Pipeline<S, [...R, [local: number, replicas: number]]>;

  /**
   * Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.
   *
   * `XACK key group id [id ...]`
   *
   * @see {@link https://redis.io/commands/xack/}
   */
  xack(
    key: RedisKey,
    group: RedisArgument,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Appends a new entry to a stream.
   *
   * `XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]] <* | id> field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/xadd/}
   */
  xadd(
    key: RedisKey,
    idOrAuto: Token<"*"> | RedisArgument,
    fieldValues:
      | Record<string, RedisArgument>
      | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    options?: XaddOptions,
  ): Pipeline<S, [...R, Reply<S> | null]>;

  /**
   * Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.
   *
   * `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]`
   *
   * @see {@link https://redis.io/commands/xautoclaim/}
   */
  xautoclaim<O extends XautoclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    start: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      IfOption<
        O,
        "justid",
        [next: Reply<S>, ids: Reply<S>[], deleted: Reply<S>[]],
        [next: Reply<S>, entries: StreamEntry<Reply<S>>[], deleted: Reply<S>[]]
      >,
    ]
  >;

  /**
   * Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.
   *
   * `XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]`
   *
   * @see {@link https://redis.io/commands/xclaim/}
   */
  xclaim<O extends XclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    ids: RedisArgument | readonly RedisArgument[],
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "justid", Reply<S>[], StreamEntry<Reply<S>>[]>]
  >;

  /**
   * Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.
   *
   * `XDEL key id [id ...]`
   *
   * @see {@link https://redis.io/commands/xdel/}
   */
  xdel(
    key: RedisKey,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Create a consumer group.
   *
   * `XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-create/}
   */
  xgroupCreate(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupCreateOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Create a consumer in a consumer group.
   *
   * `XGROUP CREATECONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-createconsumer/}
   */
  xgroupCreateconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Delete a consumer from a consumer group.
   *
   * `XGROUP DELCONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-delconsumer/}
   */
  xgroupDelconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Destroy a consumer group.
   *
   * `XGROUP DESTROY key groupname`
   *
   * @see {@link https://redis.io/commands/xgroup-destroy/}
   */
  xgroupDestroy(
    key: RedisKey,
    groupname: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XGROUP HELP`
   *
   * @see {@link https://redis.io/commands/xgroup-help/}
   */
  xgroupHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Set a consumer group to an arbitrary last delivered ID value.
   *
   * `XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-setid/}
   */
  xgroupSetid(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupSetidOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * List the consumers in a consumer group.
   *
   * `XINFO CONSUMERS key groupname`
   *
   * @see {@link https://redis.io/commands/xinfo-consumers/}
   */
  xinfoConsumers(
    key: RedisKey,
    groupname: RedisArgument,
  ): Pipeline<S, [...R, Record<string, RespValue>[]]>;

  /**
   * List the consumer groups of a stream.
   *
   * `XINFO GROUPS key`
   *
   * @see {@link https://redis.io/commands/xinfo-groups/}
   */
  xinfoGroups(key: RedisKey): Pipeline<S, [...R, Record<string, RespValue>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XINFO HELP`
   *
   * @see {@link https://redis.io/commands/xinfo-help/}
   */
  xinfoHelp(): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Get information about a stream.
   *
   * `XINFO STREAM key [FULL [COUNT count]]`
   *
   * @see {@link https://redis.io/commands/xinfo-stream/}
   */
  xinfoStream(
    key: RedisKey,
    options?: XinfoStreamOptions,
  ): Pipeline<S, [...R, Record<string, RespValue>]>;

  /**
   * Return the number of entries in a stream.
   *
   * `XLEN key`
   *
   * @see {@link https://redis.io/commands/xlen/}
   */
  xlen(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.
   *
   * `XPENDING key group [[IDLE min-idle-time] start end count [consumer]]`
   *
   * @see {@link https://redis.io/commands/xpending/}
   */
  xpending<
    O extends {
      /** IDLE min-idle-time (since 6.2.0) */
      idle?: number | bigint;
      /** start */
      start: RedisArgument;
      /** end */
      end: RedisArgument;
      /** count */
      count: number | bigint;
      /** consumer */
      consumer?: RedisArgument;
    } | undefined = undefined,
  >(
    key: RedisKey,
    group: RedisArgument,
    filters?: O,
  ): Pipeline<
    S,
    [
      ...R,
      O extends undefined ? [
          count: number,
          first: Reply<S> | null,
          last: Reply<S> | null,
          consumers: [name: Reply<S>, count: Reply<S>][] | null,
        ]
        : [
          id: Reply<S>,
          consumer: Reply<S>,
          idle: number,
          deliveries: number,
        ][],
    ]
  >;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval.
   *
   * `XRANGE key start end [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrange/}
   */
  xrange(
    key: RedisKey,
    start: RedisArgument,
    end: RedisArgument,
    options?: XrangeOptions,
  ): Pipeline<S, [...R, StreamEntry<Reply<S>>[]]>;

  /**
   * Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.
   *
   * `XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xread/}
   */
  xread(
    options: XreadOptions,
  ): Pipeline<
    S,
    [...R, [stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null]
  >;

  /**
   * Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.
   *
   * `XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xreadgroup/}
   */
  xreadgroup(
    options: XreadgroupOptions,
  ): Pipeline<
    S,
    [...R, [stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null]
  >;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE.
   *
   * `XREVRANGE key end start [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrevrange/}
   */
  xrevrange(
    key: RedisKey,
    end: RedisArgument,
    start: RedisArgument,
    options?: XrevrangeOptions,
  ): Pipeline<S, [...R, StreamEntry<Reply<S>>[]]>;

  /**
   * An internal command for replicating stream values.
   *
   * `XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]`
   *
   * @see {@link https://redis.io/commands/xsetid/}
   */
  xsetid(
    key: RedisKey,
    lastId: RedisArgument,
    options?: XsetidOptions,
  ): Pipeline<S, [...R, "OK"]>;

  /**
   * Trims the stream to (approximately if '~' is passed) a certain size.
   *
   * `XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count]`
   *
   * @see {@link https://redis.io/commands/xtrim/}
   */
  xtrim(key: RedisKey, trim: XtrimTrim): Pipeline<S, [...R, number]>;

  /**
   * Add one or more members to a sorted set, or update its score if it already exists.
   *
   * `ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]`
   *
   * @see {@link https://redis.io/commands/zadd/}
   */
  zadd<O extends ZaddOptions = NoOptions>(
    key: RedisKey,
    scoreMembers: readonly (readonly [score: number, member: RedisArgument])[],
    options?: O,
  ): Pipeline<S, [...R, IfOption<O, "incr", number | null, number>]>;

  /**
   * Get the number of members in a sorted set.
   *
   * `ZCARD key`
   *
   * @see {@link https://redis.io/commands/zcard/}
   */
  zcard(key: RedisKey): Pipeline<S, [...R, number]>;

  /**
   * Count the members in a sorted set with scores within the given values.
   *
   * `ZCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zcount/}
   */
  zcount(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Pipeline<S, [...R, number]>;

  /**
   * Subtract multiple sorted sets.
   *
   * `ZDIFF numkeys key [key ...] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zdiff/}
   */
  zdiff<O extends ZdiffOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Subtract multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZDIFFSTORE destination numkeys key [key ...]`
   *
   * @see {@link https://redis.io/commands/zdiffstore/}
   */
  zdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[]
  ): Pipeline<S, [...R, number]>;

  /**
   * Increment the score of a member in a sorted set.
   *
   * `ZINCRBY key increment member`
   *
   * @see {@link https://redis.io/commands/zincrby/}
   */
  zincrby(
    key: RedisKey,
    increment: number | bigint,
    member: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Intersect multiple sorted sets.
   *
   * `ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zinter/}
   */
  zinter<O extends ZinterOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Intersect multiple sorted sets and return the cardinality of the result.
   *
   * `ZINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/zintercard/}
   */
  zintercard(
    keys: readonly RedisKey[],
    options?: ZintercardOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Intersect multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zinterstore/}
   */
  zinterstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZinterstoreOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Count the number of members in a sorted set between a given lexicographical range.
   *
   * `ZLEXCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zlexcount/}
   */
  zlexcount(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Remove and return members with scores in a sorted set.
   *
   * `ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/zmpop/}
   */
  zmpop(
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: ZmpopOptions,
  ): Pipeline<
    S,
    [...R, [key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null]
  >;

  /**
   * Get the score associated with the given members in a sorted set.
   *
   * `ZMSCORE key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zmscore/}
   */
  zmscore(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, (number | null)[]]>;

  /**
   * Remove and return members with the highest scores in a sorted set.
   *
   * `ZPOPMAX key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmax/}
   */
  zpopmax(
    key: RedisKey,
    count?: number | bigint,
  ): Pipeline<S, [...R, ScoredMember<Reply<S>>[]]>;

  /**
   * Remove and return members with the lowest scores in a sorted set.
   *
   * `ZPOPMIN key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmin/}
   */
  zpopmin(
    key: RedisKey,
    count?: number | bigint,
  ): Pipeline<S, [...R, ScoredMember<Reply<S>>[]]>;

  /**
   * Get one or multiple random elements from a sorted set.
   *
   * `ZRANDMEMBER key [count [WITHSCORES]]`
   *
   * @see {@link https://redis.io/commands/zrandmember/}
   */
  zrandmember<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withscores?: Token<"WITHSCORES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      O extends undefined ? Reply<S> | null
        : O extends readonly [unknown, "WITHSCORES" | "withscores"]
          ? ScoredMember<Reply<S>>[]
        : Reply<S>[],
    ]
  >;

  /**
   * Return a range of members in a sorted set.
   *
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrange/}
   */
  zrange<O extends ZrangeOptions = NoOptions>(
    key: RedisKey,
    start: RedisArgument,
    stop: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Return a range of members in a sorted set, by lexicographical range.
   *
   * `ZRANGEBYLEX key min max [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYLEX` argument
   */
  zrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangebylexOptions,
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Return a range of members in a sorted set, by score.
   *
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYSCORE` argument
   */
  zrangebyscore<O extends ZrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    min: number | string,
    max: number | string,
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Store a range of members from sorted set into another key.
   *
   * `ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangestore/}
   */
  zrangestore(
    dst: RedisKey,
    src: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangestoreOptions,
  ): Pipeline<S, [...R, number]>;

  /**
   * Determine the index of a member in a sorted set.
   *
   * `ZRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrank/}
   */
  zrank<O extends ZrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscore",
        [rank: number, score: number] | null,
        number | null
      >,
    ]
  >;

  /**
   * Remove one or more members from a sorted set.
   *
   * `ZREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zrem/}
   */
  zrem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Pipeline<S, [...R, number]>;

  /**
   * Remove all members in a sorted set between the given lexicographical range.
   *
   * `ZREMRANGEBYLEX key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebylex/}
   */
  zremrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Pipeline<S, [...R, number]>;

  /**
   * Remove all members in a sorted set within the given indexes.
   *
   * `ZREMRANGEBYRANK key start stop`
   *
   * @see {@link https://redis.io/commands/zremrangebyrank/}
   */
  zremrangebyrank(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Pipeline<S, [...R, number]>;

  /**
   * Remove all members in a sorted set within the given scores.
   *
   * `ZREMRANGEBYSCORE key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebyscore/}
   */
  zremrangebyscore(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Pipeline<S, [...R, number]>;

  /**
   * Return a range of members in a sorted set, by index, with scores ordered from high to low.
   *
   * `ZREVRANGE key start stop [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrevrange/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` argument
   */
  zrevrange<O extends ZrevrangeOptions = NoOptions>(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.
   *
   * `ZREVRANGEBYLEX key max min [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYLEX` arguments
   */
  zrevrangebylex(
    key: RedisKey,
    max: RedisArgument,
    min: RedisArgument,
    options?: ZrevrangebylexOptions,
  ): Pipeline<S, [...R, Reply<S>[]]>;

  /**
   * Return a range of members in a sorted set, by score, with scores ordered from high to low.
   *
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYSCORE` arguments
   */
  zrevrangebyscore<O extends ZrevrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    max: number | string,
    min: number | string,
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Determine the index of a member in a sorted set, with scores ordered from high to low.
   *
   * `ZREVRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrevrank/}
   */
  zrevrank<O extends ZrevrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Pipeline<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscore",
        [rank: number, score: number] | null,
        number | null
      >,
    ]
  >;

  /**
   * Incrementally iterate sorted sets elements and associated scores.
   *
   * `ZSCAN key cursor [MATCH pattern] [COUNT count] [NOSCORES]`
   *
   * @see {@link https://redis.io/commands/zscan/}
   */
  zscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: ZscanOptions,
  ): Pipeline<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the score associated with the given member in a sorted set.
   *
   * `ZSCORE key member`
   *
   * @see {@link https://redis.io/commands/zscore/}
   */
  zscore(
    key: RedisKey,
    member: RedisArgument,
  ): Pipeline<S, [...R, number | null]>;

  /**
   * Add multiple sorted sets.
   *
   * `ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zunion/}
   */
  zunion<O extends ZunionOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Pipeline<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Add multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zunionstore/}
   */
  zunionstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZunionstoreOptions,
  ): Pipeline<S, [...R, number]>;
}

/**
 * The members {@linkcode Transaction} has from
 * {@linkcode CommandQueue},
 * declared here again so that its documentation lists them.
 */
export interface Transaction<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> {
  /** How many commands are queued. */
  get length(): number;

  /**
   * Queues any command but those the client owns (SUBSCRIBE, MULTI, SELECT, ...) and
   * returns the queue. On a `Pipeline` or `Transaction` (which declare their own
   * return type, as for the command methods), its reply takes its place in `exec()`'s
   * tuple as `T` (default: any raw reply, `RespValue`), as `sendCommand<T>` on a
   * client resolves to `T`.
   *
   * @example
   * ```ts
   * import { Redis } from "@desir/desir";
   * await using r = new Redis();
   * const [n] = await r.pipeline().sendCommand<number>(["INCR", "n"]).exec();
   * ```
   * @throws {TypeError} For a command the client owns, naming what to use instead.
   */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
  ): Transaction<S, [...R, T]>;

  /**
   * Queues a script run by EVALSHA; it cannot meet NOSCRIPT (see each queue's
   * `exec()`) and returns the queue. On a `Pipeline` or `Transaction`, its reply takes
   * its place in `exec()`'s tuple as `T` (default: `RespValue`).
   */
  evalScript<T = RespValue>(
    script: Script,
    keys?: readonly RedisArgument[],
    args?: readonly RedisArgument[],
  ): Transaction<S, [...R, T]>;
}

/**
 * The command methods of {@linkcode Transaction}, one per Redis command: each
 * queues its command and returns the transaction, the reply's type added to the tuple `exec()` returns.
 */
export interface Transaction<
  S extends string | Uint8Array = string,
  R extends unknown[] = [],
> {
  /**
   * List the ACL categories or the commands inside a category.
   *
   * `ACL CAT [categoryname]`
   *
   * @see {@link https://redis.io/commands/acl-cat/}
   */
  aclCat(categoryname?: RedisArgument): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Remove the specified ACL users and the associated rules.
   *
   * `ACL DELUSER username [username ...]`
   *
   * @see {@link https://redis.io/commands/acl-deluser/}
   */
  aclDeluser(
    ...usernames: RedisArgument[] | [usernames: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Returns whether the user can execute the given command without executing the command.
   *
   * `ACL DRYRUN username command [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/acl-dryrun/}
   */
  aclDryrun(
    username: RedisArgument,
    command: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, Reply<S>]>;

  /**
   * Generate a pseudorandom secure password to use for ACL users.
   *
   * `ACL GENPASS [bits]`
   *
   * @see {@link https://redis.io/commands/acl-genpass/}
   */
  aclGenpass(bits?: number | bigint): Transaction<S, [...R, Reply<S>]>;

  /**
   * Get the rules for a specific ACL user.
   *
   * `ACL GETUSER username`
   *
   * @see {@link https://redis.io/commands/acl-getuser/}
   */
  aclGetuser(
    username: RedisArgument,
  ): Transaction<S, [...R, Record<string, RespValue> | null]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `ACL HELP`
   *
   * @see {@link https://redis.io/commands/acl-help/}
   */
  aclHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * List the current ACL rules in ACL config file format.
   *
   * `ACL LIST`
   *
   * @see {@link https://redis.io/commands/acl-list/}
   */
  aclList(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Reload the ACLs from the configured ACL file.
   *
   * `ACL LOAD`
   *
   * @see {@link https://redis.io/commands/acl-load/}
   */
  aclLoad(): Transaction<S, [...R, "OK"]>;

  /**
   * List latest events denied because of ACLs in place.
   *
   * `ACL LOG [count | RESET]`
   *
   * @see {@link https://redis.io/commands/acl-log/}
   */
  aclLog(
    operation?: (number | bigint) | Token<"RESET">,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Save the current ACL rules in the configured ACL file.
   *
   * `ACL SAVE`
   *
   * @see {@link https://redis.io/commands/acl-save/}
   */
  aclSave(): Transaction<S, [...R, "OK"]>;

  /**
   * Modify or create the rules for a specific ACL user.
   *
   * `ACL SETUSER username [rule [rule ...]]`
   *
   * @see {@link https://redis.io/commands/acl-setuser/}
   */
  aclSetuser(
    username: RedisArgument,
    ...rules: RedisArgument[] | [rules: readonly RedisArgument[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * List the username of all the configured ACL rules.
   *
   * `ACL USERS`
   *
   * @see {@link https://redis.io/commands/acl-users/}
   */
  aclUsers(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Return the name of the user associated to the current connection.
   *
   * `ACL WHOAMI`
   *
   * @see {@link https://redis.io/commands/acl-whoami/}
   */
  aclWhoami(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Append a value to a key.
   *
   * `APPEND key value`
   *
   * @see {@link https://redis.io/commands/append/}
   */
  append(key: RedisKey, value: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Sent by cluster clients after an -ASK redirect.
   *
   * `ASKING`
   *
   * @see {@link https://redis.io/commands/asking/}
   */
  asking(): Transaction<S, [...R, "OK"]>;

  /**
   * Asynchronously rewrite the append-only file.
   *
   * `BGREWRITEAOF`
   *
   * @see {@link https://redis.io/commands/bgrewriteaof/}
   */
  bgrewriteaof(): Transaction<S, [...R, string]>;

  /**
   * Asynchronously save the dataset to disk.
   *
   * `BGSAVE [SCHEDULE] [CANCEL]`
   *
   * @see {@link https://redis.io/commands/bgsave/}
   */
  bgsave(options?: BgsaveOptions): Transaction<S, [...R, string]>;

  /**
   * Count set bits in a string.
   *
   * `BITCOUNT key [start end [BYTE | BIT]]`
   *
   * @see {@link https://redis.io/commands/bitcount/}
   */
  bitcount(
    key: RedisKey,
    index?: readonly [
      start: number | bigint,
      end: number | bigint,
      indexUnit?: Token<"BYTE" | "BIT">,
    ],
  ): Transaction<S, [...R, number]>;

  /**
   * Perform arbitrary bitfield integer operations on strings.
   *
   * `BITFIELD key [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> [GET encoding offset | [OVERFLOW WRAP | SAT | FAIL] <SET encoding offset value | INCRBY encoding offset increment> ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield/}
   */
  bitfield(
    key: RedisKey,
    ...operations: BitfieldOperation[]
  ): Transaction<S, [...R, (number | null)[]]>;

  /**
   * Perform arbitrary bitfield integer operations on strings. Read-only variant of BITFIELD.
   *
   * `BITFIELD_RO key [GET encoding offset [GET encoding offset ...]]`
   *
   * @see {@link https://redis.io/commands/bitfield_ro/}
   */
  bitfieldRo(
    key: RedisKey,
    options?: BitfieldRoOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Perform bitwise operations between strings.
   *
   * `BITOP operation destkey key [key ...]`
   *
   * @see {@link https://redis.io/commands/bitop/}
   */
  bitop(
    operation: RedisArgument,
    destkey: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Find first bit set or clear in a string.
   *
   * `BITPOS key bit [start [end [BYTE | BIT]]]`
   *
   * @see {@link https://redis.io/commands/bitpos/}
   */
  bitpos(
    key: RedisKey,
    bit: number | bigint,
    index?:
      | number
      | bigint
      | readonly [
        start: number | bigint,
        end?: number | bigint,
        indexUnit?: Token<"BYTE" | "BIT">,
      ],
  ): Transaction<S, [...R, number]>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BLMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT> timeout`
   *
   * @see {@link https://redis.io/commands/blmove/}
   */
  blmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
    timeout: number,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Pop elements from a list, or block until one is available.
   *
   * `BLMPOP timeout numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/blmpop/}
   */
  blmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: BlmpopOptions,
  ): Transaction<S, [...R, [key: Reply<S>, elements: Reply<S>[]] | null]>;

  /**
   * Remove and get the first element in a list, or block until one is available.
   *
   * `BLPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/blpop/}
   */
  blpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Transaction<S, [...R, [key: Reply<S>, element: Reply<S>] | null]>;

  /**
   * Remove and get the last element in a list, or block until one is available.
   *
   * `BRPOP key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/brpop/}
   */
  brpop(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Transaction<S, [...R, [key: Reply<S>, element: Reply<S>] | null]>;

  /**
   * Pop an element from a list, push it to another list and return it; or block until one is available.
   *
   * `BRPOPLPUSH source destination timeout`
   *
   * @see {@link https://redis.io/commands/brpoplpush/}
   * @deprecated since Redis 6.2.0: use `BLMOVE` with the `RIGHT` and `LEFT` arguments
   */
  brpoplpush(
    source: RedisKey,
    destination: RedisKey,
    timeout: number,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Remove and return members with scores in a sorted set or block until one is available.
   *
   * `BZMPOP timeout numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/bzmpop/}
   */
  bzmpop(
    timeout: number,
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: BzmpopOptions,
  ): Transaction<
    S,
    [...R, [key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null]
  >;

  /**
   * Remove and return the member with the highest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMAX key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmax/}
   */
  bzpopmax(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Transaction<
    S,
    [...R, [key: Reply<S>, member: Reply<S>, score: number] | null]
  >;

  /**
   * Remove and return the member with the lowest score from one or more sorted sets, or block until one is available.
   *
   * `BZPOPMIN key [key ...] timeout`
   *
   * @see {@link https://redis.io/commands/bzpopmin/}
   */
  bzpopmin(
    keys: RedisKey | readonly RedisKey[],
    timeout: number,
  ): Transaction<
    S,
    [...R, [key: Reply<S>, member: Reply<S>, score: number] | null]
  >;

  /**
   * Instruct the server about tracking or not keys in the next request.
   *
   * `CLIENT CACHING <YES | NO>`
   *
   * @see {@link https://redis.io/commands/client-caching/}
   */
  clientCaching(mode: Token<"YES" | "NO">): Transaction<S, [...R, "OK"]>;

  /**
   * A client claims its capability.
   *
   * `CLIENT CAPA capability [capability ...]`
   *
   * @see {@link https://valkey.io/commands/client-capa/}
   */
  clientCapa(
    ...capabilitys: RedisArgument[] | [capabilitys: readonly RedisArgument[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Get the current connection name.
   *
   * `CLIENT GETNAME`
   *
   * @see {@link https://redis.io/commands/client-getname/}
   */
  clientGetname(): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Get tracking notifications redirection client ID if any.
   *
   * `CLIENT GETREDIR`
   *
   * @see {@link https://redis.io/commands/client-getredir/}
   */
  clientGetredir(): Transaction<S, [...R, number]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLIENT HELP`
   *
   * @see {@link https://redis.io/commands/client-help/}
   */
  clientHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Returns the client ID for the current connection.
   *
   * `CLIENT ID`
   *
   * @see {@link https://redis.io/commands/client-id/}
   */
  clientId(): Transaction<S, [...R, number]>;

  /**
   * Mark this client as an import source when server is in import mode.
   *
   * `CLIENT IMPORT-SOURCE <ON | OFF>`
   *
   * @see {@link https://valkey.io/commands/client-import-source/}
   */
  clientImportSource(
    enabled: Token<"ON" | "OFF">,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Returns information about the current client connection.
   *
   * `CLIENT INFO`
   *
   * @see {@link https://redis.io/commands/client-info/}
   */
  clientInfo(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Kill the connection of a client.
   *
   * `CLIENT KILL <ip:port | <[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] [[ID client-id] | [TYPE NORMAL | MASTER | PRIMARY | SLAVE | REPLICA | PUBSUB] | [USER username] | [ADDR ip:port] | [LADDR ip:port] | [SKIPME yes/no] | [MAXAGE maxage] ...]>>`
   *
   * @see {@link https://redis.io/commands/client-kill/}
   */
  clientKill(filter: ClientKillFilter): Transaction<S, [...R, "OK" | number]>;

  /**
   * Get the list of client connections.
   *
   * `CLIENT LIST [TYPE NORMAL | MASTER | REPLICA | PUBSUB] [ID client-id [client-id ...]] [USER username] [ADDR ip:port] [LADDR ip:port] [SKIPME YES | NO] [MAXAGE maxage]`
   *
   * @see {@link https://redis.io/commands/client-list/}
   */
  clientList(options?: ClientListOptions): Transaction<S, [...R, Reply<S>]>;

  /**
   * Set client eviction mode for the current connection.
   *
   * `CLIENT NO-EVICT <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-evict/}
   */
  clientNoEvict(enabled: Token<"ON" | "OFF">): Transaction<S, [...R, "OK"]>;

  /**
   * Controls whether commands sent by the client affect the LRU/LFU of accessed keys.
   *
   * `CLIENT NO-TOUCH <ON | OFF>`
   *
   * @see {@link https://redis.io/commands/client-no-touch/}
   */
  clientNoTouch(enabled: Token<"ON" | "OFF">): Transaction<S, [...R, "OK"]>;

  /**
   * Stop processing commands from clients for some time.
   *
   * `CLIENT PAUSE timeout [WRITE | ALL]`
   *
   * @see {@link https://redis.io/commands/client-pause/}
   */
  clientPause(
    timeout: number | bigint,
    mode?: Token<"WRITE" | "ALL">,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Sets information specific to the client or connection.
   *
   * `CLIENT SETINFO <LIB-NAME libname | LIB-VER libver>`
   *
   * @see {@link https://redis.io/commands/client-setinfo/}
   */
  clientSetinfo(options: ClientSetinfoOptions): Transaction<S, [...R, "OK"]>;

  /**
   * Set the current connection name.
   *
   * `CLIENT SETNAME connection-name`
   *
   * @see {@link https://redis.io/commands/client-setname/}
   */
  clientSetname(connectionName: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Enable or disable server assisted client side caching support.
   *
   * `CLIENT TRACKING <ON | OFF> [REDIRECT client-id] [PREFIX prefix [PREFIX prefix ...]] [BCAST] [OPTIN] [OPTOUT] [NOLOOP]`
   *
   * @see {@link https://redis.io/commands/client-tracking/}
   */
  clientTracking(
    status: Token<"ON" | "OFF">,
    options?: ClientTrackingOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Return information about server assisted client side caching for the current connection.
   *
   * `CLIENT TRACKINGINFO`
   *
   * @see {@link https://redis.io/commands/client-trackinginfo/}
   */
  clientTrackinginfo(): Transaction<S, [...R, Record<string, RespValue>]>;

  /**
   * Unblock a client blocked in a blocking command from a different connection.
   *
   * `CLIENT UNBLOCK client-id [TIMEOUT | ERROR]`
   *
   * @see {@link https://redis.io/commands/client-unblock/}
   */
  clientUnblock(
    clientId: number | bigint,
    timeoutError?: Token<"TIMEOUT" | "ERROR">,
  ): Transaction<S, [...R, number]>;

  /**
   * Resume processing of clients that were paused.
   *
   * `CLIENT UNPAUSE`
   *
   * @see {@link https://redis.io/commands/client-unpause/}
   */
  clientUnpause(): Transaction<S, [...R, "OK"]>;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslots/}
   */
  clusterAddslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Assign new hash slots to receiving node.
   *
   * `CLUSTER ADDSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-addslotsrange/}
   */
  clusterAddslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Advance the cluster config epoch.
   *
   * `CLUSTER BUMPEPOCH`
   *
   * @see {@link https://redis.io/commands/cluster-bumpepoch/}
   */
  clusterBumpepoch(): Transaction<S, [...R, string]>;

  /**
   * Return the number of failure reports active for a given node.
   *
   * `CLUSTER COUNT-FAILURE-REPORTS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-count-failure-reports/}
   */
  clusterCountFailureReports(
    nodeId: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Return the number of local keys in the specified hash slot.
   *
   * `CLUSTER COUNTKEYSINSLOT slot`
   *
   * @see {@link https://redis.io/commands/cluster-countkeysinslot/}
   */
  clusterCountkeysinslot(slot: number | bigint): Transaction<S, [...R, number]>;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTS slot [slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslots/}
   */
  clusterDelslots(
    ...slots: (number | bigint)[] | [slots: readonly (number | bigint)[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Set hash slots as unbound in receiving node.
   *
   * `CLUSTER DELSLOTSRANGE start-slot end-slot [start-slot end-slot ...]`
   *
   * @see {@link https://redis.io/commands/cluster-delslotsrange/}
   */
  clusterDelslotsrange(
    startSlotEndSlots: readonly (readonly [
      startSlot: number | bigint,
      endSlot: number | bigint,
    ])[],
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Forces a replica to perform a manual failover of its master.
   *
   * `CLUSTER FAILOVER [FORCE | TAKEOVER]`
   *
   * @see {@link https://redis.io/commands/cluster-failover/}
   */
  clusterFailover(
    options?: Token<"FORCE" | "TAKEOVER">,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Delete a node's own slots information.
   *
   * `CLUSTER FLUSHSLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-flushslots/}
   */
  clusterFlushslots(): Transaction<S, [...R, "OK"]>;

  /**
   * Remove a node from the nodes table.
   *
   * `CLUSTER FORGET node-id`
   *
   * @see {@link https://redis.io/commands/cluster-forget/}
   */
  clusterForget(nodeId: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Return local key names in the specified hash slot.
   *
   * `CLUSTER GETKEYSINSLOT slot count`
   *
   * @see {@link https://redis.io/commands/cluster-getkeysinslot/}
   */
  clusterGetkeysinslot(
    slot: number | bigint,
    count: number | bigint,
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CLUSTER HELP`
   *
   * @see {@link https://redis.io/commands/cluster-help/}
   */
  clusterHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Provides info about Redis Cluster node state.
   *
   * `CLUSTER INFO`
   *
   * @see {@link https://redis.io/commands/cluster-info/}
   */
  clusterInfo(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Returns the hash slot of the specified key.
   *
   * `CLUSTER KEYSLOT key`
   *
   * @see {@link https://redis.io/commands/cluster-keyslot/}
   */
  clusterKeyslot(key: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Returns a list of all TCP links to and from peer nodes in cluster.
   *
   * `CLUSTER LINKS`
   *
   * @see {@link https://redis.io/commands/cluster-links/}
   */
  clusterLinks(): Transaction<S, [...R, Record<string, RespValue>[]]>;

  /**
   * Force a node cluster to handshake with another node.
   *
   * `CLUSTER MEET ip port [cluster_bus_port]`
   *
   * @see {@link https://redis.io/commands/cluster-meet/}
   */
  clusterMeet(
    ip: RedisArgument,
    port: number | bigint,
    clusterBusPort?: number | bigint,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Return the node id.
   *
   * `CLUSTER MYID`
   *
   * @see {@link https://redis.io/commands/cluster-myid/}
   */
  clusterMyid(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Returns the shard ID of a node.
   *
   * `CLUSTER MYSHARDID`
   *
   * @see {@link https://redis.io/commands/cluster-myshardid/}
   */
  clusterMyshardid(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Get Cluster config for the node.
   *
   * `CLUSTER NODES`
   *
   * @see {@link https://redis.io/commands/cluster-nodes/}
   */
  clusterNodes(): Transaction<S, [...R, Reply<S>]>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER REPLICAS node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicas/}
   */
  clusterReplicas(nodeId: RedisArgument): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Reconfigure a node as a replica of the specified master node.
   *
   * `CLUSTER REPLICATE node-id`
   *
   * @see {@link https://redis.io/commands/cluster-replicate/}
   */
  clusterReplicate(nodeId: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Reset a Redis Cluster node.
   *
   * `CLUSTER RESET [HARD | SOFT]`
   *
   * @see {@link https://redis.io/commands/cluster-reset/}
   */
  clusterReset(hardSoft?: Token<"HARD" | "SOFT">): Transaction<S, [...R, "OK"]>;

  /**
   * Forces the node to save cluster state on disk.
   *
   * `CLUSTER SAVECONFIG`
   *
   * @see {@link https://redis.io/commands/cluster-saveconfig/}
   */
  clusterSaveconfig(): Transaction<S, [...R, "OK"]>;

  /**
   * Set the configuration epoch in a new node.
   *
   * `CLUSTER SET-CONFIG-EPOCH config-epoch`
   *
   * @see {@link https://redis.io/commands/cluster-set-config-epoch/}
   */
  clusterSetConfigEpoch(
    configEpoch: number | bigint,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Bind a hash slot to a specific node.
   *
   * `CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE> [TIMEOUT timeout]`
   *
   * @see {@link https://redis.io/commands/cluster-setslot/}
   */
  clusterSetslot(
    slot: number | bigint,
    options: ClusterSetslotOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Get array of cluster slots to node mappings.
   *
   * `CLUSTER SHARDS`
   *
   * @see {@link https://redis.io/commands/cluster-shards/}
   */
  clusterShards(): Transaction<S, [...R, RespValue]>;

  /**
   * List replica nodes of the specified master node.
   *
   * `CLUSTER SLAVES node-id`
   *
   * @see {@link https://redis.io/commands/cluster-slaves/}
   * @deprecated since Redis 5.0.0: use `CLUSTER REPLICAS`
   */
  clusterSlaves(nodeId: RedisArgument): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Return an array of slot usage statistics for slots assigned to the current node.
   *
   * `CLUSTER SLOT-STATS <SLOTSRANGE start-slot end-slot | ORDERBY metric [LIMIT limit] [ASC | DESC]>`
   *
   * @see {@link https://valkey.io/commands/cluster-slot-stats/}
   */
  clusterSlotStats(
    options: ClusterSlotStatsOptions,
  ): Transaction<S, [...R, [slot: number, stats: Record<string, number>][]]>;

  /**
   * Get array of Cluster slot to node mappings.
   *
   * `CLUSTER SLOTS`
   *
   * @see {@link https://redis.io/commands/cluster-slots/}
   * @deprecated since Redis 7.0.0: use `CLUSTER SHARDS`
   */
  clusterSlots(): Transaction<S, [...R, RespValue]>;

  /**
   * Get total number of Redis commands.
   *
   * `COMMAND COUNT`
   *
   * @see {@link https://redis.io/commands/command-count/}
   */
  commandCount(): Transaction<S, [...R, number]>;

  /**
   * Get array of specific Redis command documentation.
   *
   * `COMMAND DOCS [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-docs/}
   */
  commandDocs(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Extract keys given a full Redis command.
   *
   * `COMMAND GETKEYS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeys/}
   */
  commandGetkeys(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Extract keys and access flags given a full Redis command.
   *
   * `COMMAND GETKEYSANDFLAGS [arg ...]`
   *
   * @see {@link https://redis.io/commands/command-getkeysandflags/}
   */
  commandGetkeysandflags(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMAND HELP`
   *
   * @see {@link https://redis.io/commands/command-help/}
   */
  commandHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get array of specific Redis command details, or all when no argument is given.
   *
   * `COMMAND INFO [command-name [command-name ...]]`
   *
   * @see {@link https://redis.io/commands/command-info/}
   */
  commandInfo(
    ...commandNames: RedisArgument[] | [commandNames: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Get an array of Redis command names.
   *
   * `COMMAND LIST [FILTERBY MODULE module-name | ACLCAT category | PATTERN pattern]`
   *
   * @see {@link https://redis.io/commands/command-list/}
   */
  commandList(options?: CommandListOptions): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Returns the specified command log's entries.
   *
   * `COMMANDLOG GET count <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-get/}
   */
  commandlogGet(
    count: number | bigint,
    type: RedisArgument,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `COMMANDLOG HELP`
   *
   * @see {@link https://valkey.io/commands/commandlog-help/}
   */
  commandlogHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Returns the number of entries in the specified type of command log.
   *
   * `COMMANDLOG LEN <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-len/}
   */
  commandlogLen(type: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Clears all entries from the specified type of command log.
   *
   * `COMMANDLOG RESET <slow | large-request | large-reply>`
   *
   * @see {@link https://valkey.io/commands/commandlog-reset/}
   */
  commandlogReset(type: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Get the values of configuration parameters.
   *
   * `CONFIG GET parameter [parameter ...]`
   *
   * @see {@link https://redis.io/commands/config-get/}
   */
  configGet(
    ...parameters: RedisArgument[] | [parameters: readonly RedisArgument[]]
  ): Transaction<S, [...R, Record<string, Reply<S>>]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `CONFIG HELP`
   *
   * @see {@link https://redis.io/commands/config-help/}
   */
  configHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Reset the stats returned by INFO.
   *
   * `CONFIG RESETSTAT`
   *
   * @see {@link https://redis.io/commands/config-resetstat/}
   */
  configResetstat(): Transaction<S, [...R, "OK"]>;

  /**
   * Rewrite the configuration file with the in memory configuration.
   *
   * `CONFIG REWRITE`
   *
   * @see {@link https://redis.io/commands/config-rewrite/}
   */
  configRewrite(): Transaction<S, [...R, "OK"]>;

  /**
   * Set configuration parameters to the given values.
   *
   * `CONFIG SET parameter value [parameter value ...]`
   *
   * @see {@link https://redis.io/commands/config-set/}
   */
  configSet(
    ...parameterValues: [
      parameterValues:
        | Record<string, RedisArgument>
        | readonly (readonly [
          parameter: RedisArgument,
          value: RedisArgument,
        ])[],
    ] | [parameter: RedisArgument, value: RedisArgument]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Copy a key.
   *
   * `COPY source destination [DB destination-db] [REPLACE]`
   *
   * @see {@link https://redis.io/commands/copy/}
   */
  copy(
    source: RedisKey,
    destination: RedisKey,
    options?: CopyOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Return the number of keys in the selected database.
   *
   * `DBSIZE`
   *
   * @see {@link https://redis.io/commands/dbsize/}
   */
  dbsize(): Transaction<S, [...R, number]>;

  /**
   * A container for debugging commands.
   *
   * `DEBUG [arg ...]`
   *
   * @see {@link https://redis.io/commands/debug/}
   */
  debug(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Decrement the integer value of a key by one.
   *
   * `DECR key`
   *
   * @see {@link https://redis.io/commands/decr/}
   */
  decr(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Decrement the integer value of a key by the given number.
   *
   * `DECRBY key decrement`
   *
   * @see {@link https://redis.io/commands/decrby/}
   */
  decrby(
    key: RedisKey,
    decrement: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Delete a key.
   *
   * `DEL key [key ...]`
   *
   * @see {@link https://redis.io/commands/del/}
   */
  del(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Return a serialized version of the value stored at the specified key.
   *
   * `DUMP key`
   *
   * @see {@link https://redis.io/commands/dump/}
   */
  dump(key: RedisKey): Transaction<S, [...R, Uint8Array | null]>;

  /**
   * Echo the given string.
   *
   * `ECHO message`
   *
   * @see {@link https://redis.io/commands/echo/}
   */
  echo(message: RedisArgument): Transaction<S, [...R, Reply<S>]>;

  /**
   * Execute a Lua script server side.
   *
   * `EVAL script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval/}
   */
  eval(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVAL_RO script numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/eval_ro/}
   */
  evalRo(
    script: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Execute a Lua script server side.
   *
   * `EVALSHA sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha/}
   */
  evalsha(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Execute a read-only Lua script server side.
   *
   * `EVALSHA_RO sha1 numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/evalsha_ro/}
   */
  evalshaRo(
    sha1: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Determine if a key exists.
   *
   * `EXISTS key [key ...]`
   *
   * @see {@link https://redis.io/commands/exists/}
   */
  exists(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Set a key's time to live in seconds.
   *
   * `EXPIRE key seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expire/}
   */
  expire(
    key: RedisKey,
    seconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Transaction<S, [...R, number]>;

  /**
   * Set the expiration for a key as a UNIX timestamp.
   *
   * `EXPIREAT key unix-time-seconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/expireat/}
   */
  expireat(
    key: RedisKey,
    unixTimeSeconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the expiration Unix timestamp for a key.
   *
   * `EXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/expiretime/}
   */
  expiretime(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Start a coordinated failover between this server and one of its replicas.
   *
   * `FAILOVER [TO host port [FORCE]] [ABORT] [TIMEOUT milliseconds]`
   *
   * @see {@link https://redis.io/commands/failover/}
   */
  failover(options?: FailoverOptions): Transaction<S, [...R, "OK"]>;

  /**
   * Invoke a function.
   *
   * `FCALL function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall/}
   */
  fcall(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Invoke a read-only function.
   *
   * `FCALL_RO function numkeys [key [key ...]] [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/fcall_ro/}
   */
  fcallRo(
    functionName: RedisArgument,
    keys?: readonly RedisKey[],
    args?: RedisArgument | readonly RedisArgument[],
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Remove all keys from all databases.
   *
   * `FLUSHALL [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushall/}
   */
  flushall(async?: Token<"ASYNC" | "SYNC">): Transaction<S, [...R, "OK"]>;

  /**
   * Remove all keys from the current database.
   *
   * `FLUSHDB [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/flushdb/}
   */
  flushdb(async?: Token<"ASYNC" | "SYNC">): Transaction<S, [...R, "OK"]>;

  /**
   * Delete a function by name.
   *
   * `FUNCTION DELETE library-name`
   *
   * @see {@link https://redis.io/commands/function-delete/}
   */
  functionDelete(libraryName: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Dump all functions into a serialized binary payload.
   *
   * `FUNCTION DUMP`
   *
   * @see {@link https://redis.io/commands/function-dump/}
   */
  functionDump(): Transaction<S, [...R, Uint8Array]>;

  /**
   * Deleting all functions.
   *
   * `FUNCTION FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/function-flush/}
   */
  functionFlush(async?: Token<"ASYNC" | "SYNC">): Transaction<S, [...R, "OK"]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `FUNCTION HELP`
   *
   * @see {@link https://redis.io/commands/function-help/}
   */
  functionHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Kill the function currently in execution.
   *
   * `FUNCTION KILL`
   *
   * @see {@link https://redis.io/commands/function-kill/}
   */
  functionKill(): Transaction<S, [...R, "OK"]>;

  /**
   * List information about all the functions.
   *
   * `FUNCTION LIST [LIBRARYNAME library-name-pattern] [WITHCODE]`
   *
   * @see {@link https://redis.io/commands/function-list/}
   */
  functionList(
    options?: FunctionListOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Create a function with the given arguments (name, code, description)
   *
   * `FUNCTION LOAD [REPLACE] function-code`
   *
   * @see {@link https://redis.io/commands/function-load/}
   */
  functionLoad(
    functionCode: RedisArgument,
    options?: FunctionLoadOptions,
  ): Transaction<S, [...R, Reply<S>]>;

  /**
   * Restore all the functions on the given payload.
   *
   * `FUNCTION RESTORE serialized-value [FLUSH | APPEND | REPLACE]`
   *
   * @see {@link https://redis.io/commands/function-restore/}
   */
  functionRestore(
    serializedValue: RedisArgument,
    policy?: Token<"FLUSH" | "APPEND" | "REPLACE">,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Return information about the function currently running (name, description, duration)
   *
   * `FUNCTION STATS`
   *
   * @see {@link https://redis.io/commands/function-stats/}
   */
  functionStats(): Transaction<S, [...R, RespValue]>;

  /**
   * Add one or more geospatial items in the geospatial index represented using a sorted set.
   *
   * `GEOADD key [NX | XX] [CH] longitude latitude member [longitude latitude member ...]`
   *
   * @see {@link https://redis.io/commands/geoadd/}
   */
  geoadd(
    key: RedisKey,
    longitudeLatitudeMembers: readonly (readonly [
      longitude: number,
      latitude: number,
      member: RedisArgument,
    ])[],
    options?: GeoaddOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Returns the distance between two members of a geospatial index.
   *
   * `GEODIST key member1 member2 [M | KM | FT | MI]`
   *
   * @see {@link https://redis.io/commands/geodist/}
   */
  geodist(
    key: RedisKey,
    member1: RedisArgument,
    member2: RedisArgument,
    unit?: Token<"M" | "KM" | "FT" | "MI">,
  ): Transaction<S, [...R, number | null]>;

  /**
   * Returns members of a geospatial index as standard geohash strings.
   *
   * `GEOHASH key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geohash/}
   */
  geohash(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Returns longitude and latitude of members of a geospatial index.
   *
   * `GEOPOS key member [member ...]`
   *
   * @see {@link https://redis.io/commands/geopos/}
   */
  geopos(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, ([longitude: number, latitude: number] | null)[]]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a point.
   *
   * `GEORADIUS key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadius/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` argument
   */
  georadius(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * A read-only variant for GEORADIUS.
   *
   * `GEORADIUS_RO key longitude latitude radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadius_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` argument
   */
  georadiusRo(
    key: RedisKey,
    longitude: number,
    latitude: number,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusRoOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members matching a given maximum distance from a member.
   *
   * `GEORADIUSBYMEMBER key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC] [STORE key] [STOREDIST key]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` and `GEOSEARCHSTORE` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymember(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * A read-only variant for GEORADIUSBYMEMBER.
   *
   * `GEORADIUSBYMEMBER_RO key member radius <M | KM | FT | MI> [WITHCOORD] [WITHDIST] [WITHHASH] [COUNT count [ANY]] [ASC | DESC]`
   *
   * @see {@link https://redis.io/commands/georadiusbymember_ro/}
   * @deprecated since Redis 6.2.0: use `GEOSEARCH` with the `BYRADIUS` and `FROMMEMBER` arguments
   */
  georadiusbymemberRo(
    key: RedisKey,
    member: RedisArgument,
    radius: number,
    unit: Token<"M" | "KM" | "FT" | "MI">,
    options?: GeoradiusbymemberRoOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle.
   *
   * `GEOSEARCH key <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [WITHCOORD] [WITHDIST] [WITHHASH]`
   *
   * @see {@link https://redis.io/commands/geosearch/}
   */
  geosearch<O extends GeosearchOptions = GeosearchOptions>(
    key: RedisKey,
    options: O,
  ): Transaction<
    S,
    [
      ...R,
      O extends { withcoord: true } | { withdist: true } | { withhash: true }
        ? GeoMatch<Reply<S>>[]
        : Reply<S>[],
    ]
  >;

  /**
   * Query a sorted set representing a geospatial index to fetch members inside an area of a box or a circle, and store the result in another key.
   *
   * `GEOSEARCHSTORE destination source <FROMMEMBER member | FROMLONLAT longitude latitude> <BYRADIUS radius <M | KM | FT | MI> | BYBOX width height <M | KM | FT | MI>> [ASC | DESC] [COUNT count [ANY]] [STOREDIST]`
   *
   * @see {@link https://redis.io/commands/geosearchstore/}
   */
  geosearchstore(
    destination: RedisKey,
    source: RedisKey,
    options: GeosearchstoreOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the value of a key.
   *
   * `GET key`
   *
   * @see {@link https://redis.io/commands/get/}
   */
  get(key: RedisKey): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Returns the bit value at offset in the string value stored at key.
   *
   * `GETBIT key offset`
   *
   * @see {@link https://redis.io/commands/getbit/}
   */
  getbit(
    key: RedisKey,
    offset: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the value of a key and delete the key.
   *
   * `GETDEL key`
   *
   * @see {@link https://redis.io/commands/getdel/}
   */
  getdel(key: RedisKey): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Get the value of a key and optionally set its expiration.
   *
   * `GETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST]`
   *
   * @see {@link https://redis.io/commands/getex/}
   */
  getex(
    key: RedisKey,
    options?: GetexOptions,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `GETRANGE key start end`
   *
   * @see {@link https://redis.io/commands/getrange/}
   */
  getrange(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Transaction<S, [...R, Reply<S>]>;

  /**
   * Set the string value of a key and return its old value.
   *
   * `GETSET key value`
   *
   * @see {@link https://redis.io/commands/getset/}
   * @deprecated since Redis 6.2.0: use `SET` with the `!GET` argument
   */
  getset(
    key: RedisKey,
    value: RedisArgument,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Delete one or more hash fields.
   *
   * `HDEL key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hdel/}
   */
  hdel(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Determine if a hash field exists.
   *
   * `HEXISTS key field`
   *
   * @see {@link https://redis.io/commands/hexists/}
   */
  hexists(key: RedisKey, field: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Set expiry for hash field using relative time to expire (seconds)
   *
   * `HEXPIRE key seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpire/}
   */
  hexpire(
    key: RedisKey,
    seconds: number | bigint,
    options: HexpireOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (seconds)
   *
   * `HEXPIREAT key unix-time-seconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpireat/}
   */
  hexpireat(
    key: RedisKey,
    unixTimeSeconds: number,
    options: HexpireatOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in seconds.
   *
   * `HEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hexpiretime/}
   */
  hexpiretime(
    key: RedisKey,
    options: HexpiretimeOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Get the value of a hash field.
   *
   * `HGET key field`
   *
   * @see {@link https://redis.io/commands/hget/}
   */
  hget(
    key: RedisKey,
    field: RedisArgument,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Get all the fields and values in a hash.
   *
   * `HGETALL key`
   *
   * @see {@link https://redis.io/commands/hgetall/}
   */
  hgetall(key: RedisKey): Transaction<S, [...R, Record<string, Reply<S>>]>;

  /**
   * Returns the value of a field and deletes it from the hash.
   *
   * `HGETDEL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetdel/}
   */
  hgetdel(
    key: RedisKey,
    options: HgetdelOptions,
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Get the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HGETEX key [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | PERSIST] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hgetex/}
   */
  hgetex(
    key: RedisKey,
    options: HgetexOptions,
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Increment the integer value of a hash field by the given number.
   *
   * `HINCRBY key field increment`
   *
   * @see {@link https://redis.io/commands/hincrby/}
   */
  hincrby(
    key: RedisKey,
    field: RedisArgument,
    increment: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Increment the float value of a hash field by the given amount.
   *
   * `HINCRBYFLOAT key field increment`
   *
   * @see {@link https://redis.io/commands/hincrbyfloat/}
   */
  hincrbyfloat(
    key: RedisKey,
    field: RedisArgument,
    increment: number,
  ): Transaction<S, [...R, number]>;

  /**
   * Get all the fields in a hash.
   *
   * `HKEYS key`
   *
   * @see {@link https://redis.io/commands/hkeys/}
   */
  hkeys(key: RedisKey): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the number of fields in a hash.
   *
   * `HLEN key`
   *
   * @see {@link https://redis.io/commands/hlen/}
   */
  hlen(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Get the values of all the given hash fields.
   *
   * `HMGET key field [field ...]`
   *
   * @see {@link https://redis.io/commands/hmget/}
   */
  hmget(
    key: RedisKey,
    ...fields: RedisArgument[] | [fields: readonly RedisArgument[]]
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Set multiple hash fields to multiple values.
   *
   * `HMSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hmset/}
   * @deprecated since Redis 4.0.0: use `HSET` with multiple field-value pairs
   */
  hmset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Removes the expiration time for each specified field.
   *
   * `HPERSIST key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpersist/}
   */
  hpersist(
    key: RedisKey,
    options: HpersistOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using relative time to expire (milliseconds)
   *
   * `HPEXPIRE key milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpire/}
   */
  hpexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    options: HpexpireOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Set expiry for hash field using an absolute Unix timestamp (milliseconds)
   *
   * `HPEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT] FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpireat/}
   */
  hpexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    options: HpexpireatOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Returns the expiration time of a hash field as a Unix timestamp, in msec.
   *
   * `HPEXPIRETIME key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpexpiretime/}
   */
  hpexpiretime(
    key: RedisKey,
    options: HpexpiretimeOptions,
  ): Transaction<S, [...R, number[]]>;

  /**
   * Returns the TTL in milliseconds of a hash field.
   *
   * `HPTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/hpttl/}
   */
  hpttl(key: RedisKey, options: HpttlOptions): Transaction<S, [...R, number[]]>;

  /**
   * Get one or multiple random fields from a hash.
   *
   * `HRANDFIELD key [count [WITHVALUES]]`
   *
   * @see {@link https://redis.io/commands/hrandfield/}
   */
  hrandfield<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withvalues?: Token<"WITHVALUES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      O extends undefined ? Reply<S> | null
        : O extends readonly [unknown, "WITHVALUES" | "withvalues"]
          ? [field: Reply<S>, value: Reply<S>][]
        : Reply<S>[],
    ]
  >;

  /**
   * Incrementally iterate hash fields and associated values.
   *
   * `HSCAN key cursor [MATCH pattern] [COUNT count] [NOVALUES]`
   *
   * @see {@link https://redis.io/commands/hscan/}
   */
  hscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: HscanOptions,
  ): Transaction<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Set the string value of a hash field.
   *
   * `HSET key field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hset/}
   */
  hset(
    key: RedisKey,
    ...fieldValues: [
      fieldValues:
        | Record<string, RedisArgument>
        | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    ] | [field: RedisArgument, value: RedisArgument]
  ): Transaction<S, [...R, number]>;

  /**
   * Set the value of one or more fields of a given hash key, and optionally set their expiration.
   *
   * `HSETEX key [FNX | FXX] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL] FIELDS numfields field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/hsetex/}
   */
  hsetex(key: RedisKey, options: HsetexOptions): Transaction<S, [...R, number]>;

  /**
   * Set the value of a hash field, only if the field does not exist.
   *
   * `HSETNX key field value`
   *
   * @see {@link https://redis.io/commands/hsetnx/}
   */
  hsetnx(
    key: RedisKey,
    field: RedisArgument,
    value: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the length of the value of a hash field.
   *
   * `HSTRLEN key field`
   *
   * @see {@link https://redis.io/commands/hstrlen/}
   */
  hstrlen(key: RedisKey, field: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Returns the TTL in seconds of a hash field.
   *
   * `HTTL key FIELDS numfields field [field ...]`
   *
   * @see {@link https://redis.io/commands/httl/}
   */
  httl(key: RedisKey, options: HttlOptions): Transaction<S, [...R, number[]]>;

  /**
   * Get all the values in a hash.
   *
   * `HVALS key`
   *
   * @see {@link https://redis.io/commands/hvals/}
   */
  hvals(key: RedisKey): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Increment the integer value of a key by one.
   *
   * `INCR key`
   *
   * @see {@link https://redis.io/commands/incr/}
   */
  incr(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Increment the integer value of a key by the given amount.
   *
   * `INCRBY key increment`
   *
   * @see {@link https://redis.io/commands/incrby/}
   */
  incrby(
    key: RedisKey,
    increment: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Increment the float value of a key by the given amount.
   *
   * `INCRBYFLOAT key increment`
   *
   * @see {@link https://redis.io/commands/incrbyfloat/}
   */
  incrbyfloat(key: RedisKey, increment: number): Transaction<S, [...R, number]>;

  /**
   * Get information and statistics about the server.
   *
   * `INFO [section [section ...]]`
   *
   * @see {@link https://redis.io/commands/info/}
   */
  info(
    ...sections: RedisArgument[] | [sections: readonly RedisArgument[]]
  ): Transaction<S, [...R, Reply<S>]>;

  /**
   * Find all keys matching the given pattern.
   *
   * `KEYS pattern`
   *
   * @see {@link https://redis.io/commands/keys/}
   */
  keys(pattern: RedisArgument): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the UNIX time stamp of the last successful save to disk.
   *
   * `LASTSAVE`
   *
   * @see {@link https://redis.io/commands/lastsave/}
   */
  lastsave(): Transaction<S, [...R, number]>;

  /**
   * Return a human readable latency analysis report.
   *
   * `LATENCY DOCTOR`
   *
   * @see {@link https://redis.io/commands/latency-doctor/}
   */
  latencyDoctor(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Return a latency graph for the event.
   *
   * `LATENCY GRAPH event`
   *
   * @see {@link https://redis.io/commands/latency-graph/}
   */
  latencyGraph(event: RedisArgument): Transaction<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `LATENCY HELP`
   *
   * @see {@link https://redis.io/commands/latency-help/}
   */
  latencyHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Return the cumulative distribution of latencies of a subset of commands or all.
   *
   * `LATENCY HISTOGRAM [command [command ...]]`
   *
   * @see {@link https://redis.io/commands/latency-histogram/}
   */
  latencyHistogram(
    ...commands: RedisArgument[] | [commands: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Return timestamp-latency samples for the event.
   *
   * `LATENCY HISTORY event`
   *
   * @see {@link https://redis.io/commands/latency-history/}
   */
  latencyHistory(event: RedisArgument): Transaction<S, [...R, RespValue]>;

  /**
   * Return the latest latency samples for all events.
   *
   * `LATENCY LATEST`
   *
   * @see {@link https://redis.io/commands/latency-latest/}
   */
  latencyLatest(): Transaction<S, [...R, RespValue]>;

  /**
   * Reset latency data for one or more events.
   *
   * `LATENCY RESET [event [event ...]]`
   *
   * @see {@link https://redis.io/commands/latency-reset/}
   */
  latencyReset(
    ...events: RedisArgument[] | [events: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Find longest common substring.
   *
   * `LCS key1 key2 [LEN] [IDX] [MINMATCHLEN len] [WITHMATCHLEN]`
   *
   * @see {@link https://redis.io/commands/lcs/}
   */
  lcs<O extends LcsOptions = NoOptions>(
    key1: RedisKey,
    key2: RedisKey,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      O extends { len: true } ? number
        : O extends { idx: true } ? RespValue
        : Reply<S>,
    ]
  >;

  /**
   * Get an element from a list by its index.
   *
   * `LINDEX key index`
   *
   * @see {@link https://redis.io/commands/lindex/}
   */
  lindex(
    key: RedisKey,
    index: number | bigint,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Insert an element before or after another element in a list.
   *
   * `LINSERT key <BEFORE | AFTER> pivot element`
   *
   * @see {@link https://redis.io/commands/linsert/}
   */
  linsert(
    key: RedisKey,
    where: Token<"BEFORE" | "AFTER">,
    pivot: RedisArgument,
    element: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the length of a list.
   *
   * `LLEN key`
   *
   * @see {@link https://redis.io/commands/llen/}
   */
  llen(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Pop an element from a list, push it to another list and return it.
   *
   * `LMOVE source destination <LEFT | RIGHT> <LEFT | RIGHT>`
   *
   * @see {@link https://redis.io/commands/lmove/}
   */
  lmove(
    source: RedisKey,
    destination: RedisKey,
    wherefrom: Token<"LEFT" | "RIGHT">,
    whereto: Token<"LEFT" | "RIGHT">,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Pop elements from a list.
   *
   * `LMPOP numkeys key [key ...] <LEFT | RIGHT> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/lmpop/}
   */
  lmpop(
    keys: readonly RedisKey[],
    where: Token<"LEFT" | "RIGHT">,
    options?: LmpopOptions,
  ): Transaction<S, [...R, [key: Reply<S>, elements: Reply<S>[]] | null]>;

  /**
   * Display some computer art and the Redis version.
   *
   * `LOLWUT [VERSION version]`
   *
   * @see {@link https://redis.io/commands/lolwut/}
   */
  lolwut(options?: LolwutOptions): Transaction<S, [...R, Reply<S>]>;

  /**
   * Remove and get the first elements in a list.
   *
   * `LPOP key [count]`
   *
   * @see {@link https://redis.io/commands/lpop/}
   */
  lpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Transaction<
    S,
    [...R, O extends undefined ? Reply<S> | null : Reply<S>[] | null]
  >;

  /**
   * Return the index of matching elements on a list.
   *
   * `LPOS key element [RANK rank] [COUNT num-matches] [MAXLEN len]`
   *
   * @see {@link https://redis.io/commands/lpos/}
   */
  lpos<O extends LposOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [...R, O extends { count: number } ? number[] : number | null]
  >;

  /**
   * Prepend one or multiple elements to a list.
   *
   * `LPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpush/}
   */
  lpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Prepend an element to a list, only if the list exists.
   *
   * `LPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/lpushx/}
   */
  lpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Get a range of elements from a list.
   *
   * `LRANGE key start stop`
   *
   * @see {@link https://redis.io/commands/lrange/}
   */
  lrange(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Remove elements from a list.
   *
   * `LREM key count element`
   *
   * @see {@link https://redis.io/commands/lrem/}
   */
  lrem(
    key: RedisKey,
    count: number | bigint,
    element: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Set the value of an element in a list by its index.
   *
   * `LSET key index element`
   *
   * @see {@link https://redis.io/commands/lset/}
   */
  lset(
    key: RedisKey,
    index: number | bigint,
    element: RedisArgument,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Trim a list to the specified range.
   *
   * `LTRIM key start stop`
   *
   * @see {@link https://redis.io/commands/ltrim/}
   */
  ltrim(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Outputs memory problems report.
   *
   * `MEMORY DOCTOR`
   *
   * @see {@link https://redis.io/commands/memory-doctor/}
   */
  memoryDoctor(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MEMORY HELP`
   *
   * @see {@link https://redis.io/commands/memory-help/}
   */
  memoryHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Show allocator internal stats.
   *
   * `MEMORY MALLOC-STATS`
   *
   * @see {@link https://redis.io/commands/memory-malloc-stats/}
   */
  memoryMallocStats(): Transaction<S, [...R, Reply<S>]>;

  /**
   * Ask the allocator to release memory.
   *
   * `MEMORY PURGE`
   *
   * @see {@link https://redis.io/commands/memory-purge/}
   */
  memoryPurge(): Transaction<S, [...R, "OK"]>;

  /**
   * Show memory usage details.
   *
   * `MEMORY STATS`
   *
   * @see {@link https://redis.io/commands/memory-stats/}
   */
  memoryStats(): Transaction<S, [...R, Record<string, RespValue>]>;

  /**
   * Estimate the memory usage of a key.
   *
   * `MEMORY USAGE key [SAMPLES count]`
   *
   * @see {@link https://redis.io/commands/memory-usage/}
   */
  memoryUsage(
    key: RedisKey,
    options?: MemoryUsageOptions,
  ): Transaction<S, [...R, number | null]>;

  /**
   * Get the values of all the given keys.
   *
   * `MGET key [key ...]`
   *
   * @see {@link https://redis.io/commands/mget/}
   */
  mget(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Atomically transfer a key from a Redis instance to another one.
   *
   * `MIGRATE host port <key | > destination-db timeout [COPY] [REPLACE] [[AUTH password] | [AUTH2 username password]] [KEYS key [key ...]]`
   *
   * @see {@link https://redis.io/commands/migrate/}
   */
  migrate(
    host: RedisArgument,
    port: number | bigint,
    keyOrEmptyString: RedisKey | Token<"">,
    destinationDb: number | bigint,
    timeout: number | bigint,
    options?: MigrateOptions,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `MODULE HELP`
   *
   * @see {@link https://redis.io/commands/module-help/}
   */
  moduleHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * List all modules loaded by the server.
   *
   * `MODULE LIST`
   *
   * @see {@link https://redis.io/commands/module-list/}
   */
  moduleList(): Transaction<S, [...R, RespValue]>;

  /**
   * Load a module.
   *
   * `MODULE LOAD path [arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-load/}
   */
  moduleLoad(
    path: RedisArgument,
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Load a module with extended parameters.
   *
   * `MODULE LOADEX path [CONFIG name value [CONFIG name value ...]] [ARGS arg [arg ...]]`
   *
   * @see {@link https://redis.io/commands/module-loadex/}
   */
  moduleLoadex(
    path: RedisArgument,
    options?: ModuleLoadexOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Unload a module.
   *
   * `MODULE UNLOAD name`
   *
   * @see {@link https://redis.io/commands/module-unload/}
   */
  moduleUnload(name: RedisArgument): Transaction<S, [...R, "OK"]>;

  /**
   * Move a key to another database.
   *
   * `MOVE key db`
   *
   * @see {@link https://redis.io/commands/move/}
   */
  move(key: RedisKey, db: number | bigint): Transaction<S, [...R, number]>;

  /**
   * Set multiple keys to multiple values.
   *
   * `MSET key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/mset/}
   */
  mset(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Set multiple keys to multiple values, only if none of the keys exist.
   *
   * `MSETNX key value [key value ...]`
   *
   * @see {@link https://redis.io/commands/msetnx/}
   */
  msetnx(
    ...keyValues: [
      keyValues:
        | Record<string, RedisArgument>
        | readonly (readonly [key: RedisKey, value: RedisArgument])[],
    ] | [key: RedisKey, value: RedisArgument]
  ): Transaction<S, [...R, number]>;

  /**
   * Inspect the internal encoding of a Redis object.
   *
   * `OBJECT ENCODING key`
   *
   * @see {@link https://redis.io/commands/object-encoding/}
   */
  objectEncoding(key: RedisKey): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Get the logarithmic access frequency counter of a Redis object.
   *
   * `OBJECT FREQ key`
   *
   * @see {@link https://redis.io/commands/object-freq/}
   */
  objectFreq(key: RedisKey): Transaction<S, [...R, number | null]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `OBJECT HELP`
   *
   * @see {@link https://redis.io/commands/object-help/}
   */
  objectHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the time since a Redis object was last accessed.
   *
   * `OBJECT IDLETIME key`
   *
   * @see {@link https://redis.io/commands/object-idletime/}
   */
  objectIdletime(key: RedisKey): Transaction<S, [...R, number | null]>;

  /**
   * Get the number of references to the value of the key.
   *
   * `OBJECT REFCOUNT key`
   *
   * @see {@link https://redis.io/commands/object-refcount/}
   */
  objectRefcount(key: RedisKey): Transaction<S, [...R, number | null]>;

  /**
   * Remove the expiration from a key.
   *
   * `PERSIST key`
   *
   * @see {@link https://redis.io/commands/persist/}
   */
  persist(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Set a key's time to live in milliseconds.
   *
   * `PEXPIRE key milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpire/}
   */
  pexpire(
    key: RedisKey,
    milliseconds: number | bigint,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Transaction<S, [...R, number]>;

  /**
   * Set the expiration for a key as a UNIX timestamp specified in milliseconds.
   *
   * `PEXPIREAT key unix-time-milliseconds [NX | XX | GT | LT]`
   *
   * @see {@link https://redis.io/commands/pexpireat/}
   */
  pexpireat(
    key: RedisKey,
    unixTimeMilliseconds: number,
    condition?: Token<"NX" | "XX" | "GT" | "LT">,
  ): Transaction<S, [...R, number]>;

  /**
   * Get the expiration Unix timestamp for a key in milliseconds.
   *
   * `PEXPIRETIME key`
   *
   * @see {@link https://redis.io/commands/pexpiretime/}
   */
  pexpiretime(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Adds the specified elements to the specified HyperLogLog.
   *
   * `PFADD key [element [element ...]]`
   *
   * @see {@link https://redis.io/commands/pfadd/}
   */
  pfadd(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Return the approximated cardinality of the set(s) observed by the HyperLogLog at key(s).
   *
   * `PFCOUNT key [key ...]`
   *
   * @see {@link https://redis.io/commands/pfcount/}
   */
  pfcount(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Internal commands for debugging HyperLogLog values.
   *
   * `PFDEBUG subcommand key`
   *
   * @see {@link https://redis.io/commands/pfdebug/}
   */
  pfdebug(
    subcommand: RedisArgument,
    key: RedisKey,
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Merge N different HyperLogLogs into a single one.
   *
   * `PFMERGE destkey sourcekey [sourcekey ...]`
   *
   * @see {@link https://redis.io/commands/pfmerge/}
   */
  pfmerge(
    destkey: RedisKey,
    ...sourcekeys: RedisKey[] | [sourcekeys: readonly RedisKey[]]
  ): Transaction<S, [...R, "OK"]>;

  /**
   * An internal command for testing HyperLogLog values.
   *
   * `PFSELFTEST`
   *
   * @see {@link https://redis.io/commands/pfselftest/}
   */
  pfselftest(): Transaction<S, [...R, RespValue]>;

  /**
   * Ping the server.
   *
   * `PING [message]`
   *
   * @see {@link https://redis.io/commands/ping/}
   */
  ping<O extends RedisArgument | undefined = undefined>(
    message?: O,
  ): Transaction<S, [...R, O extends undefined ? "PONG" : Reply<S>]>;

  /**
   * Set the value and expiration in milliseconds of a key.
   *
   * `PSETEX key milliseconds value`
   *
   * @see {@link https://redis.io/commands/psetex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `PX` argument
   */
  psetex(
    key: RedisKey,
    milliseconds: number | bigint,
    value: RedisArgument,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Get the time to live for a key in milliseconds.
   *
   * `PTTL key`
   *
   * @see {@link https://redis.io/commands/pttl/}
   */
  pttl(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Post a message to a channel.
   *
   * `PUBLISH channel message`
   *
   * @see {@link https://redis.io/commands/publish/}
   */
  publish(
    channel: RedisArgument,
    message: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * List active channels.
   *
   * `PUBSUB CHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-channels/}
   */
  pubsubChannels(pattern?: RedisArgument): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `PUBSUB HELP`
   *
   * @see {@link https://redis.io/commands/pubsub-help/}
   */
  pubsubHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the count of unique patterns pattern subscriptions.
   *
   * `PUBSUB NUMPAT`
   *
   * @see {@link https://redis.io/commands/pubsub-numpat/}
   */
  pubsubNumpat(): Transaction<S, [...R, number]>;

  /**
   * Get the count of subscribers for channels.
   *
   * `PUBSUB NUMSUB [channel [channel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-numsub/}
   */
  pubsubNumsub(
    ...channels: RedisArgument[] | [channels: readonly RedisArgument[]]
  ): Transaction<S, [...R, Record<string, number>]>;

  /**
   * List active shard channels.
   *
   * `PUBSUB SHARDCHANNELS [pattern]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardchannels/}
   */
  pubsubShardchannels(
    pattern?: RedisArgument,
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the count of subscribers for shard channels.
   *
   * `PUBSUB SHARDNUMSUB [shardchannel [shardchannel ...]]`
   *
   * @see {@link https://redis.io/commands/pubsub-shardnumsub/}
   */
  pubsubShardnumsub(
    ...shardchannels: RedisArgument[] | [
      shardchannels: readonly RedisArgument[],
    ]
  ): Transaction<S, [...R, Record<string, number>]>;

  /**
   * Return a random key from the keyspace.
   *
   * `RANDOMKEY`
   *
   * @see {@link https://redis.io/commands/randomkey/}
   */
  randomkey(): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Enables read queries for a connection to a cluster replica node.
   *
   * `READONLY`
   *
   * @see {@link https://redis.io/commands/readonly/}
   */
  readonly(): Transaction<S, [...R, "OK"]>;

  /**
   * Disables read queries for a connection to a cluster replica node.
   *
   * `READWRITE`
   *
   * @see {@link https://redis.io/commands/readwrite/}
   */
  readwrite(): Transaction<S, [...R, "OK"]>;

  /**
   * Rename a key.
   *
   * `RENAME key newkey`
   *
   * @see {@link https://redis.io/commands/rename/}
   */
  rename(key: RedisKey, newkey: RedisKey): Transaction<S, [...R, "OK"]>;

  /**
   * Rename a key, only if the new key does not exist.
   *
   * `RENAMENX key newkey`
   *
   * @see {@link https://redis.io/commands/renamenx/}
   */
  renamenx(key: RedisKey, newkey: RedisKey): Transaction<S, [...R, number]>;

  /**
   * An internal command for configuring the replication stream.
   *
   * `REPLCONF [arg ...]`
   *
   * @see {@link https://redis.io/commands/replconf/}
   */
  replconf(
    ...args: RedisArgument[] | [args: readonly RedisArgument[]]
  ): Transaction<S, [...R, RespValue]>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `REPLICAOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/replicaof/}
   */
  replicaof(args: ReplicaofArgs): Transaction<S, [...R, "OK"]>;

  /**
   * Create a key using the provided serialized value, previously obtained using DUMP.
   *
   * `RESTORE key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore/}
   */
  restore(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * An internal command for migrating keys in a cluster.
   *
   * `RESTORE-ASKING key ttl serialized-value [REPLACE] [ABSTTL] [IDLETIME seconds] [FREQ frequency]`
   *
   * @see {@link https://redis.io/commands/restore-asking/}
   */
  restoreAsking(
    key: RedisKey,
    ttl: number | bigint,
    serializedValue: RedisArgument,
    options?: RestoreAskingOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Return the role of the instance in the context of replication.
   *
   * `ROLE`
   *
   * @see {@link https://redis.io/commands/role/}
   */
  role(): Transaction<S, [...R, RespValue]>;

  /**
   * Remove and get the last elements in a list.
   *
   * `RPOP key [count]`
   *
   * @see {@link https://redis.io/commands/rpop/}
   */
  rpop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Transaction<
    S,
    [...R, O extends undefined ? Reply<S> | null : Reply<S>[] | null]
  >;

  /**
   * Remove the last element in a list, prepend it to another list and return it.
   *
   * `RPOPLPUSH source destination`
   *
   * @see {@link https://redis.io/commands/rpoplpush/}
   * @deprecated since Redis 6.2.0: use `LMOVE` with the `RIGHT` and `LEFT` arguments
   */
  rpoplpush(
    source: RedisKey,
    destination: RedisKey,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Append one or multiple elements to a list.
   *
   * `RPUSH key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpush/}
   */
  rpush(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Append an element to a list, only if the list exists.
   *
   * `RPUSHX key element [element ...]`
   *
   * @see {@link https://redis.io/commands/rpushx/}
   */
  rpushx(
    key: RedisKey,
    ...elements: RedisArgument[] | [elements: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Add one or more members to a set.
   *
   * `SADD key member [member ...]`
   *
   * @see {@link https://redis.io/commands/sadd/}
   */
  sadd(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Synchronously save the dataset to disk.
   *
   * `SAVE`
   *
   * @see {@link https://redis.io/commands/save/}
   */
  save(): Transaction<S, [...R, "OK"]>;

  /**
   * Incrementally iterate the keys space.
   *
   * `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]`
   *
   * @see {@link https://redis.io/commands/scan/}
   */
  scan(
    cursor: RedisArgument,
    options?: ScanOptions,
  ): Transaction<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the number of members in a set.
   *
   * `SCARD key`
   *
   * @see {@link https://redis.io/commands/scard/}
   */
  scard(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Set the debug mode for executed scripts.
   *
   * `SCRIPT DEBUG <YES | SYNC | NO>`
   *
   * @see {@link https://redis.io/commands/script-debug/}
   */
  scriptDebug(mode: Token<"YES" | "SYNC" | "NO">): Transaction<S, [...R, "OK"]>;

  /**
   * Check existence of scripts in the script cache.
   *
   * `SCRIPT EXISTS sha1 [sha1 ...]`
   *
   * @see {@link https://redis.io/commands/script-exists/}
   */
  scriptExists(
    ...sha1s: RedisArgument[] | [sha1s: readonly RedisArgument[]]
  ): Transaction<S, [...R, number[]]>;

  /**
   * Remove all the scripts from the script cache.
   *
   * `SCRIPT FLUSH [ASYNC | SYNC]`
   *
   * @see {@link https://redis.io/commands/script-flush/}
   */
  scriptFlush(async?: Token<"ASYNC" | "SYNC">): Transaction<S, [...R, "OK"]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SCRIPT HELP`
   *
   * @see {@link https://redis.io/commands/script-help/}
   */
  scriptHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Kill the script currently in execution.
   *
   * `SCRIPT KILL`
   *
   * @see {@link https://redis.io/commands/script-kill/}
   */
  scriptKill(): Transaction<S, [...R, "OK"]>;

  /**
   * Load the specified Lua script into the script cache.
   *
   * `SCRIPT LOAD script`
   *
   * @see {@link https://redis.io/commands/script-load/}
   */
  scriptLoad(script: RedisArgument): Transaction<S, [...R, Reply<S>]>;

  /**
   * Show server-side Lua script in the script cache.
   *
   * `SCRIPT SHOW sha1`
   *
   * @see {@link https://valkey.io/commands/script-show/}
   */
  scriptShow(sha1: RedisArgument): Transaction<S, [...R, Reply<S>]>;

  /**
   * Subtract multiple sets.
   *
   * `SDIFF key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiff/}
   */
  sdiff(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Subtract multiple sets and store the resulting set in a key.
   *
   * `SDIFFSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sdiffstore/}
   */
  sdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Set the string value of a key.
   *
   * `SET key value [NX | XX] [IFEQ comparison-value] [GET] [EX seconds | PX milliseconds | EXAT unix-time-seconds | PXAT unix-time-milliseconds | KEEPTTL]`
   *
   * @see {@link https://redis.io/commands/set/}
   */
  set<O extends SetOptions = NoOptions>(
    key: RedisKey,
    value: RedisArgument,
    options?: O,
  ): Transaction<S, [...R, IfOption<O, "get", Reply<S> | null, "OK" | null>]>;

  /**
   * Sets or clears the bit at offset in the string value stored at key.
   *
   * `SETBIT key offset value`
   *
   * @see {@link https://redis.io/commands/setbit/}
   */
  setbit(
    key: RedisKey,
    offset: number | bigint,
    value: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Set the value and expiration of a key.
   *
   * `SETEX key seconds value`
   *
   * @see {@link https://redis.io/commands/setex/}
   * @deprecated since Redis 2.6.12: use `SET` with the `EX` argument
   */
  setex(
    key: RedisKey,
    seconds: number | bigint,
    value: RedisArgument,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Set the value of a key, only if the key does not exist.
   *
   * `SETNX key value`
   *
   * @see {@link https://redis.io/commands/setnx/}
   * @deprecated since Redis 2.6.12: use `SET` with the `NX` argument
   */
  setnx(key: RedisKey, value: RedisArgument): Transaction<S, [...R, number]>;

  /**
   * Overwrite part of a string at key starting at the specified offset.
   *
   * `SETRANGE key offset value`
   *
   * @see {@link https://redis.io/commands/setrange/}
   */
  setrange(
    key: RedisKey,
    offset: number | bigint,
    value: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Synchronously save the dataset to disk and then shut down the server.
   *
   * `SHUTDOWN [NOSAVE | SAVE] [NOW] [FORCE] [ABORT]`
   *
   * @see {@link https://redis.io/commands/shutdown/}
   */
  shutdown(options?: ShutdownOptions): Transaction<S, [...R, RespValue]>;

  /**
   * Intersect multiple sets.
   *
   * `SINTER key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinter/}
   */
  sinter(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Intersect multiple sets and return the cardinality of the result.
   *
   * `SINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/sintercard/}
   */
  sintercard(
    keys: readonly RedisKey[],
    options?: SintercardOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Intersect multiple sets and store the resulting set in a key.
   *
   * `SINTERSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sinterstore/}
   */
  sinterstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Determine if a given value is a member of a set.
   *
   * `SISMEMBER key member`
   *
   * @see {@link https://redis.io/commands/sismember/}
   */
  sismember(
    key: RedisKey,
    member: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Make the server a replica of another instance, or promote it as master.
   *
   * `SLAVEOF <host port | NO ONE>`
   *
   * @see {@link https://redis.io/commands/slaveof/}
   * @deprecated since Redis 5.0.0: use `REPLICAOF`
   */
  slaveof(args: SlaveofArgs): Transaction<S, [...R, "OK"]>;

  /**
   * Get the slow log's entries.
   *
   * `SLOWLOG GET [count]`
   *
   * @see {@link https://redis.io/commands/slowlog-get/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG GET <count> SLOW`
   */
  slowlogGet(count?: number | bigint): Transaction<S, [...R, RespValue]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `SLOWLOG HELP`
   *
   * @see {@link https://redis.io/commands/slowlog-help/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG HELP`
   */
  slowlogHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get the slow log's length.
   *
   * `SLOWLOG LEN`
   *
   * @see {@link https://redis.io/commands/slowlog-len/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG LEN SLOW`
   */
  slowlogLen(): Transaction<S, [...R, number]>;

  /**
   * Clear all entries from the slow log.
   *
   * `SLOWLOG RESET`
   *
   * @see {@link https://redis.io/commands/slowlog-reset/}
   * @deprecated since Redis 8.1.0: use `COMMANDLOG RESET SLOW`
   */
  slowlogReset(): Transaction<S, [...R, "OK"]>;

  /**
   * Get all the members in a set.
   *
   * `SMEMBERS key`
   *
   * @see {@link https://redis.io/commands/smembers/}
   */
  smembers(key: RedisKey): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Returns the membership associated with the given elements for a set.
   *
   * `SMISMEMBER key member [member ...]`
   *
   * @see {@link https://redis.io/commands/smismember/}
   */
  smismember(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, number[]]>;

  /**
   * Move a member from one set to another.
   *
   * `SMOVE source destination member`
   *
   * @see {@link https://redis.io/commands/smove/}
   */
  smove(
    source: RedisKey,
    destination: RedisKey,
    member: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Sort the elements in a list, set or sorted set.
   *
   * `SORT key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA] [STORE destination]`
   *
   * @see {@link https://redis.io/commands/sort/}
   */
  sort<O extends SortOptions = NoOptions>(
    key: RedisKey,
    options?: O,
  ): Transaction<
    S,
    [...R, O extends { store: RedisKey } ? number : (Reply<S> | null)[]]
  >;

  /**
   * Sort the elements in a list, set or sorted set. Read-only variant of SORT.
   *
   * `SORT_RO key [BY pattern] [LIMIT offset count] [GET pattern [GET pattern ...]] [ASC | DESC] [ALPHA]`
   *
   * @see {@link https://redis.io/commands/sort_ro/}
   */
  sortRo(
    key: RedisKey,
    options?: SortRoOptions,
  ): Transaction<S, [...R, (Reply<S> | null)[]]>;

  /**
   * Remove and return one or multiple random members from a set.
   *
   * `SPOP key [count]`
   *
   * @see {@link https://redis.io/commands/spop/}
   */
  spop<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Transaction<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Post a message to a shard channel.
   *
   * `SPUBLISH shardchannel message`
   *
   * @see {@link https://redis.io/commands/spublish/}
   */
  spublish(
    shardchannel: RedisArgument,
    message: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Get one or multiple random members from a set.
   *
   * `SRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/srandmember/}
   */
  srandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Transaction<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Remove one or more members from a set.
   *
   * `SREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/srem/}
   */
  srem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Incrementally iterate Set elements.
   *
   * `SSCAN key cursor [MATCH pattern] [COUNT count]`
   *
   * @see {@link https://redis.io/commands/sscan/}
   */
  sscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: SscanOptions,
  ): Transaction<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the length of the value stored in a key.
   *
   * `STRLEN key`
   *
   * @see {@link https://redis.io/commands/strlen/}
   */
  strlen(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Get a substring of the string stored at a key.
   *
   * `SUBSTR key start end`
   *
   * @see {@link https://redis.io/commands/substr/}
   * @deprecated since Redis 2.0.0: use `GETRANGE`
   */
  substr(
    key: RedisKey,
    start: number | bigint,
    end: number | bigint,
  ): Transaction<S, [...R, Reply<S>]>;

  /**
   * Add multiple sets.
   *
   * `SUNION key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunion/}
   */
  sunion(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Add multiple sets and store the resulting set in a key.
   *
   * `SUNIONSTORE destination key [key ...]`
   *
   * @see {@link https://redis.io/commands/sunionstore/}
   */
  sunionstore(
    destination: RedisKey,
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Swaps two Redis databases.
   *
   * `SWAPDB index1 index2`
   *
   * @see {@link https://redis.io/commands/swapdb/}
   */
  swapdb(
    index1: number | bigint,
    index2: number | bigint,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Return the current server time.
   *
   * `TIME`
   *
   * @see {@link https://redis.io/commands/time/}
   */
  time(): Transaction<S, [...R, [seconds: Reply<S>, microseconds: Reply<S>]]>;

  /**
   * Alters the last access time of a key(s). Returns the number of existing keys specified.
   *
   * `TOUCH key [key ...]`
   *
   * @see {@link https://redis.io/commands/touch/}
   */
  touch(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Get the time to live for a key in seconds.
   *
   * `TTL key`
   *
   * @see {@link https://redis.io/commands/ttl/}
   */
  ttl(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Determine the type stored at key.
   *
   * `TYPE key`
   *
   * @see {@link https://redis.io/commands/type/}
   */
  type(key: RedisKey): Transaction<S, [...R, string]>;

  /**
   * Delete a key asynchronously in another thread. Otherwise it is just as DEL, but non blocking.
   *
   * `UNLINK key [key ...]`
   *
   * @see {@link https://redis.io/commands/unlink/}
   */
  unlink(
    ...keys: RedisKey[] | [keys: readonly RedisKey[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Adds an element with its vector to a vector set.
   *
   * `VADD key [REDUCE reduce] <FP32 fp32 | VALUES num value [value ...]> element [CAS] [NOQUANT | Q8 | BIN] [EF ef] [SETATTR attributes] [M numlinks]`
   *
   * @see {@link https://redis.io/commands/vadd/}
   */
  vadd(
    key: RedisKey,
    element: RedisArgument,
    options: VaddOptions,
  ): Transaction<S, [...R, boolean]>;

  /**
   * Returns the number of elements in a vector set.
   *
   * `VCARD key`
   *
   * @see {@link https://redis.io/commands/vcard/}
   */
  vcard(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Returns the dimension of the vectors in a vector set.
   *
   * `VDIM key`
   *
   * @see {@link https://redis.io/commands/vdim/}
   */
  vdim(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Returns the vector of an element of a vector set.
   *
   * `VEMB key element [RAW]`
   *
   * @see {@link https://redis.io/commands/vemb/}
   */
  vemb<O extends VembOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Transaction<S, [...R, IfOption<O, "raw", RespValue[], number[]>]>;

  /**
   * Returns the JSON attributes of an element of a vector set.
   *
   * `VGETATTR key element`
   *
   * @see {@link https://redis.io/commands/vgetattr/}
   */
  vgetattr(
    key: RedisKey,
    element: RedisArgument,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Returns information about a vector set.
   *
   * `VINFO key`
   *
   * @see {@link https://redis.io/commands/vinfo/}
   */
  vinfo(key: RedisKey): Transaction<S, [...R, Record<string, RespValue>]>;

  /**
   * Tells whether an element belongs to a vector set.
   *
   * `VISMEMBER key element`
   *
   * @see {@link https://redis.io/commands/vismember/}
   */
  vismember(
    key: RedisKey,
    element: RedisArgument,
  ): Transaction<S, [...R, boolean]>;

  /**
   * Returns the neighbors of an element of a vector set, layer by layer.
   *
   * `VLINKS key element [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/vlinks/}
   */
  vlinks<O extends VlinksOptions = NoOptions>(
    key: RedisKey,
    element: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscores",
        ScoredMember<Reply<S>>[][] | null,
        Reply<S>[][] | null
      >,
    ]
  >;

  /**
   * Returns one or more random elements of a vector set.
   *
   * `VRANDMEMBER key [count]`
   *
   * @see {@link https://redis.io/commands/vrandmember/}
   */
  vrandmember<O extends number | bigint | undefined = undefined>(
    key: RedisKey,
    count?: O,
  ): Transaction<S, [...R, O extends undefined ? Reply<S> | null : Reply<S>[]]>;

  /**
   * Removes an element from a vector set.
   *
   * `VREM key element`
   *
   * @see {@link https://redis.io/commands/vrem/}
   */
  vrem(key: RedisKey, element: RedisArgument): Transaction<S, [...R, boolean]>;

  /**
   * Sets (or, with an empty string, removes) the JSON attributes of an element of a vector set.
   *
   * `VSETATTR key element json`
   *
   * @see {@link https://redis.io/commands/vsetattr/}
   */
  vsetattr(
    key: RedisKey,
    element: RedisArgument,
    json: RedisArgument,
  ): Transaction<S, [...R, boolean]>;

  /**
   * Returns the elements of a vector set most similar to a vector or to an element.
   *
   * `VSIM key <ELE ele | FP32 fp32 | VALUES num value [value ...]> [WITHSCORES] [COUNT count] [EF ef] [FILTER expression] [FILTER-EF max-effort] [TRUTH] [NOTHREAD]`
   *
   * @see {@link https://redis.io/commands/vsim/}
   */
  vsim<O extends VsimOptions = VsimOptions>(
    key: RedisKey,
    options: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Wait for the synchronous replication of all the write commands sent in the context of the current connection.
   *
   * `WAIT numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/wait/}
   */
  wait(
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Blocks until all of the preceding write commands sent by the connection are written to the append-only file of the master and/or replicas.
   *
   * `WAITAOF numlocal numreplicas timeout`
   *
   * @see {@link https://redis.io/commands/waitaof/}
   */
  waitaof(
    numlocal: number | bigint,
    numreplicas: number | bigint,
    timeout: number | bigint,
  ): Transaction<S, [...R, [local: number, replicas: number]]>;

  /**
   * Marks a pending message as correctly processed, effectively removing it from the pending entries list of the consumer group. Return value of the command is the number of messages successfully acknowledged, that is, the IDs we were actually able to resolve in the PEL.
   *
   * `XACK key group id [id ...]`
   *
   * @see {@link https://redis.io/commands/xack/}
   */
  xack(
    key: RedisKey,
    group: RedisArgument,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Appends a new entry to a stream.
   *
   * `XADD key [NOMKSTREAM] [<MAXLEN | MINID> [= | ~] threshold [LIMIT count]] <* | id> field value [field value ...]`
   *
   * @see {@link https://redis.io/commands/xadd/}
   */
  xadd(
    key: RedisKey,
    idOrAuto: Token<"*"> | RedisArgument,
    fieldValues:
      | Record<string, RedisArgument>
      | readonly (readonly [field: RedisArgument, value: RedisArgument])[],
    options?: XaddOptions,
  ): Transaction<S, [...R, Reply<S> | null]>;

  /**
   * Changes (or acquires) ownership of messages in a consumer group, as if the messages were delivered to the specified consumer.
   *
   * `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] [JUSTID]`
   *
   * @see {@link https://redis.io/commands/xautoclaim/}
   */
  xautoclaim<O extends XautoclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    start: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      IfOption<
        O,
        "justid",
        [next: Reply<S>, ids: Reply<S>[], deleted: Reply<S>[]],
        [next: Reply<S>, entries: StreamEntry<Reply<S>>[], deleted: Reply<S>[]]
      >,
    ]
  >;

  /**
   * Changes (or acquires) ownership of a message in a consumer group, as if the message was delivered to the specified consumer.
   *
   * `XCLAIM key group consumer min-idle-time id [id ...] [IDLE ms] [TIME unix-time-milliseconds] [RETRYCOUNT count] [FORCE] [JUSTID] [LASTID id]`
   *
   * @see {@link https://redis.io/commands/xclaim/}
   */
  xclaim<O extends XclaimOptions = NoOptions>(
    key: RedisKey,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: RedisArgument,
    ids: RedisArgument | readonly RedisArgument[],
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "justid", Reply<S>[], StreamEntry<Reply<S>>[]>]
  >;

  /**
   * Removes the specified entries from the stream. Returns the number of items actually deleted, that may be different from the number of IDs passed in case certain IDs do not exist.
   *
   * `XDEL key id [id ...]`
   *
   * @see {@link https://redis.io/commands/xdel/}
   */
  xdel(
    key: RedisKey,
    ...ids: RedisArgument[] | [ids: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Create a consumer group.
   *
   * `XGROUP CREATE key groupname <id | $> [MKSTREAM] [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-create/}
   */
  xgroupCreate(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupCreateOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Create a consumer in a consumer group.
   *
   * `XGROUP CREATECONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-createconsumer/}
   */
  xgroupCreateconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Delete a consumer from a consumer group.
   *
   * `XGROUP DELCONSUMER key groupname consumername`
   *
   * @see {@link https://redis.io/commands/xgroup-delconsumer/}
   */
  xgroupDelconsumer(
    key: RedisKey,
    groupname: RedisArgument,
    consumername: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Destroy a consumer group.
   *
   * `XGROUP DESTROY key groupname`
   *
   * @see {@link https://redis.io/commands/xgroup-destroy/}
   */
  xgroupDestroy(
    key: RedisKey,
    groupname: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XGROUP HELP`
   *
   * @see {@link https://redis.io/commands/xgroup-help/}
   */
  xgroupHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Set a consumer group to an arbitrary last delivered ID value.
   *
   * `XGROUP SETID key groupname <id | $> [ENTRIESREAD entries_read]`
   *
   * @see {@link https://redis.io/commands/xgroup-setid/}
   */
  xgroupSetid(
    key: RedisKey,
    groupname: RedisArgument,
    id: RedisArgument | Token<"$">,
    options?: XgroupSetidOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * List the consumers in a consumer group.
   *
   * `XINFO CONSUMERS key groupname`
   *
   * @see {@link https://redis.io/commands/xinfo-consumers/}
   */
  xinfoConsumers(
    key: RedisKey,
    groupname: RedisArgument,
  ): Transaction<S, [...R, Record<string, RespValue>[]]>;

  /**
   * List the consumer groups of a stream.
   *
   * `XINFO GROUPS key`
   *
   * @see {@link https://redis.io/commands/xinfo-groups/}
   */
  xinfoGroups(
    key: RedisKey,
  ): Transaction<S, [...R, Record<string, RespValue>[]]>;

  /**
   * Show helpful text about the different subcommands.
   *
   * `XINFO HELP`
   *
   * @see {@link https://redis.io/commands/xinfo-help/}
   */
  xinfoHelp(): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Get information about a stream.
   *
   * `XINFO STREAM key [FULL [COUNT count]]`
   *
   * @see {@link https://redis.io/commands/xinfo-stream/}
   */
  xinfoStream(
    key: RedisKey,
    options?: XinfoStreamOptions,
  ): Transaction<S, [...R, Record<string, RespValue>]>;

  /**
   * Return the number of entries in a stream.
   *
   * `XLEN key`
   *
   * @see {@link https://redis.io/commands/xlen/}
   */
  xlen(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Return information and entries from a stream consumer group pending entries list, that are messages fetched but never acknowledged.
   *
   * `XPENDING key group [[IDLE min-idle-time] start end count [consumer]]`
   *
   * @see {@link https://redis.io/commands/xpending/}
   */
  xpending<
    O extends {
      /** IDLE min-idle-time (since 6.2.0) */
      idle?: number | bigint;
      /** start */
      start: RedisArgument;
      /** end */
      end: RedisArgument;
      /** count */
      count: number | bigint;
      /** consumer */
      consumer?: RedisArgument;
    } | undefined = undefined,
  >(
    key: RedisKey,
    group: RedisArgument,
    filters?: O,
  ): Transaction<
    S,
    [
      ...R,
      O extends undefined ? [
          count: number,
          first: Reply<S> | null,
          last: Reply<S> | null,
          consumers: [name: Reply<S>, count: Reply<S>][] | null,
        ]
        : [
          id: Reply<S>,
          consumer: Reply<S>,
          idle: number,
          deliveries: number,
        ][],
    ]
  >;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval.
   *
   * `XRANGE key start end [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrange/}
   */
  xrange(
    key: RedisKey,
    start: RedisArgument,
    end: RedisArgument,
    options?: XrangeOptions,
  ): Transaction<S, [...R, StreamEntry<Reply<S>>[]]>;

  /**
   * Return never seen elements in multiple streams, with IDs greater than the ones reported by the caller for each stream. Can block.
   *
   * `XREAD [COUNT count] [BLOCK milliseconds] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xread/}
   */
  xread(
    options: XreadOptions,
  ): Transaction<
    S,
    [...R, [stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null]
  >;

  /**
   * Return new entries from a stream using a consumer group, or access the history of the pending entries for a given consumer. Can block.
   *
   * `XREADGROUP GROUP group consumer [COUNT count] [BLOCK milliseconds] [NOACK] STREAMS key [key ...] id [id ...]`
   *
   * @see {@link https://redis.io/commands/xreadgroup/}
   */
  xreadgroup(
    options: XreadgroupOptions,
  ): Transaction<
    S,
    [...R, [stream: Reply<S>, entries: StreamEntry<Reply<S>>[]][] | null]
  >;

  /**
   * Return a range of elements in a stream, with IDs matching the specified IDs interval, in reverse order (from greater to smaller IDs) compared to XRANGE.
   *
   * `XREVRANGE key end start [COUNT count]`
   *
   * @see {@link https://redis.io/commands/xrevrange/}
   */
  xrevrange(
    key: RedisKey,
    end: RedisArgument,
    start: RedisArgument,
    options?: XrevrangeOptions,
  ): Transaction<S, [...R, StreamEntry<Reply<S>>[]]>;

  /**
   * An internal command for replicating stream values.
   *
   * `XSETID key last-id [ENTRIESADDED entries_added] [MAXDELETEDID max_deleted_entry_id]`
   *
   * @see {@link https://redis.io/commands/xsetid/}
   */
  xsetid(
    key: RedisKey,
    lastId: RedisArgument,
    options?: XsetidOptions,
  ): Transaction<S, [...R, "OK"]>;

  /**
   * Trims the stream to (approximately if '~' is passed) a certain size.
   *
   * `XTRIM key <MAXLEN | MINID> [= | ~] threshold [LIMIT count]`
   *
   * @see {@link https://redis.io/commands/xtrim/}
   */
  xtrim(key: RedisKey, trim: XtrimTrim): Transaction<S, [...R, number]>;

  /**
   * Add one or more members to a sorted set, or update its score if it already exists.
   *
   * `ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...]`
   *
   * @see {@link https://redis.io/commands/zadd/}
   */
  zadd<O extends ZaddOptions = NoOptions>(
    key: RedisKey,
    scoreMembers: readonly (readonly [score: number, member: RedisArgument])[],
    options?: O,
  ): Transaction<S, [...R, IfOption<O, "incr", number | null, number>]>;

  /**
   * Get the number of members in a sorted set.
   *
   * `ZCARD key`
   *
   * @see {@link https://redis.io/commands/zcard/}
   */
  zcard(key: RedisKey): Transaction<S, [...R, number]>;

  /**
   * Count the members in a sorted set with scores within the given values.
   *
   * `ZCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zcount/}
   */
  zcount(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Transaction<S, [...R, number]>;

  /**
   * Subtract multiple sorted sets.
   *
   * `ZDIFF numkeys key [key ...] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zdiff/}
   */
  zdiff<O extends ZdiffOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Subtract multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZDIFFSTORE destination numkeys key [key ...]`
   *
   * @see {@link https://redis.io/commands/zdiffstore/}
   */
  zdiffstore(
    destination: RedisKey,
    ...keys: RedisKey[]
  ): Transaction<S, [...R, number]>;

  /**
   * Increment the score of a member in a sorted set.
   *
   * `ZINCRBY key increment member`
   *
   * @see {@link https://redis.io/commands/zincrby/}
   */
  zincrby(
    key: RedisKey,
    increment: number | bigint,
    member: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Intersect multiple sorted sets.
   *
   * `ZINTER numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zinter/}
   */
  zinter<O extends ZinterOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Intersect multiple sorted sets and return the cardinality of the result.
   *
   * `ZINTERCARD numkeys key [key ...] [LIMIT limit]`
   *
   * @see {@link https://redis.io/commands/zintercard/}
   */
  zintercard(
    keys: readonly RedisKey[],
    options?: ZintercardOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Intersect multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZINTERSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zinterstore/}
   */
  zinterstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZinterstoreOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Count the number of members in a sorted set between a given lexicographical range.
   *
   * `ZLEXCOUNT key min max`
   *
   * @see {@link https://redis.io/commands/zlexcount/}
   */
  zlexcount(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Remove and return members with scores in a sorted set.
   *
   * `ZMPOP numkeys key [key ...] <MIN | MAX> [COUNT count]`
   *
   * @see {@link https://redis.io/commands/zmpop/}
   */
  zmpop(
    keys: readonly RedisKey[],
    where: Token<"MIN" | "MAX">,
    options?: ZmpopOptions,
  ): Transaction<
    S,
    [...R, [key: Reply<S>, members: ScoredMember<Reply<S>>[]] | null]
  >;

  /**
   * Get the score associated with the given members in a sorted set.
   *
   * `ZMSCORE key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zmscore/}
   */
  zmscore(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, (number | null)[]]>;

  /**
   * Remove and return members with the highest scores in a sorted set.
   *
   * `ZPOPMAX key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmax/}
   */
  zpopmax(
    key: RedisKey,
    count?: number | bigint,
  ): Transaction<S, [...R, ScoredMember<Reply<S>>[]]>;

  /**
   * Remove and return members with the lowest scores in a sorted set.
   *
   * `ZPOPMIN key [count]`
   *
   * @see {@link https://redis.io/commands/zpopmin/}
   */
  zpopmin(
    key: RedisKey,
    count?: number | bigint,
  ): Transaction<S, [...R, ScoredMember<Reply<S>>[]]>;

  /**
   * Get one or multiple random elements from a sorted set.
   *
   * `ZRANDMEMBER key [count [WITHSCORES]]`
   *
   * @see {@link https://redis.io/commands/zrandmember/}
   */
  zrandmember<
    O extends
      | number
      | bigint
      | readonly [count: number | bigint, withscores?: Token<"WITHSCORES">]
      | undefined = undefined,
  >(
    key: RedisKey,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      O extends undefined ? Reply<S> | null
        : O extends readonly [unknown, "WITHSCORES" | "withscores"]
          ? ScoredMember<Reply<S>>[]
        : Reply<S>[],
    ]
  >;

  /**
   * Return a range of members in a sorted set.
   *
   * `ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrange/}
   */
  zrange<O extends ZrangeOptions = NoOptions>(
    key: RedisKey,
    start: RedisArgument,
    stop: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Return a range of members in a sorted set, by lexicographical range.
   *
   * `ZRANGEBYLEX key min max [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYLEX` argument
   */
  zrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangebylexOptions,
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Return a range of members in a sorted set, by score.
   *
   * `ZRANGEBYSCORE key min max [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `BYSCORE` argument
   */
  zrangebyscore<O extends ZrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    min: number | string,
    max: number | string,
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Store a range of members from sorted set into another key.
   *
   * `ZRANGESTORE dst src min max [BYSCORE | BYLEX] [REV] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrangestore/}
   */
  zrangestore(
    dst: RedisKey,
    src: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
    options?: ZrangestoreOptions,
  ): Transaction<S, [...R, number]>;

  /**
   * Determine the index of a member in a sorted set.
   *
   * `ZRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrank/}
   */
  zrank<O extends ZrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscore",
        [rank: number, score: number] | null,
        number | null
      >,
    ]
  >;

  /**
   * Remove one or more members from a sorted set.
   *
   * `ZREM key member [member ...]`
   *
   * @see {@link https://redis.io/commands/zrem/}
   */
  zrem(
    key: RedisKey,
    ...members: RedisArgument[] | [members: readonly RedisArgument[]]
  ): Transaction<S, [...R, number]>;

  /**
   * Remove all members in a sorted set between the given lexicographical range.
   *
   * `ZREMRANGEBYLEX key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebylex/}
   */
  zremrangebylex(
    key: RedisKey,
    min: RedisArgument,
    max: RedisArgument,
  ): Transaction<S, [...R, number]>;

  /**
   * Remove all members in a sorted set within the given indexes.
   *
   * `ZREMRANGEBYRANK key start stop`
   *
   * @see {@link https://redis.io/commands/zremrangebyrank/}
   */
  zremrangebyrank(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
  ): Transaction<S, [...R, number]>;

  /**
   * Remove all members in a sorted set within the given scores.
   *
   * `ZREMRANGEBYSCORE key min max`
   *
   * @see {@link https://redis.io/commands/zremrangebyscore/}
   */
  zremrangebyscore(
    key: RedisKey,
    min: number | string,
    max: number | string,
  ): Transaction<S, [...R, number]>;

  /**
   * Return a range of members in a sorted set, by index, with scores ordered from high to low.
   *
   * `ZREVRANGE key start stop [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zrevrange/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` argument
   */
  zrevrange<O extends ZrevrangeOptions = NoOptions>(
    key: RedisKey,
    start: number | bigint,
    stop: number | bigint,
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Return a range of members in a sorted set, by lexicographical range, ordered from higher to lower strings.
   *
   * `ZREVRANGEBYLEX key max min [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebylex/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYLEX` arguments
   */
  zrevrangebylex(
    key: RedisKey,
    max: RedisArgument,
    min: RedisArgument,
    options?: ZrevrangebylexOptions,
  ): Transaction<S, [...R, Reply<S>[]]>;

  /**
   * Return a range of members in a sorted set, by score, with scores ordered from high to low.
   *
   * `ZREVRANGEBYSCORE key max min [WITHSCORES] [LIMIT offset count]`
   *
   * @see {@link https://redis.io/commands/zrevrangebyscore/}
   * @deprecated since Redis 6.2.0: use `ZRANGE` with the `REV` and `BYSCORE` arguments
   */
  zrevrangebyscore<O extends ZrevrangebyscoreOptions = NoOptions>(
    key: RedisKey,
    max: number | string,
    min: number | string,
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Determine the index of a member in a sorted set, with scores ordered from high to low.
   *
   * `ZREVRANK key member [WITHSCORE]`
   *
   * @see {@link https://redis.io/commands/zrevrank/}
   */
  zrevrank<O extends ZrevrankOptions = NoOptions>(
    key: RedisKey,
    member: RedisArgument,
    options?: O,
  ): Transaction<
    S,
    [
      ...R,
      IfOption<
        O,
        "withscore",
        [rank: number, score: number] | null,
        number | null
      >,
    ]
  >;

  /**
   * Incrementally iterate sorted sets elements and associated scores.
   *
   * `ZSCAN key cursor [MATCH pattern] [COUNT count] [NOSCORES]`
   *
   * @see {@link https://redis.io/commands/zscan/}
   */
  zscan(
    key: RedisKey,
    cursor: RedisArgument,
    options?: ZscanOptions,
  ): Transaction<S, [...R, [cursor: Reply<S>, items: Reply<S>[]]]>;

  /**
   * Get the score associated with the given member in a sorted set.
   *
   * `ZSCORE key member`
   *
   * @see {@link https://redis.io/commands/zscore/}
   */
  zscore(
    key: RedisKey,
    member: RedisArgument,
  ): Transaction<S, [...R, number | null]>;

  /**
   * Add multiple sorted sets.
   *
   * `ZUNION numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX] [WITHSCORES]`
   *
   * @see {@link https://redis.io/commands/zunion/}
   */
  zunion<O extends ZunionOptions = NoOptions>(
    keys: readonly RedisKey[],
    options?: O,
  ): Transaction<
    S,
    [...R, IfOption<O, "withscores", ScoredMember<Reply<S>>[], Reply<S>[]>]
  >;

  /**
   * Add multiple sorted sets and store the resulting sorted set in a new key.
   *
   * `ZUNIONSTORE destination numkeys key [key ...] [WEIGHTS weight [weight ...]] [AGGREGATE SUM | MIN | MAX]`
   *
   * @see {@link https://redis.io/commands/zunionstore/}
   */
  zunionstore(
    destination: RedisKey,
    keys: readonly RedisKey[],
    options?: ZunionstoreOptions,
  ): Transaction<S, [...R, number]>;
}
