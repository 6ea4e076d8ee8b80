/**
 * A reply, key or argument as text, whatever the reply mode: the one place bytes become a
 * string outside the RESP decoder.
 *
 * @module
 */

// The RESP decoder's own: a leading U+FEFF is data (part of a key or a name), not a
// marker, and short ASCII takes no TextDecoder call.
import { utf8 } from "./resp/_text.ts";

/**
 * A string as is, bytes decoded as UTF-8 as the RESP decoder does (a bytes-mode
 * subscriber's channel comes here per message), anything else by `String()`.
 */
export function text(value: unknown): string {
  if (typeof value === "string") return value;
  return value instanceof Uint8Array
    ? utf8(value, 0, value.length)
    : String(value);
}

/**
 * A reply read as bytes, as it reads in text mode: strings inside arrays, maps, sets and
 * objects decoded. A transaction reads EXEC's reply in one mode, so slots that did not
 * ask for bytes (when one, like DUMP's, did) go through this.
 */
export function textReply(reply: unknown): unknown {
  if (reply instanceof Uint8Array) return utf8(reply, 0, reply.length);
  if (Array.isArray(reply)) return reply.map(textReply);
  if (reply instanceof Map) {
    const map = new Map();
    for (const [k, v] of reply) map.set(textReply(k), textReply(v));
    return map;
  }
  if (reply instanceof Set) return new Set([...reply].map(textReply));
  if (
    reply !== null && typeof reply === "object" && !(reply instanceof Error)
  ) {
    // A RESP3 map read with maps: "object" (a null-prototype object).
    const object = Object.create(null);
    for (const [k, v] of Object.entries(reply)) object[k] = textReply(v);
    return object;
  }
  return reply;
}
