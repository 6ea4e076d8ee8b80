/**
 * Commands that span slots or have no key: how they are split across the cluster, and how
 * the replies of the parts become one, following the server's command tips
 * (https://redis.io/docs/reference/command-tips/).
 *
 * @module
 */
import type { RedisArgument } from "../resp/encode.ts";
import type { RespValue } from "../resp/decode.ts";
import type { ResponsePolicy } from "../_command_tips.ts";
import { keySlot } from "./slot.ts";

/** One per-slot part of a multi-key command, and where its keys were in the whole. */
export interface Part {
  slot: number;
  args: RedisArgument[];
  /** Positions, in the whole command's keys, of this part's keys. */
  positions: number[];
}

/**
 * Splits a multi-key command (MGET, DEL, MSET, …: the name, then one group per key that
 * starts with the key) into one command per slot, keeping each slot's keys in order.
 * Returns undefined when the arguments do not have that shape.
 */
export function splitBySlot(
  args: readonly RedisArgument[],
  keys: readonly RedisArgument[],
): Part[] | undefined {
  const step = (args.length - 1) / keys.length;
  if (!Number.isInteger(step) || step < 1) return undefined;
  const parts = new Map<number, Part>();
  for (let i = 0; i < keys.length; i++) {
    const at = 1 + i * step;
    if (args[at] !== keys[i]) return undefined;
    const slot = keySlot(keys[i]);
    let part = parts.get(slot);
    if (!part) parts.set(slot, part = { slot, args: [args[0]], positions: [] });
    for (let j = at; j < at + step; j++) part.args.push(args[j]);
    part.positions.push(i);
  }
  return [...parts.values()];
}

/** Puts the per-slot replies of a split MGET-like command back in key order. */
export function mergeInKeyOrder(
  parts: readonly Part[],
  replies: readonly RespValue[],
  count: number,
): RespValue[] {
  const merged: RespValue[] = new Array(count);
  parts.forEach((part, i) => {
    const reply = replies[i];
    if (!Array.isArray(reply) || reply.length !== part.positions.length) {
      throw new TypeError(
        `A part of a multi-slot command returned ${
          Array.isArray(reply) ? reply.length : "a non-array"
        } replies for ${part.positions.length} keys`,
      );
    }
    part.positions.forEach((position, j) => merged[position] = reply[j]);
  });
  return merged;
}

/**
 * Combines the outcomes of one command sent to several nodes, by its response policy.
 * `undefined` (no policy) concatenates arrays (KEYS) and otherwise takes the first
 * non-null reply (RANDOMKEY). Throws the first error, except for `one_succeeded`, which
 * needs only one success.
 */
export function aggregate(
  policy: ResponsePolicy | undefined,
  outcomes: readonly PromiseSettledResult<RespValue>[],
): RespValue {
  const replies: RespValue[] = [];
  let error: unknown;
  for (const outcome of outcomes) {
    if (outcome.status === "fulfilled") replies.push(outcome.value);
    else error ??= outcome.reason;
  }
  if (policy === "one_succeeded") {
    if (replies.length > 0) return replies[0];
    throw error;
  }
  if (error !== undefined) throw error;
  switch (policy) {
    case "agg_sum":
      return sum(replies);
    case "agg_min":
      return replies.reduce((a, b) => replyNumber(b) < replyNumber(a) ? b : a);
    case "agg_max":
      return replies.reduce((a, b) => replyNumber(b) > replyNumber(a) ? b : a);
    case "agg_logical_and":
    case "agg_logical_or":
      return logical(policy === "agg_logical_and", replies);
    case "all_succeeded":
    case "special":
      return replies[0];
    default:
      if (replies.every(Array.isArray)) {
        return (replies as RespValue[][]).flat();
      }
      return replies.find((r) => r !== null) ?? null;
  }
}

function replyNumber(value: RespValue): number {
  return typeof value === "bigint" ? Number(value) : Number(value);
}

function sum(replies: RespValue[]): RespValue {
  if (replies.some((r) => typeof r === "bigint")) {
    return replies.reduce<bigint>((a, r) => a + BigInt(r as number), 0n);
  }
  return replies.reduce<number>((a, r) => a + replyNumber(r), 0);
}

/** Element-wise AND/OR of integer replies, or of arrays of them (SCRIPT EXISTS). */
function logical(and: boolean, replies: RespValue[]): RespValue {
  const combine = (a: RespValue, b: RespValue): RespValue => {
    if (Array.isArray(a) && Array.isArray(b)) {
      return a.map((x, i) => combine(x, b[i]));
    }
    const truth = and
      ? replyNumber(a) !== 0 && replyNumber(b) !== 0
      : replyNumber(a) !== 0 || replyNumber(b) !== 0;
    return truth ? 1 : 0;
  };
  return replies.reduce(combine);
}
