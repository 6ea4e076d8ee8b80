/**
 * The errors desir throws. Each kind is one class with a stable `code`, so callers can
 * branch with `instanceof` or on `error.code`.
 *
 * @module
 */

/**
 * Base class of every error desir throws itself.
 *
 * @example
 * ```ts
 * import { DesirError, Redis } from "@desir/desir";
 * await using r = new Redis();
 * try {
 *   await r.sendCommand(["GET"]);
 * } catch (e) {
 *   if (e instanceof DesirError) console.log(e.code);
 * }
 * ```
 */
export class DesirError extends Error {
  /** A stable machine-readable code, such as `WRONGTYPE` or `CONNECTION_LOST`. */
  readonly code: string;
  /** The command this error belongs to (`"LPUSH"`, `"XINFO STREAM"`), when it has one. */
  declare readonly command?: string;
  /** That command's first key, shortened to 40 characters; no other argument is shown. */
  declare readonly key?: string;
  /** That command's index in its pipeline or transaction. */
  declare readonly index?: number;

  /** Creates an error with a stable `code` and a message for people. */
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }

  /** The class name, so `String(error)` and stack traces say which kind it is. */
  override get name(): string {
    return this.constructor.name;
  }
}

/**
 * An error reply from the server. `code` is the reply's first word (`ERR`, `WRONGTYPE`,
 * `NOSCRIPT`, `MOVED`, `ASK`, `NOAUTH`, …) and `message` is the whole reply text.
 *
 * @example
 * ```ts
 * import { Redis, RedisError } from "@desir/desir";
 * await using r = new Redis();
 * await r.sendCommand(["SET", "k", "v"]);
 * try {
 *   await r.sendCommand(["LPUSH", "k", "x"]);
 * } catch (e) {
 *   if (e instanceof RedisError && e.code === "WRONGTYPE") console.log("not a list");
 * }
 * ```
 */
export class RedisError extends DesirError {
  /** Creates the error from the text of an error reply. */
  constructor(reply: string) {
    const space = reply.indexOf(" ");
    const word = space === -1 ? reply : reply.slice(0, space);
    super(/^[A-Z][A-Z0-9_-]*$/.test(word) ? word : "ERR", reply);
  }
}

/**
 * The server sent bytes that break the RESP protocol or a safety limit (length, nesting,
 * line size). The connection is closed and every pending command rejects with this error.
 *
 * @example
 * ```ts
 * import { ProtocolError } from "@desir/desir";
 * const e = new ProtocolError("Unknown RESP type byte 0x3f");
 * console.log(e.code); // "PROTOCOL"
 * ```
 */
export class ProtocolError extends DesirError {
  /** Creates the error; the message says which rule the server's bytes broke. */
  constructor(message: string) {
    super("PROTOCOL", message);
  }
}

/**
 * The client could not reach the server (refused, unreachable, TLS or handshake failure),
 * or the client is closed, or its offline queue is full.
 *
 * @example
 * ```ts
 * import { ConnectionError, Redis } from "@desir/desir";
 * const r = new Redis({ port: 1, reconnect: false });
 * try {
 *   await r.sendCommand(["PING"]);
 * } catch (e) {
 *   if (e instanceof ConnectionError) console.log(e.message);
 * }
 * await r.close();
 * ```
 */
export class ConnectionError extends DesirError {
  /** Creates the error; `code` defaults to `CONNECTION`. */
  constructor(message: string, options?: ErrorOptions & { code?: string }) {
    super(options?.code ?? "CONNECTION", message, options);
  }
}

/**
 * The connection dropped while this command was in flight. When `mayHaveExecuted` is true
 * the command had been written to the socket, so the server may have run it: desir never
 * resends such a command (at-most-once delivery).
 *
 * @example
 * ```ts
 * import { ConnectionLostError } from "@desir/desir";
 * const e = new ConnectionLostError("INCR", true);
 * if (e.mayHaveExecuted) console.log("check the counter before retrying");
 * ```
 */
export class ConnectionLostError extends DesirError {
  /** True when the command reached the socket and may have run on the server. */
  readonly mayHaveExecuted: boolean;

  /** Creates the error for `command` (its name), written or not. */
  constructor(
    command: string,
    mayHaveExecuted: boolean,
    options?: ErrorOptions,
  ) {
    super(
      "CONNECTION_LOST",
      mayHaveExecuted
        ? `The connection was lost after ${command} was sent: it may have run on the server, so it was not retried`
        : `The connection was lost before ${command} was sent: it did not run`,
      options,
    );
    this.mayHaveExecuted = mayHaveExecuted;
  }
}

/**
 * A connect or command timeout expired. A command that had already been written still has
 * its reply read and dropped, so later replies stay matched to their callers.
 *
 * @example
 * ```ts
 * import { TimeoutError } from "@desir/desir";
 * const e = new TimeoutError("BLPOP did not answer within 100 ms");
 * console.log(e.code); // "TIMEOUT"
 * ```
 */
export class TimeoutError extends DesirError {
  /** Creates the error; the message says what did not finish in time. */
  constructor(message: string) {
    super("TIMEOUT", message);
  }
}

/**
 * The caller's `AbortSignal` fired. `cause` holds the signal's reason.
 *
 * @example
 * ```ts
 * import { AbortError } from "@desir/desir";
 * const e = new AbortError("GET was aborted", "user left");
 * console.log(e.code, e.cause); // "ABORT" "user left"
 * ```
 */
export class AbortError extends DesirError {
  /** Creates the error with the signal's reason as `cause`. */
  constructor(message: string, reason?: unknown) {
    super("ABORT", message, { cause: reason });
  }
}

/**
 * A value a `RedisMap`, `RedisSet` or `RedisList` read could not be decoded by its
 * codec: usually a value written by other code, not by desir's codec. `key` is the Redis
 * key; `field` the hash field or `index` the list position, when known; `raw` holds the
 * bytes read (never shown in the message); `cause` is the codec's own error.
 *
 * @example
 * ```ts
 * import { Redis, RedisMap, ValueCodecError } from "@desir/desir";
 * await using r = new Redis();
 * await r.hset("user:9", { name: "Ada" }); // plain text, not desir's codec
 * try {
 *   await new RedisMap(r, "user:9").get("name");
 * } catch (e) {
 *   if (e instanceof ValueCodecError) console.log(e.key, e.field); // "user:9" "name"
 * }
 * const names = new RedisMap<string>(r, "user:9", { codec: "string" });
 * console.log(await names.get("name")); // "Ada"
 * ```
 */
export class ValueCodecError extends DesirError {
  /** The hash field whose value could not be decoded. */
  readonly field?: string;
  /** The bytes that could not be decoded. */
  readonly raw: Uint8Array;

  /** Creates the error for the value `raw` of `where` (`RedisMap "user:1"`). */
  constructor(
    where: { kind: string; key: string; field?: string; index?: number },
    codec: string,
    raw: Uint8Array,
    cause: unknown,
  ) {
    const at = where.field !== undefined
      ? ` field ${JSON.stringify(where.field)}`
      : where.index !== undefined
      ? ` index ${where.index}`
      : "";
    super(
      "VALUE_CODEC",
      codec === "desir"
        ? `${where.kind} ${
          JSON.stringify(where.key)
        }${at}: the value was not written by desir's codec; for values written as plain text or JSON, pass { codec: "string" } or { codec: "json" }`
        : `${where.kind} ${
          JSON.stringify(where.key)
        }${at}: the value could not be decoded by the ${codec} codec`,
      { cause },
    );
    Object.assign(this, { key: where.key, index: where.index });
    this.field = where.field;
    this.raw = raw;
  }
}
