/**
 * The error a remote call raises when the worker could not run it or its function threw.
 *
 * @module
 */
import { DesirError } from "../errors.ts";

/** What a {@linkcode ConnectorError} tells about the failed call. */
export interface ConnectorErrorOptions extends ErrorOptions {
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
 * A remote call failed on the worker side. `code` says how:
 * - `REMOTE_ERROR`: the function threw (or its result could not be serialized);
 * - `UNKNOWN_FUNCTION`: the worker has no function of that name.
 *
 * `remoteName`, `remoteMessage` and `remoteStack` describe the worker's error, and
 * `cause` is that error itself when it could be sent back.
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
  constructor(code: string, message: string, options: ConnectorErrorOptions) {
    super(code, message, options);
    this.worker = options.worker;
    this.function = options.function;
    this.remoteName = options.remoteName;
    this.remoteMessage = options.remoteMessage;
    this.remoteStack = options.remoteStack;
  }
}
