/**
 * Commands the server refused without running them because it is not ready (`LOADING`
 * its data set after a restart, `BUSY` running a script): kept, then sent again together
 * and in order after a backoff, until each one's `waitForServer` deadline.
 *
 * @module
 */
import type { RedisError } from "./errors.ts";
import type { Command } from "./_command.ts";

/** Whether the server refused a command without running it because it is not ready. */
export function notReady(error: RedisError): boolean {
  return error.code === "LOADING" || error.code === "BUSY";
}

/** The refused commands of one connection and the one timer that sends them again. */
export class ServerWait {
  #commands: Command[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest kept command was first refused (ms since the epoch). */
  #since = 0;
  readonly #resend: (commands: Command[]) => void;
  readonly #wait: number;

  /** `wait`: the `waitForServer` option, in ms; `resend` writes the commands again. */
  constructor(wait: number, resend: (commands: Command[]) => void) {
    this.#wait = wait;
    this.#resend = resend;
  }

  /** Commands kept. */
  get length(): number {
    return this.#commands.length;
  }

  /**
   * Keeps a command the server refused as {@linkcode notReady}, to send it again; false
   * when the error is its answer (a command inside MULTI or the handshake, or its wait is
   * over). The backoff doubles from 10 ms to 1 s with the time the oldest command waited.
   */
  keep(command: Command): boolean {
    if (command.settled || !command.resendable) return false;
    const now = Date.now();
    const extras = command.extras ??= {};
    const until = extras.waitUntil ??= now + this.#wait;
    if (now >= until) return false;
    const first = until - this.#wait;
    if (this.#commands.length === 0 || first < this.#since) this.#since = first;
    this.#commands.push(command);
    if (this.#timer === undefined) {
      const delay = Math.min(1000, Math.max(10, now - this.#since));
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        this.#resend(this.#commands.splice(0));
      }, delay);
    }
    return true;
  }

  /** Stops the timer and hands back every kept command (the connection closes). */
  clear(): Command[] {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    return this.#commands.splice(0);
  }
}
