/**
 * The commands `sendCommand` refuses: each changes connection state that the client owns
 * (handshake, database, subscriptions, transactions, reply framing), so a raw call would
 * hand later replies to the wrong callers or be silently undone by a reconnect. The
 * client offers its own API for each, and the generator gives them no method.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import { text } from "./_text.ts";

/**
 * Owned command (lower case; `"container sub"` for a subcommand) -> what to use instead.
 * tests/safety_raw_commands_test.ts checks it against the flags of commands.json: every
 * `@transaction` command and every `pubsub` (un)subscribe command is here.
 */
export const OWNED_COMMANDS: Readonly<Record<string, string>> = {
  auth:
    "The handshake authenticates (the `username`/`password` options), also after a reconnect.",
  hello:
    "The handshake negotiates the protocol (the `protocol` option); HELLO without arguments, which only reports, passes.",
  select:
    "The `db` option selects the database on every connection; a SELECT would switch it for every concurrent caller and be undone by a reconnect.",
  quit: "Use `close()`.",
  reset:
    "It resets connection state (database, name, subscriptions) the client restores.",
  multi: "Use `r.multi()`, then `exec()` on the transaction.",
  exec: "Use `exec()` on a transaction from `r.multi()`.",
  discard: "Use `discard()` on a transaction from `r.multi()`, or drop it.",
  watch:
    "Use `watch()` on a transaction from `r.multi()` (it runs on its own connection).",
  unwatch: "Watches belong to a transaction from `r.multi()`.",
  subscribe:
    "Use `r.subscribe()`: a subscribed connection takes no other commands.",
  psubscribe:
    "Use `r.psubscribe()`: a subscribed connection takes no other commands.",
  ssubscribe:
    "Use `r.ssubscribe()`: a subscribed connection takes no other commands.",
  unsubscribe: "Use `unsubscribe()` on the subscription `r.subscribe()` made.",
  punsubscribe:
    "Use `unsubscribe()` on the subscription `r.psubscribe()` made.",
  sunsubscribe:
    "Use `unsubscribe()` on the subscription `r.ssubscribe()` made.",
  monitor:
    "It turns the connection into a stream of every command the server runs (use `redis-cli monitor`).",
  sync: "It turns the connection into a replication stream.",
  psync: "It turns the connection into a replication stream.",
  "client reply":
    "OFF and SKIP suppress replies, so later replies would reach the wrong callers.",
};

/**
 * The length and first letter (lower case) of every owned name and container, as
 * `length * 128 + letter`: most commands are told apart by these two alone, with no
 * lower-cased copy of their name (sendCommand checks every call).
 */
const SHAPES = new Set<number>();
/**
 * The commands with an owned subcommand: only their second word is looked at (for
 * others, `name sub` would be a string made per call for nothing; with 10,000 callers
 * in flight, the young generation copies all that is in flight more often the more a
 * call allocates).
 */
const CONTAINERS = new Set<string>();
// A plain loop: map and flatMap here cost a cold start on Bun 0.2 ms, as its engine
// compiles each array builtin on its first call.
for (const name in OWNED_COMMANDS) {
  const space = name.indexOf(" ");
  const first = space < 0 ? name : name.slice(0, space);
  SHAPES.add(first.length * 128 + first.charCodeAt(0));
  if (space >= 0) CONTAINERS.add(first);
}

function shortWord(arg: RedisArgument | undefined): string | undefined {
  if (typeof arg === "string") return arg.toLowerCase();
  if (arg instanceof Uint8Array && arg.length <= 16) {
    return text(arg).toLowerCase();
  }
}

/**
 * The `TypeError` for a command the client owns, naming what to use instead; `undefined`
 * for any other command.
 */
export function ownedCommandError(
  args: readonly RedisArgument[],
): TypeError | undefined {
  const first = args[0];
  if (
    typeof first === "string" &&
    !SHAPES.has(first.length * 128 + (first.charCodeAt(0) | 0x20))
  ) return;
  const name = shortWord(first);
  if (name === undefined) return;
  let owned = Object.hasOwn(OWNED_COMMANDS, name) ? name : undefined;
  if (owned === undefined && args.length > 1 && CONTAINERS.has(name)) {
    const sub = `${name} ${shortWord(args[1])}`;
    if (Object.hasOwn(OWNED_COMMANDS, sub)) owned = sub;
  }
  if (owned === undefined || (owned === "hello" && args.length === 1)) return;
  return new TypeError(
    `${owned.toUpperCase()} cannot be sent with sendCommand: ${
      OWNED_COMMANDS[owned]
    }`,
  );
}
