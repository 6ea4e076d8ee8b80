/**
 * One command on its way: its arguments, who learns the outcome, and the timer or abort
 * listener its caller asked for (none otherwise, so a plain call makes one object).
 *
 * @module
 */
import { aborted, noReplyWithin } from "./_error_factories.ts";
import type { CommandOptions } from "./connection_options.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { delayError, tooLong } from "./_delay.ts";

/** What a command's caller is told when its reply or its failure arrives. */
export interface ReplyTarget {
  resolve(value: unknown): void;
  /** `args` are the command's, for an error message that names it. */
  reject(error: Error, args?: readonly RedisArgument[]): void;
}

/** What few commands have: kept apart so a plain command is a smaller object. */
export interface CommandExtras {
  timer?: ReturnType<typeof setTimeout>;
  signal?: AbortSignal;
  onAttributes?: CommandOptions["attributes"];
  /** When a refused command stops waiting for the server (ms since the epoch). */
  waitUntil?: number;
}

// The bits of Command's flags.
const SETTLED = 1;
const NOT_RESENDABLE = 2;
const BYTES = 4;

/**
 * One command in flight or waiting to be sent. A million may be in flight at once (and
 * with 10,000 awaiting callers every one is copied at each young-generation collection),
 * so it has few fields: three booleans share one, what only some commands need is in
 * `extras`, and who learns the outcome is a subclass's (TargetCommand here, a promise's
 * own functions in _promise_target.ts). @internal
 */
export abstract class Command {
  /** SETTLED, NOT_RESENDABLE, BYTES. */
  #flags: number;
  /** The timer, signal, attributes callback and LOADING deadline, when it has any. */
  extras: CommandExtras | undefined = undefined;

  constructor(
    readonly args: readonly RedisArgument[],
    bytes: boolean,
    readonly parse: ((reply: unknown) => unknown) | undefined,
  ) {
    this.#flags = bytes ? BYTES : 0;
  }

  /** Answered, failed, timed out or aborted: later outcomes are ignored. */
  get settled(): boolean {
    return (this.#flags & SETTLED) !== 0;
  }

  /** False inside MULTI ... EXEC and in the handshake: never sent again alone. */
  get resendable(): boolean {
    return (this.#flags & NOT_RESENDABLE) === 0;
  }
  set resendable(value: boolean) {
    this.#flags = value
      ? this.#flags & ~NOT_RESENDABLE
      : this.#flags | NOT_RESENDABLE;
  }

  /** Whether its reply's strings come as bytes. */
  get bytes(): boolean {
    return (this.#flags & BYTES) !== 0;
  }

  /** The command's name for error messages. */
  get name(): string {
    const first = this.args[0];
    return typeof first === "string" ? first.toUpperCase() : String(first);
  }

  /**
   * Starts what the caller asked for: the abort listener, the timer (`ms`, or else the
   * connection's `commandTimeout`), the attributes callback. False when the command
   * already failed: aborted before it left, or a timeout longer than a timer can wait.
   */
  watch(options: CommandOptions | undefined, commandTimeout?: number): boolean {
    const onAttributes = options?.attributes;
    if (onAttributes) this.extras = { onAttributes };
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) {
        this.reject(aborted(this.name, { reason: signal.reason }));
        return false;
      }
      (this.extras ??= {}).signal = signal;
      signal.addEventListener("abort", this, { once: true });
    }
    const ms = options?.timeout ?? commandTimeout;
    if (ms !== undefined && ms > 0 && Number.isFinite(ms)) {
      if (tooLong(ms)) {
        this.reject(delayError("timeout", ms));
        return false;
      }
      (this.extras ??= {}).timer = setTimeout(onCommandTimeout, ms, this, ms);
    }
    return true;
  }

  resolve(value: unknown): void {
    if (this.settled) return;
    this.finish();
    if (this.parse) {
      try {
        value = this.parse(value);
      } catch (e) {
        return this.fail(e as Error, undefined);
      }
    }
    this.succeed(value);
  }

  reject(error: Error): void {
    if (this.settled) return;
    this.finish();
    this.fail(error, this.args);
  }

  /** Hands the reply to whoever awaits it. */
  protected abstract succeed(value: unknown): void;

  /** Hands an error to whoever awaits it; `args` are the command's, to name it. */
  protected abstract fail(
    error: Error,
    args: readonly RedisArgument[] | undefined,
  ): void;

  /** Called by the signal when it aborts (an EventListener object, so no closure per call). */
  handleEvent(): void {
    this.reject(aborted(this.name, { reason: this.extras?.signal?.reason }));
  }

  private finish(): void {
    this.#flags |= SETTLED;
    const extras = this.extras;
    if (extras === undefined) return;
    if (extras.timer !== undefined) clearTimeout(extras.timer);
    extras.signal?.removeEventListener("abort", this);
  }
}

/** A command whose outcome goes to a ReplyTarget. @internal */
export class TargetCommand extends Command {
  constructor(
    args: readonly RedisArgument[],
    readonly target: ReplyTarget,
    bytes: boolean,
    parse: ((reply: unknown) => unknown) | undefined,
  ) {
    super(args, bytes, parse);
  }

  protected succeed(value: unknown): void {
    this.target.resolve(value);
  }

  protected fail(
    error: Error,
    args: readonly RedisArgument[] | undefined,
  ): void {
    this.target.reject(error, args);
  }
}

function onCommandTimeout(command: Command, ms: number): void {
  command.reject(noReplyWithin(command.name, ms));
}
