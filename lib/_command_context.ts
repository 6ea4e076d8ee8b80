/**
 * Tells a command's error which command it belongs to: its name, its first key (the only
 * argument safe to show: values may be secrets) and its place in a pipeline or
 * transaction. Runs only when an error is delivered, never on the way to the server.
 *
 * @module
 */
import {
  AbortError,
  ConnectionLostError,
  DesirError,
  RedisError,
  TimeoutError,
} from "./errors.ts";
import type { RedisArgument } from "./resp/encode.ts";
import { commandKeys, commandName } from "./command_keys.ts";

const KEY_CHARS = 40;
const text = new TextDecoder();

/** Where a command sat in a batch: `{ index: 2, batch: "pipeline" }`. */
export interface BatchPlace {
  index: number;
  batch: "pipeline" | "transaction";
}

/**
 * Adds `command`, `key` (and `index`) to an error made for this one command, and says
 * them in its message and stack. Errors shared by many commands (the connection's own,
 * a protocol violation, a connect timeout) and errors already placed are left alone.
 */
export function addCommandContext<E>(
  error: E,
  args: readonly RedisArgument[],
  place?: BatchPlace,
): E {
  if (!(error instanceof DesirError)) return error;
  if (error.command !== undefined) {
    // Named already (by a cluster node's client): only its place may be missing.
    if (place && error.index === undefined && error.message.endsWith(")")) {
      rewrite(error, `${error.message.slice(0, -1)}, ${where(place)})`);
      Object.assign(error, { index: place.index });
    }
    return error;
  }
  const name = commandName(args).toUpperCase();
  if (!ownError(error, name)) return error;
  let key: string | undefined;
  try {
    const first = commandKeys(args)[0];
    if (first !== undefined) key = shorten(first);
  } catch {
    // Arguments that could not be sent have no key worth naming.
  }
  const parts = [`command ${name || "?"}`];
  if (key !== undefined) parts.push(`key ${JSON.stringify(key)}`);
  if (place) parts.push(where(place));
  rewrite(error, `${error.message} (${parts.join(", ")})`);
  Object.assign(error, { command: name, key, index: place?.index });
  return error;
}

function where(place: BatchPlace): string {
  return `${place.batch} index ${place.index}`;
}

/** Sets the message, and the stack's header too (V8 writes it when the error is made). */
function rewrite(error: Error, message: string): void {
  const before = `${error.name}: ${error.message}`;
  // Read first: V8 formats a stack on first use, from the message of that moment.
  const stack = error.stack;
  error.message = message;
  if (stack?.startsWith(before)) {
    error.stack = `${error.name}: ${message}${stack.slice(before.length)}`;
  }
}

/** True for an error made for one command only, so that naming the command is true. */
function ownError(error: DesirError, name: string): boolean {
  if (error instanceof RedisError || error instanceof ConnectionLostError) {
    return true;
  }
  // A connect timeout is shared by every command that waited for the connection.
  return (error instanceof TimeoutError || error instanceof AbortError) &&
    error.message.toUpperCase().startsWith(`${name.split(" ")[0]} `);
}

function shorten(key: RedisArgument): string {
  const s = key instanceof Uint8Array ? text.decode(key) : String(key);
  return s.length > KEY_CHARS ? `${s.slice(0, KEY_CHARS - 1)}…` : s;
}

/**
 * Replaces the frames of an error's stack with those of the call that sent the command,
 * so that an unhandled error points at the caller's code (option `captureStack`).
 */
export function useCallerStack(error: unknown, caller: Error): void {
  if (!(error instanceof Error) || caller.stack === undefined) return;
  const frames = caller.stack.slice(caller.stack.indexOf("\n") + 1);
  error.stack = `${error.name}: ${error.message}\n${frames}`;
}
