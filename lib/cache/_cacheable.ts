/**
 * Which replies the client-side cache may keep, derived from the command table: read-only
 * commands with keys whose output the server does not tip as nondeterministic, minus a
 * short list of those whose reply changes without a write to their keys.
 *
 * @module
 */
import { NONDETERMINISTIC, READONLY } from "../_command_tips.ts";
import { KEY_SPECS } from "../_key_specs.ts";

/**
 * Read-only commands the table cannot tell apart, kept out by hand, and why:
 * - time or access dependent: TTL-like replies count down, OBJECT and MEMORY USAGE
 *   report the server's bookkeeping (most are also tipped nondeterministic);
 * - TOUCH: its effect (the key's access time) is the point, so it must reach the server;
 * - SORT_RO: BY and GET read keys that the key specifications do not name;
 * - EVAL_RO, EVALSHA_RO, FCALL_RO: a script may read undeclared keys or the clock;
 * - XREAD: may block, and `$` means "newer than now";
 * - VRANDMEMBER: random, though the server gives it no nondeterministic tip.
 */
export const NOT_CACHED: ReadonlySet<string> = new Set([
  "ttl",
  "pttl",
  "httl",
  "hpttl",
  "object encoding",
  "object freq",
  "object idletime",
  "object refcount",
  "memory usage",
  "touch",
  "sort_ro",
  "eval_ro",
  "evalsha_ro",
  "fcall_ro",
  "xread",
  "vrandmember",
]);

/** Whether replies of this command (lowercase name, `"xinfo stream"`) may be cached. */
export function isCacheable(name: string): boolean {
  return READONLY.has(name) && Object.hasOwn(KEY_SPECS, name) &&
    !NONDETERMINISTIC.has(name) && !NOT_CACHED.has(name);
}

/**
 * Commands after which nothing cached holds: the data is gone or swapped, or the
 * connection now reads another database (entries do not name theirs).
 */
export const FLUSHES: ReadonlySet<string> = new Set([
  "flushall",
  "flushdb",
  "swapdb",
  "select",
]);
