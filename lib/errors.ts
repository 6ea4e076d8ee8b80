/**
 * The errors desir throws: every class and every code, in one file. Each class takes one
 * constructor shape, `(message, { code, cause, … })`, and types its `code` as a union
 * exported beside it (`ConnectionErrorCode`, …), so callers branch with `instanceof` and
 * then on `error.code`. The recurring errors are made by the factories of
 * `_error_factories.ts`, so that each message is written once.
 *
 * The file is longer than most because it is the catalogue users read: one place for
 * every error class, its codes and an example of each. The classes are alike in shape on
 * purpose (a typed `code`, a constructor that sets it): each is a name users test with
 * `instanceof`, with its own docs, so none is made by a shared factory of classes.
 *
 * @module
 */

/**
 * The first word of a server's error reply. The list names the words desir or its users
 * act on; a server (or a module) may send any other word, so the type stays open.
 *
 * - `ERR`: the generic error (also for a reply whose first word is not a code);
 * - `WRONGTYPE`: the key holds another type;
 * - `NOSCRIPT`: EVALSHA of a script the server does not have;
 * - `NOAUTH`, `WRONGPASS`, `NOPERM`: authentication or ACL refusals;
 * - `MOVED`, `ASK`, `TRYAGAIN`, `CLUSTERDOWN`, `CROSSSLOT`: cluster routing;
 * - `LOADING`, `BUSY`, `MASTERDOWN`, `READONLY`, `MISCONF`, `OOM`, `NOREPLICAS`: the
 *   server cannot run the command now;
 * - `EXECABORT`: a transaction refused while queuing;
 * - `BUSYGROUP`, `NOGROUP`: stream consumer groups;
 * - `BUSYKEY`: RESTORE or COPY onto an existing key;
 * - `UNBLOCKED`: CLIENT UNBLOCK ended a blocking call with an error.
 */
export type RedisErrorCode =
  | "ERR"
  | "WRONGTYPE"
  | "NOSCRIPT"
  | "NOAUTH"
  | "WRONGPASS"
  | "NOPERM"
  | "MOVED"
  | "ASK"
  | "TRYAGAIN"
  | "CLUSTERDOWN"
  | "CROSSSLOT"
  | "LOADING"
  | "BUSY"
  | "MASTERDOWN"
  | "READONLY"
  | "MISCONF"
  | "OOM"
  | "NOREPLICAS"
  | "EXECABORT"
  | "BUSYGROUP"
  | "NOGROUP"
  | "BUSYKEY"
  | "UNBLOCKED"
  // deno-lint-ignore ban-types -- keeps the names above in editors' completion lists
  | (string & {});

/** The code of every {@linkcode ProtocolError}: `PROTOCOL`. */
export type ProtocolErrorCode = "PROTOCOL";

/**
 * The codes of a {@linkcode ConnectionError}:
 * - `CONNECTION`: the server cannot be reached (refused, unreachable, TLS failure, the
 *   connection closed by the server) or no node answered;
 * - `CLOSED`: the client was closed (`close()` or `destroy()`): nothing was sent;
 * - `OFFLINE_QUEUE_FULL`: `maxOfflineCommands` commands already wait for the connection;
 * - `WRONG_ROLE`: the server found is not the master (or replica) expected;
 * - `MASTER_NOT_FOUND`: no sentinel knows the master named;
 * - `FAILOVER`: a sentinel failover moved the connection's server away;
 * - `NOAUTH`, `WRONGPASS`, `NOPERM`: the server refused the handshake's credentials or
 *   one of its commands to this user; `ERR`: it refused a handshake command for another
 *   reason (a `SELECT` out of range, a failing `setup` command). `cause` is the server's
 *   `RedisError`, with the server's own code.
 */
export type ConnectionErrorCode =
  | "CONNECTION"
  | "CLOSED"
  | "OFFLINE_QUEUE_FULL"
  | "WRONG_ROLE"
  | "MASTER_NOT_FOUND"
  | "FAILOVER"
  | "NOAUTH"
  | "WRONGPASS"
  | "NOPERM"
  | "ERR";

/** The code of every {@linkcode ConnectionLostError}: `CONNECTION_LOST`. */
export type ConnectionLostErrorCode = "CONNECTION_LOST";

/** The code of every {@linkcode TimeoutError}: `TIMEOUT`. */
export type TimeoutErrorCode = "TIMEOUT";

/** The code of every {@linkcode AbortError}: `ABORT`. */
export type AbortErrorCode = "ABORT";

