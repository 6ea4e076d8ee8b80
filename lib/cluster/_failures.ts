/**
 * What a failed cluster command means: a redirect (`MOVED`, `ASK`) read into an address,
 * a refusal it may be retried after (it did not run), or a final error; and the errors
 * the router makes itself. What to do about each is decided in `_router.ts`.
 *
 * @module
 */
import {
  ClusterError,
  ConnectionError,
  ConnectionLostError,
  RedisError,
} from "../errors.ts";
import type { RedisArgument } from "../resp/encode.ts";
import type { HostPort } from "../transport/types.ts";
import { commandName } from "../command_keys.ts";
import { keySlot } from "./slot.ts";

/** A redirect read from a `MOVED` or `ASK` error. */
export interface Redirect extends HostPort {
  ask: boolean;
  slot: number;
}

/** The command's name as the server prints it, for messages. */
function label(args: readonly RedisArgument[]): string {
  return commandName(args).toUpperCase();
}

/** What the server says when no node serves a slot; the client says it too. */
export function notServed(): RedisError {
  return new RedisError("CLUSTERDOWN Hash slot not served");
}

/** Keys of one command in several slots: it cannot run on one node. */
export function crossSlot(
  args: readonly RedisArgument[],
  keys: readonly RedisArgument[],
): ClusterError {
  const slots = [...new Set(keys.map(keySlot))];
  return new ClusterError(
    `The keys of ${label(args)} are in different slots (${
      slots.slice(0, 5).join(", ")
    }${
      slots.length > 5 ? ", …" : ""
    }), and a cluster runs a command on one slot: give them a common hash tag, as in user:{42}:name and user:{42}:email`,
    { code: "CROSSSLOT" },
  );
}

/** A command whose request policy is `special`: it works on one node's keys. */
export function unsupported(args: readonly RedisArgument[]): ClusterError {
  return new ClusterError(
    `${
      label(args)
    } works on one node's keys at a time: in a cluster, use scanIterator() (it walks every master) or one node's client from nodes()`,
    { code: "UNSUPPORTED" },
  );
}

/** A command redirected more than `maxRedirections` times. */
export function tooManyRedirections(
  args: readonly RedisArgument[],
  count: number,
  last: Error,
): ClusterError {
  return new ClusterError(
    `${label(args)} was redirected ${
      count - 1
    } times (last: ${last.message}): the slots may be moving faster than the client can follow; raise maxRedirections or retry later`,
    { code: "TOO_MANY_REDIRECTIONS", cause: last },
  );
}

/** Reads a `MOVED` or `ASK` error: where the slot is; undefined for any other error. */
export function redirectOf(error: unknown): Redirect | undefined {
  if (!(error instanceof RedisError)) return undefined;
  if (error.code !== "MOVED" && error.code !== "ASK") return undefined;
  const [, slot, address] = error.message.split(" ");
  const colon = address?.lastIndexOf(":") ?? -1;
  if (colon === -1) return undefined;
  return {
    ask: error.code === "ASK",
    slot: Number(slot),
    hostname: address.slice(0, colon).replace(/^\[(.*)\]$/, "$1"),
    port: Number(address.slice(colon + 1)),
  };
}

/**
 * Whether a failed command may be sent again, and what to do first: it did not run
 * (the cluster refused it, or it never left the client).
 */
export function retryable(
  error: unknown,
): "wait" | "refresh" | "master" | undefined {
  if (error instanceof RedisError) {
    switch (error.code) {
      case "TRYAGAIN":
        return "wait";
      case "CLUSTERDOWN":
        return "refresh";
      case "LOADING":
      case "MASTERDOWN":
        return "master";
    }
    return undefined;
  }
  if (error instanceof ConnectionLostError) {
    return error.mayHaveExecuted ? undefined : "refresh";
  }
  if (
    error instanceof ConnectionError &&
    (error.code === "CONNECTION" || error.code === "CLOSED")
  ) {
    return "refresh";
  }
  return undefined;
}
