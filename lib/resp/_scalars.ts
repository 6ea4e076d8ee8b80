/**
 * The RESP3 scalar lines that are text: null, boolean, double and big number, parsed as
 * strictly as servers write them.
 *
 * @module
 */

import * as T from "./_protocol.ts";

const DOUBLE = /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/;
// Servers write infinities themselves, exactly as RESP3 spells them: `inf`, `-inf`.
// Anything else (`INF`, `+inf`, `Infinity`) is not a server's double.
const INF = /^-?inf$/;
// Redis before 7.2 prints NaN with the libc's printf: "-nan", "NAN", "nan(123)".
const NAN = /^[+-]?nan(\(\w*\))?$/i;
const BIG = /^[+-]?\d+$/;

/** A RESP3 double, or undefined when `text` is not one. */
function parseDouble(text: string): number | undefined {
  if (DOUBLE.test(text)) return Number(text);
  if (INF.test(text)) return text === "inf" ? Infinity : -Infinity;
  if (NAN.test(text)) return NaN;
}

/**
 * The value of a null (`_`), boolean (`#`), double (`,`) or big number (`(`) line's text,
 * or undefined when the text is not one.
 */
export function parseScalar(
  type: number,
  text: string,
): null | boolean | number | bigint | undefined {
  switch (type) {
    case T.NULL:
      return text === "" ? null : undefined;
    case T.BOOLEAN:
      return text === "t" ? true : text === "f" ? false : undefined;
    case T.DOUBLE:
      return parseDouble(text);
    default:
      return BIG.test(text) ? BigInt(text) : undefined;
  }
}
