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