/** The code of every {@linkcode ValueCodecError}: `VALUE_CODEC`. */
export type ValueCodecErrorCode = "VALUE_CODEC";

/**
 * The codes of a {@linkcode ClusterError}:
 * - `CROSSSLOT`: the keys of one command (or transaction) are in different slots;
 * - `TOO_MANY_REDIRECTIONS`: redirected more than `maxRedirections` times;
 * - `NO_REPLICA`: no replica can serve a read with `readFrom: "replica"`;
 * - `UNSUPPORTED`: a command that works on one node's keys (SCAN, …) sent to the cluster.
 */
export type ClusterErrorCode =
  | "CROSSSLOT"
  | "TOO_MANY_REDIRECTIONS"
  | "NO_REPLICA"
  | "UNSUPPORTED";

/**
 * The codes of a {@linkcode ConnectorError}:
 * - `REMOTE_ERROR`: the worker's function threw (or its result could not be serialized);
 * - `UNKNOWN_FUNCTION`: the worker has no function of that name.
 */
export type ConnectorErrorCode = "REMOTE_ERROR" | "UNKNOWN_FUNCTION";

/**
 * Every code a desir error carries: each class's own, and `SUBSCRIPTION_OVERFLOW`, the
 * one code of a plain {@linkcode DesirError} (a subscriber read too slowly for its
 * `maxBuffered` limit).
 */
export type DesirErrorCode =
  | "SUBSCRIPTION_OVERFLOW"
  | RedisErrorCode
  | ProtocolErrorCode
  | ConnectionErrorCode
  | ConnectionLostErrorCode
  | TimeoutErrorCode
  | AbortErrorCode
  | ValueCodecErrorCode
  | ClusterErrorCode
  | ConnectorErrorCode;

/**
 * What every desir error is made with, after its message: its `code`, its `cause`, and
 * the command it belongs to when there is one. Classes with a usual code (all but
 * `DesirError`, `ClusterError` and `ConnectorError`) take `code` as optional.
 */
export interface DesirErrorOptions<Code extends string = DesirErrorCode>
  extends ErrorOptions {
  /** The stable machine-readable code. */
  code: Code;
  /** The command this error belongs to (`"LPUSH"`). */
  command?: string;
  /** That command's first key, shortened; no other argument is ever shown. */
  key?: string;
  /** That command's index in its pipeline or transaction. */
  index?: number;
}

/**
 * Base class of every error desir throws itself. `code` is typed per class: narrow with
 * `instanceof` first (`e instanceof ConnectionError && e.code === "CLOSED"`).
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
  readonly code: DesirErrorCode;
  /** The command this error belongs to (`"LPUSH"`, `"XINFO STREAM"`), when it has one. */
  declare readonly command?: string;
  /** That command's first key, shortened to 40 characters; no other argument is shown. */
  declare readonly key?: string;
  /** That command's index in its pipeline or transaction. */
  declare readonly index?: number;

  /** Creates an error with a message for people and a stable `code`. */
  constructor(message: string, options: DesirErrorOptions) {
    super(
      message,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = options.code;
    const { command, key, index } = options;
    // Only when known, so that an error without them prints no empty fields.
    if (command !== undefined) Object.assign(this, { command });
    if (key !== undefined) Object.assign(this, { key });
    if (index !== undefined) Object.assign(this, { index });
  }

  /**
   * The class's name, so `String(error)` and stack traces say which kind it is. Written
   * out in each class, not read from the constructor, which a minifier renames; a
   * subclass of yours says its own name by overriding this getter, as with `Error`.
   */
  override get name(): string {
    return "DesirError";
  }
}

