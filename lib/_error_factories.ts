/**
 * The errors of desir's recurring failures (a closed client, a lost connection, an
 * abort, a timeout, a full offline queue, a refused handshake, a value its codec cannot
 * read), each made here once, as postgres.js does: one failure is always one class, one
 * code and one message, whichever path reached it. Errors of one place only stay there
 * (the decoder's protocol errors, the cluster's routing errors in `cluster/_failures.ts`).
 *
 * @module
 */
import {
  AbortError,
  ConnectionError,
  ConnectionLostError,
  type RedisError,
  TimeoutError,
  ValueCodecError,
} from "./errors.ts";

/**
 * Anything asked of a closed client (its connection, pool, subscriber, sentinel or
 * cluster nodes): a `ConnectionError` `CLOSED`, as no connection will carry it.
 */
export function clientClosed(): ConnectionError {
  return new ConnectionError("The client is closed", { code: "CLOSED" });
}

const CREDENTIAL_REFUSALS = ["WRONGPASS", "NOAUTH", "NOPERM"] as const;

/**
 * The server at `address` refused a command of the handshake: the credentials or ACL
 * words (`WRONGPASS`, `NOAUTH`, `NOPERM`) stay the code, any other refusal is `ERR`;
 * `cause` keeps the server's error as it was.
 */
export function handshakeRefused(
  address: string,
  error: RedisError,
): ConnectionError {
  const code = CREDENTIAL_REFUSALS.find((c) => c === error.code) ?? "ERR";
  return new ConnectionError(
    `The handshake with ${address} failed: ${error.message}`,
    { code, cause: error },
  );
}

/** A call (a blocking one, waiting for its turn or its reply) that `close()` ended. */
export function closedWhileWaiting(
  name: string,
  cause?: unknown,
): ConnectionError {
  return new ConnectionError(
    `${name} was ended because the client was closed while it waited`,
    { code: "CLOSED", cause },
  );
}

/**
 * The connection dropped with the command `name` in flight: written (it may have run,
 * so it is never resent) or not.
 */
export function connectionLost(
  name: string,
  { mayHaveExecuted, cause }: { mayHaveExecuted: boolean; cause?: unknown },
): ConnectionLostError {
  return new ConnectionLostError(
    mayHaveExecuted
      ? `The connection was lost after ${name} was sent: it may have run on the server, so it was not retried`
      : `The connection was lost before ${name} was sent: it did not run`,
    { mayHaveExecuted, cause },
  );
}

/**
 * The caller's signal fired: `what` (`"GET"`, `"add()"`, `"The command"`) was aborted,
 * while it waited for `waiting` when given, with the signal's reason as `cause`.
 */
export function aborted(
  what: string,
  { reason, waiting }: { reason: unknown; waiting?: string },
): AbortError {
  return new AbortError(
    `${what} was aborted${waiting ? ` while it waited for ${waiting}` : ""}`,
    { cause: reason },
  );
}

/** The command `name` got no reply within its `timeout` (or `commandTimeout`). */
export function noReplyWithin(name: string, ms: number): TimeoutError {
  return new TimeoutError(`${name} got no reply within ${ms} ms`);
}

/**
 * `what` was refused because too many commands already wait for the connection; `why`
 * says how many.
 */
export function offlineQueueFull(what: string, why: string): ConnectionError {
  return new ConnectionError(
    `${what} was refused: ${why} (maxOfflineCommands)`,
    { code: "OFFLINE_QUEUE_FULL" },
  );
}

/**
 * A value a collection (`kind`: `RedisMap`, …) read at `key` (and `field` or `index`)
 * that the `codec` could not decode; the bytes go on the error, never in its message.
 */
export function undecodable(
  site: { kind: string; key: string; field?: string; index?: number },
  { codec, raw, cause }: { codec: string; raw: Uint8Array; cause: unknown },
): ValueCodecError {
  const at = site.field !== undefined
    ? ` field ${JSON.stringify(site.field)}`
    : site.index !== undefined
    ? ` index ${site.index}`
    : "";
  const where = `${site.kind} ${JSON.stringify(site.key)}${at}`;
  return new ValueCodecError(
    codec === "desir"
      ? `${where}: the value was not written by desir's codec; for values written as plain text or JSON, pass { codec: "string" } or { codec: "json" }`
      : `${where}: the value could not be decoded by the ${codec} codec`,
    { key: site.key, field: site.field, index: site.index, raw, cause },
  );
}

/** `exec()` of a transaction whose `watch()` failed: the watch is gone, `cause` says why. */
export function watchLost(cause: unknown): ConnectionError {
  return new ConnectionError(
    "The transaction's watch was lost when watch() or exec() failed (see cause): call discard() and watch again, or start a new transaction",
    { cause },
  );
}
