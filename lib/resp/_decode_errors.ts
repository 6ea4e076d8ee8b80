/**
 * The decoder's errors: what broke RESP or a limit, naming the type and quoting at most
 * 40 bytes of the line (the server's bytes are untrusted, and may be long).
 *
 * @module
 */

import { ProtocolError } from "../errors.ts";
import * as T from "./_protocol.ts";
import { utf8 } from "./_text.ts";

/** Up to 40 bytes of a line, for error messages. */
export function lineText(buf: Uint8Array, start: number, end: number): string {
  let i = start;
  while (i < end && i - start < 40 && buf[i] !== T.CR) i++;
  const text = JSON.stringify(utf8(buf, start, i));
  return i - start === 40 && buf[i] !== T.CR ? text.slice(0, -1) + '…"' : text;
}

/** Each type byte's name, for messages. */
const NAMES: Record<number, string> = {
  [T.BULK_STRING]: "bulk string",
  [T.VERBATIM_STRING]: "verbatim string",
  [T.BLOB_ERROR]: "blob error",
  [T.STREAMED_CHUNK]: "streamed string chunk",
  [T.ARRAY]: "array",
  [T.MAP]: "map",
  [T.SET]: "set",
  [T.ATTRIBUTE]: "attribute",
  [T.PUSH]: "push",
  [T.NULL]: "null",
  [T.BOOLEAN]: "boolean",
  [T.DOUBLE]: "double",
  [T.BIG_NUMBER]: "big number",
  [T.INTEGER]: "integer",
  [T.END]: "end marker",
};

/** The name of a length-prefixed type, capitalized, for messages. */
export function typeName(type: number): string {
  const name = NAMES[type] ?? "push";
  return name[0].toUpperCase() + name.slice(1);
}

/** A byte in hex, with its character when printable. */
export function byteName(b: number): string {
  const hex = "0x" + b.toString(16).padStart(2, "0");
  return b >= 0x20 && b < 0x7f
    ? `${hex} (${JSON.stringify(String.fromCharCode(b))})`
    : hex;
}

/** A line of a scalar type (null, boolean, double, big number, integer, end) that is not one. */
export function invalid(
  type: number,
  buf: Uint8Array,
  pos: number,
  end: number,
): ProtocolError {
  const what = NAMES[type] ?? "end marker";
  const hint = type === T.BOOLEAN ? ": expected #t or #f" : "";
  return new ProtocolError(`Invalid ${what} ${lineText(buf, pos, end)}${hint}`);
}

/** A CR inside a line not followed by LF. */
export function noLf(buf: Uint8Array, pos: number, end: number): ProtocolError {
  return new ProtocolError(
    `Expected LF after CR in line ${lineText(buf, pos, end)}`,
  );
}

/** A line beyond maxLineLength. */
export function lineTooLong(max: number): ProtocolError {
  return new ProtocolError(
    `A line is longer than ${max} bytes without a CRLF (maxLineLength)`,
  );
}

/** A length-prefixed payload whose declared length does not end at a CRLF. */
export function noCrlf(type: number, n: number): ProtocolError {
  return new ProtocolError(
    `${typeName(type)} of ${n} bytes is not followed by CRLF`,
  );
}
