/**
 * Pipelines on a cluster: commands queued together, sent to their nodes at once.
 *
 * @module
 */
import type { CommandHints } from "../commands.ts";
import type { RedisArgument } from "../resp/encode.ts";
import type { Script } from "../script.ts";
import { Pipeline, type Queued } from "../command_queue.ts";

/** How a cluster pipeline sends one command or script. @internal */
export interface ClusterSender {
  send(
    args: readonly RedisArgument[],
    parse: ((reply: unknown) => unknown) | undefined,
    hints: CommandHints | undefined,
  ): Promise<unknown>;
  evalScript(
    script: Script,
    keys: readonly RedisArgument[],
    args: readonly RedisArgument[],
  ): Promise<unknown>;
}

/**
 * A pipeline on a cluster: `exec()` sends each command to the node serving its keys
 * through the cluster client (which adds the key prefix and follows redirects), all in
 * the same tick, so each node gets the commands meant for it in one write.
 */
export class ClusterPipeline<S extends string | Uint8Array = string>
  extends Pipeline<S> {
  readonly #sender: ClusterSender;

  /** Made by `cluster.pipeline()`. @internal */
  constructor(sender: ClusterSender) {
    super();
    this.#sender = sender;
  }

  protected async send(queued: readonly Queued[]): Promise<unknown[]> {
    const outcomes = await Promise.allSettled(
      queued.map((q) =>
        q.script
          ? this.#sender.evalScript(q.script, ...scriptCall(q.args))
          : this.#sender.send(q.args, q.parse, q.hints)
      ),
    );
    return outcomes.map((o) => o.status === "fulfilled" ? o.value : o.reason);
  }
}

/** A queued EVALSHA's keys and arguments, as `evalScript` takes them. */
function scriptCall(
  args: readonly RedisArgument[],
): [keys: RedisArgument[], args: RedisArgument[]] {
  const end = 3 + Number(args[2]);
  return [args.slice(3, end), args.slice(end)];
}
