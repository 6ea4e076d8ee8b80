/**
 * The RESP2/RESP3 type bytes and line ending, named once for the encoder and the decoder.
 *
 * @module
 */

/** `$` bulk string. */
export const BULK_STRING = 0x24;
/** `*` array. */
export const ARRAY = 0x2a;
/** `+` simple string. */
export const SIMPLE_STRING = 0x2b;
/** `-` simple error. */
export const SIMPLE_ERROR = 0x2d;
/** `:` integer. */
export const INTEGER = 0x3a;
/** `_` null (RESP3). */
export const NULL = 0x5f;
/** `#` boolean (RESP3). */
export const BOOLEAN = 0x23;
/** `,` double (RESP3). */
export const DOUBLE = 0x2c;
/** `(` big number (RESP3). */
export const BIG_NUMBER = 0x28;
/** `!` blob error (RESP3). */
export const BLOB_ERROR = 0x21;
/** `=` verbatim string (RESP3). */
export const VERBATIM_STRING = 0x3d;
/** `%` map (RESP3). */
export const MAP = 0x25;
/** `~` set (RESP3). */
export const SET = 0x7e;
/** `|` attribute (RESP3). */
export const ATTRIBUTE = 0x7c;
/** `>` push (RESP3). */
export const PUSH = 0x3e;
/** `;` a chunk of a streamed string (`$?`). */
export const STREAMED_CHUNK = 0x3b;
/** `.` end of a streamed aggregate. */
export const END = 0x2e;

/** Carriage return: every line ends with CR LF. */
export const CR = 0x0d;
/** Line feed, after CR. */
export const LF = 0x0a;
