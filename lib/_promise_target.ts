/**
 * How a `Redis` call settles its promise: most calls hand the promise's own functions to
 * the command (`request`); a blocking call, or one with `captureStack`, a target that
 * gives its error the command's context (and the caller's stack) on the way out.
 *
 * @module
 */
import type { CommandOptions, Connection, ReplyTarget } from "./connection.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { addCommandContext, useCallerStack } from "./_command_context.ts";

/** Calls back a promise; an error first learns its command. */
export class PromiseTarget implements ReplyTarget {
  constructor(
    readonly resolve: (value: unknown) => void,
    readonly fail: (error: Error) => void,
  ) {}
  reject(error: Error, args?: readonly RedisArgument[]): void {
    if (args) addCommandContext(error, args);
    this.fail(error);
  }
}

/** The functions of the promise `capture` was last called for: read, then cleared. */
const made: {
  resolve?: (value: unknown) => void;
  reject?: (e: Error) => void;
} = {};

function capture(
  resolve: (value: unknown) => void,
  reject: (error: Error) => void,
): void {
  made.resolve = resolve;
  made.reject = reject;
}

/**
 * Sends a command on `connection` and returns the promise of its reply. The command
 * itself holds the promise's functions: no target object, and no closure (with its
 * context) for the executor, per call. With 10,000 calls in flight every byte a call
 * allocates brings the young-generation collection sooner, and every byte it keeps is
 * copied by it.
 */
export function request<T>(
  connection: Connection,
  args: readonly RedisArgument[],
  options: CommandOptions | undefined,
  parse: ((reply: unknown) => unknown) | undefined,
): Promise<T> {
  const promise = new Promise<T>(
    capture as ConstructorParameters<typeof Promise<T>>[0],
  );
  const { resolve, reject } = made;
  made.resolve = made.reject = undefined;
  connection.send(args, resolve!, options, parse, reject);
  return promise;
}

/** A `PromiseTarget` that also gives the error the stack of the call (`captureStack`). */
export class TracedTarget extends PromiseTarget {
  constructor(
    resolve: (value: unknown) => void,
    fail: (error: Error) => void,
    readonly caller: Error = new Error(),
  ) {
    super(resolve, fail);
  }
  override reject(error: Error, args?: readonly RedisArgument[]): void {
    if (args) addCommandContext(error, args);
    useCallerStack(error, this.caller);
    this.fail(error);
  }
}
