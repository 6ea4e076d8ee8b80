/**
 * Commands that wait for the connection to be ready, bounded by `maxOfflineCommands` so a
 * server that stays away cannot make a client hold every command its program issues.
 *
 * @module
 */
import { ConnectionError, TimeoutError } from "./errors.ts";
import { offlineQueueFull } from "./_error_factories.ts";
import type { Command } from "./_command.ts";

/** The bounded line of commands that wait for the connection. */
export class OfflineQueue {
  #commands: Command[] = [];
  readonly #max: number;

  /** `max`: the most commands that may wait (`maxOfflineCommands`). */
  constructor(max: number) {
    this.#max = max;
  }

  /** Commands waiting. */
  get length(): number {
    return this.#commands.length;
  }

  /** How many more may wait. */
  get room(): number {
    return this.#max - this.#commands.length;
  }

  /**
   * Adds a command at the back, or rejects it with `OFFLINE_QUEUE_FULL` when `max` wait
   * already. `address` is for the message.
   */
  push(command: Command, address: string): boolean {
    if (this.#commands.length < this.#max) {
      this.#commands.push(command);
      return true;
    }
    command.reject(
      offlineQueueFull(
        command.name,
        `${this.#max} commands already wait for the connection to ${address}`,
      ),
    );
    return false;
  }

  /** Puts commands back at the front, in their order (unwritten when a socket dropped). */
  unshift(commands: Command[]): void {
    this.#commands.unshift(...commands);
  }

  /** Takes every waiting command, front first. */
  take(): Command[] {
    return this.#commands.splice(0);
  }

  /** Rejects every waiting command with `error`, as a `ConnectionError` unless it is one or a timeout. */
  fail(error: Error): void {
    const own = error instanceof ConnectionError ||
      error instanceof TimeoutError;
    for (const command of this.take()) {
      command.reject(
        own ? error : new ConnectionError(error.message, { cause: error }),
      );
    }
  }
}
