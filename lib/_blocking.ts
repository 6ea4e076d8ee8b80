/**
 * Which calls block the connection they run on, so that the client runs them on one of
 * its own instead of stalling every other command behind them.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";

const BLOCKING = new Set([
  "blpop",
  "brpop",
  "brpoplpush",
  "blmove",
  "blmpop",
  "bzpopmin",
  "bzpopmax",
  "bzmpop",
]);
// Not WAIT and WAITAOF: they wait for the writes of the connection they run on, so on a
// dedicated connection (no writes) they would return at once and guarantee nothing.

/** True for BLPOP and friends, and XREAD/XREADGROUP with a BLOCK argument. */
export function isBlocking(args: readonly RedisArgument[]): boolean {
  const name = args[0];
  if (typeof name !== "string") return false;
  const first = name.charCodeAt(0) | 0x20; // lower case
  if (first !== 0x62 && first !== 0x78) return false; // b, x
  const lower = name.toLowerCase();
  if (BLOCKING.has(lower)) return true;
  if (lower !== "xread" && lower !== "xreadgroup") return false;
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (typeof arg === "string") {
      const upper = arg.toUpperCase();
      if (upper === "BLOCK") return true;
      if (upper === "STREAMS") return false;
    }
  }
  return false;
}
