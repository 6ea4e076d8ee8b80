/**
 * A reply, key or argument as text, whatever the reply mode: the one place bytes become a
 * string outside the RESP decoder.
 *
 * @module
 */

// As the RESP decoder: a leading U+FEFF is data (part of a key or a name), not a marker.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** A string as is, bytes decoded as UTF-8, anything else by `String()`. */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  return value instanceof Uint8Array ? utf8.decode(value) : String(value);
}
