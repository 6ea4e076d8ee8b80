/**
 * The one cursor loop of SCAN, HSCAN, SSCAN and ZSCAN: ask for a page, yield its items,
 * go on until the server hands back cursor 0.
 *
 * @module
 */
import { text } from "./_text.ts";

/**
 * Yields the items of every page; `page(cursor)` sends the command for one page and
 * resolves to the reply `[next cursor, items]`. As with every Redis scan, an item present
 * for the whole walk is yielded, one added or removed meanwhile may or may not be, and
 * one may rarely come twice.
 */
export async function* walkCursor<T>(
  page: (cursor: string) => Promise<readonly [unknown, readonly T[]]>,
): AsyncGenerator<T, void, undefined> {
  let cursor = "0";
  do {
    const [next, items] = await page(cursor);
    cursor = text(next);
    yield* items;
  } while (cursor !== "0");
}
