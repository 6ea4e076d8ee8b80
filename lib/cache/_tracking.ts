/**
 * The server's side of the cache: the `CLIENT TRACKING` command each mode runs in the
 * handshake, and the keys named by an `invalidate` push frame.
 *
 * @module
 */
import type { RespValue } from "../resp/decode.ts";
import type { RedisArgument } from "../resp/encode.ts";
import { text } from "../_text.ts";

/** How the server decides which keys to report. */
export type CacheMode = "default" | "optin" | "bcast";

/** The command that turns tracking on, run after every (re)connect. */
export function trackingCommand(
  mode: CacheMode,
  prefixes: readonly string[],
): RedisArgument[] {
  const args: RedisArgument[] = ["CLIENT", "TRACKING", "ON"];
  if (mode === "optin") args.push("OPTIN");
  if (mode === "bcast") {
    args.push("BCAST");
    for (const prefix of prefixes) args.push("PREFIX", prefix);
  }
  return args;
}

/**
 * For an `invalidate` push: its keys, or `null` when the server dropped every key
 * (FLUSHALL, FLUSHDB, or its tracking table overflowed). `undefined` for other pushes.
 */
export function invalidatedKeys(
  frame: RespValue[],
): readonly RespValue[] | null | undefined {
  const kind = frame[0];
  if (text(kind) !== "invalidate") return undefined;
  const keys = frame[1];
  return Array.isArray(keys) ? keys : null;
}
