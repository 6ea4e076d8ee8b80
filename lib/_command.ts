/**
 * One command on its way: its arguments, who learns the outcome, and the timer or abort
 * listener its caller asked for (none otherwise, so a plain call makes one object).
 *
 * @module
 */
import { AbortError, TimeoutError } from "./errors.ts";
import type { CommandOptions } from "./connection_options.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { delayError, tooLong } from "./_delay.ts";

/** What a command's caller is told when its reply or its failure arrives. */
export interface ReplyTarget {
  resolve(value: unknown): void;
  /** `args` are the command's, for an error message that names it. */
  reject(error: Error, args?: readonly RedisArgument[]): void;
}

/** One command in flight or waiting to be sent. @internal */
export class Command {
  settled = false;
  timer: ReturnType<typeof setTimeout> | undefined = undefined;
  signal: AbortSignal | undefined = undefined;
  /** False inside MULTI … EXEC and in the handshake: never sent again alone. */
  resendable = true;
  /** When a refused command stops waiting for the server (ms since the epoch). */
  waitUntil = 0;
  onAttributes: CommandOptions["attributes"] = undefined;

  constructor(
    readonly args: readonly RedisArgument[],
    readonly target: ReplyTarget,
    readonly bytes: boolean,
    readonly parse: ((reply: unknown) => unknown) | undefined,
  ) {}

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
    this.onAttributes = options?.attributes;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) {
        this.reject(new AbortError(`${this.name} was aborted`, signal.reason));
        return false;
      }
      this.signal = signal;
      signal.addEventListener("abort", this, { once: true });
    }
    const ms = options?.timeout ?? commandTimeout;
    if (ms !== undefined && ms > 0 && Number.isFinite(ms)) {
      if (tooLong(ms)) {
        this.reject(delayError("timeout", ms));
        return false;
      }
      this.timer = setTimeout(onCommandTimeout, ms, this, ms);
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
        this.target.reject(e as Error);
        return;
      }
    }
    this.target.resolve(value);
  }

  reject(error: Error): void {
    if (this.settled) return;
    this.finish();
    this.target.reject(error, this.args);
  }

  /** Called by the signal when it aborts (an EventListener object, so no closure per call). */
  handleEvent(): void {
    this.reject(
      new AbortError(`${this.name} was aborted`, this.signal?.reason),
    );
  }

  private finish(): void {
    this.settled = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this);
  }
}

function onCommandTimeout(command: Command, ms: number): void {
  command.reject(
    new TimeoutError(`${command.name} got no reply within ${ms} ms`),
  );
}
