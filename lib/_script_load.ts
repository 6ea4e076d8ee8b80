/**
 * SCRIPT LOAD ahead of a batch's EVALSHA calls on one connection, so that they cannot
 * meet NOSCRIPT.
 *
 * @module
 */
import type { Connection, ReplyTarget } from "./connection.ts";
import type { Queued } from "./command_queue.ts";

/** The outcome of a SCRIPT LOAD; its reply arrives before that of the EVALSHA behind it. */
export class ScriptLoad implements ReplyTarget {
  /** Set when the server refused the script (a Lua syntax error). */
  error: Error | undefined;
  resolve(): void {}
  reject(error: Error): void {
    this.error = error;
  }
}

/**
 * Sends SCRIPT LOAD once per script of `queued` (SHA-1s filled in) and gives, by position
 * in `queued`, the load each EVALSHA waits behind. Every time: a SCRIPT FLUSH may have
 * emptied the server's script cache since the last run.
 */
export function loadScripts(
  connection: Connection,
  queued: readonly Queued[],
): (ScriptLoad | undefined)[] {
  const loads = new Map<unknown, ScriptLoad>();
  return queued.map(({ args, script }) => {
    if (!script) return undefined;
    let load = loads.get(args[1]);
    if (!load) {
      load = new ScriptLoad();
      loads.set(args[1], load);
      connection.send(["SCRIPT", "LOAD", script.source], load, undefined);
    }
    return load;
  });
}
