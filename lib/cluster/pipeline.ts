/**
 * Pipelines on a cluster: commands queued together, sent to their nodes at once.
 *
 * @module
 */
import { addCommandContext } from "../_command_context.ts";
import { type CommandHints, Commands, type Out } from "../commands.ts";
import type { CommandOptions } from "../connection.ts";
import type { RedisArgument } from "../resp/encode.ts";
import type { Script } from "../script.ts";
import { ownedCommandError } from "../_raw_command_guard.ts";

/** How a cluster pipeline sends one command or script. @internal */
export interface ClusterSender {
  send(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    options: CommandOptions | undefined,
  ): Promise<unknown>;
  evalScript(
    script: Script,
    keys: readonly RedisArgument[],
    args: readonly RedisArgument[],
  ): Promise<unknown>;
}

/** One queued command, or a script run. */
interface Queued {
  args: readonly RedisArgument[];
  parse?: (reply: unknown) => unknown;
  hints?: CommandHints;
  script?: { script: Script; keys: RedisArgument[]; args: RedisArgument[] };
}

/**
 * A batch of commands for a cluster. `exec()` sends each command to the node serving its
 * keys, all in the same tick, so each node gets the commands meant for it in one write;
 * results come back in the order the commands were queued. A redirected command is
 * retried where the cluster says; a failed one leaves its `Error` in its slot.
 *
 * @example
 * ```ts
 * import { RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * const [ok, n, names] = await c.pipeline()
 *   .set("user:{1}:name", "ada")
 *   .incr("visits")
 *   .mget("user:{1}:name", "user:{2}:name")
 *   .exec();
 * ```
 */
export class ClusterPipeline<S extends string | Uint8Array = string>
  extends Commands<"chain", S> {
  readonly #sender: ClusterSender;
  readonly #queued: Queued[] = [];

  /** Made by `cluster.pipeline()`. @internal */
  constructor(sender: ClusterSender) {
    super();
    this.#sender = sender;
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
  sendCommand(args: readonly RedisArgument[]): this {
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
    this.#queued.push({ args, parse, hints });
    return this as Out<"chain", T, this>;
  }

  /** Queues a script run by EVALSHA (EVAL when the node does not have it). */
  evalScript(
    script: Script,
    keys: readonly RedisArgument[] = [],
    args: readonly RedisArgument[] = [],
  ): this {
    void script.sha1(); // computed now, so exec() need not wait for it
    this.#queued.push({
      args: ["EVALSHA"],
      script: { script, keys: [...keys], args: [...args] },
    });
    return this;
  }

  /**
   * Sends everything queued and returns the results in order; a command that failed
   * leaves its error in its slot.
   */
  async exec(): Promise<unknown[]> {
    const queued = this.#queued.splice(0);
    const scripts = queued.flatMap((q) => q.script ? [q.script.script] : []);
    if (scripts.some((s) => s.knownSha1 === undefined)) {
      await Promise.all(scripts.map((s) => s.sha1()));
    }
    const outcomes = await Promise.allSettled(
      queued.map((q) =>
        q.script
          ? this.#sender.evalScript(
            q.script.script,
            q.script.keys,
            q.script.args,
          )
          : this.#sender.send(q.args, q.parse, q.hints)
      ),
    );
    return outcomes.map((o, index) =>
      o.status === "fulfilled"
        ? o.value
        : addCommandContext(o.reason, queued[index].args, {
          index,
          batch: "pipeline",
        })
    );
  }
}
