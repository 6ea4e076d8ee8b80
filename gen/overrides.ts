/**
 * Hand-kept decisions the server's command table cannot make for us.
 *
 * @module
 */

/**
 * Commands that get no generated method, and why: each changes connection state that the
 * client owns (handshake, database, subscriptions, transactions, reply framing), so a raw
 * call would silently break it — or be silently undone by a reconnect. The client offers
 * its own API for each; `sendCommand` still reaches them for those who know what they do.
 */
export const EXCLUDED: Record<string, string> = {
  auth:
    "The handshake authenticates (the `username`/`password` options), also after a reconnect.",
  hello: "The handshake negotiates the protocol (the `protocol` option).",
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
    "Use the client's pub/sub API: a subscribed connection takes no other commands.",
  psubscribe:
    "Use the client's pub/sub API: a subscribed connection takes no other commands.",
  ssubscribe:
    "Use the client's pub/sub API: a subscribed connection takes no other commands.",
  unsubscribe: "Use the client's pub/sub API.",
  punsubscribe: "Use the client's pub/sub API.",
  sunsubscribe: "Use the client's pub/sub API.",
  monitor:
    "It turns the connection into a stream of every command the server runs.",
  sync: "It turns the connection into a replication stream.",
  psync: "It turns the connection into a replication stream.",
  "client reply":
    "OFF and SKIP suppress replies, so later replies would reach the wrong callers.",
};

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
