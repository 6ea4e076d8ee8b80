/**
 * The encoder's argument errors and number formatting: what a command argument becomes,
 * and what the TypeError says when it cannot be sent.
 *
 * @module
 */

/** How a bad argument reads in an error message. */
function describe(value: unknown): string {
  if (value === undefined || value === null || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) return "an array";
  const type = typeof value;
  return type === "object" ? "an object" : `a ${type}`;
}

function badArgument(
  args: readonly unknown[],
  i: number,
  what: string,
): TypeError {
  const name = typeof args[0] === "string" ? args[0].slice(0, 64) : "a command";
  const where = i === 0 ? "The command name" : `Argument ${i} of ${name}`;
  return new TypeError(`${where} is ${what}`);
}

/** The exact text Redis gets for a number that is not a small non-negative integer. */
export function formatNumber(
  n: number,
  args: readonly unknown[],
  i: number,
): string {
  if (n === Infinity) return "+inf";
  if (n === -Infinity) return "-inf";
  if (n !== n) {
    throw badArgument(args, i, "NaN, which Redis cannot parse as a number");
  }
  // String(-0) is "0": Redis' integer parser rejects "-0", so no sign on zero, ever.
  return String(n);
}

/** The error for an argument of a type a command cannot carry. */
export function unsupportedArgument(
  args: readonly unknown[],
  i: number,
): TypeError {
  return badArgument(
    args,
    i,
    `${describe(args[i])}: expected a string, number, bigint or Uint8Array`,
  );
}
