/**
 * Hand-kept decisions the server's command table cannot make for us.
 *
 * @module
 */

/**
 * Commands that get no generated method, and why: the ones `sendCommand` refuses, as the
 * client owns their effect (lib/_raw_command_guard.ts keeps the one table).
 */
export { OWNED_COMMANDS as EXCLUDED } from "../lib/_raw_command_guard.ts";

/** Method names the client classes define themselves; a command must not take one. */
export const CLIENT_MEMBERS: readonly string[] = [
  "sendCommand",
  "command",
  "pipeline",
  "multi",
  "exec",
  "discard",
  "watch",
  "script",
  "evalScript",
  "with",
  "help",
  "connect",
  "close",
  "destroy",
  "duplicate",
  "protocol",
  "options",
  "addEventListener",
  "removeEventListener",
  "subscribe",
  "psubscribe",
  "ssubscribe",
  "unsubscribe",
  "punsubscribe",
  "sunsubscribe",
  "then",
  "constructor",
];

/**
 * Option combinations the server refuses, as a type a method's options must also meet
 * (intersected with the options type), so that they fail `deno check`.
 */
export const OPTION_RULES: Readonly<Record<string, string>> = {
  // "GT, LT, and/or NX options at the same time are not compatible"
  zadd:
    '{ condition: Token<"NX">; comparison?: never } | { condition?: Token<"XX"> }',
  // "syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX"
  zrange: '{ sortby: Token<"BYSCORE" | "BYLEX"> } | { limit?: never }',
  zrangestore: '{ sortby: Token<"BYSCORE" | "BYLEX"> } | { limit?: never }',
};

/**
 * Commands flagged `blocking` that the client must not move to a connection of their
 * own, and why: they wait for the writes of the connection they run on, so on a
 * dedicated connection (no writes) they would return at once and guarantee nothing.
 * (WAIT, the same kind, is not flagged.)
 */
export const NOT_BLOCKING_A_CONNECTION: Readonly<Record<string, string>> = {
  waitaof: "waits for its own connection's writes to reach the AOF",
};
