/**
 * The RESP2/RESP3 type bytes and line ending, named once for the encoder and the decoder.
 * One object, whose users take the names they need into module constants: a bundle
 * then has no namespace object of getters to build and call at load (0.2 ms of a cold
 * start of a `deno bundle`).
 *
 * @module
 */

/** The type bytes, and the CR LF that ends every line. */
export const T = {
  /** `$` bulk string. */
  BULK_STRING: 0x24,
  /** `*` array. */
  ARRAY: 0x2a,
  /** `+` simple string. */
  SIMPLE_STRING: 0x2b,
  /** `-` simple error. */
  SIMPLE_ERROR: 0x2d,
  /** `:` integer. */
  INTEGER: 0x3a,
  /** `_` null (RESP3). */
  NULL: 0x5f,
  /** `#` boolean (RESP3). */
  BOOLEAN: 0x23,
  /** `,` double (RESP3). */
  DOUBLE: 0x2c,
  /** `(` big number (RESP3). */
  BIG_NUMBER: 0x28,
  /** `!` blob error (RESP3). */
  BLOB_ERROR: 0x21,
  /** `=` verbatim string (RESP3). */
  VERBATIM_STRING: 0x3d,
  /** `%` map (RESP3). */
  MAP: 0x25,
  /** `~` set (RESP3). */
  SET: 0x7e,
  /** `|` attribute (RESP3). */
  ATTRIBUTE: 0x7c,
  /** `>` push (RESP3). */
  PUSH: 0x3e,
  /** `;` a chunk of a streamed string (`$?`). */
  STREAMED_CHUNK: 0x3b,
  /** `.` end of a streamed aggregate. */
  END: 0x2e,

  /** Carriage return: every line ends with CR LF. */
  CR: 0x0d,
  /** Line feed, after CR. */
  LF: 0x0a,
} as const;
