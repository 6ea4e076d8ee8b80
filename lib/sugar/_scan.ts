/**
 * Cursor iteration (HSCAN, SSCAN) one page at a time, so a large collection is never
 * read in one reply.
 *
 * @module
 */
import type { CommandSender } from "../command_sender.ts";
import { walkCursor } from "../_cursor.ts";
import { items } from "./_replies.ts";

/** The default page size hint (the `COUNT` of each call). */
export const PAGE_SIZE = 100;

/** Yields the raw elements of each page of `HSCAN`/`SSCAN key`, as bytes. */
export function scan(
  redis: CommandSender,
  command: "HSCAN" | "SSCAN",
  key: string,
  count: number = PAGE_SIZE,
): AsyncGenerator<Uint8Array, void, undefined> {
  checkPageSize(count);
  return walkCursor(async (cursor) => {
    const [next, page] = await redis.sendCommand<[Uint8Array, Uint8Array[]]>(
      [command, key, cursor, "COUNT", count],
      { bytes: true },
    );
    return [next, items(page) as Uint8Array[]];
  });
}

/** Throws unless `count` is a usable page size. */
export function checkPageSize(count: number): void {
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(
      `The page size must be a positive integer, not ${count}`,
    );
  }
}
