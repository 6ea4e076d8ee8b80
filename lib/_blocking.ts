/**
 * Which calls block the connection they run on, so that the client runs them on one of
 * its own instead of stalling every other command behind them, and how long each one
 * asked to block, so that a command timeout counts only from the end of that time.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
// Generated from the commands' `blocking` flag; not WAIT and WAITAOF: they wait for the
// writes of the connection they run on, so on a dedicated connection (no writes) they
// would return at once and guarantee nothing (gen/overrides.ts).
import { BLOCKING, BLOCKING_WHEN_ASKED } from "./_command_tips.ts";

/** True for BLPOP and friends, and XREAD/XREADGROUP with a BLOCK argument. */
export function isBlocking(args: readonly RedisArgument[]): boolean {
  const name = args[0];
  if (typeof name !== "string") return false;
  const first = name.charCodeAt(0) | 0x20; // lower case
  if (first !== 0x62 && first !== 0x78) return false; // b, x
  const lower = name.toLowerCase();
  if (BLOCKING.has(lower)) return true;
  if (!BLOCKING_WHEN_ASKED.has(lower)) return false;
  return blockArgument(args) !== -1;
}

/** The position of XREAD's BLOCK milliseconds, or -1. */
function blockArgument(args: readonly RedisArgument[]): number {
  for (let i = 1; i < args.length - 1; i++) {
    const arg = args[i];
    if (typeof arg === "string") {
      const upper = arg.toUpperCase();
      if (upper === "BLOCK") return i + 1;
      if (upper === "STREAMS") return -1;
    }
  }
  return -1;
}

/** Where each blocking command has its timeout (negative: from the end), and its unit in ms. */
const TIMEOUT_AT: Record<string, [at: number, unit: number]> = {
  blpop: [-1, 1000],
  brpop: [-1, 1000],
  brpoplpush: [-1, 1000],
  blmove: [-1, 1000],
  bzpopmin: [-1, 1000],
  bzpopmax: [-1, 1000],
  blmpop: [1, 1000],
  bzmpop: [1, 1000],
  wait: [2, 1],
  waitaof: [3, 1],
};

/**
 * How long a call asked the server to block, in ms: `Infinity` for "until served" (a
 * timeout of 0), `0` for a call that does not block or whose timeout is not a number
 * (the server refuses it at once).
 */
export function blockTime(args: readonly RedisArgument[]): number {
  const name = typeof args[0] === "string" ? args[0].toLowerCase() : "";
  let at: number;
  let unit = 1;
  if (name === "xread" || name === "xreadgroup") at = blockArgument(args);
  else if (Object.hasOwn(TIMEOUT_AT, name)) {
    [at, unit] = TIMEOUT_AT[name];
    if (at < 0) at += args.length;
  } else return 0;
  const arg = args[at];
  if (at < 1 || arg === undefined || arg instanceof Uint8Array) return 0;
  const value = Number(arg);
  if (!(value >= 0)) return 0;
  return value === 0 ? Infinity : value * unit;
}
