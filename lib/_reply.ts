/**
 * Reply parsers of the generated command methods. Each gives one shape whatever the
 * protocol: RESP2 sends scores as strings and maps as flat arrays, RESP3 sends doubles and
 * maps (decoded as `Map`s or null-prototype objects); bytes mode sends `Uint8Array`s.
 *
 * @module
 */

import { text } from "./_text.ts";

const isList = Array.isArray as (value: unknown) => value is readonly unknown[];

/** A double (RESP3) or its text (RESP2, `"inf"` included) as a number; null stays null. */
export function toNumber(reply: unknown): number | null {
  if (reply === null || reply === undefined) return null;
  if (typeof reply === "number") return reply;
  if (typeof reply === "bigint") return Number(reply);
  const t = text(reply);
  if (t === "inf" || t === "+inf") return Infinity;
  if (t === "-inf") return -Infinity;
  return Number(t);
}

/** An integer 1/0 (RESP2) or a boolean (RESP3) as a boolean. */
export function toBoolean(reply: unknown): boolean {
  return reply === true || reply === 1 || reply === 1n;
}

/** ZRANK … WITHSCORE: `[rank, score]` with a numeric score, or null. */
export function toRankScore(reply: unknown): [number, number] | null {
  if (reply === null || reply === undefined) return null;
  const [rank, score] = reply as readonly unknown[];
  return [Number(rank), toNumber(score)!];
}

/** An array of doubles or nulls. */
export function toNumbers(reply: unknown): (number | null)[] {
  return (reply as readonly unknown[]).map(toNumber);
}

/** Pairs from a flat array `[a, b, a, b]`, nested pairs `[[a, b]]`, a `Map` or an object. */
function pairsOf(reply: unknown): [unknown, unknown][] {
  if (reply instanceof Map) return [...reply];
  if (!isList(reply)) return Object.entries(reply as Record<string, unknown>);
  if (reply.length && isList(reply[0])) return reply as [unknown, unknown][];
  const out: [unknown, unknown][] = [];
  for (let i = 0; i + 1 < reply.length; i += 2) {
    out.push([reply[i], reply[i + 1]]);
  }
  return out;
}

/** Name/value pairs (HRANDFIELD … WITHVALUES) as `[name, value][]`. */
export function toPairs(reply: unknown): [unknown, unknown][] {
  return pairsOf(reply);
}

/** Members with scores, flat or nested, as `[member, score][]` with numeric scores. */
export function toScored(reply: unknown): [unknown, number][] {
  return pairsOf(reply).map(([member, score]) => [member, toNumber(score)!]);
}

/** VLINKS … WITHSCORES: per layer, `[member, score][]` (RESP2 flat arrays, RESP3 maps). */
export function toScoredLayers(reply: unknown): [unknown, number][][] | null {
  if (reply === null || reply === undefined) return null;
  return (reply as readonly unknown[]).map(toScored);
}

/** CLUSTER SLOT-STATS: `[slot, { "key-count": n, … }][]`. */
export function toSlotStats(
  reply: unknown,
): [number, Record<string, unknown> | null][] {
  return (reply as readonly unknown[]).map((row) => {
    const [slot, stats] = row as readonly unknown[];
    return [Number(slot), toRecord(stats)];
  });
}

/**
 * A map reply as a null-prototype object with string keys (so a `__proto__` field is just
 * a field); null stays null.
 */
export function toRecord(reply: unknown): Record<string, unknown> | null {
  if (reply === null || reply === undefined) return null;
  const out: Record<string, unknown> = Object.create(null);
  for (const [key, value] of pairsOf(reply)) out[text(key)] = value;
  return out;
}

/** An array of map replies. */
export function toRecords(reply: unknown): (Record<string, unknown> | null)[] {
  return (reply as readonly unknown[]).map(toRecord);
}

/** BZPOPMIN/BZPOPMAX: `[key, member, score]` with a numeric score, or null. */
export function toScoredPop(reply: unknown): [unknown, unknown, number] | null {
  if (reply === null) return null;
  const [key, member, score] = reply as readonly unknown[];
  return [key, member, toNumber(score)!];
}

/** ZMPOP/BZMPOP: `[key, [member, score][]]`, or null. */
export function toMultiPop(
  reply: unknown,
): [unknown, [unknown, number][]] | null {
  if (reply === null) return null;
  const [key, members] = reply as readonly unknown[];
  return [key, toScored(members)];
}

/** XREAD/XREADGROUP: `[stream, entries][]` (RESP3 sends a map), or null. */
export function toStreams(reply: unknown): [unknown, unknown][] | null {
  return reply === null ? null : pairsOf(reply);
}

/** GEOPOS: `[longitude, latitude]` numbers, or null for a missing member. */
export function toCoordinates(reply: unknown): ([number, number] | null)[] {
  return (reply as readonly unknown[]).map((p) =>
    isList(p) ? [toNumber(p[0])!, toNumber(p[1])!] : null
  );
}

/** One GEOSEARCH/GEORADIUS match with its WITHDIST/WITHHASH/WITHCOORD details. */
interface GeoMatch {
  member: unknown;
  distance?: number;
  hash?: number;
  coordinates?: [number, number];
}

/**
 * GEOSEARCH with WITHDIST/WITHHASH/WITHCOORD: each `[member, ...details]` becomes an object.
 * The details come in a fixed order and differ by kind: distance as a string, hash as an
 * integer, coordinates as a pair. Plain members (no WITH option) stay as they are.
 */
export function toGeoMatches(reply: unknown): unknown[] {
  return (reply as readonly unknown[]).map((item) => {
    if (!isList(item)) return item;
    const match: GeoMatch = { member: item[0] };
    for (let i = 1; i < item.length; i++) {
      const d = item[i];
      if (isList(d)) match.coordinates = [toNumber(d[0])!, toNumber(d[1])!];
      else if (typeof d === "number" || typeof d === "bigint") {
        match.hash = Number(d);
      } else match.distance = toNumber(d)!;
    }
    return match;
  });
}
