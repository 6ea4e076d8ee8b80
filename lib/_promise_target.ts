/**
 * The reply targets of a `Redis` call: they settle its promise, and give its error the
 * command's context (and, with `captureStack`, the caller's stack) on the way out.
 *
 * @module
 */
import type { ReplyTarget } from "./connection.ts";
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

/** The target `capture` made last: read right after `new Promise(capture)` returns. */
let made: PromiseTarget | undefined;

function capture(
  resolve: (value: unknown) => void,
  fail: (error: Error) => void,
): void {
  made = new PromiseTarget(resolve, fail);
}

/**
 * A new promise; `takeTarget()`, called next, returns the target that settles it. The
 * executor is one function for all calls, not a closure (and its context) per call:
 * with 10,000 calls in flight, every byte a call allocates brings the young-generation
 * collection sooner, which then copies all that is in flight.
 */
export function promiseWithTarget<T>(): Promise<T> {
  return new Promise<T>(capture as ConstructorParameters<typeof Promise<T>>[0]);
}

/** The target of the promise `promiseWithTarget()` just made. */
export function takeTarget(): PromiseTarget {
  const target = made!;
  made = undefined;
  return target;
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