/** A reply's first word when it reads as a code (`WRONGTYPE`), else `ERR`. */
function replyCode(reply: string): RedisErrorCode {
  const space = reply.indexOf(" ");
  const word = space === -1 ? reply : reply.slice(0, space);
  return /^[A-Z][A-Z0-9_-]*$/.test(word) ? word : "ERR";
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
  /** This class's code: one of {@linkcode RedisErrorCode}. */
  declare readonly code: RedisErrorCode;
  /** `"RedisError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "RedisError";
  }

  /** Creates the error from the text of an error reply; `code` defaults to its first word. */
  constructor(
    message: string,
    options: Partial<DesirErrorOptions<RedisErrorCode>> = {},
  ) {
    super(message, { ...options, code: options.code ?? replyCode(message) });
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
  /** This class's code: one of {@linkcode ProtocolErrorCode}. */
  declare readonly code: ProtocolErrorCode;
  /** `"ProtocolError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ProtocolError";
  }

  /** Creates the error; the message says which rule the server's bytes broke. */
  constructor(
    message: string,
    options: Partial<DesirErrorOptions<ProtocolErrorCode>> = {},
  ) {
    super(message, { ...options, code: "PROTOCOL" });
  }
}

/**
 * The client could not reach the server (refused, unreachable, TLS or handshake failure),
 * or the client is closed, or its offline queue is full; `code` says which
 * ({@linkcode ConnectionErrorCode}).
 *
 * A closed client is always this class with code `CLOSED`, whichever path the call took
 * (a client, a cluster, a pipeline, a subscriber, a blocking call): like a server that
 * cannot be reached, it means the command was not sent and no connection will carry it,
 * so one `instanceof ConnectionError` covers both.
 *
 * @example
 * ```ts
 * import { ConnectionError, Redis } from "@desir/desir";
 * const r = new Redis({ port: 1, reconnect: false });
 * try {
 *   await r.sendCommand(["PING"]);
 * } catch (e) {
 *   if (e instanceof ConnectionError) console.log(e.code, e.message);
 * }
 * await r.close();
 * ```
 */
export class ConnectionError extends DesirError {
  /** This class's code: one of {@linkcode ConnectionErrorCode}. */
  declare readonly code: ConnectionErrorCode;
  /** `"ConnectionError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ConnectionError";
  }

  /** Creates the error; `code` defaults to `CONNECTION`. */
  constructor(
    message: string,
    options: Partial<DesirErrorOptions<ConnectionErrorCode>> = {},
  ) {
    super(message, { ...options, code: options.code ?? "CONNECTION" });
  }
}

/** What a {@linkcode ConnectionLostError} is made with. */
export interface ConnectionLostErrorOptions
  extends Partial<DesirErrorOptions<ConnectionLostErrorCode>> {
  /** Whether the command had been written to the socket, so the server may have run it. */
  mayHaveExecuted: boolean;
}

/**
 * The connection dropped while this command was in flight. When `mayHaveExecuted` is true
 * the command had been written to the socket, so the server may have run it: desir never
 * resends such a command (at-most-once delivery).
 *
 * @example
 * ```ts
 * import { ConnectionLostError } from "@desir/desir";
 * const e = new ConnectionLostError("The connection was lost after INCR was sent", {
 *   mayHaveExecuted: true,
 * });
 * if (e.mayHaveExecuted) console.log("check the counter before retrying");
 * ```
 */
export class ConnectionLostError extends DesirError {
  /** This class's code: one of {@linkcode ConnectionLostErrorCode}. */
  declare readonly code: ConnectionLostErrorCode;
  /** `"ConnectionLostError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ConnectionLostError";
  }
  /** True when the command reached the socket and may have run on the server. */
  readonly mayHaveExecuted: boolean;

  /** Creates the error; `mayHaveExecuted` says whether the command was written. */
  constructor(message: string, options: ConnectionLostErrorOptions) {
    super(message, { ...options, code: "CONNECTION_LOST" });
    this.mayHaveExecuted = options.mayHaveExecuted;
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
  /** This class's code: one of {@linkcode TimeoutErrorCode}. */
  declare readonly code: TimeoutErrorCode;
  /** `"TimeoutError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "TimeoutError";
  }

  /** Creates the error; the message says what did not finish in time. */
  constructor(
    message: string,
    options: Partial<DesirErrorOptions<TimeoutErrorCode>> = {},
  ) {
    super(message, { ...options, code: "TIMEOUT" });
  }
}

/**
 * The caller's `AbortSignal` fired. `cause` holds the signal's reason.
 *
 * @example
 * ```ts
 * import { AbortError } from "@desir/desir";
 * const e = new AbortError("GET was aborted", { cause: "user left" });
 * console.log(e.code, e.cause); // "ABORT" "user left"
 * ```
 */
export class AbortError extends DesirError {
  /** This class's code: one of {@linkcode AbortErrorCode}. */
  declare readonly code: AbortErrorCode;
  /** `"AbortError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "AbortError";
  }

  /** Creates the error; `cause` is the signal's reason. */
  constructor(
    message: string,
    options: Partial<DesirErrorOptions<AbortErrorCode>> = {},
  ) {
    super(message, { ...options, code: "ABORT" });
  }
}

/** What a {@linkcode ValueCodecError} is made with. */
export interface ValueCodecErrorOptions
  extends Partial<DesirErrorOptions<ValueCodecErrorCode>> {
  /** The Redis key the value was read from. */
  key: string;
  /** The hash field whose value could not be decoded, when known. */
  field?: string;
  /** The bytes that could not be decoded (never shown in the message). */
  raw: Uint8Array;
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
  /** This class's code: one of {@linkcode ValueCodecErrorCode}. */
  declare readonly code: ValueCodecErrorCode;
  /** `"ValueCodecError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ValueCodecError";
  }
  /** The Redis key the value was read from. */
  declare readonly key: string;
  /** The hash field whose value could not be decoded. */
  readonly field?: string;
  /** The bytes that could not be decoded. */
  readonly raw: Uint8Array;

  /** Creates the error for the value `raw` read at `key` (and `field` or `index`). */
  constructor(message: string, options: ValueCodecErrorOptions) {
    super(message, { ...options, code: "VALUE_CODEC" });
    this.field = options.field;
    this.raw = options.raw;
  }
}

/**
 * A command the cluster client cannot route: its keys are in different slots
 * (`CROSSSLOT`), it was redirected too many times (`TOO_MANY_REDIRECTIONS`), no replica
 * can serve a read with `readFrom: "replica"` (`NO_REPLICA`), or it cannot be run on a
 * whole cluster at once (`UNSUPPORTED`: SCAN, whose cursor belongs to one node).
 *
 * @example
 * ```ts
 * import { ClusterError, RedisCluster } from "@desir/desir";
 * await using c = new RedisCluster({ nodes: ["redis://127.0.0.1:7000"] });
 * try {
 *   await c.sunion("a", "b");
 * } catch (e) {
 *   if (e instanceof ClusterError && e.code === "CROSSSLOT") console.log(e.message);
 * }
 * ```
 */
export class ClusterError extends DesirError {
  /** This class's code: one of {@linkcode ClusterErrorCode}. */
  declare readonly code: ClusterErrorCode;
  /** `"ClusterError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ClusterError";
  }

  /** Creates the error; the message says what to do about it. */
  constructor(message: string, options: DesirErrorOptions<ClusterErrorCode>) {
    super(message, options);
  }
}

/** What a {@linkcode ConnectorError} tells about the failed call. */
export interface ConnectorErrorOptions
  extends DesirErrorOptions<ConnectorErrorCode> {
  /** The name of the worker connector that was called. */
  worker: string;
  /** The function that was called. */
  function: string;
  /** The `name` of the error on the worker side (`TypeError`, …). */
  remoteName: string;
  /** The `message` of the error on the worker side. */
  remoteMessage: string;
  /** The stack trace on the worker side, when there was one. */
  remoteStack?: string;
}

/**
 * A remote call failed on the worker side; `code` says how
 * ({@linkcode ConnectorErrorCode}). `remoteName`, `remoteMessage` and `remoteStack`
 * describe the worker's error, and `cause` is that error itself when it could be sent
 * back.
 *
 * @example
 * ```ts
 * import { Connector, ConnectorError, Redis } from "@desir/desir";
 * await using r = new Redis();
 * const proxy = new Connector(r).proxy<{ add(...n: unknown[]): number }>("testworker");
 * try {
 *   await proxy.add(10, "STRING");
 * } catch (e) {
 *   if (e instanceof ConnectorError) console.log(e.remoteName, e.remoteMessage);
 * }
 * ```
 */
export class ConnectorError extends DesirError {
  /** This class's code: one of {@linkcode ConnectorErrorCode}. */
  declare readonly code: ConnectorErrorCode;
  /** `"ConnectorError"`, whatever a minifier calls the class. */
  override get name(): string {
    return "ConnectorError";
  }
  /** The name of the worker connector that was called. */
  readonly worker: string;
  /** The function that was called. */
  readonly function: string;
  /** The `name` of the error on the worker side. */
  readonly remoteName: string;
  /** The `message` of the error on the worker side. */
  readonly remoteMessage: string;
  /** The stack trace on the worker side, when there was one. */
  readonly remoteStack: string | undefined;

  /** Creates the error; `options` describe the call and the worker's error. */
  constructor(message: string, options: ConnectorErrorOptions) {
    super(message, options);
    this.worker = options.worker;
    this.function = options.function;
    this.remoteName = options.remoteName;
    this.remoteMessage = options.remoteMessage;
    this.remoteStack = options.remoteStack;
  }
}
