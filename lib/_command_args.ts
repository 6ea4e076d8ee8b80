/**
 * Small encoders the generated command methods share, for values that are one-or-many or
 * name/value pairs.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";

/** Tells an array (or tuple) from a single argument. */
export function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** A rest parameter's values, given spread (`del(a, b)`) or as one array (`del([a, b])`). */
export function restOf(
  args: readonly (RedisArgument | readonly RedisArgument[])[],
): readonly RedisArgument[] {
  return (args.length === 1 && isList(args[0])
    ? args[0]
    : args) as readonly RedisArgument[];
}

/**
 * Pushes one value or each value of an array; with a token, the token goes first (once,
 * or before every value when `each`). An empty array pushes nothing, not even the token.
 */
export function pushMany(
  cmd: RedisArgument[],
  value: RedisArgument | readonly RedisArgument[],
  token?: string,
  each = false,
): void {
  if (!isList(value)) {
    if (token) cmd.push(token);
    cmd.push(value);
    return;
  }
  if (token && !each && value.length) cmd.push(token);
  for (const v of value) {
    if (each && token) cmd.push(token);
    cmd.push(v);
  }
}

/** Name/value pairs, given as a record or as an array of pairs. */
export type Pairs<V> =
  | Readonly<Record<string, V>>
  | readonly (readonly [RedisArgument, V])[];

function entries<V>(value: Pairs<V>): readonly (readonly [RedisArgument, V])[] {
  return isList(value)
    ? value
    : Object.entries(value as Readonly<Record<string, V>>);
}

/**
 * Pushes `name value name value …`, with a token before every pair when `each`; when
 * `counted`, the token and the number of pairs go first (HSETEX's `FIELDS 2 a 1 b 2`).
 */
export function pushPairs(
  cmd: RedisArgument[],
  value: Pairs<RedisArgument>,
  token?: string,
  each = false,
  counted = false,
): void {
  const list = entries(value);
  if (counted) {
    if (token) cmd.push(token);
    cmd.push(list.length);
  } else if (token && !each && list.length) cmd.push(token);
  for (const [name, v] of list) {
    if (each && token) cmd.push(token);
    cmd.push(name, v);
  }
}

/** Pushes pairs as two lists, all names then all values (XREAD's `STREAMS k1 k2 id1 id2`). */
export function pushParallel(
  cmd: RedisArgument[],
  value: Pairs<RedisArgument>,
  token?: string,
): void {
  const list = entries(value);
  if (token) cmd.push(token);
  for (const [name] of list) cmd.push(name);
  for (const [, v] of list) cmd.push(v);
}

/**
 * Throws unless `options` is absent or an object whose keys are all in `known`: a
 * plain-JS caller's `{ EX: 10 }` or `"EX", 10` would otherwise be dropped without a word.
 * Runs only when the caller passed options; a loop over a few keys.
 */
export function checkCommandOptions(
  method: string,
  options: unknown,
  known: readonly string[],
): void {
  if (options === undefined || options === null) return;
  const list = `Options: ${known.join(", ")}`;
  if (typeof options !== "object" || isList(options)) {
    throw new TypeError(
      `${method}: options must be an object, got ${show(options)}. ${list}`,
    );
  }
  for (const key in options) {
    if (known.includes(key)) continue;
    const lower = key.toLowerCase();
    const near = known.find((k) => k.toLowerCase() === lower);
    const hint = near ? `; did you mean "${near}"?` : ".";
    throw new TypeError(`${method}: unknown option "${key}"${hint} ${list}`);
  }
}

/**
 * The error for an argument past the method's last parameter (ioredis' `set(k, v, "EX",
 * 10)`), naming the parameters the method takes.
 */
export function extraArgument(
  method: string,
  params: readonly string[],
  args: ArrayLike<unknown>,
): TypeError {
  const value = args[params.length];
  return new TypeError(
    `${method}: unexpected argument ${params.length + 1} (${
      show(value)
    }); ${method} takes ${params.join(", ")}`,
  );
}

/**
 * A short, safe rendering of a bad argument for an error message: a string is quoted only
 * when it looks like a command token (`"EX"`), since any other string may be a secret.
 */
function show(value: unknown): string {
  if (typeof value === "string") {
    return /^[A-Z]{1,12}$/.test(value) ? `"${value}"` : "a string";
  }
  if (typeof value === "object" && value !== null) {
    return isList(value) ? "an array" : "an object";
  }
  return String(value);
}
