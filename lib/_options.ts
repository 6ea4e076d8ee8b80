/**
 * Checks the option objects of hand-written entry points at run time, for callers whose
 * mistakes no type checker sees (plain JavaScript, `any`): an unknown key would
 * otherwise be ignored without a word (`{ host }` for `{ hostname }` connects to
 * 127.0.0.1).
 *
 * @module
 */
import type { CommandOptions, ConnectionOptions } from "./connection.ts";

/** The connection options that every node of a cluster takes as well. */
export const SHARED_OPTIONS = {
  tls: true,
  username: true,
  password: true,
  name: true,
  protocol: true,
  connectTimeout: true,
  commandTimeout: true,
  reconnect: true,
  maxOfflineCommands: true,
  waitForServer: true,
  bytes: true,
  transport: true,
  maxBulkLength: true,
  maxAggregateLength: true,
  maxDepth: true,
  maxLineLength: true,
  maps: true,
  sets: true,
} satisfies Partial<Record<keyof ConnectionOptions, true>>;

/** Every option of a single connection (`Redis` adds its own). */
export const CONNECTION_OPTIONS = {
  hostname: true,
  port: true,
  path: true,
  db: true,
  ...SHARED_OPTIONS,
} satisfies Record<keyof ConnectionOptions, true>;

/** Every per-call option, checked at run time by the clients' `with()`. */
export const COMMAND_OPTIONS = {
  bytes: true,
  signal: true,
  timeout: true,
  attributes: true,
  cache: true,
} satisfies Record<keyof CommandOptions, true>;

/**
 * Throws a `TypeError` naming `where`, the unknown key, the closest known one and all
 * known ones, when `given` has a key that `known` lacks.
 */
export function checkOptions(
  where: string,
  given: unknown,
  known: Readonly<Record<string, unknown>>,
): void {
  if (given === undefined || given === null) return;
  if (typeof given !== "object") {
    throw new TypeError(
      `${where}: options must be an object, not ${typeof given}`,
    );
  }
  for (const key of Object.keys(given)) {
    if (Object.hasOwn(known, key)) continue;
    const names = Object.keys(known);
    const near = closest(key, names);
    throw new TypeError(
      `${where}: unknown option ${JSON.stringify(key)}${
        near ? `; did you mean "${near}"?` : "."
      } Options: ${names.join(", ")}`,
    );
  }
}

/** The known name a typo most likely meant: same letters in another case, a prefix, or a
 * couple of edits away. */
function closest(key: string, names: string[]): string | undefined {
  const lower = key.toLowerCase();
  return names.find((n) => n.toLowerCase() === lower) ??
    names.find((n) => n.toLowerCase().startsWith(lower)) ??
    names.find((n) => distance(n.toLowerCase(), lower) <= 2);
}

/** Levenshtein distance, for short option names only. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        row[j] + 1,
        next[j - 1] + 1,
        row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length];
}
