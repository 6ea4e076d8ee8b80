/**
 * The errors only a cluster client has.
 *
 * @module
 */
import { DesirError } from "../errors.ts";

/**
 * A command the cluster client cannot route: its keys are in different slots
 * (`CROSSSLOT`), it was redirected too many times (`TOO_MANY_REDIRECTIONS`), no replica
 * can serve a read with `readFrom: "replica"` (`NO_REPLICA`), or it cannot be run on a
 * whole cluster at once (`UNSUPPORTED`: SCAN, whose cursor belongs to one node).
 *
 * @example
 * ```ts
 * import { ClusterError, RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * try {
 *   await c.sunion("a", "b");
 * } catch (e) {
 *   if (e instanceof ClusterError && e.code === "CROSSSLOT") console.log(e.message);
 * }
 * ```
 */
export class ClusterError extends DesirError {
  /** Creates the error; the message says what to do about it. */
  constructor(
    code: "CROSSSLOT" | "TOO_MANY_REDIRECTIONS" | "NO_REPLICA" | "UNSUPPORTED",
    message: string,
    options?: ErrorOptions,
  ) {
    super(code, message, options);
  }
}
