/**
 * MULTI/EXEC on a cluster: a transaction runs on one node, so all its keys must be in
 * one slot.
 *
 * @module
 */
import type { Redis } from "../client.ts";
import type { CommandOptions } from "../connection.ts";
import { ClusterError, RedisError } from "../errors.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { type Queued, Transaction } from "../command_queue.ts";
import { commandKeys } from "../command_keys.ts";
import { keySlot } from "./slot.ts";
import type { Router } from "./_router.ts";
import type { KeyPrefix } from "../key_prefix.ts";

/**
 * A transaction on a cluster: the queued commands (key-prefixed here, as the slot is the
 * prefixed keys') go to a transaction of the client of their slot's master, and again
 * where a MOVED or ASK says when the slot moved before EXEC. With a watch it stays on the
 * watching node and is not sent again (EXEC fails instead, as when a watched key changed).
 */
export class ClusterTransaction<S extends string | Uint8Array = string>
  extends Transaction<S> {
  readonly #router: Router;
  readonly #options: CommandOptions | undefined;
  #watched: { slot: number; tx: Transaction<S> } | undefined;

  /** Made by `cluster.multi()`. @internal */
  constructor(
    router: Router,
    options: CommandOptions | undefined,
    prefix?: KeyPrefix,
  ) {
    super({ prefix });
    this.#router = router;
    this.#options = options;
  }

  async watch(...keys: RedisArgument[]): Promise<void> {
    const prefix = this.prefix;
    if (prefix) keys = keys.map((key) => prefix.key(key));
    const slot = this.#slotOf(keys, this.queued);
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
        let retry = false;
        try {
          retry = redirections < this.#router.options.maxRedirections &&
            !this.#router.redirect(e, this.#router.masterOf(slot));
        } catch { /* not a redirect */ }
        if (retry) continue;
        // Kept: exec() refuses, as the node's failed transaction does, until discard().
        this.#watched = { slot, tx };
        throw e;
      }
    }
  }

  protected async unwatch(): Promise<void> {
    const watched = this.#watched;
    this.#watched = undefined;
    await watched?.tx.discard();
  }

  protected async send(queued: readonly Queued[]): Promise<unknown[] | null> {
    const watched = this.#watched;
    this.#watched = undefined;
    if (watched) {
      try {
        return await this.#run(watched.tx, queued);
      } catch (e) {
        // Failed before EXEC went, the node's transaction refuses until discard(): kept,
        // so a next exec() cannot run unwatched on another connection.
        this.#watched = watched;
        throw e;
      }
    }
    const keyed = queued.some((q) => commandKeys(q.args).length > 0);
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

  /** Runs the queue on a node's transaction. */
  async #run(
    tx: Transaction<S>,
    queued: readonly Queued[],
    asking?: Redis,
  ): Promise<unknown[] | null> {
    ClusterTransaction.forward(tx, queued);
    // ASKING right before MULTI: the server keeps it for the whole transaction.
    asking?.sendCommand(["ASKING"]).catch(() => {});
    return await tx.exec();
  }

  /** The one slot of these keys, the queued commands' and the watch's. */
  #slotOf(keys: readonly RedisArgument[], queued: readonly Queued[]): number {
    const all = [...keys, ...queued.flatMap((q) => commandKeys(q.args))];
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
