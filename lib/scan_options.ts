/**
 * The options of the clients' scan iterators (`scanIterator`, `hscanIterator`,
 * `sscanIterator`, `zscanIterator`) and the arguments they become.
 *
 * @module
 */
import type { RedisArgument } from "./resp/encode.ts";
import { checkOptions } from "./_options.ts";

/** What `scanIterator()` looks for. */
export interface ScanIteratorOptions {
  /** A glob-style pattern keys must match (`MATCH`). */
  match?: string;
  /** How many keys each SCAN call looks at (`COUNT`, a hint). @default 100 */
  count?: number;
  /** Only keys of this type (`TYPE`): `string`, `hash`, `list`, `set`, `zset`, `stream`. */
  type?: string;
}

/** What `sscanIterator()` looks for. */
export interface SscanIteratorOptions {
  /** A glob-style pattern members must match (`MATCH`). */
  match?: string;
  /** How many elements each call looks at (`COUNT`, a hint). @default 100 */
  count?: number;
}

/** What `hscanIterator()` looks for. */
export interface HscanIteratorOptions extends SscanIteratorOptions {
  /** Yield field names only (`NOVALUES`, Redis 7.4+ and Valkey 8+). @default false */
  noValues?: boolean;
}

/** What `zscanIterator()` looks for. */
export interface ZscanIteratorOptions extends SscanIteratorOptions {
  /** Yield members only (`NOSCORES`, Redis 8+). @default false */
  noScores?: boolean;
}

/**
 * The arguments after the cursor that every scan takes, COUNT and MATCH, once the
 * options of `method` (these two and its `own`) are checked.
 */
export function scanTail(
  method: string,
  options: SscanIteratorOptions,
  own: Record<string, true>,
): RedisArgument[] {
  checkOptions(method, options, { match: true, count: true, ...own });
  const tail: RedisArgument[] = ["COUNT", options.count ?? 100];
  if (options.match !== undefined) tail.push("MATCH", options.match);
  return tail;
}
