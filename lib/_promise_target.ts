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
