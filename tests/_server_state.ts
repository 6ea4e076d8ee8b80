/**
 * What a test can see of and do to a real server through a client, for waiting on
 * observable state instead of sleeping.
 *
 * @module
 */
import type { Redis } from "../mod.ts";

/**
 * The number of clients blocked in BLPOP, XREAD BLOCK and the like (`INFO clients`):
 * a blocking command counted here is in flight on the server.
 *
 * @example
 * ```ts
 * await waitFor(async () => (await blockedClients(observer)) === 1, "BLPOP is blocked");
 * ```
 */
export async function blockedClients(r: Redis): Promise<number> {
  const info = await r.sendCommand<string>(["INFO", "clients"]);
  return Number(/blocked_clients:(\d+)/.exec(info)?.[1]);
}

/**
 * Stops the server `r` talks to (SIGSTOP) until the returned function resumes it
 * (SIGCONT): while frozen it reads, runs and answers nothing, however long a test takes.
 *
 * @example
 * ```ts
 * const thaw = await freeze(onReplica);
 * try { ... } finally { thaw(); }
 * ```
 */
export async function freeze(r: Redis): Promise<() => void> {
  const info = await r.sendCommand<string>(["INFO", "server"]);
  const pid = Number(/process_id:(\d+)/.exec(info)?.[1]);
  if (!pid) throw new Error(`No process_id in INFO server: ${info}`);
  Deno.kill(pid, "SIGSTOP");
  return () => Deno.kill(pid, "SIGCONT");
}
