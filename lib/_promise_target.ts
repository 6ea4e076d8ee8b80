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
import { Command } from "./_command.ts";

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

/** The resolve function of the promise `capture` was last called for: read, then cleared. */
const made: { resolve?: (value: unknown) => void } = {};

function capture(resolve: (value: unknown) => void): void {
  made.resolve = resolve;
}

/**
 * What a promise is resolved with to reject it: a thenable that rejects. Resolving
 * with it costs the caller two more microtask turns, on failures only.
 */
class Rejection {
  constructor(readonly error: Error) {}
  then(_: unknown, reject: (error: Error) => void): void {
    reject(this.error);
  }
}

/**
 * A command that holds its caller's resolve function itself: no target object per
 * call, and not the reject function either (it fails by resolving with a
 * `Rejection`). Every byte a call in flight keeps is paid per call by the runtime
 * once thousands are in flight (bench/cpu_inflight.ts, "same live set"). Its errors
 * learn their command on the way out, as PromiseTarget's do.
 */
class PromiseCommand extends Command {
  constructor(
    args: readonly RedisArgument[],
    bytes: boolean,
    parse: ((reply: unknown) => unknown) | undefined,
    readonly settle: (value: unknown) => void,
  ) {
    super(args, bytes, parse);
  }

  protected succeed(value: unknown): void {
    this.settle(value);
  }

  protected fail(
    error: Error,
    args: readonly RedisArgument[] | undefined,
  ): void {
    if (args) addCommandContext(error, args);
    this.settle(new Rejection(error));
  }
}

/**
 * Sends a command on `connection` and returns the promise of its reply. The command
 * holds the promise's resolve function itself, and the promise is made with one
 * module-level executor: no target object, and no closure (with its context), per call. With
 * 10,000 calls in flight every byte a call allocates brings the young-generation
 * collection sooner, and every byte it keeps is copied by it.
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
  const resolve = made.resolve!;
  made.resolve = undefined;
  connection.submit(
    new PromiseCommand(args, connection.bytes(options), parse, resolve),
    options,
  );
  return promise;
}

/**
 * Like {@linkcode request}, for `captureStack`: the error gets the caller's stack. A
 * function of its own, so that the closure it makes is not in the hot path's.
 */
export function tracedRequest<T>(
  connection: Connection,
  args: readonly RedisArgument[],
  options: CommandOptions | undefined,
  parse: ((reply: unknown) => unknown) | undefined,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const target = new TracedTarget(resolve as (v: unknown) => void, reject);
    connection.send(args, target, options, parse);
  });
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
