/**
 * Reading replies whatever the client's mode: a client made with `bytes: true` (or a view
 * of one) answers `Uint8Array`s where another answers strings.
 *
 * @module
 */
import { text } from "../_text.ts";

/** An integer reply (or a number kept as a string) as a number; `null` reads as 0. */
export function integer(reply: unknown): number {
  if (reply === null || reply === undefined) return 0;
  return typeof reply === "number" ? reply : Number(text(reply));
}

/** An array or RESP3 set reply as an array. */
export function items(reply: unknown): unknown[] {
  return [...(reply as Iterable<unknown>)];
}
