/**
 * The argv a generated method builds, recorded instead of sent: tests compare it with
 * what the server says about it (`COMMAND GETKEYS`).
 *
 * @module
 */
import { type CommandHints, Commands } from "../lib/commands.ts";
import type { RedisArgument } from "../lib/resp/encode.ts";

/** Records the argv a method builds instead of sending it. */
export class Recorder extends Commands<"promise"> {
  argv: RedisArgument[] = [];
  parse?: (reply: unknown) => unknown;
  hints?: CommandHints;
  protected command<T>(
    args: RedisArgument[],
    parse?: (reply: unknown) => unknown,
    hints?: CommandHints,
  ): Promise<T> {
    this.argv = args;
    this.parse = parse;
    this.hints = hints;
    return Promise.resolve(undefined as T);
  }
}

type AnyMethod = (...args: unknown[]) => unknown;

/** The argv of calling the generated method `name` with `args`. */
export function argvOf(name: string, args: unknown[]): RedisArgument[] {
  const rec = new Recorder();
  (rec as unknown as Record<string, AnyMethod>)[name](...args);
  return rec.argv;
}
