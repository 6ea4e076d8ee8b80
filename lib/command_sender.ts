/**
 * The one thing the layers above a client need from it: a way to send a command. The
 * sugar (counters, connectors, collections), scripts and scans depend on this, not on
 * `Redis`, so they sit below the clients that build them and import no client.
 *
 * @module
 */
import type { CommandOptions } from "./connection.ts";
import type { RespValue } from "./resp/decode.ts";
import type { RedisArgument } from "./resp/encode.ts";

/**
 * Anything that sends a command and returns its reply: `Redis`, `RedisCluster`, a view
 * from `with()`, or a wrapper of your own.
 *
 * @example
 * ```ts
 * import { type CommandSender, Redis, RedisMap } from "@desir/desir";
 * await using r = new Redis();
 * const sender: CommandSender = r;
 * const users = new RedisMap(sender, "users");
 * await users.set("ada", { born: 1815 });
 * ```
 */
export interface CommandSender {
  /** Sends `args` (the command name, then its arguments) and resolves to the reply. */
  sendCommand<T = RespValue>(
    args: readonly RedisArgument[],
    options?: CommandOptions,
  ): Promise<T>;
}
