/**
 * MULTI/EXEC on a cluster: a transaction runs on one node, so all its keys must be in
 * one slot.
 *
 * @module
 */
import type { Redis } from "../client.ts";
import { Commands, type Out } from "../commands.ts";
import type { CommandOptions } from "../connection.ts";
import { ClusterError, RedisError } from "../errors.ts";
import type { RedisArgument } from "../resp/encode.ts";
import type { Script } from "../script.ts";
import type { Transaction } from "../transaction.ts";
import { commandKeys } from "../command_keys.ts";
import { keySlot } from "./slot.ts";
import type { Router } from "./_router.ts";
import type { KeyPrefix } from "../key_prefix.ts";

/** One queued command, or a script run. */
interface Queued {
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  script?: Script;
  keys: readonly RedisArgument[];
}

/**
 * A MULTI/EXEC transaction on a cluster. Its keys must all hash to one slot (use a hash
 * tag: `account:{42}:balance`, `account:{42}:log`); it then runs on the master of that
 * slot, and is sent again where the cluster says if the slot moved before EXEC (nothing
 * ran then). `await tx.watch(keys)` watches keys of that same slot; a transaction with a
 * watch is not sent again (EXEC fails instead, as when a watched key changed).
 *
 * @example
 * ```ts
 * import { RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * const tx = c.multi();
 * await tx.watch("account:{42}:balance");
 * const balance = Number(await c.get("account:{42}:balance"));
 * tx.set("account:{42}:balance", balance - 10).rpush("account:{42}:log", "-10");
 * const results = await tx.exec(); // null when the balance changed meanwhile
 * ```
 */
export class ClusterTransaction<S extends string | Uint8Array = string>
  extends Commands<"chain", S> {
  readonly #router: Router;
  readonly #options: CommandOptions | undefined;
  readonly #prefix: KeyPrefix | undefined;
  #queued: Queued[] = [];
  #watched: { slot: number; tx: Transaction<S> } | undefined;

  /** Made by `cluster.multi()`. @internal */
  constructor(
    router: Router,
    options: CommandOptions | undefined,
    prefix?: KeyPrefix,
  ) {
    super();
    this.#router = router;
    this.#options = options;
    this.#prefix = prefix;
  }

  /** How many commands are queued. */
  get length(): number {
    return this.#queued.length;
  }

  /** Queues any command. */
  sendCommand(args: readonly RedisArgument[]): this {
    this.command(args);
    return this;
  }

  /** Queues a command whose reply is parsed; generated methods go through here. */
  protected command<T>(
    args: readonly RedisArgument[],
    parse?: (reply: unknown) => unknown,
  ): Out<"chain", T, this> {
    // Prefixed here, not by the node's transaction: the slot is the prefixed keys'.
    if (this.#prefix) {
      ({ args, parse } = this.#prefix.call(args, parse));
    }
    this.#queued.push({ args, parse, keys: commandKeys(args) });
    return this as Out<"chain", T, this>;
  }

  /** Queues a script run by EVALSHA; SCRIPT LOAD goes ahead of the transaction. */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): this {
    if (this.#prefix) keys = keys.map((key) => this.#prefix!.key(key));
    this.#queued.push({ args: [...keys, ...args], script, keys: [...keys] });
    return this;
  }

  /**
   * Watches keys of one slot (and of the slot of the commands queued so far): EXEC then
   * returns `null` if any of them changes before it.
   *
   * @throws {ClusterError} `CROSSSLOT` when the keys are in different slots.
   * @throws {RedisError} The server refused WATCH.
   */
  async watch(...keys: RedisArgument[]): Promise<void> {
    if (this.#prefix) keys = keys.map((key) => this.#prefix!.key(key));
    const slot = this.#slotOf(keys, this.#queued);
    if (this.#watched) {
      await this.#watched.tx.watch(...keys);
      return;
    }
    await this.#router.load();
    for (let redirections = 0;; redirections++) {
      const tx = this.#on(this.#router.masterOf(slot));
      try {
        await tx.watch(...keys);
        this.#watched = { slot, tx };
        return;
      } catch (e) {
        // A MOVED updates the slot map; an ASK (slot migrating) cannot carry a watch.
        if (redirections >= this.#router.options.maxRedirections) throw e;
        if (this.#router.redirect(e, this.#router.masterOf(slot))) throw e;
      }
    }
  }

  /** Forgets the queued commands and any watch. */
  async discard(): Promise<void> {
    this.#queued = [];
    const watched = this.#watched;
    this.#watched = undefined;
    await watched?.tx.discard();
  }

  /**
   * Runs the queued commands atomically on the master of their slot. Resolves to their
   * results in order (an `Error` in the slot of a command that failed while running), or
   * `null` when a watched key changed.
   *
   * @throws {ClusterError} `CROSSSLOT` when the keys are in different slots; nothing ran.
   * @throws {RedisError} `EXECABORT` when a command was refused while queuing.
   */
  async exec(): Promise<unknown[] | null> {
    const queued = this.#queued;
    this.#queued = [];
    const watched = this.#watched;
    this.#watched = undefined;
    if (watched) return await this.#run(watched.tx, queued);
    const keyed = queued.some((q) => q.keys.length > 0);
    const slot = keyed ? this.#slotOf([], queued) : undefined;
    await this.#router.load();
    let asking: Redis | undefined;
    for (let redirections = 0;; redirections++) {
      const node = asking ??
        this.#router.masterOf(slot ?? this.#router.anySlot());
      try {
        return await this.#run(this.#on(node), queued, asking);
      } catch (e) {
        // Refused while queuing because the slot moved: nothing ran, so it goes again.
        const cause = e instanceof RedisError && e.code === "EXECABORT"
          ? e.cause
          : e;
        if (redirections >= this.#router.options.maxRedirections) throw e;
        try {
          asking = this.#router.redirect(cause, node);
        } catch {
          throw e;
        }
      }
    }
  }

  /** A transaction on `node`'s client, with this one's per-call options. */
  #on(node: Redis): Transaction<S> {
    const view = this.#options ? node.with(this.#options) : node;
    return view.multi() as unknown as Transaction<S>;
  }

  /** Queues everything on a node's transaction and runs it. */
  async #run(
    tx: Transaction<S>,
    queued: readonly Queued[],
    asking?: Redis,
  ): Promise<unknown[] | null> {
    for (const q of queued) {
      if (q.script) {
        tx.evalScript(q.script, q.keys, q.args.slice(q.keys.length));
      } else tx.sendCommand(q.args);
    }
    // ASKING right before MULTI: the server keeps it for the whole transaction.
    asking?.sendCommand(["ASKING"]).catch(() => {});
    const results = await tx.exec();
    return results && results.map((value, i) => {
      const parse = queued[i].parse;
      if (!parse || value instanceof Error) return value;
      try {
        return parse(value);
      } catch (e) {
        return e;
      }
    });
  }

  /** The one slot of these keys, the queued commands' and the watch's. */
  #slotOf(keys: readonly RedisArgument[], queued: readonly Queued[]): number {
    const all = [...keys, ...queued.flatMap((q) => q.keys)];
    const slots = new Set(all.map(keySlot));
    if (this.#watched) slots.add(this.#watched.slot);
    if (slots.size === 1) return [...slots][0];
    throw new ClusterError(
      `A cluster transaction runs on one slot, but its keys are in ${slots.size} (${
        [...slots].slice(0, 5).join(", ")
      }${
        slots.size > 5 ? ", …" : ""
      }): give them a common hash tag, as in account:{42}:balance and account:{42}:log`,
      { code: "CROSSSLOT" },
    );
  }
}
